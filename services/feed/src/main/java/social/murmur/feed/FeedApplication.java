package social.murmur.feed;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The feed service: home timelines in Redis, filled by fan-out from Kafka. */
@SpringBootApplication
@EnableConfigurationProperties(FeedProperties.class)
public class FeedApplication {

	public static void main(String[] args) {
		SpringApplication.run(FeedApplication.class, args);
	}

}
