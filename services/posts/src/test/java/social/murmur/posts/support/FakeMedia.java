package social.murmur.posts.support;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import social.murmur.contracts.media.v1.AttachToStatusRequest;
import social.murmur.contracts.media.v1.AttachmentList;
import social.murmur.contracts.media.v1.AttachmentsGrpc;
import social.murmur.contracts.media.v1.GetAttachmentsRequest;
import social.murmur.contracts.media.v1.MediaAttachment;
import social.murmur.contracts.media.v1.MediaDimensions;
import social.murmur.contracts.media.v1.MediaFocus;
import social.murmur.contracts.media.v1.MediaMeta;
import social.murmur.contracts.users.v1.Account;

/**
 * The media service as posts sees it: uploads held in memory, attached by the rules of
 * {@code AttachToStatus} (all or none, unknown and others' ids not found, processing or
 * attached elsewhere refused, the same status may ask again), served in-process over
 * gRPC. Also an object mother for uploads.
 */
public class FakeMedia {

	private static final AtomicLong ids = new AtomicLong(7_000_000);

	private final Map<Long, MediaAttachment> uploads = new ConcurrentHashMap<>();

	private final Set<Long> processing = ConcurrentHashMap.newKeySet();

	private final List<AttachToStatusRequest> attachCalls = new CopyOnWriteArrayList<>();

	private volatile boolean down;

	private volatile boolean loseAnswers;

	/** A processed image upload of the account, with alt text. */
	public MediaAttachment upload(Account owner, String description) {
		long id = ids.incrementAndGet();
		MediaAttachment upload = MediaAttachment.newBuilder()
			.setId(id)
			.setType("image")
			.setUrl("https://murmur.test/system/media_attachments/" + id + "/original.webp")
			.setPreviewUrl("https://murmur.test/system/media_attachments/" + id + "/small.webp")
			.setDescription(description)
			.setBlurhash("LEHV6nWB2yk8pyo0adR*.7kCMdnj")
			.setMeta(MediaMeta.newBuilder()
				.setOriginal(MediaDimensions.newBuilder().setWidth(1200).setHeight(800))
				.setSmall(MediaDimensions.newBuilder().setWidth(480).setHeight(320))
				.setFocus(MediaFocus.newBuilder().setX(0.25).setY(-0.5)))
			.setAccountId(owner.getId())
			.build();
		this.uploads.put(id, upload);
		return upload;
	}

	/** An upload of the account that is still being processed. */
	public MediaAttachment uploadStillProcessing(Account owner) {
		MediaAttachment upload = upload(owner, "");
		this.processing.add(upload.getId());
		return upload;
	}

	/** While down, every call is answered {@code UNAVAILABLE} and changes nothing. */
	public void down(boolean down) {
		this.down = down;
	}

	/**
	 * While set, AttachToStatus attaches but its answer is lost ({@code UNAVAILABLE}), as
	 * when media or the network fails after media committed.
	 */
	public void loseAnswers(boolean lose) {
		this.loseAnswers = lose;
	}

	/** The AttachToStatus calls posts has made, in order. */
	public List<AttachToStatusRequest> attachCalls() {
		return List.copyOf(this.attachCalls);
	}

	/** The status an upload is attached to, 0 for none. */
	public long statusOf(long mediaId) {
		return this.uploads.get(mediaId).getStatusId();
	}

	private synchronized AttachmentList attach(AttachToStatusRequest request) {
		Set<Long> asked = new LinkedHashSet<>(request.getMediaIdsList());
		if (asked.size() > 4 || request.getStatusId() <= 0) {
			throw Status.INVALID_ARGUMENT.withDescription("At most 4 attachments per status").asRuntimeException();
		}
		for (long id : asked) {
			MediaAttachment upload = this.uploads.get(id);
			if (upload == null || upload.getAccountId() != request.getAccountId()) {
				throw Status.NOT_FOUND.withDescription("Media " + id + " not found").asRuntimeException();
			}
		}
		for (long id : asked) {
			MediaAttachment upload = this.uploads.get(id);
			if (upload.getStatusId() != 0 && upload.getStatusId() != request.getStatusId()) {
				throw Status.FAILED_PRECONDITION
					.withDescription("Media " + id + " is already attached to another status")
					.asRuntimeException();
			}
			if (this.processing.contains(id)) {
				throw Status.FAILED_PRECONDITION.withDescription("Media " + id + " is still being processed")
					.asRuntimeException();
			}
		}
		List<MediaAttachment> attached = new ArrayList<>();
		for (long id : asked) {
			MediaAttachment upload = this.uploads.get(id).toBuilder().setStatusId(request.getStatusId()).build();
			this.uploads.put(id, upload);
			attached.add(upload);
		}
		return AttachmentList.newBuilder().addAllAttachments(attached).build();
	}

	class AttachmentsService extends AttachmentsGrpc.AttachmentsImplBase {

		@Override
		public void attachToStatus(AttachToStatusRequest request, StreamObserver<AttachmentList> responses) {
			FakeMedia.this.attachCalls.add(request);
			if (FakeMedia.this.down) {
				responses.onError(Status.UNAVAILABLE.withDescription("media is down").asRuntimeException());
				return;
			}
			AttachmentList attached;
			try {
				attached = attach(request);
			}
			catch (StatusRuntimeException ex) {
				responses.onError(ex);
				return;
			}
			if (FakeMedia.this.loseAnswers) {
				responses.onError(Status.UNAVAILABLE.withDescription("connection reset").asRuntimeException());
				return;
			}
			responses.onNext(attached);
			responses.onCompleted();
		}

		@Override
		public void getAttachments(GetAttachmentsRequest request, StreamObserver<AttachmentList> responses) {
			AttachmentList.Builder list = AttachmentList.newBuilder();
			request.getIdsList()
				.stream()
				.map(FakeMedia.this.uploads::get)
				.filter((upload) -> upload != null)
				.forEach(list::addAttachments);
			responses.onNext(list.build());
			responses.onCompleted();
		}

	}

	/** Serves the fake media service on the test context's in-process gRPC server. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		FakeMedia fakeMedia() {
			return new FakeMedia();
		}

		@Bean
		AttachmentsGrpc.AttachmentsImplBase fakeAttachmentsService(FakeMedia media) {
			return media.new AttachmentsService();
		}

	}

}
