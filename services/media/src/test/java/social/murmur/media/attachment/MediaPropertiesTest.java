package social.murmur.media.attachment;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class MediaPropertiesTest {

	@Test
	void theStatusCheckGraceMustOutlastPostsRetryWindow() {
		// within an hour posts may still store a status for an id it attached media to
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MediaProperties.StatusCheck(Duration.ofHours(1), Duration.ofMinutes(30)))
			.withMessageContaining("grace");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new MediaProperties.StatusCheck(Duration.ofMinutes(5), Duration.ofMinutes(30)));
		assertThatNoException()
			.isThrownBy(() -> new MediaProperties.StatusCheck(Duration.ofMinutes(90), Duration.ofMinutes(30)));
	}

}
