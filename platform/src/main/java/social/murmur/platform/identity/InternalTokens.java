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

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs and verifies internal tokens: compact JWTs (HS256) that carry an {@link Identity}
 * for a short time. The gateway signs one per request; services verify them with the same
 * secret.
 */
public final class InternalTokens {

	private static final String HEADER = base64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SecretKeySpec key;

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
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
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
			long expiresAt = ((Number) claims.get("exp")).longValue();
			if (expiresAt * 1000 < this.clock.millis()) {
				return Optional.empty();
			}
			Object subject = claims.get("sub");
			Long accountId = (subject != null) ? Long.valueOf(subject.toString()) : null;
			long applicationId = Long.parseLong(String.valueOf(claims.get("app")));
			String scope = String.valueOf(claims.get("scope"));
			Set<String> scopes = Arrays.stream(scope.split(" "))
				.filter((s) -> !s.isBlank())
				.collect(Collectors.toUnmodifiableSet());
			return Optional.of(new Identity(accountId, applicationId, scopes));
		}
		catch (JacksonException | IllegalArgumentException | ClassCastException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	private byte[] mac(String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
