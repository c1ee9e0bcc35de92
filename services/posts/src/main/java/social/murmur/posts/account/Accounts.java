package social.murmur.posts.account;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.GetAccountsRequest;
import social.murmur.contracts.users.v1.LookupAccountsRequest;

/**
 * Accounts as the users service has them. Every status embeds its author, and a timeline
 * page has many, so accounts are cached for a short time and fetched in one call per
 * batch of misses. Each instance has its own cache; {@code AccountUpdated} events evict
 * changed accounts early.
 */
@Component
public class Accounts {

	private final AccountsGrpc.AccountsBlockingStub users;

	private final LoadingCache<Long, Account> cache;

	public Accounts(AccountsGrpc.AccountsBlockingStub users, AccountCacheProperties properties) {
		this.users = users;
		this.cache = Caffeine.newBuilder()
			.expireAfterWrite(properties.cacheTtl())
			.maximumSize(properties.cacheSize())
			.build(new CacheLoader<>() {
				@Override
				public @Nullable Account load(Long id) {
					return loadAll(Set.of(id)).get(id);
				}

				@Override
				public Map<Long, Account> loadAll(Set<? extends Long> ids) {
					return fetch(ids);
				}
			});
	}

	/** The known accounts among the given ids; unknown ones are left out. */
	public Map<Long, Account> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.cache.getAll(ids);
	}

	public Optional<Account> byId(long id) {
		return Optional.ofNullable(this.cache.get(id));
	}

	/**
	 * Local accounts by username, case-insensitively; the keys of the answer are lower
	 * case and unknown usernames are left out.
	 */
	public Map<String, Account> byUsernames(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		Map<String, Account> found = new HashMap<>();
		for (Account account : this.users
			.lookupAccounts(LookupAccountsRequest.newBuilder().addAllUsernames(usernames).build())
			.getAccountsList()) {
			found.put(account.getUsername().toLowerCase(Locale.ROOT), account);
			this.cache.put(account.getId(), account);
		}
		return found;
	}

	/** Forgets a cached account, so that the next read gets it fresh. */
	public void evict(long id) {
		this.cache.invalidate(id);
	}

	private Map<Long, Account> fetch(Collection<? extends Long> ids) {
		Map<Long, Account> found = new HashMap<>();
		for (Account account : this.users.getAccounts(GetAccountsRequest.newBuilder().addAllIds(ids).build())
			.getAccountsList()) {
			found.put(account.getId(), account);
		}
		return found;
	}

}
