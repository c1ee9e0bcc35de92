package social.murmur.feed;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The feed service: home timelines in Redis, filled by fan-out from Kafka. Scheduling
 * refreshes the snapshot of accounts connected to the streaming API.
 */
@SpringBootApplication
@EnableConfigurationProperties(FeedProperties.class)
@EnableScheduling
public class FeedApplication {

	public static void main(String[] args) {
		SpringApplication.run(FeedApplication.class, args);
	}

}
