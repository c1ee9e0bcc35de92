package social.murmur.platform.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Handles the records of one poll concurrently across keys and in order within each key,
 * as one consumer per key would. A consumer that mostly waits on other services and
 * stores handles one record at a time at the rate of its round trips; with this, a poll's
 * records of different keys wait at the same time, up to {@code concurrency} of them,
 * while a key's records (an author's statuses) still follow one another.
 * <p>
 * A key whose record fails stops there, so its later records are not handled before it.
 * Once every key is done, the first failed record in the poll's order is reported as a
 * {@link BatchListenerFailedException}: the platform's error handler commits the records
 * before it, all handled, and delivers it and the rest again after its pause. Records of
 * other keys after it that were handled already are handled again, so the handler must be
 * idempotent, as every Kafka consumer must be anyway.
 *
 * @param <V> the type of the records' values
 */
public final class KeyOrderedBatch<V> {

	/** Handles one record. */
	@FunctionalInterface
	public interface Handler<V> {

		void handle(ConsumerRecord<String, V> record) throws Exception;

	}

	private static final Logger logger = LoggerFactory.getLogger(KeyOrderedBatch.class);

	private final int concurrency;

	private final Handler<V> handler;

	/**
	 * @param concurrency how many keys at most are handled at the same time
	 * @param handler what each record is handed to
	 */
	public KeyOrderedBatch(int concurrency, Handler<V> handler) {
		if (concurrency < 1) {
			throw new IllegalArgumentException("concurrency must be positive, was " + concurrency);
		}
		this.concurrency = concurrency;
		this.handler = handler;
	}

	/**
	 * Handles every record of a poll, returning once all are handled.
	 * @throws BatchListenerFailedException naming the first record in the poll's order
	 * that failed, with its exception as the cause
	 */
	public void handle(List<ConsumerRecord<String, V>> records) {
		Queue<List<Integer>> keys = new ConcurrentLinkedQueue<>(byKey(records));
		AtomicReferenceArray<@Nullable Throwable> failures = new AtomicReferenceArray<>(records.size());
		int lanes = Math.min(this.concurrency, keys.size());
		if (lanes <= 1) {
			// One key (a trickle of records): no hand-off to another thread.
			drain(keys, records, failures);
		}
		else {
			try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
				for (int lane = 0; lane < lanes; lane++) {
					executor.execute(() -> drain(keys, records, failures));
				}
			}
		}
		for (int index = 0; index < records.size(); index++) {
			Throwable failure = failures.get(index);
			if (failure != null) {
				ConsumerRecord<String, V> record = records.get(index);
				// The error handler retries quietly, so each failure is told here.
				logger.warn("{}-{}@{} (key {}) failed; it and the {} records after it will be delivered again",
						record.topic(), record.partition(), record.offset(), record.key(), records.size() - index - 1,
						failure);
				throw new BatchListenerFailedException(
						"Record " + index + " of " + records.size() + " failed: " + failure.getMessage(), failure,
						index);
			}
		}
	}

	/** The indexes of the records of each key, in the poll's order. */
	private static <V> List<List<Integer>> byKey(List<ConsumerRecord<String, V>> records) {
		Map<@Nullable String, List<Integer>> byKey = new LinkedHashMap<>();
		for (int index = 0; index < records.size(); index++) {
			byKey.computeIfAbsent(records.get(index).key(), (key) -> new ArrayList<>()).add(index);
		}
		return new ArrayList<>(byKey.values());
	}

	/** Takes one key after the other and handles its records until one fails. */
	private void drain(Queue<List<Integer>> keys, List<ConsumerRecord<String, V>> records,
			AtomicReferenceArray<@Nullable Throwable> failures) {
		for (List<Integer> key = keys.poll(); key != null; key = keys.poll()) {
			for (int index : key) {
				try {
					this.handler.handle(records.get(index));
				}
				catch (Throwable ex) {
					// Errors too: a lane's thrown error would otherwise vanish with it.
					failures.set(index, ex);
					break;
				}
			}
		}
	}

}
