package social.murmur.users.follow.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import social.murmur.contracts.mastodon.Account;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.platform.web.ApiException;
import social.murmur.platform.web.LinkHeader;
import social.murmur.platform.web.PageRequest;
import social.murmur.users.account.Accounts;
import social.murmur.users.account.web.AccountViews;
import social.murmur.users.follow.Follow;
import social.murmur.users.follow.Follows;

/**
 * Answers a followers or following page: the accounts on the other side of each follow,
 * newest follow first, with a {@code Link} header whose cursors are follow ids (as in
 * Mastodon, where clients never see follow ids otherwise).
 */
@Component
class FollowPages {

	private final Accounts accounts;

	private final AccountViews views;

	private final String publicUrl;

	FollowPages(Accounts accounts, AccountViews views, MastodonEntities entities) {
		this.accounts = accounts;
		this.views = views;
		this.publicUrl = entities.publicUrl();
	}

	ResponseEntity<List<Account>> answer(long accountId, PageRequest page, HttpServletRequest request,
			Function<Follows.Cursor, List<Follow>> query, Function<Follow, Long> otherSide) {
		if (!this.accounts.exists(accountId)) {
			throw ApiException.notFound();
		}
		List<Follow> follows = query
			.apply(new Follows.Cursor(page.maxId(), page.sinceId(), page.minId(), page.limit()));
		Map<Long, social.murmur.users.account.Account> found = this.accounts
			.findAllById(follows.stream().map(otherSide).toList())
			.stream()
			.collect(Collectors.toMap(social.murmur.users.account.Account::id, Function.identity()));
		List<Account> body = follows.stream()
			.map((follow) -> found.get(otherSide.apply(follow)))
			.filter(Objects::nonNull)
			.map(this.views::render)
			.toList();
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (!follows.isEmpty()) {
			response.header(HttpHeaders.LINK, LinkHeader.of(this.publicUrl, request,
					Long.toString(follows.getFirst().id()), Long.toString(follows.getLast().id())));
		}
		return response.body(body);
	}

}
