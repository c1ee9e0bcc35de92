package social.murmur.auth.account;

import java.time.Instant;

/**
 * How an account signs in. The account's profile lives in the users service under the
 * same id.
 *
 * @param accountId the account's id, shared with the users service
 * @param username the account's username, unique regardless of case
 * @param email the sign-in e-mail address, unique regardless of case
 * @param passwordHash the Argon2id hash of the password
 * @param locale the language the account signed up in
 * @param createdAt when the account signed up
 */
public record Credential(long accountId, String username, String email, String passwordHash, String locale,
		Instant createdAt) {
}
