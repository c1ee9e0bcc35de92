package social.murmur.media.storage;

import java.util.Optional;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Files in a bucket of an S3-compatible object store (MinIO in production), addressed
 * path-style. Clients load them from the public base URL (the store itself, or a CDN or
 * nginx in front of it); objects carry a one-year immutable {@code Cache-Control}.
 */
public class S3MediaStorage implements MediaStorage, AutoCloseable {

	static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

	private final S3Client s3;

	private final String bucket;

	private final String baseUrl;

	public S3MediaStorage(S3Client s3, String bucket, String publicBaseUrl) {
		this.s3 = s3;
		this.bucket = bucket;
		this.baseUrl = LocalMediaStorage.trimTrailingSlash(publicBaseUrl) + "/";
	}

	@Override
	public void store(String key, byte[] content, String contentType) {
		this.s3.putObject((request) -> request.bucket(this.bucket)
			.key(key)
			.contentType(contentType)
			.contentLength((long) content.length)
			.cacheControl(CACHE_CONTROL), RequestBody.fromBytes(content));
	}

	@Override
	public Optional<StoredFile> read(String key) {
		try {
			ResponseInputStream<GetObjectResponse> object = this.s3
				.getObject((request) -> request.bucket(this.bucket).key(key));
			GetObjectResponse response = object.response();
			String contentType = (response.contentType() != null) ? response.contentType()
					: MediaStorage.contentType(key);
			return Optional.of(new StoredFile(object, response.contentLength(), contentType));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void delete(String key) {
		this.s3.deleteObject((request) -> request.bucket(this.bucket).key(key));
	}

	@Override
	public String url(String key) {
		return this.baseUrl + key;
	}

	@Override
	public void close() {
		this.s3.close();
	}

}
