package social.murmur.media.profile;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import social.murmur.media.attachment.image.ImageInspector;

/**
 * Profile image settings ({@code murmur.media.profile-images.*}, environment
 * {@code MURMUR_MEDIA_PROFILE_IMAGES_*}).
 *
 * @param maxSize the largest file accepted, at most the 16 MB of any upload; the gRPC
 * server's {@code spring.grpc.server.max-inbound-message-size} must be larger
 * @param discardGrace how old an image must be before {@code DiscardProfileImages} may
 * delete it: an image stored moments ago may belong to a concurrent update of the same
 * account that has not saved it yet, and deleting it would break the avatar that update
 * answers with. Much longer than users' store deadline.
 */
@ConfigurationProperties("murmur.media.profile-images")
public record ProfileImageProperties(@DefaultValue("8MB") DataSize maxSize,
		@DefaultValue("10m") Duration discardGrace) {

	public ProfileImageProperties {
		if (discardGrace.isNegative()) {
			throw new IllegalArgumentException("murmur.media.profile-images.discard-grace must not be negative");
		}
		if (maxSize.toBytes() < 1 || maxSize.toBytes() > ImageInspector.MAX_BYTES) {
			throw new IllegalArgumentException(
					"murmur.media.profile-images.max-size must be between 1B and " + ImageInspector.MAX_BYTES + "B");
		}
	}

}
