package social.murmur.auth.authorization.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.auth.authorization.AuthorizationRequest;
import social.murmur.auth.authorization.AuthorizationRequestRejected;
import social.murmur.auth.authorization.GrantAuthorization;
import social.murmur.auth.authorization.ValidateAuthorizationRequest;
import social.murmur.platform.web.ApiException;
import social.murmur.platform.web.MastodonParams;

/**
 * The authorization page, {@code /oauth/authorize}: GET shows who asks for what and a
 * sign-in form; POST signs in and sends the user back with a code.
 */
@RestController
@RequestMapping("/oauth/authorize")
class AuthorizeController {

	private final ValidateAuthorizationRequest validateAuthorizationRequest;

	private final GrantAuthorization grantAuthorization;

	AuthorizeController(ValidateAuthorizationRequest validateAuthorizationRequest,
			GrantAuthorization grantAuthorization) {
		this.validateAuthorizationRequest = validateAuthorizationRequest;
		this.grantAuthorization = grantAuthorization;
	}

	@GetMapping
	ResponseEntity<String> show(@MastodonParams AuthorizeParams params) {
		AuthorizationRequest request = this.validateAuthorizationRequest.validate(params.toParameters());
		return page(HttpStatus.OK, AuthorizePage.form(request, null, null));
	}

	@PostMapping
	ResponseEntity<String> decide(@MastodonParams AuthorizeParams params) {
		AuthorizationRequest request = this.validateAuthorizationRequest.validate(params.toParameters());
		if (params.denied()) {
			if (request.outOfBand()) {
				return page(HttpStatus.OK, AuthorizePage.denied(request.client().name()));
			}
			return redirect(request.redirectUri(), error("access_denied",
					"The resource owner or authorization server denied the request.", request.state()));
		}
		Optional<String> code = this.grantAuthorization.grant(request, params.username(), params.password());
		if (code.isEmpty()) {
			return page(HttpStatus.UNPROCESSABLE_CONTENT,
					AuthorizePage.form(request, params.username(), "Invalid e-mail address, username or password."));
		}
		if (request.outOfBand()) {
			return page(HttpStatus.OK, AuthorizePage.code(request.client().name(), code.get()));
		}
		Map<String, @Nullable String> parameters = new LinkedHashMap<>();
		parameters.put("code", code.get());
		parameters.put("state", request.state());
		return redirect(request.redirectUri(), parameters);
	}

	@ExceptionHandler
	ResponseEntity<String> rejected(AuthorizationRequestRejected ex) {
		String redirectUri = ex.redirectUri();
		if (redirectUri != null) {
			return redirect(redirectUri, error(ex.error(), ex.description(), ex.state()));
		}
		return page(HttpStatus.BAD_REQUEST, AuthorizePage.error(ex.error(), ex.description()));
	}

	/** Parameters that could not even be read (a list where a value belongs...). */
	@ExceptionHandler
	ResponseEntity<String> unreadable(ApiException ex) {
		return page(HttpStatus.BAD_REQUEST, AuthorizePage.error("invalid_request", ex.getMessage()));
	}

	private static Map<String, @Nullable String> error(String error, String description, @Nullable String state) {
		Map<String, @Nullable String> parameters = new LinkedHashMap<>();
		parameters.put("error", error);
		parameters.put("error_description", description);
		parameters.put("state", state);
		return parameters;
	}

	/** 302 to a registered redirect URI, with the given query parameters added. */
	private static ResponseEntity<String> redirect(String redirectUri, Map<String, @Nullable String> parameters) {
		return ResponseEntity.status(HttpStatus.FOUND)
			.header(HttpHeaders.LOCATION, withQuery(redirectUri, parameters))
			.cacheControl(CacheControl.noStore())
			.header("Referrer-Policy", "no-referrer")
			.build();
	}

	static String withQuery(String uri, Map<String, @Nullable String> parameters) {
		StringBuilder location = new StringBuilder(uri);
		boolean hasQuery = uri.indexOf('?') >= 0;
		boolean open = uri.endsWith("?") || uri.endsWith("&");
		for (Map.Entry<String, @Nullable String> parameter : parameters.entrySet()) {
			String value = parameter.getValue();
			if (value == null) {
				continue;
			}
			if (!open) {
				location.append(hasQuery ? '&' : '?');
			}
			location.append(parameter.getKey()).append('=').append(encode(value));
			hasQuery = true;
			open = false;
		}
		return location.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * An HTML page that may not be framed (no clickjacking of the Authorize button),
	 * cached, or leak its address through a referrer.
	 */
	private static ResponseEntity<String> page(HttpStatus status, String html) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header("X-Frame-Options", "DENY")
			.header("Content-Security-Policy",
					"default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'")
			.header("Referrer-Policy", "no-referrer")
			.header("X-Content-Type-Options", "nosniff")
			.body(html);
	}

}
