package social.murmur.gateway.identity;

import java.util.Locale;
import java.util.Optional;

import com.google.protobuf.InvalidProtocolBufferException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.TokenRevoked;
import social.murmur.gateway.support.TokenRevocation;

/**
 * Forgets a token as soon as auth revokes it, so that it stops working within moments
 * rather than when its cache entries expire. Each event is taken twice:
 * <ul>
 * <li>by one instance of the gateway (one consumer group for all), which marks the token
 * revoked in the cache the instances share in Redis, where every instance finds it the
 * next time it asks (a long-lived connection's periodic check, or an instance that missed
 * the event). If Redis is down that listener fails and the platform's error handler
 * retries until it is back;</li>
 * <li>by every instance (a consumer group of its own, from the newest offset, since a
 * memory that starts empty has nothing older to forget), which replaces the token in its
 * memory ({@link RecentTokens}) and closes its streaming connections with the token (a
 * {@link TokenRevocation} event).</li>
 * </ul>
 */
@Component
class TokenRevokedListener {

	/**
	 * The id of the per-instance listener's container (tests wait for its partitions).
	 */
	static final String INSTANCE = "gateway-token-revocations";

	private static final Logger logger = LoggerFactory.getLogger(TokenRevokedListener.class);

	private final TokenCache cache;

	private final RecentTokens recent;

	private final ApplicationEventPublisher events;

	TokenRevokedListener(TokenCache cache, RecentTokens recent, ApplicationEventPublisher events) {
		this.cache = cache;
		this.recent = recent;
		this.events = events;
	}

	@KafkaListener(topics = Topics.TOKEN_REVOKED)
	void markRevokedInSharedCache(byte[] event) throws InvalidProtocolBufferException {
		digest(event).ifPresent(this.cache::revoke);
	}

	@KafkaListener(id = INSTANCE, idIsGroup = false, topics = Topics.TOKEN_REVOKED,
			groupId = "gateway-token-revocations-#{T(java.util.UUID).randomUUID()}",
			properties = "auto.offset.reset=latest")
	void forgetInThisInstance(byte[] event) throws InvalidProtocolBufferException {
		Optional<String> digest = digest(event);
		if (digest.isPresent()) {
			this.recent.revoke(digest.get());
			this.events.publishEvent(new TokenRevocation(digest.get()));
		}
	}

	private static Optional<String> digest(byte[] event) throws InvalidProtocolBufferException {
		TokenRevoked revoked = TokenRevoked.parseFrom(event);
		if (revoked.getTokenDigest().isBlank()) {
			logger.warn("Ignoring TokenRevoked event {} without a token digest", revoked.getEventId());
			return Optional.empty();
		}
		return Optional.of(revoked.getTokenDigest().toLowerCase(Locale.ROOT));
	}

}
