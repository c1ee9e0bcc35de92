package social.murmur.platform.config;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every service shares, under {@code murmur.*} (environment: {@code MURMUR_*}).
 *
 * @param publicUrl the address clients reach Murmur at, used in links and entity URLs
 * @param workerId this instance's id generator worker (0 to 1023), unique among running
 * instances of a service; a random one when not set
 * @param identity how internal tokens are signed
 * @param grpc gRPC client defaults
 * @param outbox the transactional outbox
 * @param kafka topic defaults
 */
@ConfigurationProperties("murmur")
public record PlatformProperties(@DefaultValue("http://localhost:8080") String publicUrl, @Nullable Integer workerId,
		@DefaultValue Identity identity, @DefaultValue Grpc grpc, @DefaultValue Outbox outbox,
		@DefaultValue Kafka kafka) {

	/**
	 * @param secret the HMAC secret shared by the gateway and the services, 32 bytes or
	 * more
	 */
	public record Identity(@Nullable String secret) {
	}

	/**
	 * @param deadline how long a call to another service may take
	 */
	public record Grpc(@DefaultValue("2s") Duration deadline) {
	}

	/**
	 * @param enabled whether this service publishes events through an outbox
	 * @param pollInterval how often the relay looks for events written by other instances
	 */
	public record Outbox(@DefaultValue("false") boolean enabled, @DefaultValue("250ms") Duration pollInterval) {
	}

	/**
	 * @param partitions partitions per topic; the most instances of a consumer that can
	 * share work
	 * @param replicationFactor copies of each partition
	 */
	public record Kafka(@DefaultValue("6") int partitions, @DefaultValue("1") short replicationFactor) {
	}

}
