package social.murmur.media.attachment.grpc;

import java.util.List;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import social.murmur.contracts.media.v1.AttachToStatusRequest;
import social.murmur.contracts.media.v1.AttachmentList;
import social.murmur.contracts.media.v1.AttachmentsGrpc;
import social.murmur.contracts.media.v1.GetAttachmentsRequest;
import social.murmur.media.attachment.AttachToStatus;
import social.murmur.media.attachment.Attachment;
import social.murmur.media.attachment.AttachmentMessages;
import social.murmur.media.attachment.AttachmentRefused;
import social.murmur.media.attachment.Attachments;

/**
 * Attachments for posts: attaching uploads to a new status, and reading attachments by
 * id. Served behind the platform's service-token check.
 */
@Service
class AttachmentsGrpcService extends AttachmentsGrpc.AttachmentsImplBase {

	/** The most ids one GetAttachments call may carry (four per status of a page). */
	static final int MAX_IDS = 1_000;

	private static final Logger logger = LoggerFactory.getLogger(AttachmentsGrpcService.class);

	private final AttachToStatus attachToStatus;

	private final Attachments attachments;

	private final AttachmentMessages messages;

	AttachmentsGrpcService(AttachToStatus attachToStatus, Attachments attachments, AttachmentMessages messages) {
		this.attachToStatus = attachToStatus;
		this.attachments = attachments;
		this.messages = messages;
	}

	@Override
	public void attachToStatus(AttachToStatusRequest request, StreamObserver<AttachmentList> responses) {
		try {
			var attached = this.attachToStatus.attach(request.getAccountId(), request.getStatusId(),
					request.getMediaIdsList());
			responses.onNext(AttachmentList.newBuilder().addAllAttachments(this.messages.toMessages(attached)).build());
			responses.onCompleted();
		}
		catch (AttachmentRefused ex) {
			Status status = switch (ex.reason()) {
				case NOT_FOUND -> Status.NOT_FOUND;
				case NOT_ATTACHABLE -> Status.FAILED_PRECONDITION;
				case INVALID -> Status.INVALID_ARGUMENT;
			};
			responses.onError(status.withDescription(ex.getMessage()).asRuntimeException());
		}
		catch (RuntimeException ex) {
			logger.error("AttachToStatus failed", ex);
			responses.onError(Status.INTERNAL.withDescription("Internal error").asRuntimeException());
		}
	}

	@Override
	public void getAttachments(GetAttachmentsRequest request, StreamObserver<AttachmentList> responses) {
		if (request.getIdsCount() > MAX_IDS) {
			responses.onError(Status.INVALID_ARGUMENT
				.withDescription("At most " + MAX_IDS + " ids per call, got " + request.getIdsCount())
				.asRuntimeException());
			return;
		}
		try {
			List<Attachment> found = request.getIdsList().isEmpty() ? List.of()
					: this.attachments.findAll(request.getIdsList());
			responses.onNext(AttachmentList.newBuilder().addAllAttachments(this.messages.toMessages(found)).build());
			responses.onCompleted();
		}
		catch (RuntimeException ex) {
			logger.error("GetAttachments failed", ex);
			responses.onError(Status.INTERNAL.withDescription("Internal error").asRuntimeException());
		}
	}

}
