package social.murmur.platform.web;

import java.util.Map;
import java.util.stream.Collectors;

import io.grpc.StatusRuntimeException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Renders every failure as Mastodon does: a JSON body {@code {"error": "..."}} with a 4xx
 * status for client mistakes. Only a fault of ours gives a 5xx.
 */
@RestControllerAdvice
public class MastodonErrors {

	private static final Logger logger = LoggerFactory.getLogger(MastodonErrors.class);

	@ExceptionHandler
	ResponseEntity<Map<String, String>> apiException(ApiException ex) {
		return error(ex.status(), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> invalid(BindException ex) {
		String fields = ex.getFieldErrors()
			.stream()
			.map((error) -> humanize(error.getField()) + " " + error.getDefaultMessage())
			.collect(Collectors.joining(", "));
		return error(422, "Validation failed: " + fields);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> invalid(ConstraintViolationException ex) {
		String fields = ex.getConstraintViolations()
			.stream()
			.map((violation) -> humanize(violation.getPropertyPath().toString()) + " " + violation.getMessage())
			.sorted()
			.collect(Collectors.joining(", "));
		return error(422, "Validation failed: " + fields);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> invalid(HandlerMethodValidationException ex) {
		String fields = ex.getAllErrors()
			.stream()
			.map((error) -> error.getDefaultMessage())
			.collect(Collectors.joining(", "));
		return error(422, "Validation failed: " + fields);
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException ex) {
		return error(400, "Error occurred while parsing request parameters");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException ex) {
		return error(400, "param is missing or the value is empty: " + ex.getParameterName());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> missingHeader(MissingRequestHeaderException ex) {
		return error(400, "Missing header: " + ex.getHeaderName());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> typeMismatch(MethodArgumentTypeMismatchException ex) {
		if (ex.getName().equals("id") || ex.getName().endsWith("Id")) {
			return error(404, "Record not found");
		}
		return error(400, "Invalid value for " + ex.getName());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		return error(405, "Method not allowed");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> unsupportedMediaType(HttpMediaTypeNotSupportedException ex) {
		return error(415, "Unsupported content type");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return error(406, "Not acceptable");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> notFound(NoResourceFoundException ex) {
		return error(404, "Record not found");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException ex) {
		return error(413, "File is too large");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> badMultipart(MultipartException ex) {
		return error(400, "Error occurred while parsing request parameters");
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> downstream(StatusRuntimeException ex) {
		return switch (ex.getStatus().getCode()) {
			case NOT_FOUND -> error(404, "Record not found");
			case INVALID_ARGUMENT -> error(422, "Validation failed: " + ex.getStatus().getDescription());
			case ALREADY_EXISTS -> error(422, "Validation failed: " + ex.getStatus().getDescription());
			case PERMISSION_DENIED -> error(403, "This action is not allowed");
			case UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED -> {
				logger.warn("A service this request needs did not answer: {}", ex.getStatus());
				yield error(503, "Service temporarily unavailable, please try again");
			}
			default -> {
				logger.error("A call to another service failed", ex);
				yield error(500, "An unexpected error occurred");
			}
		};
	}

	/**
	 * The client closed the connection while its answer was being written (an app sent to
	 * the background, a browser that moved on): no one is left to answer, and nothing
	 * failed on our side.
	 */
	@ExceptionHandler
	void clientGone(AsyncRequestNotUsableException ex) {
		logger.debug("The client went away before its answer was written: {}", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> unexpected(Exception ex) {
		logger.error("Unexpected error", ex);
		return error(500, "An unexpected error occurred");
	}

	static ResponseEntity<Map<String, String>> error(int status, String message) {
		return ResponseEntity.status(HttpStatus.valueOf(status)).body(Map.of("error", message));
	}

	/**
	 * {@code display_name} becomes {@code Display name}, as Rails words its validation
	 * errors.
	 */
	static String humanize(String field) {
		String words = field.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('.', ' ').toLowerCase();
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
