package social.murmur.auth.account;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import social.murmur.auth.client.Clients;
import social.murmur.auth.scope.ScopeSet;
import social.murmur.auth.token.IssueAccessToken;
import social.murmur.auth.token.IssuedToken;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountRegistered;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.outbox.Outbox;
import social.murmur.platform.web.ApiException;

/**
 * Registers an account (POST /api/v1/accounts): its credential here, its profile in the
 * users service, and a token for the application that signed it up, all in one
 * transaction so that a failure anywhere leaves nothing behind.
 */
@Service
public class SignUp {

	private static final Logger logger = LoggerFactory.getLogger(SignUp.class);

	private final Credentials credentials;

	private final Clients clients;

	private final PasswordHasher hasher;

	private final AccountProfiles profiles;

	private final IssueAccessToken issueAccessToken;

	private final Outbox outbox;

	private final IdGenerator ids;

	private final TransactionTemplate transactions;

	private final Clock clock;

	public SignUp(Credentials credentials, Clients clients, PasswordHasher hasher, AccountProfiles profiles,
			IssueAccessToken issueAccessToken, Outbox outbox, IdGenerator ids, TransactionTemplate transactions,
			Clock clock) {
		this.credentials = credentials;
		this.clients = clients;
		this.hasher = hasher;
		this.profiles = profiles;
		this.issueAccessToken = issueAccessToken;
		this.outbox = outbox;
		this.ids = ids;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * @param request what was sent
	 * @param applicationId the application whose token made the request
	 * @param scopes the scopes the new account's token gets
	 * @return the new account's access token
	 * @throws SignUpRejected if a rule is broken, the username or e-mail taken included
	 */
	public IssuedToken signUp(SignUpRequest request, long applicationId, ScopeSet scopes) {
		if (this.clients.findById(applicationId).isEmpty()) {
			throw new ApiException(401, "The access token is invalid");
		}
		ValidationErrors errors = SignUpRules.validate(request);
		String username = SignUpRules.normalizeUsername(request.username());
		String email = SignUpRules.normalizeEmail(request.email());
		String locale = SignUpRules.locale(request.locale());
		if (!errors.has("username") && username != null && this.credentials.usernameTaken(username)) {
			errors.add("username", "ERR_TAKEN", "has already been taken");
		}
		if (!errors.has("email") && email != null && this.credentials.emailTaken(email)) {
			errors.add("email", "ERR_TAKEN", "has already been taken");
		}
		if (!errors.isEmpty() || username == null || email == null || locale == null || request.password() == null) {
			throw new SignUpRejected(errors);
		}
		// Hashing takes tens of milliseconds; done before the transaction holds a
		// connection.
		Credential credential = new Credential(this.ids.next(), username, email, this.hasher.hash(request.password()),
				locale, this.clock.instant());
		IssuedToken token = this.transactions
			.execute((status) -> register(credential, applicationId, request.reason(), scopes));
		if (token == null) {
			throw new IllegalStateException("Sign-up transaction returned nothing");
		}
		return token;
	}

	private IssuedToken register(Credential credential, long applicationId, @Nullable String reason, ScopeSet scopes) {
		if (!this.credentials.addIfAbsent(credential, applicationId, reason)) {
			throw new SignUpRejected(takenErrors(credential));
		}
		long accountId;
		try {
			accountId = createProfile(credential);
		}
		catch (AccountProfiles.ProfileRefused ex) {
			ValidationErrors errors = new ValidationErrors();
			if (ex.taken()) {
				errors.add("username", "ERR_TAKEN", "has already been taken");
			}
			else {
				errors.add("username", "ERR_INVALID", "is invalid");
			}
			throw new SignUpRejected(errors);
		}
		catch (AccountProfiles.ProfilesUnavailable ex) {
			logger.warn("Sign-up of {} rolled back: {}", credential.username(), ex.getMessage());
			throw new ApiException(503, "Service temporarily unavailable, please try again");
		}
		IssuedToken token = this.issueAccessToken.issue(applicationId, accountId, scopes);
		Instant now = this.clock.instant();
		this.outbox.append(Topics.ACCOUNT_REGISTERED, accountId,
				AccountRegistered.newBuilder()
					.setEventId(this.ids.next())
					.setOccurredAt(now.toEpochMilli())
					.setAccountId(accountId)
					.setUsername(credential.username())
					.build());
		return token;
	}

	/**
	 * Creates the account's profile in users and answers the account's id. A profile can
	 * outlive a sign-up that rolled back after users had created it (say, the call timed
	 * out while users was slow). Such a profile has no credential, so nobody ever signed
	 * in to it and it holds nothing; the credential inserted above proves that no one
	 * else holds the username. The new sign-up adopts it instead of being told its
	 * username is taken.
	 */
	private long createProfile(Credential credential) {
		try {
			this.profiles.create(credential.accountId(), credential.username(), credential.username(),
					credential.locale());
			return credential.accountId();
		}
		catch (AccountProfiles.ProfileRefused ex) {
			if (!ex.taken()) {
				throw ex;
			}
			long orphan = this.profiles.findIdByUsername(credential.username()).orElseThrow(() -> ex);
			if (this.credentials.findByAccountId(orphan).isPresent()) {
				throw ex;
			}
			logger.info("Sign-up of {} adopts the profile {} left by an earlier sign-up that rolled back",
					credential.username(), orphan);
			this.credentials.changeAccountId(credential.accountId(), orphan);
			this.profiles.create(orphan, credential.username(), credential.username(), credential.locale());
			return orphan;
		}
	}

	/** After a lost race: which of the two is now taken. */
	private ValidationErrors takenErrors(Credential credential) {
		ValidationErrors errors = new ValidationErrors();
		if (this.credentials.usernameTaken(credential.username())) {
			errors.add("username", "ERR_TAKEN", "has already been taken");
		}
		if (this.credentials.emailTaken(credential.email())) {
			errors.add("email", "ERR_TAKEN", "has already been taken");
		}
		if (errors.isEmpty()) {
			errors.add("username", "ERR_TAKEN", "has already been taken");
		}
		return errors;
	}

}
