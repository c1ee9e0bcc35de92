package social.murmur.platform.identity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs and verifies internal tokens: compact JWTs (HS256) that carry an {@link Identity}
 * for a short time. The gateway signs them; services verify them with the same secret. A
 * token verified once is remembered until it expires, since the gateway reuses a signed
 * identity for a while (many requests of one client carry the same token).
 */
public final class InternalTokens {

	private static final String HEADER = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** How many verified tokens are remembered. */
	static final int REMEMBERED = 10_000;

	private final Mac initialized;

	private final Cache<String, Verified> verified = Caffeine.newBuilder()
		.maximumSize(REMEMBERED)
		.expireAfterWrite(Duration.ofMinutes(5))
		// Upkeep on the calling thread, not a pool thread woken per write (ADR 0012).
		.executor(Runnable::run)
		.build();

	private final String issuer;

	private final Clock clock;

	public InternalTokens(String secret, String issuer) {
		this(secret, issuer, Clock.systemUTC());
	}

	InternalTokens(String secret, String issuer, Clock clock) {
		byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < 32) {
			throw new IllegalArgumentException(
					"murmur.identity.secret must be at least 32 bytes long; set MURMUR_IDENTITY_SECRET");
		}
		try {
			this.initialized = Mac.getInstance("HmacSHA256");
			this.initialized.init(new SecretKeySpec(bytes, "HmacSHA256"));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
		this.issuer = issuer;
		this.clock = clock;
	}

	public String sign(Identity identity, Duration timeToLive) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", this.issuer);
		if (identity.accountId() != null) {
			claims.put("sub", Long.toString(identity.accountId()));
		}
		claims.put("app", Long.toString(identity.applicationId()));
		claims.put("scope", String.join(" ", identity.scopes()));
		claims.put("exp", this.clock.millis() / 1000 + Math.max(1, timeToLive.toSeconds()));
		String body = HEADER + "." + base64(JSON.writeValueAsBytes(claims));
		return body + "." + base64(mac(body));
	}

	/**
	 * The identity in a token whose signature is good and which has not expired; empty
	 * otherwise.
	 */
	public Optional<Identity> verify(@Nullable String token) {
		if (token == null) {
			return Optional.empty();
		}
		Verified known = this.verified.getIfPresent(token);
		if (known != null) {
			return known.expiresAtMillis() < this.clock.millis() ? Optional.empty() : Optional.of(known.identity());
		}
		Optional<Verified> checked = check(token);
		checked.ifPresent((found) -> this.verified.put(token, found));
		return checked.map(Verified::identity);
	}

	private Optional<Verified> check(String token) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3 || !HEADER.equals(parts[0])) {
			return Optional.empty();
		}
		byte[] signature;
		try {
			signature = Base64.getUrlDecoder().decode(parts[2]);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (!MessageDigest.isEqual(signature, mac(parts[0] + "." + parts[1]))) {
			return Optional.empty();
		}
		try {
			Map<?, ?> claims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
			long expiresAtMillis = ((Number) claims.get("exp")).longValue() * 1000;
			if (expiresAtMillis < this.clock.millis()) {
				return Optional.empty();
			}
			Object subject = claims.get("sub");
			Long accountId = (subject != null) ? Long.valueOf(subject.toString()) : null;
			long applicationId = Long.parseLong(String.valueOf(claims.get("app")));
			String scope = String.valueOf(claims.get("scope"));
			Set<String> scopes = Arrays.stream(scope.split(" "))
				.filter((s) -> !s.isBlank())
				.collect(Collectors.toUnmodifiableSet());
			return Optional.of(new Verified(new Identity(accountId, applicationId, scopes), expiresAtMillis));
		}
		catch (JacksonException | IllegalArgumentException | ClassCastException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	/** Signs with a copy of the keyed {@link Mac}, cheaper than keying a new one. */
	private byte[] mac(String data) {
		Mac mac;
		try {
			mac = (Mac) this.initialized.clone();
		}
		catch (CloneNotSupportedException ex) {
			throw new IllegalStateException("HmacSHA256 cannot be copied", ex);
		}
		return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
	}

	private static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private record Verified(Identity identity, long expiresAtMillis) {
	}

}
