package social.murmur.media.attachment.grpc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import social.murmur.contracts.media.v1.AttachToStatusRequest;
import social.murmur.contracts.media.v1.AttachmentList;
import social.murmur.contracts.media.v1.AttachmentsGrpc;
import social.murmur.contracts.media.v1.GetAttachmentsRequest;
import social.murmur.contracts.media.v1.MediaAttachment;
import social.murmur.media.support.IntegrationTestSupport;
import social.murmur.testsupport.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@code Attachments} as posts calls it. */
class AttachmentsGrpcIT extends IntegrationTestSupport {

	@Test
	void attachesInTheOrderGivenWithAbsoluteUrls() {
		long account = newId();
		String token = TestIdentities.forAccount(account);
		long first = uploadedMedia(account, token);
		long second = uploadedMedia(account, token);
		long status = newId();

		AttachmentList attached = attach(account, status, second, first);

		assertThat(attached.getAttachmentsList()).extracting(MediaAttachment::getId).containsExactly(second, first);
		MediaAttachment media = attached.getAttachments(0);
		assertThat(media.getStatusId()).isEqualTo(status);
		assertThat(media.getAccountId()).isEqualTo(account);
		assertThat(media.getType()).isEqualTo("image");
		assertThat(media.getUrl()).startsWith(PUBLIC_URL + "/system/media_attachments/files/" + second + "/");
		assertThat(media.getPreviewUrl()).endsWith("/small.jpg");
		assertThat(media.getBlurhash()).hasSize(28);
		assertThat(media.getMeta().getOriginal().getWidth()).isEqualTo(64);
		assertThat(media.getMeta().getSmall().getHeight()).isEqualTo(48);
		assertThat(statusOf(first)).isEqualTo(status);
	}

	@Test
	void repeatingTheCallForTheSameStatusReturnsTheSameAttachments() {
		long account = newId();
		String token = TestIdentities.forAccount(account);
		long media = uploadedMedia(account, token);
		long status = newId();

		AttachmentList first = attach(account, status, media);
		AttachmentList again = attach(account, status, media);

		assertThat(again).isEqualTo(first);
	}

	@Test
	void unknownOrSomeoneElsesMediaIsNotFoundAndNothingIsAttached() {
		long account = newId();
		long other = newId();
		long mine = uploadedMedia(account, TestIdentities.forAccount(account));
		long theirs = uploadedMedia(other, TestIdentities.forAccount(other));

		assertCode(Status.Code.NOT_FOUND, () -> attach(account, newId(), mine, theirs));
		assertCode(Status.Code.NOT_FOUND, () -> attach(account, newId(), mine, newId()));

		assertThat(statusOf(mine)).isNull();
		assertThat(statusOf(theirs)).isNull();
	}

	@Test
	void mediaStillProcessingOrAttachedElsewhereIsAFailedPrecondition() {
		long account = newId();
		String token = TestIdentities.forAccount(account);
		long ready = uploadedMedia(account, token);
		long processing = newId();
		this.jdbc.sql("insert into media_attachments (id, account_id, state) values (:id, :account, 'processing')")
			.param("id", processing)
			.param("account", account)
			.update();
		long taken = uploadedMedia(account, token);
		long otherStatus = newId();
		attach(account, otherStatus, taken);

		assertCode(Status.Code.FAILED_PRECONDITION, () -> attach(account, newId(), ready, processing));
		assertCode(Status.Code.FAILED_PRECONDITION, () -> attach(account, newId(), ready, taken));

		assertThat(statusOf(ready)).isNull();
		assertThat(statusOf(taken)).isEqualTo(otherStatus);
	}

	@Test
	void fiveAttachmentsAreAnInvalidArgumentAndNothingIsAttached() {
		long account = newId();
		String token = TestIdentities.forAccount(account);
		long[] media = new long[5];
		for (int i = 0; i < media.length; i++) {
			media[i] = uploadedMedia(account, token);
		}
		Map<String, Object> before = storedState();

		assertCode(Status.Code.INVALID_ARGUMENT, () -> attach(account, newId(), media));

		assertThat(storedState()).isEqualTo(before);
		for (long id : media) {
			assertThat(statusOf(id)).isNull();
		}
		assertThat(attach(account, newId(), media[0], media[1], media[2], media[3]).getAttachmentsCount()).isEqualTo(4);
	}

	@Test
	void aRequestWithoutAccountOrStatusIsAnInvalidArgument() {
		long account = newId();
		long media = uploadedMedia(account, TestIdentities.forAccount(account));
		assertCode(Status.Code.INVALID_ARGUMENT, () -> attach(0, newId(), media));
		assertCode(Status.Code.INVALID_ARGUMENT, () -> attach(account, 0, media));
		assertThat(attach(account, newId()).getAttachmentsCount()).isZero();
	}

	@Test
	void getsAttachmentsByIdInOrderLeavingOutUnknownOnes() {
		long account = newId();
		String token = TestIdentities.forAccount(account);
		long first = uploadedMedia(account, token);
		long second = uploadedMedia(account, token);

		AttachmentList found = attachmentsGrpc().getAttachments(
				GetAttachmentsRequest.newBuilder().addAllIds(List.of(second, newId(), first, second)).build());

		assertThat(found.getAttachmentsList()).extracting(MediaAttachment::getId).containsExactly(second, first);
		assertThat(attachmentsGrpc().getAttachments(GetAttachmentsRequest.getDefaultInstance()).getAttachmentsCount())
			.isZero();
	}

	@Test
	void callsWithoutAServiceTokenAreRefused() {
		ManagedChannel channel = InProcessChannelBuilder.forName(GRPC_SERVER).build();
		try {
			assertCode(Status.Code.UNAUTHENTICATED, () -> AttachmentsGrpc.newBlockingStub(channel)
				.getAttachments(GetAttachmentsRequest.newBuilder().addIds(1).build()));
		}
		finally {
			channel.shutdownNow();
		}
	}

	private AttachmentList attach(long account, long status, long... media) {
		AttachToStatusRequest.Builder request = AttachToStatusRequest.newBuilder()
			.setAccountId(account)
			.setStatusId(status);
		for (long id : media) {
			request.addMediaIds(id);
		}
		return attachmentsGrpc().attachToStatus(request.build());
	}

	private @Nullable Long statusOf(long media) {
		return this.jdbc.sql("select status_id from media_attachments where id = :id")
			.param("id", media)
			.query((row, number) -> Optional.ofNullable((Long) row.getObject("status_id")))
			.single()
			.orElse(null);
	}

	private static void assertCode(Status.Code code, Runnable call) {
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(code));
	}

}
