package social.murmur.bench.probe;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How many published statuses feed has not fanned out yet: the end offsets of the topic
 * minus what feed's consumer group has committed (it commits after processing a batch).
 */
public final class FanOutBacklog implements AutoCloseable {

	private final Admin admin;

	private final String group;

	private final String topic;

	public FanOutBacklog(String bootstrapServers, String group, String topic) {
		Properties properties = new Properties();
		properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "murmur-bench");
		this.admin = Admin.create(properties);
		this.group = group;
		this.topic = topic;
	}

	public long backlog() {
		try {
			TopicDescription description = this.admin.describeTopics(List.of(this.topic))
				.allTopicNames()
				.get()
				.get(this.topic);
			Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
			description.partitions()
				.forEach((partition) -> latest.put(new TopicPartition(this.topic, partition.partition()),
						OffsetSpec.latest()));
			var ends = this.admin.listOffsets(latest).all().get();
			Map<TopicPartition, OffsetAndMetadata> committed = this.admin.listConsumerGroupOffsets(this.group)
				.partitionsToOffsetAndMetadata()
				.get();
			long backlog = 0;
			for (var end : ends.entrySet()) {
				OffsetAndMetadata done = committed.get(end.getKey());
				backlog += end.getValue().offset() - ((done != null) ? done.offset() : 0);
			}
			return backlog;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not read the fan-out backlog: " + ex.getCause().getMessage(), ex);
		}
	}

	/**
	 * Waits until nothing is left to fan out.
	 * @return when that was ({@link System#nanoTime()})
	 */
	public long awaitDrained(Duration timeout, Consumer<String> progress) {
		long deadline = System.nanoTime() + timeout.toNanos();
		long lastReport = System.nanoTime();
		while (true) {
			long backlog = backlog();
			long now = System.nanoTime();
			if (backlog == 0) {
				return now;
			}
			if (now > deadline) {
				throw new IllegalStateException("Fan-out still had " + backlog + " statuses to go after " + timeout);
			}
			if (now - lastReport > 10_000_000_000L) {
				progress.accept(String.format("fan-out: %,d statuses to go", backlog));
				lastReport = now;
			}
			Pauses.sleep(Duration.ofMillis(100));
		}
	}

	@Override
	public void close() {
		this.admin.close(Duration.ofSeconds(5));
	}

}
