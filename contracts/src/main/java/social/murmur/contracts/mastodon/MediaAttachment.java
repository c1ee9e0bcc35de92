package social.murmur.contracts.mastodon;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The Mastodon {@code MediaAttachment} entity.
 *
 * @param url the original; null while it is still being processed
 * @param description the alt text, null when there is none
 */
public record MediaAttachment(String id, String type, @Nullable String url,
		@JsonProperty("preview_url") @Nullable String previewUrl,
		@JsonProperty("remote_url") @Nullable String remoteUrl, Meta meta, @Nullable String description,
		@Nullable String blurhash) {

	/** Sizes of the original and the preview, and the focal point. */
	public record Meta(@Nullable Size original, @Nullable Size small, @Nullable Focus focus) {
	}

	/** As Mastodon shows a size: {@code "size": "640x480"} and the aspect ratio. */
	public record Size(int width, int height, String size, double aspect) {

		public static Size of(int width, int height) {
			return new Size(width, height, width + "x" + height, (height == 0) ? 0 : (double) width / height);
		}

	}

	/** The focal point, each coordinate in [-1, 1]. */
	public record Focus(double x, double y) {
	}

}
