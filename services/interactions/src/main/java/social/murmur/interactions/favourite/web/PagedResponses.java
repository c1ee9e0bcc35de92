package social.murmur.interactions.favourite.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import social.murmur.interactions.favourite.Page;
import social.murmur.platform.web.LinkHeader;

/**
 * A page of a list of likes as Mastodon answers it: the items, and a {@code Link} header
 * (older through {@code max_id}, newer through {@code min_id}) over the like ids read,
 * unless nothing was read.
 */
final class PagedResponses {

	private PagedResponses() {
	}

	static <T> ResponseEntity<List<T>> of(String publicUrl, HttpServletRequest request, Page<T> page) {
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (page.newestId() != null && page.oldestId() != null) {
			response.header(HttpHeaders.LINK,
					LinkHeader.of(publicUrl, request, Long.toString(page.newestId()), Long.toString(page.oldestId())));
		}
		return response.body(page.items());
	}

}
