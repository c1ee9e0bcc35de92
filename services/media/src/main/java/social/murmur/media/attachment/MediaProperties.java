package social.murmur.media.attachment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Media settings ({@code murmur.media.*}, environment {@code MURMUR_MEDIA_*}); the
 * storage has its own ({@code murmur.media.storage.*}).
 *
 * @param processing how many uploads are decoded and processed at once
 * @param unattachedMaxAge how long an upload may wait to be attached to a status before
 * it is deleted
 * @param purgeInterval how often unattached uploads are looked for
 * @param statusCheck when attachments' statuses are checked with posts
 */
@ConfigurationProperties("murmur.media")
public record MediaProperties(@DefaultValue Processing processing, @DefaultValue("1d") Duration unattachedMaxAge,
		@DefaultValue("PT1H") Duration purgeInterval, @DefaultValue StatusCheck statusCheck) {

	/**
	 * @param concurrency uploads decoded and processed at the same time, each holding up
	 * to 33 megapixels in memory
	 * @param queueTimeout how long an upload waits for its turn before a 503
	 */
	public record Processing(@DefaultValue("2") int concurrency, @DefaultValue("30s") Duration queueTimeout) {
	}

	/**
	 * @param grace how long after being attached an attachment's status is first asked
	 * about; longer than posts may still store a status for an id it attached to (one
	 * hour: the life of an {@code Idempotency-Key} under which a retry reuses the id)
	 * @param interval how often attachments are looked for
	 */
	public record StatusCheck(@DefaultValue("2h") Duration grace, @DefaultValue("PT30M") Duration interval) {

		/** The life of posts' {@code Idempotency-Key}: the grace must be longer. */
		static final Duration POSTS_RETRY_WINDOW = Duration.ofHours(1);

		public StatusCheck {
			if (grace.compareTo(POSTS_RETRY_WINDOW) <= 0) {
				throw new IllegalArgumentException("murmur.media.status-check.grace must be longer than "
						+ POSTS_RETRY_WINDOW + ", within which posts may still store a status it attached media to");
			}
		}

	}

}
