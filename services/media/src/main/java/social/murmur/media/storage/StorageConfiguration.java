package social.murmur.media.storage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import social.murmur.platform.config.PlatformProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The storage chosen by {@code murmur.media.storage.type}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

	@Bean
	MediaStorage mediaStorage(StorageProperties properties, PlatformProperties platform) {
		if (properties.type() == StorageProperties.Type.S3) {
			StorageProperties.S3 s3 = properties.s3();
			String publicUrl = s3.publicUrl();
			if (publicUrl == null || publicUrl.isBlank()) {
				if (s3.endpoint() == null) {
					throw new IllegalStateException(
							"Set murmur.media.storage.s3.public-url (MURMUR_MEDIA_STORAGE_S3_PUBLIC_URL) or an endpoint");
				}
				publicUrl = LocalMediaStorage.trimTrailingSlash(s3.endpoint().toString()) + "/" + s3.bucket();
			}
			return new S3MediaStorage(s3Client(s3), s3.bucket(), publicUrl);
		}
		return new LocalMediaStorage(properties.path(), platform.publicUrl());
	}

	static S3Client s3Client(StorageProperties.S3 s3) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.region(Region.of(s3.region()))
			.forcePathStyle(true);
		if (s3.endpoint() != null) {
			builder.endpointOverride(s3.endpoint());
		}
		if (s3.accessKey() != null && !s3.accessKey().isBlank() && s3.secretKey() != null) {
			builder.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
		}
		else {
			builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
		}
		return builder.build();
	}

}
