package social.murmur.users;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The users service: profiles, the follow graph, relationships and the instance
 * description.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class UsersApplication {

	public static void main(String[] args) {
		SpringApplication.run(UsersApplication.class, args);
	}

}
