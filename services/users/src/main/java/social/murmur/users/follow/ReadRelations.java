package social.murmur.users.follow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import social.murmur.users.account.Accounts;

/**
 * How a viewer stands to each of a list of accounts. Ids of accounts that do not exist
 * are left out, as Mastodon does.
 */
@Service
public class ReadRelations {

	private final Follows follows;

	private final Accounts accounts;

	public ReadRelations(Follows follows, Accounts accounts) {
		this.follows = follows;
		this.accounts = accounts;
	}

	/** The relations, in the order of the ids asked for, without repeats. */
	@Transactional(readOnly = true)
	public List<Relation> relations(long viewerId, Collection<Long> accountIds) {
		Set<Long> wanted = new LinkedHashSet<>(accountIds);
		wanted.retainAll(this.accounts.existingIds(wanted));
		Map<Long, Follow> following = this.follows.followsOf(viewerId, wanted)
			.stream()
			.collect(Collectors.toMap(Follow::followeeId, Function.identity()));
		Set<Long> followedBy = new HashSet<>(this.follows.followersAmong(viewerId, wanted));
		List<Relation> relations = new ArrayList<>(wanted.size());
		for (Long id : wanted) {
			relations.add(new Relation(id, following.get(id), followedBy.contains(id)));
		}
		return relations;
	}

}
