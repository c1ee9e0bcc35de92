package social.murmur.media;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;
import social.murmur.media.attachment.MediaProperties;
import social.murmur.media.profile.ProfileImageProperties;

/**
 * The media service: accepts image uploads, checks and processes them (metadata removed,
 * orientation applied, sizes capped, preview and blurhash made), stores the files, and
 * attaches them to statuses for posts; stores avatars and headers for users.
 */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties({ MediaProperties.class, ProfileImageProperties.class })
public class MediaApplication {

	public static void main(String[] args) {
		SpringApplication.run(MediaApplication.class, args);
	}

}
