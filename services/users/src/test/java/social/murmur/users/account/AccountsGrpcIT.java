package social.murmur.users.account;

import java.util.concurrent.TimeUnit;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import org.junit.jupiter.api.Test;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.CreateAccountRequest;
import social.murmur.contracts.users.v1.GetAccountsRequest;
import social.murmur.contracts.users.v1.LookupAccountsRequest;
import social.murmur.users.UsersIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AccountsGrpcIT extends UsersIntegrationTest {

	@Test
	void createsAnAccountWithZeroedCounters() {
		long id = nextId();
		Account account = accountsGrpc().createAccount(CreateAccountRequest.newBuilder()
			.setId(id)
			.setUsername("Carol" + id)
			.setDisplayName("  Carol  ")
			.setLocale("ru-RU")
			.build());
		assertThat(account.getId()).isEqualTo(id);
		assertThat(account.getUsername()).isEqualTo("Carol" + id);
		assertThat(account.getDisplayName()).isEqualTo("Carol");
		assertThat(account.getNote()).isEmpty();
		assertThat(account.getFollowersCount()).isZero();
		assertThat(account.getFollowingCount()).isZero();
		assertThat(account.getStatusesCount()).isZero();
		assertThat(account.getLastStatusAt()).isZero();
		assertThat(account.getCreatedAt()).isPositive();
		assertThat(this.jdbc.sql("select language from accounts where id = ?").param(id).query(String.class).single())
			.isEqualTo("ru");
	}

	@Test
	void creatingTheSameAccountAgainReturnsIt() {
		long id = nextId();
		Account first = newAccount(id, "dave" + id);
		Account again = newAccount(id, "dave" + id);
		assertThat(again).isEqualTo(first);
		assertThat(this.jdbc.sql("select count(*) from accounts where id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void refusesAUsernameThatBelongsToAnotherAccountWhateverItsCase() {
		long id = nextId();
		newAccount(id, "erin" + id);
		long other = nextId();
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> newAccount(other, "ERIN" + id))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS));
		assertThat(this.jdbc.sql("select count(*) from accounts where id = ?").param(other).query(Long.class).single())
			.isZero();
	}

	@Test
	void refusesAnotherUsernameForAnExistingId() {
		long id = nextId();
		newAccount(id, "frank" + id);
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> newAccount(id, "notfrank" + id))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS));
	}

	@Test
	void refusesInvalidUsernamesIdsAndDisplayNames() {
		for (String username : new String[] { "", "has space", "x".repeat(31), "bad\0name", ".dot" }) {
			assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> newAccount(nextId(), username))
				.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
		}
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> newAccount(0, "zero"))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
		long id = nextId();
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> accountsGrpc().createAccount(CreateAccountRequest.newBuilder()
				.setId(id)
				.setUsername("long" + id)
				.setDisplayName("x".repeat(31))
				.build()))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
	}

	@Test
	void getAccountsKeepsTheRequestedOrderAndLeavesOutUnknownIds() {
		Account a = newAccount();
		Account b = newAccount();
		var answer = accountsGrpc().getAccounts(GetAccountsRequest.newBuilder()
			.addIds(b.getId())
			.addIds(987_654_321L)
			.addIds(a.getId())
			.addIds(b.getId())
			.build());
		assertThat(answer.getAccountsList()).extracting(Account::getId).containsExactly(b.getId(), a.getId());
		assertThat(accountsGrpc().getAccounts(GetAccountsRequest.getDefaultInstance()).getAccountsList()).isEmpty();
	}

	@Test
	void lookupAccountsIgnoresCaseAndLeavesOutUnknownOrImpossibleNames() {
		long id = nextId();
		newAccount(id, "Grace" + id);
		var answer = accountsGrpc().lookupAccounts(LookupAccountsRequest.newBuilder()
			.addUsernames("grace" + id)
			.addUsernames("nobody" + id)
			.addUsernames("not a name\0")
			.addUsernames("@GRACE" + id)
			.build());
		assertThat(answer.getAccountsList()).extracting(Account::getId).containsExactly(id);
		assertThat(answer.getAccounts(0).getUsername()).isEqualTo("Grace" + id);
	}

	@Test
	void carriesTheNoteAsSafeHtml() {
		Account account = newAccount();
		String identity = social.murmur.testsupport.TestIdentities.forAccount(account.getId());
		send("PATCH", "/api/v1/accounts/update_credentials", identity, "application/json",
				"{\"note\":\"<b>bold</b>\\nhttps://example.com\"}");
		Account read = accountsGrpc().getAccounts(GetAccountsRequest.newBuilder().addIds(account.getId()).build())
			.getAccounts(0);
		assertThat(read.getNote()).startsWith("<p>&lt;b&gt;bold&lt;/b&gt;<br /><a href=\"https://example.com\"")
			.doesNotContain("<b>");
	}

	@Test
	void refusesCallsWithoutAServiceToken() throws InterruptedException {
		ManagedChannel bare = InProcessChannelBuilder.forName(GRPC_SERVER).build();
		try {
			assertThatExceptionOfType(StatusRuntimeException.class)
				.isThrownBy(() -> AccountsGrpc.newBlockingStub(bare)
					.withDeadlineAfter(5, TimeUnit.SECONDS)
					.getAccounts(GetAccountsRequest.newBuilder().addIds(1).build()))
				.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
		}
		finally {
			bare.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
		}
	}

}
