package social.murmur.users.follow.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.ApiException;
import social.murmur.platform.web.MastodonParams;
import social.murmur.users.follow.FollowAccount;
import social.murmur.users.follow.FollowOptions;
import social.murmur.users.follow.ReadRelations;
import social.murmur.users.follow.UnfollowAccount;
import social.murmur.users.web.Flags;
import social.murmur.users.web.Scopes;

/**
 * The signed-in account's relationships: reading them, and changing them by following and
 * unfollowing. Every answer is a {@link Relationship}.
 */
@RestController
@RequestMapping("/api/v1/accounts")
class RelationshipsController {

	private final ReadRelations readRelations;

	private final FollowAccount followAccount;

	private final UnfollowAccount unfollowAccount;

	RelationshipsController(ReadRelations readRelations, FollowAccount followAccount, UnfollowAccount unfollowAccount) {
		this.readRelations = readRelations;
		this.followAccount = followAccount;
		this.unfollowAccount = unfollowAccount;
	}

	/**
	 * Accepts {@code id[]=1&id[]=2} and {@code id=1}, as Rails does. Ids that are not
	 * numbers name no account and are left out, like unknown ones.
	 */
	@GetMapping("/relationships")
	List<Relationship> relationships(Identity identity, HttpServletRequest request) {
		long viewerId = Scopes.requireAny(identity, "read:follows", "follow").requireAccount();
		List<Long> ids = new ArrayList<>();
		for (String name : List.of("id[]", "id")) {
			String[] values = request.getParameterValues(name);
			if (values != null) {
				for (String value : values) {
					parseId(value, ids);
				}
			}
		}
		return this.readRelations.relations(viewerId, ids).stream().map(Relationship::of).toList();
	}

	@PostMapping("/{id}/follow")
	Relationship follow(Identity identity, @PathVariable long id, @MastodonParams FollowParams params) {
		long viewerId = Scopes.requireAny(identity, "write:follows", "follow").requireAccount();
		FollowOptions options = new FollowOptions(Flags.parse("Notify", params.notifying()),
				Flags.parse("Reblogs", params.reblogs()), params.languages());
		this.followAccount.follow(viewerId, id, options);
		return relationship(viewerId, id);
	}

	@PostMapping("/{id}/unfollow")
	Relationship unfollow(Identity identity, @PathVariable long id) {
		long viewerId = Scopes.requireAny(identity, "write:follows", "follow").requireAccount();
		this.unfollowAccount.unfollow(viewerId, id);
		return relationship(viewerId, id);
	}

	private Relationship relationship(long viewerId, long accountId) {
		return this.readRelations.relations(viewerId, List.of(accountId))
			.stream()
			.findFirst()
			.map(Relationship::of)
			.orElseThrow(ApiException::notFound);
	}

	private static void parseId(String value, List<Long> ids) {
		try {
			ids.add(Long.parseLong(value.strip()));
		}
		catch (NumberFormatException ex) {
			// not an id of ours: no relationship to report
		}
	}

}
