package social.murmur.auth.account.grpc;

import java.util.OptionalLong;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import social.murmur.auth.account.AccountProfiles;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.CreateAccountRequest;
import social.murmur.contracts.users.v1.LookupAccountsRequest;

/**
 * Creates profiles through the users service's {@code Accounts.CreateAccount} (channel
 * {@code users}). The platform gives every call a deadline and a service token.
 */
@Component
class UsersAccountProfiles implements AccountProfiles {

	private final AccountsGrpc.AccountsBlockingStub accounts;

	UsersAccountProfiles(GrpcChannelFactory channels) {
		this.accounts = AccountsGrpc.newBlockingStub(channels.createChannel("users"));
	}

	@Override
	public void create(long accountId, String username, String displayName, String locale) {
		try {
			this.accounts.createAccount(CreateAccountRequest.newBuilder()
				.setId(accountId)
				.setUsername(username)
				.setDisplayName(displayName)
				.setLocale(locale)
				.build());
		}
		catch (StatusRuntimeException ex) {
			Status.Code code = ex.getStatus().getCode();
			if (code == Status.Code.ALREADY_EXISTS) {
				throw new ProfileRefused(String.valueOf(ex.getStatus().getDescription()), true);
			}
			if (code == Status.Code.INVALID_ARGUMENT) {
				throw new ProfileRefused(String.valueOf(ex.getStatus().getDescription()), false);
			}
			throw new ProfilesUnavailable("The users service did not create the profile: " + ex.getStatus(), ex);
		}
	}

	@Override
	public OptionalLong findIdByUsername(String username) {
		try {
			return this.accounts.lookupAccounts(LookupAccountsRequest.newBuilder().addUsernames(username).build())
				.getAccountsList()
				.stream()
				.mapToLong((account) -> account.getId())
				.findFirst();
		}
		catch (StatusRuntimeException ex) {
			throw new ProfilesUnavailable("The users service did not look up " + username + ": " + ex.getStatus(), ex);
		}
	}

}
