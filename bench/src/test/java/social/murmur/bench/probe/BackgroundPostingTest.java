package social.murmur.bench.probe;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import social.murmur.bench.api.Member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BackgroundPostingTest {

	private final List<Member> authors = List.of(new Member(2, "12", "bench2", "t2"),
			new Member(3, "13", "bench3", "t3"), new Member(4, "14", "bench4", "t4"));

	@Test
	void postsOnScheduleByTheGivenAuthorsUntilClosed() throws Exception {
		Set<String> posters = ConcurrentHashMap.newKeySet();
		AtomicLong calls = new AtomicLong();
		long started = System.nanoTime();
		BackgroundPosting posting = BackgroundPosting.start(200, this.authors, (author) -> {
			posters.add(author.username());
			return Long.toString(calls.incrementAndGet());
		}, 7);
		Thread.sleep(300);
		posting.close();
		double seconds = (System.nanoTime() - started) / 1e9;

		// Never ahead of the schedule; the senders may each have had one post due at the
		// end.
		assertThat(posting.posted()).isPositive().isLessThanOrEqualTo((long) (200 * seconds) + 1);
		assertThat(posting.failed()).isZero();
		assertThat(posting.postsPerSecond()).isPositive().isLessThanOrEqualTo(205);
		assertThat(posters).isSubsetOf("bench2", "bench3", "bench4").hasSizeGreaterThan(1);
		long afterClose = calls.get();
		Thread.sleep(50);
		assertThat(calls.get()).isEqualTo(afterClose).isEqualTo(posting.posted());
	}

	@Test
	void countsPostsThatFailed() throws Exception {
		try (BackgroundPosting posting = BackgroundPosting.start(500, this.authors, (author) -> {
			throw new IllegalStateException("422");
		}, 7)) {
			Thread.sleep(100);
			posting.close();
			assertThat(posting.failed()).isPositive();
			assertThat(posting.posted()).isZero();
		}
	}

	@Test
	void needsARateAndAuthors() {
		assertThatIllegalArgumentException().isThrownBy(() -> BackgroundPosting.start(0, this.authors, (a) -> "1", 7));
		assertThatIllegalArgumentException().isThrownBy(() -> BackgroundPosting.start(10, List.of(), (a) -> "1", 7));
	}

}
