package social.murmur.auth.scope;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScopeSetTest {

	@Test
	void parsesSpaceSeparatedScopesInTheirOrderWithoutRepeats() {
		assertThat(ScopeSet.parse("  write read\tpush read ").values()).containsExactly("write", "read", "push");
	}

	@Test
	void knowsGranularAndAdminScopes() {
		assertThat(ScopeSet.parse("read:statuses write:media admin:read:accounts profile").values()).hasSize(4);
	}

	@Test
	void blankIsEmptyAndDefaultsToRead() {
		assertThat(ScopeSet.parse(" ").isEmpty()).isTrue();
		assertThat(ScopeSet.parse(null).isEmpty()).isTrue();
		assertThat(ScopeSet.parseOrDefault("").values()).containsExactly("read");
	}

	@Test
	void refusesScopesMastodonDoesNotDefine() {
		assertThatExceptionOfType(UnknownScopeException.class).isThrownBy(() -> ScopeSet.parse("read admin"))
			.satisfies((ex) -> assertThat(ex.scope()).isEqualTo("admin"));
		assertThatExceptionOfType(UnknownScopeException.class).isThrownBy(() -> ScopeSet.parse("read:everything"));
		assertThatExceptionOfType(UnknownScopeException.class).isThrownBy(() -> ScopeSet.parse("READ"));
	}

	@Test
	void subsetIsLiteralAsDoorkeeperChecksIt() {
		ScopeSet app = ScopeSet.parse("read write");
		assertThat(ScopeSet.parse("read").isSubsetOf(app)).isTrue();
		assertThat(ScopeSet.parse("write read").isSubsetOf(app)).isTrue();
		assertThat(ScopeSet.parse("read follow").isSubsetOf(app)).isFalse();
		assertThat(ScopeSet.parse("read:statuses").isSubsetOf(app)).isFalse();
	}

	@Test
	void sortsUnorderedSetsInTheDocumentedOrderAndDropsUnknownOnes() {
		assertThat(ScopeSet.sorted(Set.of("push", "write", "read", "murmur:service")).values()).containsExactly("read",
				"write", "push");
	}

	@Test
	void comparesAsSetsAndPrintsSpaceSeparated() {
		assertThat(ScopeSet.parse("read write").sameAs(ScopeSet.parse("write read"))).isTrue();
		assertThat(new ScopeSet(List.of("read", "write")).asString()).isEqualTo("read write");
	}

}
