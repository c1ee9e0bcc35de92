package social.murmur.platform.messaging;

/** Headers that the outbox relay puts on every Kafka record. */
public final class EventHeaders {

	/** The full protobuf name of the message in the record's value. */
	public static final String EVENT_TYPE = "murmur-event-type";

	private EventHeaders() {
	}

}
