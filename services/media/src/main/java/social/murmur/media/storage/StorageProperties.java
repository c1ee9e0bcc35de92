package social.murmur.media.storage;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where files are stored ({@code murmur.media.storage.*}, environment
 * {@code MURMUR_MEDIA_STORAGE_*}).
 *
 * @param type {@code local} (the embedded default) or {@code s3}
 * @param path the folder of the local storage
 * @param s3 the object store, for {@code type=s3}
 */
@ConfigurationProperties("murmur.media.storage")
public record StorageProperties(@DefaultValue("local") Type type, @DefaultValue("./data/media") Path path,
		@DefaultValue S3 s3) {

	/** The kinds of storage. */
	public enum Type {

		LOCAL, S3

	}

	/**
	 * @param endpoint the S3 API endpoint, such as {@code http://minio:9000}; AWS's own
	 * when not set
	 * @param region the region to sign requests for
	 * @param bucket the bucket holding the files
	 * @param accessKey the access key; the SDK's default credentials when not set
	 * @param secretKey the secret key
	 * @param publicUrl where clients load files from (a CDN, nginx, or the bucket's own
	 * URL); {@code endpoint/bucket} when not set
	 */
	public record S3(@Nullable URI endpoint, @DefaultValue("us-east-1") String region,
			@DefaultValue("murmur-media") String bucket, @Nullable String accessKey, @Nullable String secretKey,
			@Nullable String publicUrl) {
	}

}
