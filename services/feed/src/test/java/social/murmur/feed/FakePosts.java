package social.murmur.feed;

import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.grpc.stub.StreamObserver;
import org.jspecify.annotations.Nullable;
import social.murmur.contracts.posts.v1.GetStatusesRequest;
import social.murmur.contracts.posts.v1.ListStatusIdsByAuthorsRequest;
import social.murmur.contracts.posts.v1.Mention;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.StatusIdList;
import social.murmur.contracts.posts.v1.StatusList;
import social.murmur.contracts.posts.v1.StatusesGrpc;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;
import social.murmur.platform.id.IdGenerator;

/**
 * Stands in for the posts service, holding statuses the tests write. Ids come from a real
 * id generator, so statuses written in a burst share a millisecond and differ only in
 * their lowest bits, as in production.
 */
public class FakePosts extends StatusesGrpc.StatusesImplBase {

	private final NavigableMap<Long, Status> statuses = new ConcurrentSkipListMap<>();

	private final IdGenerator ids = new IdGenerator(7);

	private final List<List<Long>> getStatusesRequests = new CopyOnWriteArrayList<>();

	private final List<List<Long>> listStatusIdsRequests = new CopyOnWriteArrayList<>();

	private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

	private volatile io.grpc.@Nullable Status failure;

	private volatile java.time.Duration delay = java.time.Duration.ZERO;

	public Status post(long authorId) {
		return add(status(authorId, Visibility.VISIBILITY_PUBLIC).build());
	}

	public List<Status> post(long authorId, int count) {
		return java.util.stream.IntStream.range(0, count).mapToObj((i) -> post(authorId)).toList();
	}

	public Status post(long authorId, social.murmur.contracts.media.v1.MediaAttachment attachment) {
		return add(status(authorId, Visibility.VISIBILITY_PUBLIC).addMediaAttachments(attachment).build());
	}

	/**
	 * A public status by the author, shaped further by the test (visibility, tags,
	 * attachments, the status it replies to...).
	 */
	public Status post(long authorId, java.util.function.Consumer<Status.Builder> shape) {
		Status.Builder status = status(authorId, Visibility.VISIBILITY_PUBLIC);
		shape.accept(status);
		return add(status.build());
	}

	public Status reply(long authorId, Status to) {
		return add(status(authorId, Visibility.VISIBILITY_PUBLIC).setInReplyToId(to.getId())
			.setInReplyToAccountId(to.getAccount().getId())
			.build());
	}

	public Status direct(long authorId, long... mentioned) {
		Status.Builder status = status(authorId, Visibility.VISIBILITY_DIRECT);
		for (long account : mentioned) {
			status.addMentions(Mention.newBuilder().setAccountId(account).setUsername("user" + account));
		}
		return add(status.build());
	}

	/** Deletes a status without telling anyone, as if its event were still on the way. */
	public void delete(long statusId) {
		this.statuses.remove(statusId);
	}

	/** Changes a status's replies count, as a new reply does in posts. */
	public void setRepliesCount(long statusId, int count) {
		this.statuses.computeIfPresent(statusId, (id, status) -> status.toBuilder().setRepliesCount(count).build());
	}

	/** Changes the display name posts shows for an author's statuses. */
	public void renameAuthor(long authorId, String displayName) {
		this.statuses.replaceAll((id, status) -> (status.getAccount().getId() == authorId)
				? status.toBuilder().setAccount(status.getAccount().toBuilder().setDisplayName(displayName)).build()
				: status);
	}

	/** The id lists of every GetStatuses call so far. */
	public List<List<Long>> getStatusesRequests() {
		return List.copyOf(this.getStatusesRequests);
	}

	/** The author lists of every ListStatusIdsByAuthors call so far. */
	public List<List<Long>> listStatusIdsRequests() {
		return List.copyOf(this.listStatusIdsRequests);
	}

	/** Makes every call fail with the given status until {@link #recover()}. */
	public void failWith(io.grpc.Status status) {
		this.failure = status;
	}

	public void recover() {
		this.failure = null;
		this.delay = java.time.Duration.ZERO;
	}

	/** Makes every call take at least this long until {@link #recover()}. */
	public void slowDown(java.time.Duration delay) {
		this.delay = delay;
	}

	/** How many calls have been answered so far. */
	public int calls() {
		return this.calls.get();
	}

	@Override
	public void getStatuses(GetStatusesRequest request, StreamObserver<StatusList> responses) {
		if (failed(responses)) {
			return;
		}
		this.getStatusesRequests.add(request.getIdsList());
		StatusList.Builder found = StatusList.newBuilder();
		for (long id : request.getIdsList()) {
			Status status = this.statuses.get(id);
			if (status != null) {
				found.addStatuses(status);
			}
		}
		responses.onNext(found.build());
		responses.onCompleted();
	}

	@Override
	public void listStatusIdsByAuthors(ListStatusIdsByAuthorsRequest request, StreamObserver<StatusIdList> responses) {
		if (failed(responses)) {
			return;
		}
		this.listStatusIdsRequests.add(request.getAuthorIdsList());
		Set<Long> authors = Set.copyOf(request.getAuthorIdsList());
		List<Long> ids = this.statuses.descendingMap()
			.values()
			.stream()
			.filter((status) -> authors.contains(status.getAccount().getId()))
			.filter((status) -> status.getVisibility() != Visibility.VISIBILITY_DIRECT)
			.map(Status::getId)
			.filter((id) -> request.getMaxId() == 0 || id < request.getMaxId())
			.filter((id) -> request.getMinId() == 0 || id > request.getMinId())
			.limit((request.getLimit() > 0) ? request.getLimit() : 20)
			.toList();
		responses.onNext(StatusIdList.newBuilder().addAllIds(ids).build());
		responses.onCompleted();
	}

	private boolean failed(StreamObserver<?> responses) {
		this.calls.incrementAndGet();
		if (!this.delay.isZero()) {
			try {
				Thread.sleep(this.delay);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		io.grpc.Status failure = this.failure;
		if (failure != null) {
			responses.onError(failure.asRuntimeException());
			return true;
		}
		return false;
	}

	private Status.Builder status(long authorId, Visibility visibility) {
		long id = this.ids.next();
		return Status.newBuilder()
			.setId(id)
			.setCreatedAt(IdGenerator.createdAt(id).toEpochMilli())
			.setVisibility(visibility)
			.setLanguage("en")
			.setContent("<p>Status " + id + "</p>")
			.setText("Status " + id)
			.setAccount(Account.newBuilder()
				.setId(authorId)
				.setUsername("user" + authorId)
				.setDisplayName("User " + authorId)
				.setCreatedAt(1_700_000_000_000L));
	}

	private Status add(Status status) {
		this.statuses.put(status.getId(), status);
		return status;
	}

}
