package social.murmur.platform.identity;

import java.util.Set;

import org.junit.jupiter.api.Test;
import social.murmur.platform.web.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IdentityTest {

	@Test
	void aTopLevelScopeGrantsItsGranularScopes() {
		Identity identity = new Identity(1L, 1, Set.of("read", "write:statuses"));
		assertThat(identity.allows("read:statuses")).isTrue();
		assertThat(identity.allows("write:statuses")).isTrue();
		assertThat(identity.allows("write:follows")).isFalse();
		assertThat(identity.allows("write")).isFalse();
	}

	@Test
	void scopeOutsideTheTokenIsForbidden() {
		Identity identity = new Identity(1L, 1, Set.of("read"));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> identity.requireScope("write:statuses"))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(403));
	}

	@Test
	void anAppTokenCannotActAsAUser() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> new Identity(null, 1, Set.of("read")).requireAccount())
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(422));
	}

}
