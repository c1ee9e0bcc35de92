package social.murmur.users.account.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountsControllerTest {

	@Test
	void lookupAcceptsLocalNamesInEveryForm() {
		assertThat(AccountsController.localUsername("alice", "murmur.test")).isEqualTo("alice");
		assertThat(AccountsController.localUsername("@alice", "murmur.test")).isEqualTo("alice");
		assertThat(AccountsController.localUsername("alice@murmur.test", "murmur.test")).isEqualTo("alice");
		assertThat(AccountsController.localUsername("@Alice@MURMUR.test", "murmur.test")).isEqualTo("Alice");
	}

	@Test
	void lookupRefusesOtherServersAndNonUsernames() {
		assertThat(AccountsController.localUsername("alice@mastodon.social", "murmur.test")).isNull();
		assertThat(AccountsController.localUsername("alice@", "murmur.test")).isNull();
		assertThat(AccountsController.localUsername("@", "murmur.test")).isNull();
		assertThat(AccountsController.localUsername("a b", "murmur.test")).isNull();
		assertThat(AccountsController.localUsername("a\0b", "murmur.test")).isNull();
	}

}
