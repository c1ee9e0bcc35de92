package social.murmur.gateway.identity;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.TokenRevoked;
import social.murmur.gateway.AbstractGatewayIT;
import social.murmur.gateway.GatewayClient.Echo;
import social.murmur.gateway.GatewayClient.Reply;
import social.murmur.gateway.support.BearerToken;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.identity.InternalTokens;
import social.murmur.testsupport.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class IdentityIT extends AbstractGatewayIT {

	/** Partitions of every topic (murmur.kafka.partitions). */
	private static final int PARTITIONS = 6;

	private static final InternalTokens SERVICE_SIDE = new InternalTokens(TestIdentities.SECRET, "users");

	@Autowired
	private StringRedisTemplate redis;

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Test
	void swapsABearerTokenForASignedIdentity() {
		String token = newToken(101, "read", "write:statuses");

		Echo echo = this.gateway.get("/api/v1/accounts/verify_credentials").bearer(token).send().echo();

		assertThat(echo.hasHeader("Authorization")).isFalse();
		Identity identity = SERVICE_SIDE.verify(echo.header(Identity.HEADER)).orElseThrow();
		assertThat(identity.accountId()).isEqualTo(101L);
		assertThat(identity.applicationId()).isEqualTo(7);
		assertThat(identity.scopes()).isEqualTo(Set.of("read", "write:statuses"));
	}

	@Test
	void signsAnApplicationTokenAsAnIdentityWithoutAccount() {
		String token = newToken(0, "read");

		Echo echo = this.gateway.get("/api/v1/apps/verify_credentials").bearer(token).send().echo();

		Identity identity = SERVICE_SIDE.verify(echo.header(Identity.HEADER)).orElseThrow();
		assertThat(identity.accountId()).isNull();
		assertThat(identity.applicationId()).isEqualTo(7);
	}

	@Test
	void dropsAnIdentityHeaderSentByAClient() {
		Echo echo = this.gateway.get("/api/v1/timelines/public")
			.from(newClientAddress())
			.header(Identity.HEADER, TestIdentities.forAccount(1))
			.send()
			.echo();

		assertThat(echo.hasHeader(Identity.HEADER)).isFalse();
	}

	@Test
	void dropsAForgedIdentityHeaderRatherThanRefusingTheRequest() {
		Reply reply = this.gateway.get("/api/v1/timelines/public")
			.from(newClientAddress())
			.header(Identity.HEADER, TestIdentities.forged(1))
			.send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.echo().hasHeader(Identity.HEADER)).isFalse();
	}

	@Test
	void replacesAnIdentityHeaderSentAlongsideAToken() {
		String token = newToken(202, "read");

		Echo echo = this.gateway.get("/api/v1/timelines/home")
			.bearer(token)
			.header(Identity.HEADER, TestIdentities.forAccount(1))
			.send()
			.echo();

		assertThat(echo.headers().get(Identity.HEADER.toLowerCase())).hasSize(1);
		assertThat(SERVICE_SIDE.verify(echo.header(Identity.HEADER)).orElseThrow().accountId()).isEqualTo(202L);
	}

	@Test
	void keepsBasicAuthorizationForTheService() {
		String basic = "Basic Y2xpZW50OnNlY3JldA==";

		Echo echo = this.gateway.post("/oauth/token")
			.from(newClientAddress())
			.header("Authorization", basic)
			.body("application/x-www-form-urlencoded", "grant_type=client_credentials")
			.send()
			.echo();

		assertThat(echo.header("Authorization")).isEqualTo(basic);
		assertThat(echo.hasHeader(Identity.HEADER)).isFalse();
	}

	@Test
	void refusesAnUnknownTokenWithoutCallingTheService() {
		int before = SERVICES.requestCount("posts");

		Reply reply = this.gateway.get("/api/v1/timelines/public").bearer("no-such-token").send();

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.error()).isEqualTo("The access token is invalid");
		assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
		assertThat(SERVICES.requestCount("posts")).isEqualTo(before);
	}

	@Test
	void refusesAnEmptyBearerToken() {
		Reply reply = this.gateway.get("/api/v1/timelines/home").header("Authorization", "Bearer ").send();

		assertThat(reply.status()).isEqualTo(401);
	}

	@Test
	void asksAuthOnceAndThenUsesTheCache() {
		String token = newToken(303, "read");

		this.gateway.get("/api/v1/timelines/home").bearer(token).send();
		Reply second = this.gateway.get("/api/v1/timelines/home").bearer(token).send();

		assertThat(second.status()).isEqualTo(200);
		assertThat(AUTH.calls(token)).isEqualTo(1);
		assertThat(this.redis.hasKey("gateway:token:" + new BearerToken(token).digest())).isTrue();
		assertThat(this.redis.getExpire("gateway:token:" + new BearerToken(token).digest())).isBetween(1L, 60L);
	}

	@Test
	void answersATokenItResolvedLatelyFromMemory() {
		String token = newToken(305, "read");
		this.gateway.get("/api/v1/timelines/home").bearer(token).send();

		// Gone from the shared cache, as after its expiry there: this instance still
		// knows.
		this.redis.delete("gateway:token:" + new BearerToken(token).digest());
		Reply second = this.gateway.get("/api/v1/timelines/home").bearer(token).send();

		assertThat(second.status()).isEqualTo(200);
		assertThat(AUTH.calls(token)).isEqualTo(1);
	}

	@Test
	void remembersAnUnknownTokenToo() {
		String token = "unknown-" + System.nanoTime();

		this.gateway.get("/api/v1/timelines/home").bearer(token).send();
		this.gateway.get("/api/v1/timelines/home").bearer(token).send();

		assertThat(AUTH.calls(token)).isEqualTo(1);
	}

	@Test
	void stopsAcceptingATokenOnceTokenRevokedArrives() {
		String token = newToken(404, "read");
		assertThat(this.gateway.get("/api/v1/timelines/home").bearer(token).send().status()).isEqualTo(200);

		AUTH.revoke(token);
		// That instance's listener starts at the newest offset: it must be listening
		// first.
		ContainerTestUtils.waitForAssignment(this.listeners.getListenerContainer(TokenRevokedListener.INSTANCE),
				PARTITIONS);
		TokenRevoked event = TokenRevoked.newBuilder()
			.setEventId(System.nanoTime())
			.setAccountId(404)
			.setTokenId(1)
			.setTokenDigest(new BearerToken(token).digest())
			.build();
		this.kafka.send(Topics.TOKEN_REVOKED, "404", event.toByteArray());

		await().atMost(Duration.ofSeconds(15))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(this.gateway.get("/api/v1/timelines/home").bearer(token).send().status())
				.isEqualTo(401));
	}

	@Test
	void answersServiceUnavailableWhenAuthCannotResolveTheToken() {
		String token = "failing-" + System.nanoTime();
		AUTH.failOn(token);

		Reply reply = this.gateway.get("/api/v1/timelines/home").bearer(token).send();

		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.error()).isEqualTo("Service temporarily unavailable, please try again");
	}

}
