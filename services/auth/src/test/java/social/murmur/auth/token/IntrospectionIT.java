package social.murmur.auth.token;

import java.time.Duration;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import org.junit.jupiter.api.Test;
import social.murmur.auth.testing.AuthIntegrationTest;
import social.murmur.contracts.auth.v1.IntrospectRequest;
import social.murmur.contracts.auth.v1.IntrospectResponse;
import social.murmur.contracts.auth.v1.TokenIntrospectionGrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IntrospectionIT extends AuthIntegrationTest {

	@Test
	void anApplicationTokenIsActiveForNoAccount() {
		App app = registerApp();
		long before = System.currentTimeMillis();

		IntrospectResponse response = introspect(appToken(app, "read write"));

		assertThat(response.getActive()).isTrue();
		assertThat(response.getAccountId()).isZero();
		assertThat(response.getApplicationId()).isEqualTo(app.id());
		assertThat(response.getScopesList()).containsExactly("read", "write");
		assertThat(response.getTokenId()).isNotZero();
		assertThat(response.getExpiresAt()).isBetween(before + Duration.ofHours(1).toMillis() - 1000,
				System.currentTimeMillis() + Duration.ofHours(1).toMillis());
	}

	@Test
	void anAccountTokenCarriesTheAccount() {
		App app = registerApp();
		String username = signUpAccount(app, "correct horse battery");
		String token = token(app, "grant_type", "password", "username", username, "password", "correct horse battery",
				"scope", "read")
			.json()
			.get("access_token")
			.asString();

		IntrospectResponse response = introspect(token);

		assertThat(response.getActive()).isTrue();
		long accountId = this.jdbc.sql("select account_id from credentials where username = ?")
			.param(username)
			.query(Long.class)
			.single();
		assertThat(response.getAccountId()).isEqualTo(accountId);
		assertThat(response.getScopesList()).containsExactly("read");
	}

	@Test
	void aRevokedTokenIsInactive() {
		App app = registerApp();
		String token = appToken(app, "read");
		postForm("/oauth/revoke",
				form("client_id", app.clientId(), "client_secret", app.clientSecret(), "token", token));

		IntrospectResponse response = introspect(token);

		assertThat(response.getActive()).isFalse();
		assertThat(response.getTokenId()).isZero();
		assertThat(response.getScopesList()).isEmpty();
	}

	@Test
	void anExpiredTokenIsInactive() {
		String token = appToken(registerApp(), "read");
		assertThat(introspect(token).getActive()).isTrue();

		this.clock.advance(Duration.ofHours(1).plusSeconds(1));

		assertThat(introspect(token).getActive()).isFalse();
	}

	@Test
	void anUnknownTokenIsInactive() {
		assertThat(introspect("never-issued").getActive()).isFalse();
		assertThat(introspect("").getActive()).isFalse();
	}

	@Test
	void onlyTokensAreStoredNeverTheirValues() {
		String token = appToken(registerApp(), "read");

		assertThat(this.jdbc.sql("select count(*) from access_tokens where encode(token_digest, 'escape') like ?")
			.param("%" + token + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void callersWithoutAServiceTokenAreRefused() {
		ManagedChannel channel = InProcessChannelBuilder.forName("auth-it").build();
		try {
			assertThatExceptionOfType(StatusRuntimeException.class)
				.isThrownBy(() -> TokenIntrospectionGrpc.newBlockingStub(channel)
					.introspect(IntrospectRequest.newBuilder().setToken("x").build()))
				.satisfies((ex) -> assertThat(ex.getStatus().getCode().name()).isEqualTo("UNAUTHENTICATED"));
		}
		finally {
			channel.shutdownNow();
		}
	}

}
