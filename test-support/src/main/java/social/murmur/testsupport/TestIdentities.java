package social.murmur.testsupport;

import java.time.Duration;
import java.util.Set;

import social.murmur.platform.identity.Identity;
import social.murmur.platform.identity.InternalTokens;

/**
 * Internal tokens for tests, signed as the gateway would sign them. Send the value in the
 * {@link Identity#HEADER} header.
 */
public final class TestIdentities {

	/** The identity secret every test context uses. */
	public static final String SECRET = "murmur-test-secret-that-is-long-enough-0123456789";

	private static final InternalTokens TOKENS = new InternalTokens(SECRET, "gateway");

	private TestIdentities() {
	}

	/** A token for the given account with the usual app scopes. */
	public static String forAccount(long accountId) {
		return forAccount(accountId, "read", "write", "follow", "push");
	}

	public static String forAccount(long accountId, String... scopes) {
		return TOKENS.sign(new Identity(accountId, 1, Set.of(scopes)), Duration.ofMinutes(10));
	}

	/** A token for an application acting for no account (client credentials). */
	public static String forApplication(long applicationId) {
		return TOKENS.sign(new Identity(null, applicationId, Set.of("read")), Duration.ofMinutes(10));
	}

	/** A token signed with a different secret, which every service must refuse. */
	public static String forged(long accountId) {
		return new InternalTokens("some-other-secret-that-is-long-enough-987654321", "gateway")
			.sign(new Identity(accountId, 1, Set.of("read", "write", "follow")), Duration.ofMinutes(10));
	}

}
