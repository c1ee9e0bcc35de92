package social.murmur.contracts;

import java.util.List;

/**
 * Kafka topic names, one per kind of fact. Records are keyed by the owning account id and
 * carry the protobuf message named after the topic (see
 * {@code murmur/events/events.proto}).
 */
public final class Topics {

	public static final String ACCOUNT_REGISTERED = "murmur.auth.account-registered";

	public static final String TOKEN_REVOKED = "murmur.auth.token-revoked";

	public static final String ACCOUNT_FOLLOWED = "murmur.users.account-followed";

	public static final String ACCOUNT_UNFOLLOWED = "murmur.users.account-unfollowed";

	public static final String ACCOUNT_UPDATED = "murmur.users.account-updated";

	public static final String STATUS_PUBLISHED = "murmur.posts.status-published";

	public static final String STATUS_DELETED = "murmur.posts.status-deleted";

	public static final String STATUS_FAVOURITED = "murmur.interactions.status-favourited";

	public static final String STATUS_UNFAVOURITED = "murmur.interactions.status-unfavourited";

	public static final List<String> ALL = List.of(ACCOUNT_REGISTERED, TOKEN_REVOKED, ACCOUNT_FOLLOWED,
			ACCOUNT_UNFOLLOWED, ACCOUNT_UPDATED, STATUS_PUBLISHED, STATUS_DELETED, STATUS_FAVOURITED,
			STATUS_UNFAVOURITED);

	private Topics() {
	}

}
