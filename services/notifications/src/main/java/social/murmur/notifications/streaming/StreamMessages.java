package social.murmur.notifications.streaming;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import social.murmur.contracts.streaming.StreamEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON this package reads and writes: stream events on Redis
 * ({@code {"event","payload"}}), messages to clients in Mastodon's wire format
 * ({@code {"stream":[..],"event","payload"}} or {@code {"error"}}) and the clients'
 * subscribe and unsubscribe requests. Written field by field, so the shapes stay exactly
 * the documented ones.
 */
@Component
class StreamMessages {

	private final JsonMapper json;

	StreamMessages(JsonMapper json) {
		this.json = json;
	}

	String event(StreamEvent event) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("event", event.event());
		message.put("payload", event.payload());
		return this.json.writeValueAsString(message);
	}

	/** The event in a message from Redis; empty when it is not one. */
	Optional<StreamEvent> readEvent(String message) {
		try {
			JsonNode node = this.json.readTree(message);
			JsonNode event = node.get("event");
			JsonNode payload = node.get("payload");
			if (event == null || !event.isString() || payload == null || payload.isNull()) {
				return Optional.empty();
			}
			return Optional.of(new StreamEvent(event.asString(),
					payload.isString() ? payload.asString() : this.json.writeValueAsString(payload)));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	String toClient(Subscription subscription, StreamEvent event) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("stream", subscription.wireStream());
		message.put("event", event.event());
		message.put("payload", event.payload());
		return this.json.writeValueAsString(message);
	}

	String error(String error) {
		return this.json.writeValueAsString(Map.of("error", error));
	}

	String json(Object value) {
		return this.json.writeValueAsString(value);
	}

	/**
	 * A client's request: its type, stream and tag (for a hashtag stream), or null for
	 * anything unreadable.
	 */
	@Nullable ClientRequest readRequest(String message) {
		try {
			JsonNode node = this.json.readTree(message);
			JsonNode type = node.get("type");
			JsonNode stream = node.get("stream");
			JsonNode tag = node.get("tag");
			if (type == null || !type.isString()) {
				return null;
			}
			return new ClientRequest(type.asString(), (stream != null && stream.isString()) ? stream.asString() : "",
					(tag != null && tag.isString()) ? tag.asString() : null);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/**
	 * @param tag the {@code tag} field when it is a string (a hashtag stream needs one)
	 */
	record ClientRequest(String type, String stream, @Nullable String tag) {
	}

}
