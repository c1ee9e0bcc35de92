package social.murmur.notifications.streaming;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Mastodon's streaming health check, answered without a token. */
@RestController
class StreamingHealthController {

	@GetMapping(path = StreamingConfiguration.PATH + "/health", produces = MediaType.TEXT_PLAIN_VALUE)
	String health() {
		return "OK";
	}

}
