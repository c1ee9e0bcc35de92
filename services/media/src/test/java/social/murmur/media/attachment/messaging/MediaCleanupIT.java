package social.murmur.media.attachment.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import social.murmur.contracts.Topics;
import social.murmur.contracts.media.v1.AttachToStatusRequest;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.media.attachment.PurgeUnattachedMedia;
import social.murmur.media.support.IntegrationTestSupport;
import social.murmur.testsupport.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments go away with their status ({@code StatusDeleted} from the real Kafka topic)
 * or when never attached within the configured age; rows and files alike.
 */
class MediaCleanupIT extends IntegrationTestSupport {

	@Autowired
	private PurgeUnattachedMedia purgeUnattachedMedia;

	@Test
	void deletedStatusTakesItsAttachmentsAndTheirFilesAlong() {
		long account = newId();
		String token = TestIdentities.forAccount(account);
		long status = newId();
		long otherStatus = newId();
		long first = uploadedMedia(account, token);
		long second = uploadedMedia(account, token);
		long kept = uploadedMedia(account, token);
		attach(account, status, first, second);
		attach(account, otherStatus, kept);
		assertThat(filesOf(first)).hasSize(2);

		publish(deleted(newId(), status, account));

		eventually().untilAsserted(() -> {
			assertThat(exists(first) || exists(second)).isFalse();
			assertThat(filesOf(first)).isEmpty();
			assertThat(filesOf(second)).isEmpty();
			assertThat(orphans()).isZero();
		});
		assertThat(exists(kept)).isTrue();
		assertThat(filesOf(kept)).hasSize(2);
	}

	@Test
	void redeliveredAndUnreadableEventsChangeNothingMore() {
		long account = newId();
		String token = TestIdentities.forAccount(account);
		long status = newId();
		long media = uploadedMedia(account, token);
		attach(account, status, media);
		StatusDeleted event = deleted(newId(), status, account);

		publishRaw(new byte[] { (byte) 0xff, 0x01, 0x02 });
		publish(event);
		eventually().untilAsserted(() -> assertThat(exists(media) || !filesOf(media).isEmpty()).isFalse());
		publish(event);
		long witnessStatus = newId();
		long witness = uploadedMedia(account, token);
		attach(account, witnessStatus, witness);
		publish(deleted(newId(), witnessStatus, account));

		eventually()
			.untilAsserted(() -> assertThat(exists(witness) || !filesOf(witness).isEmpty() || orphans() > 0).isFalse());
		assertThat(this.jdbc.sql("select count(*) from processed_events where event_id = :id")
			.param("id", event.getEventId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void uploadsNeverAttachedAreDeletedAfterTheConfiguredAge() {
		long account = newId();
		String token = TestIdentities.forAccount(account);
		long stale = uploadedMedia(account, token);
		long staleButAttached = uploadedMedia(account, token);
		long fresh = uploadedMedia(account, token);
		attach(account, newId(), staleButAttached);
		this.jdbc.sql("update media_attachments set created_at = now() - interval '2 days' where id in (:a, :b)")
			.param("a", stale)
			.param("b", staleButAttached)
			.update();

		int purged = this.purgeUnattachedMedia.purgeCreatedBefore(Instant.now().minus(Duration.ofDays(1)));

		assertThat(purged).isGreaterThanOrEqualTo(1);
		assertThat(exists(stale)).isFalse();
		assertThat(filesOf(stale)).isEmpty();
		assertThat(exists(staleButAttached)).isTrue();
		assertThat(filesOf(staleButAttached)).hasSize(2);
		assertThat(exists(fresh)).isTrue();
		assertThat(filesOf(fresh)).hasSize(2);
	}

	private void attach(long account, long status, long... media) {
		AttachToStatusRequest.Builder request = AttachToStatusRequest.newBuilder()
			.setAccountId(account)
			.setStatusId(status);
		for (long id : media) {
			request.addMediaIds(id);
		}
		attachmentsGrpc().attachToStatus(request.build());
	}

	private long orphans() {
		return this.jdbc.sql("select count(*) from orphaned_files").query(Long.class).single();
	}

	private boolean exists(long media) {
		return this.jdbc.sql("select count(*) from media_attachments where id = :id")
			.param("id", media)
			.query(Long.class)
			.single() == 1;
	}

	private static java.util.List<String> filesOf(long media) {
		return storedFiles().stream().filter((file) -> file.startsWith("files/" + media + "/")).toList();
	}

	private void publish(StatusDeleted event) {
		send(Long.toString(event.getAuthorId()), event.toByteArray());
	}

	private void publishRaw(byte[] payload) {
		send("0", payload);
	}

	private void send(String key, byte[] payload) {
		try {
			this.kafka.send(Topics.STATUS_DELETED, key, payload).get(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException | ExecutionException | TimeoutException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static StatusDeleted deleted(long eventId, long status, long author) {
		return StatusDeleted.newBuilder()
			.setEventId(eventId)
			.setOccurredAt(System.currentTimeMillis())
			.setStatusId(status)
			.setAuthorId(author)
			.build();
	}

}
