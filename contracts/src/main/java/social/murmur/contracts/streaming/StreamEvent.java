package social.murmur.contracts.streaming;

/**
 * One event for an account's streams, as published on its
 * {@link UserStreams#channel(long) channel}: Mastodon's {@code event} name and its
 * {@code payload}, already a string as on the wire (a JSON document for {@code update}
 * and {@code notification}, the status id for {@code delete}). Serialized as
 * {@code {"event":"...","payload":"..."}}.
 *
 * @param event {@code update}, {@code delete} or {@code notification}
 * @param payload what Mastodon sends as the payload of that event
 */
public record StreamEvent(String event, String payload) {

	public static final String UPDATE = "update";

	public static final String DELETE = "delete";

	public static final String NOTIFICATION = "notification";

	/**
	 * Whether this event belongs on the {@code user:notification} stream as well as
	 * {@code user}.
	 */
	public boolean isNotification() {
		return NOTIFICATION.equals(this.event);
	}

}
