package social.murmur.media.storage.web;

import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.media.storage.LocalMediaStorage;
import social.murmur.media.storage.MediaStorage;
import social.murmur.media.storage.StoredFile;
import social.murmur.platform.web.ApiException;

/**
 * {@code GET /system/media_attachments/**}: the stored files (attachments, avatars and
 * headers), for the embedded set-up where no CDN or object store serves them. A key never
 * changes its content, so answers may be cached for a year. Only keys of the shape the
 * service writes are looked up.
 */
@RestController
class MediaFilesController {

	static final Pattern KEY = Pattern
		.compile("(files/[0-9]{1,19}/[0-9a-f]{24}/(original|small)|profiles/[0-9]{1,19}/[0-9a-f]{24}/(avatar|header))"
				+ "\\.(jpg|png)");

	private final MediaStorage storage;

	MediaFilesController(MediaStorage storage) {
		this.storage = storage;
	}

	@GetMapping(LocalMediaStorage.URL_PATH + "**")
	ResponseEntity<InputStreamResource> file(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String key = path.substring(LocalMediaStorage.URL_PATH.length());
		if (!KEY.matcher(key).matches()) {
			throw ApiException.notFound();
		}
		StoredFile file = this.storage.read(key).orElseThrow(ApiException::notFound);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.length())
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(file.content()));
	}

}
