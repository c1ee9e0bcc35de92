package social.murmur.media.attachment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import social.murmur.contracts.media.v1.AttachToStatusRequest;
import social.murmur.media.support.IntegrationTestSupport;
import social.murmur.testsupport.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments attached to a status posts never stored are found and deleted after the
 * grace period, rows and files, by asking the posts service (a fake one on the in-process
 * gRPC server, answering as posts does); attachments of statuses posts has are confirmed
 * and never asked about again.
 */
class SweepStrandedAttachmentsIT extends IntegrationTestSupport {

	@Autowired
	private SweepStrandedAttachments sweep;

	@AfterEach
	void postsUpAgain() {
		this.posts.down(false);
	}

	@Test
	void afterTheGraceAttachmentsOfStatusesPostsNeverStoredAreDeletedWithTheirFiles() {
		long account = newId();
		String token = TestIdentities.forAccount(account);
		long storedStatus = newId();
		long strandedStatus = newId();
		long kept = uploadedMedia(account, token);
		long strandedFirst = uploadedMedia(account, token);
		long strandedSecond = uploadedMedia(account, token);
		attach(account, storedStatus, kept);
		attach(account, strandedStatus, strandedFirst, strandedSecond);
		this.posts.stored(storedStatus);
		attachedAgo(Duration.ofHours(3), kept, strandedFirst, strandedSecond);

		this.sweep.sweep();

		eventually().untilAsserted(() -> {
			assertThat(exists(strandedFirst) || exists(strandedSecond)).isFalse();
			assertThat(filesOf(strandedFirst)).isEmpty();
			assertThat(filesOf(strandedSecond)).isEmpty();
			assertThat(orphans()).isZero();
		});
		assertThat(exists(kept)).isTrue();
		assertThat(confirmed(kept)).isTrue();
		assertThat(filesOf(kept)).hasSize(2);
		assertThat(this.posts.askedIds()).contains(storedStatus, strandedStatus);
	}

	@Test
	void confirmedStatusesAreNeverAskedAboutAgain() {
		long account = newId();
		String token = TestIdentities.forAccount(account);
		long status = newId();
		long media = uploadedMedia(account, token);
		attach(account, status, media);
		this.posts.stored(status);
		attachedAgo(Duration.ofHours(3), media);
		this.sweep.sweep();
		eventually().untilAsserted(() -> assertThat(confirmed(media)).isTrue());
		this.posts.forgetCalls();

		this.sweep.sweep();

		assertThat(this.posts.askedIds()).doesNotContain(status);
		assertThat(exists(media)).isTrue();
		assertThat(filesOf(media)).hasSize(2);
	}

	@Test
	void attachmentsWithinTheGraceAreNeitherAskedAboutNorTouched() {
		long account = newId();
		String token = TestIdentities.forAccount(account);
		long status = newId();
		long media = uploadedMedia(account, token);
		attach(account, status, media);
		attachedAgo(Duration.ofMinutes(110), media);

		this.sweep.sweep();

		assertThat(this.posts.askedIds()).doesNotContain(status);
		assertThat(exists(media)).isTrue();
		assertThat(confirmed(media)).isFalse();
		assertThat(filesOf(media)).hasSize(2);
	}

	@Test
	void whilePostsIsDownNothingIsDeletedAndTheNextRoundTriesAgain() {
		this.posts.down(true);
		long account = newId();
		String token = TestIdentities.forAccount(account);
		long status = newId();
		long media = uploadedMedia(account, token);
		attach(account, status, media);
		attachedAgo(Duration.ofHours(3), media);

		SweepStrandedAttachments.Result result = this.sweep
			.sweepAttachedBefore(Instant.now().minus(Duration.ofHours(2)));

		assertThat(result.complete()).isFalse();
		assertThat(result.deleted()).isZero();
		assertThat(this.posts.askedIds()).contains(status);
		assertThat(exists(media)).isTrue();
		assertThat(confirmed(media)).isFalse();
		assertThat(filesOf(media)).hasSize(2);

		this.posts.down(false);
		this.sweep.sweep();

		eventually().untilAsserted(() -> {
			assertThat(exists(media)).isFalse();
			assertThat(filesOf(media)).isEmpty();
		});
	}

	@Test
	void asksPostsAboutAHundredAttachmentsAtATime() {
		long account = newId();
		List<Long> stored = new ArrayList<>();
		List<Long> stranded = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			long status = newId();
			long media = newId();
			this.jdbc.sql("""
					insert into media_attachments (id, account_id, status_id, position, state, attached_at)
					values (:id, :account, :status, 0, 'ready', now() - interval '3 hours')
					""").param("id", media).param("account", account).param("status", status).update();
			(i % 2 == 0 ? stored : stranded).add(media);
			if (i % 2 == 0) {
				this.posts.stored(status);
			}
		}
		this.posts.forgetCalls();

		SweepStrandedAttachments.Result result = this.sweep
			.sweepAttachedBefore(Instant.now().minus(Duration.ofHours(2)));

		assertThat(result.complete()).isTrue();
		// another instance (the scheduled round of this one) may take a batch, never more
		assertThat(this.posts.calls()).isNotEmpty()
			.allSatisfy((call) -> assertThat(call).hasSizeLessThanOrEqualTo(100));
		eventually().untilAsserted(() -> {
			assertThat(stranded).noneMatch(this::exists);
			assertThat(stored).allMatch(this::confirmed);
		});
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

	private void attachedAgo(Duration age, long... media) {
		for (long id : media) {
			this.jdbc
				.sql("update media_attachments set attached_at = now() - :seconds * interval '1 second' where id = :id")
				.param("seconds", age.toSeconds())
				.param("id", id)
				.update();
		}
	}

	private boolean exists(long media) {
		return this.jdbc.sql("select count(*) from media_attachments where id = :id")
			.param("id", media)
			.query(Long.class)
			.single() == 1;
	}

	private boolean confirmed(long media) {
		return this.jdbc.sql("select status_confirmed_at is not null from media_attachments where id = :id")
			.param("id", media)
			.query(Boolean.class)
			.single();
	}

	private long orphans() {
		return this.jdbc.sql("select count(*) from orphaned_files").query(Long.class).single();
	}

	private static List<String> filesOf(long media) {
		return storedFiles().stream().filter((file) -> file.startsWith("files/" + media + "/")).toList();
	}

}
