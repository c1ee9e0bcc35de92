package social.murmur.auth.authorization;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes authorization codes an hour after they expired; they are useless by then and
 * would only grow the table. Safe to run on every instance at once.
 */
@Component
class ForgetExpiredCodes {

	private static final Logger logger = LoggerFactory.getLogger(ForgetExpiredCodes.class);

	private static final Duration GRACE = Duration.ofHours(1);

	private final AuthorizationCodes codes;

	private final Clock clock;

	ForgetExpiredCodes(AuthorizationCodes codes, Clock clock) {
		this.codes = codes;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${murmur.auth.expired-code-sweep-interval:PT15M}", initialDelayString = "PT1M")
	void forget() {
		try {
			int deleted = this.codes.deleteExpiredBefore(this.clock.instant().minus(GRACE));
			if (deleted > 0) {
				logger.debug("Deleted {} expired authorization codes", deleted);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not delete expired authorization codes, will try again: {}", ex.getMessage());
		}
	}

}
