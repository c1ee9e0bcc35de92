package social.murmur.platform.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

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
		List<String> links = new ArrayList<>(2);
		links.add("<" + link(publicUrl, request, "max_id", oldestId) + ">; rel=\"next\"");
		links.add("<" + link(publicUrl, request, "min_id", newestId) + ">; rel=\"prev\"");
		return String.join(", ", links);
	}

	private static String link(String publicUrl, HttpServletRequest request, String cursor, String id) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(publicUrl).path(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("max_id") && !name.equals("min_id") && !name.equals("since_id")) {
				for (String value : values) {
					builder.queryParam(name, value);
				}
			}
		});
		builder.queryParam(cursor, id);
		return builder.build().encode().toUriString();
	}

}
