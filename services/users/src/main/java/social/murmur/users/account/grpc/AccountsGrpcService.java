package social.murmur.users.account.grpc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.AccountList;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.CreateAccountRequest;
import social.murmur.contracts.users.v1.GetAccountsRequest;
import social.murmur.contracts.users.v1.LookupAccountsRequest;
import social.murmur.users.account.AccountMessages;
import social.murmur.users.account.Accounts;
import social.murmur.users.account.CreateAccount;
import social.murmur.users.account.InvalidProfile;
import social.murmur.users.account.ProfileRules;
import social.murmur.users.account.UsernameTaken;

/**
 * Profiles for the other services: auth creates them at sign-up, posts, feed and
 * notifications read them in batches. Answers keep the order of the request and leave out
 * what does not exist.
 */
@Service
class AccountsGrpcService extends AccountsGrpc.AccountsImplBase {

	private final CreateAccount createAccount;

	private final Accounts accounts;

	AccountsGrpcService(CreateAccount createAccount, Accounts accounts) {
		this.createAccount = createAccount;
		this.accounts = accounts;
	}

	@Override
	public void createAccount(CreateAccountRequest request, StreamObserver<Account> response) {
		try {
			social.murmur.users.account.Account account = this.createAccount.create(request.getId(),
					request.getUsername(), request.getDisplayName(), request.getLocale());
			response.onNext(AccountMessages.toMessage(account));
			response.onCompleted();
		}
		catch (InvalidProfile ex) {
			response.onError(Status.INVALID_ARGUMENT.withDescription(ex.getMessage()).asRuntimeException());
		}
		catch (UsernameTaken ex) {
			response.onError(Status.ALREADY_EXISTS.withDescription(ex.getMessage()).asRuntimeException());
		}
	}

	@Override
	public void getAccounts(GetAccountsRequest request, StreamObserver<AccountList> response) {
		Set<Long> ids = new LinkedHashSet<>(request.getIdsList());
		Map<Long, social.murmur.users.account.Account> found = this.accounts.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(social.murmur.users.account.Account::id, Function.identity()));
		List<Account> answer = new ArrayList<>(found.size());
		for (Long id : ids) {
			social.murmur.users.account.Account account = found.get(id);
			if (account != null) {
				answer.add(AccountMessages.toMessage(account));
			}
		}
		response.onNext(AccountList.newBuilder().addAllAccounts(answer).build());
		response.onCompleted();
	}

	@Override
	public void lookupAccounts(LookupAccountsRequest request, StreamObserver<AccountList> response) {
		// A name that cannot be a username cannot match one; leaving it out also keeps
		// characters PostgreSQL refuses (NUL) away from the query.
		Set<String> names = request.getUsernamesList()
			.stream()
			.map((name) -> name.startsWith("@") ? name.substring(1) : name)
			.filter(ProfileRules::isValidUsername)
			.map((name) -> name.toLowerCase(Locale.ROOT))
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Map<String, social.murmur.users.account.Account> found = this.accounts.findAllByUsername(names)
			.stream()
			.collect(Collectors.toMap((account) -> account.username().toLowerCase(Locale.ROOT), Function.identity()));
		List<Account> answer = new ArrayList<>(found.size());
		for (String name : names) {
			social.murmur.users.account.Account account = found.get(name);
			if (account != null) {
				answer.add(AccountMessages.toMessage(account));
			}
		}
		response.onNext(AccountList.newBuilder().addAllAccounts(answer).build());
		response.onCompleted();
	}

}
