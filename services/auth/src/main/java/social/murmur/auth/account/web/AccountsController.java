package social.murmur.auth.account.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.auth.account.SignUp;
import social.murmur.auth.account.SignUpRejected;
import social.murmur.auth.scope.ScopeSet;
import social.murmur.auth.token.web.Token;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.MastodonParams;

/**
 * Sign-up: {@code POST /api/v1/accounts}. The other account endpoints belong to the users
 * service.
 */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountsController {

	private final SignUp signUp;

	AccountsController(SignUp signUp) {
		this.signUp = signUp;
	}

	/**
	 * Needs a token with {@code write:accounts}, usually the application's own (client
	 * credentials). The new account's token gets that token's scopes.
	 */
	@PostMapping
	Token create(Identity identity, @MastodonParams SignUpParams params) {
		identity.requireScope("write:accounts");
		return Token
			.of(this.signUp.signUp(params.toRequest(), identity.applicationId(), ScopeSet.sorted(identity.scopes())));
	}

	/** Mastodon's 422: a sentence, and the codes per field in {@code details}. */
	@ExceptionHandler
	ResponseEntity<Map<String, Object>> rejected(SignUpRejected ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", ex.errors().message());
		body.put("details", ex.errors().details());
		return ResponseEntity.status(422).body(body);
	}

}
