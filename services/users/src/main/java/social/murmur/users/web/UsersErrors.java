package social.murmur.users.web;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import social.murmur.users.account.InvalidProfile;
import social.murmur.users.account.InvalidProfileImage;
import social.murmur.users.account.ProfileImagesUnavailable;
import social.murmur.users.account.UnknownAccount;
import social.murmur.users.account.UsernameTaken;
import social.murmur.users.follow.InvalidFollowOptions;
import social.murmur.users.follow.SelfFollowNotAllowed;

/**
 * Renders this service's domain refusals as Mastodon does. Ordered before the platform's
 * {@code MastodonErrors}, whose catch-all would otherwise answer them with a 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UsersErrors {

	@ExceptionHandler
	ResponseEntity<Map<String, String>> invalidProfile(InvalidProfile ex) {
		return error(HttpStatus.UNPROCESSABLE_CONTENT, "Validation failed: " + ex.getMessage());
	}

	/** Media's reason, which it words for the client. */
	@ExceptionHandler
	ResponseEntity<Map<String, String>> invalidProfileImage(InvalidProfileImage ex) {
		return error(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> profileImagesUnavailable(ProfileImagesUnavailable ex) {
		return error(HttpStatus.SERVICE_UNAVAILABLE, "Media service temporarily unavailable, please try again");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> usernameTaken(UsernameTaken ex) {
		return error(HttpStatus.UNPROCESSABLE_CONTENT, "Validation failed: " + ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> invalidFollowOptions(InvalidFollowOptions ex) {
		return error(HttpStatus.UNPROCESSABLE_CONTENT, "Validation failed: " + ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> unknownAccount(UnknownAccount ex) {
		return error(HttpStatus.NOT_FOUND, "Record not found");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> selfFollow(SelfFollowNotAllowed ex) {
		return error(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("error", message));
	}

}
