package social.murmur.interactions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The interactions service: likes (favourites) of statuses, their counts, and which
 * statuses each viewer has liked, through the Mastodon API and gRPC.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InteractionsApplication {

	public static void main(String[] args) {
		SpringApplication.run(InteractionsApplication.class, args);
	}

}
