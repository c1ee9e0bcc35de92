package social.murmur.platform.web;

/**
 * A client-facing failure with its HTTP status and the message Mastodon clients show,
 * rendered as {@code {"error": "..."}}.
 */
public class ApiException extends RuntimeException {

	private final int status;

	public ApiException(int status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	public int status() {
		return this.status;
	}

	public static ApiException notFound() {
		return new ApiException(404, "Record not found");
	}

	public static ApiException unprocessable(String message) {
		return new ApiException(422, message);
	}

	public static ApiException forbidden() {
		return new ApiException(403, "This action is not allowed");
	}

}
