package social.murmur.auth.account;

import org.jspecify.annotations.Nullable;

/**
 * What someone sent to sign up, before any rule was checked.
 *
 * @param username the wanted username
 * @param email the sign-in e-mail address
 * @param password the password
 * @param agreement whether they accepted the server's rules and terms
 * @param locale their language, such as {@code en} or {@code pt-BR}
 * @param reason why they want to join, for moderators
 */
public record SignUpRequest(@Nullable String username, @Nullable String email, @Nullable String password,
		boolean agreement, @Nullable String locale, @Nullable String reason) {
}
