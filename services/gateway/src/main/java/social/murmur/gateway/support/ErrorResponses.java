package social.murmur.gateway.support;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes Mastodon's error body, {@code {"error": "..."}}, from servlet filters, which run
 * outside Spring MVC's exception handling.
 */
public final class ErrorResponses {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ErrorResponses() {
	}

	public static void write(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(body(message));
	}

	/** The error body, for answers written outside a servlet response. */
	public static byte[] body(String message) {
		return JSON.writeValueAsBytes(Map.of("error", message));
	}

}
