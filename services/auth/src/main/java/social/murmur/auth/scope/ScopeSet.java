package social.murmur.auth.scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The OAuth scopes of an application, an authorization or a token, in the order they were
 * asked for and without repeats. Only scopes Mastodon defines are allowed.
 *
 * @param values the scopes, such as {@code read}, {@code write:statuses}
 */
public record ScopeSet(List<String> values) {

	/** What a client gets when it does not ask for anything, as in Mastodon. */
	public static final ScopeSet DEFAULT = new ScopeSet(List.of("read"));

	/**
	 * Every scope Mastodon knows (docs: OAuth scopes), in the order of its documentation,
	 * which is also the order sorted sets are shown in.
	 */
	public static final List<String> KNOWN = List.of("profile", "read", "read:accounts", "read:blocks",
			"read:bookmarks", "read:favourites", "read:filters", "read:follows", "read:lists", "read:mutes",
			"read:notifications", "read:search", "read:statuses", "write", "write:accounts", "write:blocks",
			"write:bookmarks", "write:conversations", "write:favourites", "write:filters", "write:follows",
			"write:lists", "write:media", "write:mutes", "write:notifications", "write:reports", "write:statuses",
			"follow", "push", "admin:read", "admin:read:accounts", "admin:read:reports", "admin:read:domain_allows",
			"admin:read:domain_blocks", "admin:read:ip_blocks", "admin:read:email_domain_blocks",
			"admin:read:canonical_email_blocks", "admin:write", "admin:write:accounts", "admin:write:reports",
			"admin:write:domain_allows", "admin:write:domain_blocks", "admin:write:ip_blocks",
			"admin:write:email_domain_blocks", "admin:write:canonical_email_blocks");

	private static final Set<String> KNOWN_SET = Set.copyOf(KNOWN);

	public ScopeSet {
		values = List.copyOf(new LinkedHashSet<>(values));
	}

	/**
	 * Reads a space-separated list of scopes. Blank text gives an empty set.
	 * @throws UnknownScopeException if any scope is not one Mastodon defines
	 */
	public static ScopeSet parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return new ScopeSet(List.of());
		}
		List<String> scopes = new ArrayList<>();
		for (String scope : text.trim().split("\\s+")) {
			if (!KNOWN_SET.contains(scope)) {
				throw new UnknownScopeException(scope);
			}
			scopes.add(scope);
		}
		return new ScopeSet(scopes);
	}

	/** Like {@link #parse}, but {@link #DEFAULT} when nothing was asked for. */
	public static ScopeSet parseOrDefault(@Nullable String text) {
		ScopeSet scopes = parse(text);
		return scopes.isEmpty() ? DEFAULT : scopes;
	}

	/**
	 * The known scopes among the given ones, in the documented order; for sets that come
	 * without an order of their own.
	 */
	public static ScopeSet sorted(Collection<String> scopes) {
		return new ScopeSet(
				scopes.stream().filter(KNOWN_SET::contains).sorted(Comparator.comparingInt(KNOWN::indexOf)).toList());
	}

	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	/**
	 * Whether every scope here is also in the other set. Literal, as Doorkeeper checks
	 * it: an application registered with {@code read} may not ask for
	 * {@code read:statuses}.
	 */
	public boolean isSubsetOf(ScopeSet other) {
		return other.values.containsAll(this.values);
	}

	/** Same scopes, regardless of order. */
	public boolean sameAs(ScopeSet other) {
		return Set.copyOf(this.values).equals(Set.copyOf(other.values));
	}

	/** Space separated, as OAuth writes scopes. */
	public String asString() {
		return String.join(" ", this.values);
	}

	@Override
	public String toString() {
		return asString();
	}

}
