package social.murmur.users.account.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.contracts.mastodon.Account;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.platform.web.ApiException;
import social.murmur.users.account.Accounts;
import social.murmur.users.account.ProfileRules;
import social.murmur.users.web.PublicAddress;

/** Public profiles: by id and by username ({@code lookup}). */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountsController {

	private final Accounts accounts;

	private final AccountViews views;

	private final String domain;

	AccountsController(Accounts accounts, AccountViews views, MastodonEntities entities) {
		this.accounts = accounts;
		this.views = views;
		this.domain = PublicAddress.domain(entities.publicUrl());
	}

	@GetMapping("/{id}")
	Account account(@PathVariable long id) {
		return this.accounts.findById(id).map(this.views::render).orElseThrow(ApiException::notFound);
	}

	@GetMapping("/lookup")
	Account lookup(@RequestParam(required = false) @Nullable String acct) {
		if (acct == null || acct.isBlank()) {
			throw new ApiException(400, "param is missing or the value is empty: acct");
		}
		String username = localUsername(acct, this.domain);
		if (username == null) {
			throw ApiException.notFound();
		}
		return this.accounts.findByUsername(username).map(this.views::render).orElseThrow(ApiException::notFound);
	}

	/**
	 * The local username in {@code name}, {@code @name}, {@code name@our.domain} or
	 * {@code @name@our.domain}; null for an address on another server or something that
	 * cannot be a username.
	 */
	static @Nullable String localUsername(String acct, String domain) {
		String address = acct.strip();
		if (address.startsWith("@")) {
			address = address.substring(1);
		}
		int at = address.indexOf('@');
		String username = (at < 0) ? address : address.substring(0, at);
		if (at >= 0 && !address.substring(at + 1).toLowerCase(Locale.ROOT).equals(domain)) {
			return null;
		}
		return ProfileRules.isValidUsername(username) ? username : null;
	}

}
