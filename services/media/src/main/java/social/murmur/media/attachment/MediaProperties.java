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
 */
@ConfigurationProperties("murmur.media")
public record MediaProperties(@DefaultValue Processing processing, @DefaultValue("1d") Duration unattachedMaxAge,
		@DefaultValue("PT1H") Duration purgeInterval) {

	/**
	 * @param concurrency uploads decoded and processed at the same time, each holding up
	 * to 33 megapixels in memory
	 * @param queueTimeout how long an upload waits for its turn before a 503
	 */
	public record Processing(@DefaultValue("2") int concurrency, @DefaultValue("30s") Duration queueTimeout) {
	}

}
