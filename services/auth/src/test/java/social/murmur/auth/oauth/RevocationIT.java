package social.murmur.auth.oauth;

import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import com.google.protobuf.InvalidProtocolBufferException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import social.murmur.auth.secret.Secrets;
import social.murmur.auth.testing.AuthIntegrationTest;
import social.murmur.auth.testing.KafkaEvents;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.TokenRevoked;
import social.murmur.platform.messaging.EventHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class RevocationIT extends AuthIntegrationTest {

	@Test
	void revokesTheApplicationsOwnTokenAndPublishesTokenRevoked() {
		App app = registerApp();
		String username = signUpAccount(app, "correct horse battery");
		String token = token(app, "grant_type", "password", "username", username, "password", "correct horse battery")
			.json()
			.get("access_token")
			.asString();
		long accountId = introspect(token).getAccountId();
		long tokenId = introspect(token).getTokenId();

		Response response = revoke(app, token);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{}");
		assertThat(introspect(token).getActive()).isFalse();
		String digest = HexFormat.of().formatHex(Secrets.sha256(token));
		Optional<ConsumerRecord<String, byte[]>> published = KafkaEvents.await(Topics.TOKEN_REVOKED,
				(record) -> digest.equals(parse(record.value()).getTokenDigest()), Duration.ofSeconds(20));
		assertThat(published).isPresent();
		TokenRevoked event = parse(published.get().value());
		assertThat(event.getTokenId()).isEqualTo(tokenId);
		assertThat(event.getAccountId()).isEqualTo(accountId);
		assertThat(event.getEventId()).isNotZero();
		assertThat(published.get().key()).isEqualTo(Long.toString(accountId));
		assertThat(new String(published.get().headers().lastHeader(EventHeaders.EVENT_TYPE).value()))
			.isEqualTo("murmur.events.v1.TokenRevoked");
	}

	@Test
	void revokingTwiceIsFineAndPublishesOnce() {
		App app = registerApp();
		String token = appToken(app, "read");

		assertThat(revoke(app, token).status()).isEqualTo(200);
		assertThat(revoke(app, token).status()).isEqualTo(200);

		String digest = Secrets.hex(Secrets.sha256(token));
		assertThat(KafkaEvents.await(Topics.TOKEN_REVOKED,
				(record) -> digest.equals(parse(record.value()).getTokenDigest()), Duration.ofSeconds(20)))
			.isPresent();
		assertThat(KafkaEvents.all(Topics.TOKEN_REVOKED,
				(record) -> digest.equals(parse(record.value()).getTokenDigest()), Duration.ofSeconds(3)))
			.hasSize(1);
	}

	@Test
	void unknownTokenCountsAsRevoked() {
		Response response = revoke(registerApp(), "no-such-token");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{}");
	}

	@Test
	void anotherApplicationsTokenIsNotRevoked() {
		App owner = registerApp();
		App other = registerApp();
		String token = appToken(owner, "read");

		Response response = revoke(other, token);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("error").asString()).isEqualTo("unauthorized_client");
		assertThat(introspect(token).getActive()).isTrue();
	}

	@Test
	void wrongClientSecretRevokesNothing() {
		App app = registerApp();
		String token = appToken(app, "read");

		Response response = postForm("/oauth/revoke",
				form("client_id", app.clientId(), "client_secret", "wrong", "token", token));

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("error").asString()).isEqualTo("unauthorized_client");
		assertThat(introspect(token).getActive()).isTrue();
	}

	@Test
	void missingTokenIsRefused() {
		App app = registerApp();

		Response response = postForm("/oauth/revoke",
				form("client_id", app.clientId(), "client_secret", app.clientSecret()));

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().get("error").asString()).isEqualTo("unauthorized_client");
	}

	private Response revoke(App app, String token) {
		return postForm("/oauth/revoke",
				form("client_id", app.clientId(), "client_secret", app.clientSecret(), "token", token));
	}

	private static TokenRevoked parse(byte[] bytes) {
		try {
			return TokenRevoked.parseFrom(bytes);
		}
		catch (InvalidProtocolBufferException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
