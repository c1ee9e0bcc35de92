package social.murmur.users.follow.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of {@code POST /api/v1/accounts/:id/follow}: {@code reblogs},
 * {@code notify} and {@code languages[]}. Booleans are bound loosely and read with
 * {@code Flags}.
 */
record FollowParams(@Nullable Object reblogs, @JsonProperty("notify") @Nullable Object notifying,
		@Nullable List<String> languages) {

}
