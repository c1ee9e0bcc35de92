package social.murmur.media.attachment;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import social.murmur.platform.web.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MediaProcessingTest {

	@Test
	void anUploadWithoutATurnWithinTheQueueTimeoutIsA503() throws Exception {
		MediaProcessing processing = new MediaProcessing(new MediaProperties(
				new MediaProperties.Processing(1, Duration.ofMillis(50)), Duration.ofDays(1), Duration.ofHours(1),
				new MediaProperties.StatusCheck(Duration.ofHours(2), Duration.ofMinutes(30))));
		try {
			MediaProcessing.Permit first = processing.acquire();

			assertThatExceptionOfType(ApiException.class).isThrownBy(processing::acquire)
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(503));

			first.close();
			first.close();
			processing.acquire().close();
		}
		finally {
			processing.destroy();
		}
	}

	@Test
	void aBackgroundJobHoldsItsTurnUntilItEnds() throws Exception {
		MediaProcessing processing = new MediaProcessing(new MediaProperties(
				new MediaProperties.Processing(1, Duration.ofMillis(50)), Duration.ofDays(1), Duration.ofHours(1),
				new MediaProperties.StatusCheck(Duration.ofHours(2), Duration.ofMinutes(30))));
		try {
			CountDownLatch release = new CountDownLatch(1);
			CountDownLatch done = new CountDownLatch(1);
			try (MediaProcessing.Permit permit = processing.acquire()) {
				assertThat(processing.submit(permit, () -> {
					try {
						release.await(10, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					done.countDown();
				})).isTrue();
			}

			// closing the request's permit after handing it over gives nothing back
			assertThatExceptionOfType(ApiException.class).isThrownBy(processing::acquire);

			release.countDown();
			assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
			Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> processing.acquire().close());
		}
		finally {
			processing.destroy();
		}
	}

}
