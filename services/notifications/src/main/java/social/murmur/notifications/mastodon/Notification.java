package social.murmur.notifications.mastodon;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import social.murmur.contracts.mastodon.Account;
import social.murmur.contracts.mastodon.Status;

/**
 * The Mastodon {@code Notification} entity. {@code status} is present only for types that
 * are about a status, as Mastodon leaves it out otherwise.
 *
 * @param id the notification id
 * @param type {@code follow}, {@code mention}, {@code status}...
 * @param createdAt when it was created
 * @param groupKey {@code ungrouped-<id>}: Murmur does not group notifications yet
 * @param account the account that caused it
 * @param status the status it is about
 */
public record Notification(String id, String type, @JsonProperty("created_at") String createdAt,
		@JsonProperty("group_key") String groupKey, Account account,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Status status) {
}
