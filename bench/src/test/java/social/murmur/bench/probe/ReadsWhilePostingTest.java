package social.murmur.bench.probe;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import social.murmur.bench.api.Member;
import social.murmur.bench.measure.Endpoint;

import static org.assertj.core.api.Assertions.assertThat;

class ReadsWhilePostingTest {

	private final List<Member> authors = List.of(new Member(2, "12", "bench2", "t2"),
			new Member(3, "13", "bench3", "t3"));

	@Test
	void measuresTheSameReadsFirstAloneThenWhileOthersPost() {
		// Reads take 1 ms until someone posts and 15 ms after: the first measurement must
		// come before any post, the second while the others post.
		AtomicBoolean posted = new AtomicBoolean();
		AtomicLong readsAfterAPost = new AtomicLong();
		AtomicLong posts = new AtomicLong();
		AtomicLong postingStarted = new AtomicLong();
		Endpoint reads = (random) -> {
			if (posted.get()) {
				readsAfterAPost.incrementAndGet();
			}
			Pauses.sleep(Duration.ofMillis(posted.get() ? 15 : 1));
			return true;
		};

		ReadsWhilePosting.Result result = ReadsWhilePosting.measure(reads, 200, Duration.ofMillis(500), () -> {
			postingStarted.incrementAndGet();
			return BackgroundPosting.start(100, this.authors, (author) -> {
				posts.incrementAndGet();
				posted.set(true);
				return "1";
			}, 7);
		}, Duration.ofMillis(100), 11, (line) -> {
		});

		assertThat(postingStarted).hasValue(1);
		assertThat(result.readRate()).isEqualTo(200);
		assertThat(result.alone().count()).isEqualTo(100);
		assertThat(result.alone().p50Millis()).isLessThan(10);
		assertThat(result.whilePosting().count()).isEqualTo(100);
		assertThat(result.whilePosting().p50Millis()).isGreaterThanOrEqualTo(15);
		assertThat(readsAfterAPost).hasValue(100);
		assertThat(result.aloneErrors() + result.whilePostingErrors()).isZero();
		assertThat(result.othersPostsPerSecond()).isPositive().isLessThanOrEqualTo(105);
		assertThat(result.othersFailed()).isZero();
		long afterwards = posts.get();
		Pauses.sleep(Duration.ofMillis(50));
		assertThat(posts.get()).as("the others stop with the measurement").isEqualTo(afterwards);
	}

}
