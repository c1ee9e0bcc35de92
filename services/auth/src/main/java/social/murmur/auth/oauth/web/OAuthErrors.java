package social.murmur.auth.oauth.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import social.murmur.auth.oauth.OAuthException;
import social.murmur.platform.web.ApiException;

/**
 * Renders failures of the OAuth endpoints as RFC 6749 does ({@code error} and
 * {@code error_description}) rather than as Mastodon's REST API does. Ordered before the
 * platform's handlers, which would otherwise claim these exceptions.
 */
@RestControllerAdvice(assignableTypes = { TokenController.class, RevokeController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class OAuthErrors {

	@ExceptionHandler
	ResponseEntity<Map<String, String>> oauth(OAuthException ex) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status())
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.PRAGMA, "no-cache");
		if (ex.status() == 401) {
			response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Murmur\"");
		}
		return response.body(body(ex.error(), ex.description()));
	}

	/** A body that could not be read at all (malformed JSON, a list for a string...). */
	@ExceptionHandler
	ResponseEntity<Map<String, String>> unreadable(ApiException ex) {
		return ResponseEntity.status(400)
			.cacheControl(CacheControl.noStore())
			.body(body("invalid_request", ex.getMessage()));
	}

	private static Map<String, String> body(String error, String description) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("error", error);
		body.put("error_description", description);
		return body;
	}

}
