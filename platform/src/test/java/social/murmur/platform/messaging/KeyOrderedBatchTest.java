package social.murmur.platform.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KeyOrderedBatchTest {

	@Test
	void handlesEveryRecordOnceAndEachKeysRecordsInTheirOrder() {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			records.add(record(i, "author-" + (i % 7), "status-" + i));
		}
		Map<String, List<String>> seen = new ConcurrentHashMap<>();
		new KeyOrderedBatch<String>(4, (record) -> {
			// Gives other keys' lanes a chance to run in between.
			Thread.yield();
			seen.computeIfAbsent(record.key(), (key) -> Collections.synchronizedList(new ArrayList<>()))
				.add(record.value());
		}).handle(records);

		assertThat(seen).hasSize(7);
		for (int key = 0; key < 7; key++) {
			List<String> expected = new ArrayList<>();
			for (int i = key; i < 200; i += 7) {
				expected.add("status-" + i);
			}
			assertThat(seen.get("author-" + key)).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void recordsOfDifferentKeysAreHandledAtTheSameTime() {
		// Each of the three waits until all three have started: handled one after the
		// other, the first would wait in vain and fail.
		CountDownLatch started = new CountDownLatch(3);
		List<ConsumerRecord<String, String>> records = List.of(record(0, "a", "1"), record(1, "b", "2"),
				record(2, "c", "3"));

		new KeyOrderedBatch<String>(3, (record) -> {
			started.countDown();
			if (!started.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("the other keys were not handled meanwhile");
			}
		}).handle(records);

		assertThat(started.getCount()).isZero();
	}

	@Test
	void aKeysNextRecordWaitsForTheOneBeforeAndNoMoreKeysThanTheConcurrencyRunAtOnce() {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			records.add(record(i, "author-" + (i % 6), Integer.toString(i)));
		}
		Map<String, AtomicInteger> runningPerKey = new ConcurrentHashMap<>();
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		AtomicInteger mostOfOneKeyAtOnce = new AtomicInteger();

		new KeyOrderedBatch<String>(2, (record) -> {
			int ofKey = runningPerKey.computeIfAbsent(record.key(), (key) -> new AtomicInteger()).incrementAndGet();
			mostOfOneKeyAtOnce.accumulateAndGet(ofKey, Math::max);
			mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
			Thread.sleep(1);
			running.decrementAndGet();
			runningPerKey.get(record.key()).decrementAndGet();
		}).handle(records);

		assertThat(mostOfOneKeyAtOnce).hasValue(1);
		assertThat(mostAtOnce.get()).isBetween(1, 2);
	}

	@Test
	void aFailedRecordStopsItsKeyAndIsReportedOnceTheOtherKeysAreDone() {
		List<ConsumerRecord<String, String>> records = List.of(record(0, "a", "a1"), record(1, "b", "b1"),
				record(2, "a", "a2"), record(3, "b", "b2"), record(4, "a", "a3"), record(5, "c", "c1"));
		List<String> handled = Collections.synchronizedList(new ArrayList<>());
		IllegalStateException failure = new IllegalStateException("users is down");

		assertThatExceptionOfType(BatchListenerFailedException.class)
			.isThrownBy(() -> new KeyOrderedBatch<String>(3, (record) -> {
				if (record.value().equals("a2")) {
					throw failure;
				}
				handled.add(record.value());
			}).handle(records))
			.satisfies((ex) -> {
				assertThat(ex.getIndex()).isEqualTo(2);
				assertThat(ex.getCause()).isSameAs(failure);
			});
		// a3 must not overtake a2, which is delivered again with everything after it.
		assertThat(handled).containsExactlyInAnyOrder("a1", "b1", "b2", "c1");
	}

	@Test
	void ofSeveralFailuresTheFirstInThePollsOrderIsReported() {
		List<ConsumerRecord<String, String>> records = List.of(record(0, "a", "ok"), record(1, "b", "ok"),
				record(2, "c", "fails"), record(3, "b", "fails"), record(4, "a", "fails"));
		CountDownLatch allStarted = new CountDownLatch(3);

		assertThatExceptionOfType(BatchListenerFailedException.class)
			.isThrownBy(() -> new KeyOrderedBatch<String>(3, (record) -> {
				if (record.value().equals("fails")) {
					// Fails only once the later ones have started, whichever lane is
					// first.
					allStarted.countDown();
					allStarted.await(10, TimeUnit.SECONDS);
					throw new IllegalStateException("failed " + record.offset());
				}
			}).handle(records))
			.satisfies((ex) -> assertThat(ex.getIndex()).isEqualTo(2));
	}

	@Test
	void aRecordWithoutAKeyIsHandledAndNothingIsAnEmptyPoll() {
		List<String> handled = Collections.synchronizedList(new ArrayList<>());
		KeyOrderedBatch<String> batch = new KeyOrderedBatch<>(4, (record) -> handled.add(record.value()));

		batch.handle(List.of());
		batch.handle(List.of(record(0, null, "first"), record(1, null, "second"), record(2, "a", "third")));

		assertThat(handled).containsExactlyInAnyOrder("first", "second", "third");
		assertThat(handled.indexOf("first")).isLessThan(handled.indexOf("second"));
	}

	@Test
	void concurrencyMustBePositive() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> new KeyOrderedBatch<String>(0, (record) -> {
			}))
			.withMessageContaining("concurrency");
	}

	private static ConsumerRecord<String, String> record(long offset, String key, String value) {
		return new ConsumerRecord<>("status-published", 0, offset, key, value);
	}

}
