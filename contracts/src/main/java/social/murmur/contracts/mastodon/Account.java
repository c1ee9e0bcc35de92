package social.murmur.contracts.mastodon;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** The Mastodon {@code Account} entity. */
public record Account(String id, String username, String acct, @JsonProperty("display_name") String displayName,
		boolean locked, boolean bot, boolean discoverable, boolean group, @JsonProperty("created_at") String createdAt,
		String note, String url, String uri, String avatar, @JsonProperty("avatar_static") String avatarStatic,
		String header, @JsonProperty("header_static") String headerStatic,
		@JsonProperty("followers_count") long followersCount, @JsonProperty("following_count") long followingCount,
		@JsonProperty("statuses_count") long statusesCount,
		@JsonProperty("last_status_at") @Nullable String lastStatusAt, List<Object> emojis, List<Field> fields) {

	/** A profile metadata field. */
	public record Field(String name, String value, @JsonProperty("verified_at") @Nullable String verifiedAt) {
	}

}
