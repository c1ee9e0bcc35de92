package social.murmur.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import social.murmur.platform.messaging.EventHeaders;

/**
 * Publishes outbox rows to Kafka in id order and deletes them once Kafka has acknowledged
 * them. One relay at a time per database (a transaction-scoped advisory lock), so events
 * of one key keep their order even with several instances. Runs after every commit that
 * appended events, and otherwise polls; while Kafka is down the rows simply wait.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private static final long LOCK_KEY = 0x6d75726d75724fL;

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final KafkaTemplate<String, byte[]> kafka;

	private final Duration pollInterval;

	private final Semaphore signal = new Semaphore(0);

	private volatile boolean running;

	private Thread worker;

	public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, KafkaTemplate<String, byte[]> kafka,
			Duration pollInterval) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.kafka = kafka;
		this.pollInterval = pollInterval;
	}

	/** Asks the relay to look at the outbox now rather than at its next poll. */
	public void wakeUp() {
		this.signal.release();
	}

	/**
	 * Publishes what is waiting, one batch after another, until the outbox is empty.
	 * @return how many events were published
	 */
	public int drain() {
		int total = 0;
		int published;
		do {
			Integer count = this.transactions.execute((status) -> publishBatch());
			published = (count != null) ? count : 0;
			total += published;
		}
		while (published == BATCH);
		return total;
	}

	private int publishBatch() {
		Boolean locked = this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
		if (!Boolean.TRUE.equals(locked)) {
			return 0;
		}
		List<Long> ids = new ArrayList<>();
		List<CompletableFuture<?>> sends = new ArrayList<>();
		this.jdbc.query("select id, topic, message_key, event_type, payload from outbox_events order by id limit ?",
				(row) -> {
					ProducerRecord<String, byte[]> record = new ProducerRecord<>(row.getString("topic"),
							row.getString("message_key"), row.getBytes("payload"));
					record.headers()
						.add(EventHeaders.EVENT_TYPE, row.getString("event_type").getBytes(StandardCharsets.UTF_8));
					ids.add(row.getLong("id"));
					sends.add(this.kafka.send(record));
				}, BATCH);
		if (ids.isEmpty()) {
			return 0;
		}
		try {
			CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while publishing the outbox", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Kafka did not acknowledge the outbox batch", ex);
		}
		this.jdbc.update("delete from outbox_events where id = any(?)",
				(ps) -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray())));
		return ids.size();
	}

	private void run() {
		long backoffMillis = 0;
		while (this.running) {
			try {
				this.signal.tryAcquire(Math.max(this.pollInterval.toMillis(), backoffMillis), TimeUnit.MILLISECONDS);
				this.signal.drainPermits();
				if (!this.running) {
					return;
				}
				drain();
				backoffMillis = 0;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				backoffMillis = Math.min(Math.max(backoffMillis * 2, 200), 5_000);
				logger.warn("Outbox not published yet, retrying in {} ms: {}", backoffMillis, ex.getMessage());
			}
		}
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		this.worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.worker != null) {
			this.signal.release();
			try {
				this.worker.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
