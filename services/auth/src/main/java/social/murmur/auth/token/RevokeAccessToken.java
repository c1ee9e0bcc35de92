package social.murmur.auth.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import social.murmur.auth.secret.Secrets;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.TokenRevoked;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.outbox.Outbox;

/**
 * Revokes a token on behalf of the application it was issued to, and tells the gateway
 * through {@code TokenRevoked} so it stops honouring its cached copy.
 */
@Service
public class RevokeAccessToken {

	private final AccessTokens tokens;

	private final Outbox outbox;

	private final IdGenerator ids;

	private final Clock clock;

	public RevokeAccessToken(AccessTokens tokens, Outbox outbox, IdGenerator ids, Clock clock) {
		this.tokens = tokens;
		this.outbox = outbox;
		this.ids = ids;
		this.clock = clock;
	}

	/**
	 * Revoking twice is allowed and publishes one event.
	 * @param applicationId the authenticated application asking
	 * @param value the bearer token to revoke
	 */
	@Transactional
	public Revocation revoke(long applicationId, String value) {
		byte[] digest = Secrets.sha256(value);
		Optional<AccessToken> found = this.tokens.findByDigest(digest);
		if (found.isEmpty()) {
			return Revocation.UNKNOWN;
		}
		AccessToken token = found.get();
		if (token.applicationId() != applicationId) {
			return Revocation.NOT_OWNED;
		}
		Instant now = this.clock.instant();
		if (this.tokens.revoke(token.id(), now)) {
			long accountId = (token.accountId() != null) ? token.accountId() : 0;
			this.outbox.append(Topics.TOKEN_REVOKED, accountId,
					TokenRevoked.newBuilder()
						.setEventId(this.ids.next())
						.setOccurredAt(now.toEpochMilli())
						.setAccountId(accountId)
						.setTokenId(token.id())
						.setTokenDigest(Secrets.hex(digest))
						.build());
		}
		return Revocation.REVOKED;
	}

}
