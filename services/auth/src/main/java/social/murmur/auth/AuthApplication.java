package social.murmur.auth;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The auth service: credentials, OAuth applications, access tokens and sign-up. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(AuthProperties.class)
public class AuthApplication {

	public static void main(String[] args) {
		SpringApplication.run(AuthApplication.class, args);
	}

	/**
	 * Every expiry decision (tokens, authorization codes) reads this clock, so that tests
	 * can move time forward instead of waiting.
	 */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
