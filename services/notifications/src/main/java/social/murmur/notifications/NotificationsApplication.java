package social.murmur.notifications;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The notifications service: turns follows, mentions and new posts into each account's
 * notifications, and serves them through the Mastodon notifications API.
 */
@SpringBootApplication
public class NotificationsApplication {

	public static void main(String[] args) {
		SpringApplication.run(NotificationsApplication.class, args);
	}

}
