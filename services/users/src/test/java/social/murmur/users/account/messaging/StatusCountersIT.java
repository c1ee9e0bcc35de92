package social.murmur.users.account.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.users.UsersIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StatusCountersIT extends UsersIntegrationTest {

	@Test
	void countsPublishedStatusesOnceEvenWhenRedelivered() throws Exception {
		long author = newAccount().getId();
		Instant firstAt = Instant.parse("2026-01-10T12:00:00Z");
		Instant secondAt = Instant.parse("2026-02-20T08:00:00Z");
		StatusPublished first = published(nextId(), author, firstAt);
		publish(Topics.STATUS_PUBLISHED, author, first.toByteArray());
		publish(Topics.STATUS_PUBLISHED, author, first.toByteArray());
		publish(Topics.STATUS_PUBLISHED, author, published(nextId(), author, secondAt).toByteArray());
		// Same key, same partition: when the second status is counted, the redelivered
		// first one has been consumed too.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(account(author).get("last_status_at").asString()).isEqualTo("2026-02-20"));
		assertThat(account(author).get("statuses_count").asLong()).isEqualTo(2);
	}

	@Test
	void anOlderStatusArrivingLateDoesNotMoveLastStatusAtBack() throws Exception {
		long author = newAccount().getId();
		publish(Topics.STATUS_PUBLISHED, author,
				published(nextId(), author, Instant.parse("2026-03-01T00:00:00Z")).toByteArray());
		publish(Topics.STATUS_PUBLISHED, author,
				published(nextId(), author, Instant.parse("2025-12-01T00:00:00Z")).toByteArray());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(account(author).get("statuses_count").asLong()).isEqualTo(2));
		assertThat(account(author).get("last_status_at").asString()).isEqualTo("2026-03-01");
	}

	@Test
	void deletedStatusesAreUncountedOnceAndNeverBelowZero() throws Exception {
		long author = newAccount().getId();
		publish(Topics.STATUS_PUBLISHED, author, published(nextId(), author, Instant.now()).toByteArray());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(account(author).get("statuses_count").asLong()).isEqualTo(1));
		StatusDeleted deleted = deleted(nextId(), author);
		publish(Topics.STATUS_DELETED, author, deleted.toByteArray());
		publish(Topics.STATUS_DELETED, author, deleted.toByteArray());
		publish(Topics.STATUS_DELETED, author, deleted(nextId(), author).toByteArray());
		publish(Topics.STATUS_DELETED, author, new byte[] { 0x0f, (byte) 0xff });
		long marker = nextId();
		publish(Topics.STATUS_DELETED, author, deleted(marker, author).toByteArray());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from processed_events where event_id = ?")
				.param(marker)
				.query(Long.class)
				.single() == 1);
		assertThat(account(author).get("statuses_count").asLong()).isZero();
	}

	@Test
	void eventsForUnknownAuthorsAreSkippedWithoutHarm() throws Exception {
		long stranger = nextId();
		long marker = nextId();
		publish(Topics.STATUS_PUBLISHED, stranger, published(marker, stranger, Instant.now()).toByteArray());
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select count(*) from processed_events where event_id = ?")
				.param(marker)
				.query(Long.class)
				.single() == 1);
		assertThat(get("/api/v1/accounts/" + stranger, null).status()).isEqualTo(404);
	}

	private JsonNode account(long id) {
		return get("/api/v1/accounts/" + id, null).json();
	}

	private void publish(String topic, long key, byte[] value)
			throws InterruptedException, ExecutionException, TimeoutException {
		this.kafka.send(topic, Long.toString(key), value).get(10, TimeUnit.SECONDS);
	}

	private static StatusPublished published(long eventId, long author, Instant at) {
		return StatusPublished.newBuilder()
			.setEventId(eventId)
			.setOccurredAt(at.toEpochMilli())
			.setStatusId(eventId + 1)
			.setAuthorId(author)
			.setVisibility("public")
			.build();
	}

	private static StatusDeleted deleted(long eventId, long author) {
		return StatusDeleted.newBuilder()
			.setEventId(eventId)
			.setOccurredAt(System.currentTimeMillis())
			.setStatusId(eventId + 1)
			.setAuthorId(author)
			.build();
	}

}
