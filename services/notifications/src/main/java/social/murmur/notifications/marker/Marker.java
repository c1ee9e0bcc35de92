package social.murmur.notifications.marker;

import java.time.Instant;
import java.util.List;

/**
 * How far an account has read one timeline.
 *
 * @param timeline {@code home} or {@code notifications}
 * @param lastReadId the id of the newest status or notification read
 * @param version how many times the marker has moved since it was first set, for clients
 * that compare their copy with the server's
 * @param updatedAt when it last moved
 */
public record Marker(String timeline, long lastReadId, int version, Instant updatedAt) {

	public static final String HOME = "home";

	public static final String NOTIFICATIONS = "notifications";

	/** The timelines Mastodon keeps markers for, in the order it lists them. */
	public static final List<String> TIMELINES = List.of(HOME, NOTIFICATIONS);

}
