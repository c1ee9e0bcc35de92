package social.murmur.platform.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriUtils;

/**
 * Builds the {@code Link} header of a paged Mastodon response: {@code rel="next"} points
 * at older items ({@code max_id} of the last item) and {@code rel="prev"} at newer ones
 * ({@code min_id} of the first item). Links use the public address clients reached us at.
 */
public final class LinkHeader {

	private LinkHeader() {
	}

	/**
	 * @param publicUrl the public base address, such as {@code https://murmur.example}
	 * @param request the request being answered; its path and other parameters are kept
	 * @param newestId the id of the first (newest) item on the page
	 * @param oldestId the id of the last (oldest) item on the page
	 * @return the header value, or null when the page is empty
	 */
	public static String of(String publicUrl, HttpServletRequest request, String newestId, String oldestId) {
		// The path as the client sent it (already encoded), and the other parameters
		// encoded once, shared by both links.
		StringBuilder kept = new StringBuilder(publicUrl).append(request.getRequestURI()).append('?');
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("max_id") && !name.equals("min_id") && !name.equals("since_id")) {
				for (String value : values) {
					kept.append(UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8))
						.append('=')
						.append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8))
						.append('&');
				}
			}
		});
		return "<" + kept + "max_id=" + oldestId + ">; rel=\"next\", <" + kept + "min_id=" + newestId
				+ ">; rel=\"prev\"";
	}

}
