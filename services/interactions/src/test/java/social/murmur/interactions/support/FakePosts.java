package social.murmur.interactions.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.stub.StreamObserver;
import social.murmur.contracts.posts.v1.GetStatusesRequest;
import social.murmur.contracts.posts.v1.Mention;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.StatusList;
import social.murmur.contracts.posts.v1.StatusesGrpc;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;

/**
 * The posts service's Statuses API, holding the statuses a test wrote. Like posts, it
 * answers a favourites count of its own (here 999), which interactions must replace.
 */
public class FakePosts extends StatusesGrpc.StatusesImplBase {

	public static final long POSTS_OWN_COUNT = 999;

	private final Map<Long, Status> statuses = new ConcurrentHashMap<>();

	private final AtomicInteger getStatusesCalls = new AtomicInteger();

	private final AtomicBoolean unavailable = new AtomicBoolean();

	public Status write(long id, Account author, Visibility visibility, Account... mentioned) {
		Status.Builder status = Status.newBuilder()
			.setId(id)
			.setCreatedAt(1_750_000_000_000L)
			.setVisibility(visibility)
			.setLanguage("en")
			.setContent("<p>Status " + id + "</p>")
			.setText("Status " + id)
			.setFavouritesCount(POSTS_OWN_COUNT)
			.setAccount(author);
		for (Account account : mentioned) {
			status.addMentions(Mention.newBuilder().setAccountId(account.getId()).setUsername(account.getUsername()));
		}
		Status written = status.build();
		this.statuses.put(id, written);
		return written;
	}

	/** Deletes a status without telling anyone, as if its event were still on the way. */
	public void delete(long id) {
		this.statuses.remove(id);
	}

	public int getStatusesCalls() {
		return this.getStatusesCalls.get();
	}

	/** Makes every call fail with UNAVAILABLE, as when posts is down. */
	public void setUnavailable(boolean unavailable) {
		this.unavailable.set(unavailable);
	}

	@Override
	public void getStatuses(GetStatusesRequest request, StreamObserver<StatusList> responses) {
		this.getStatusesCalls.incrementAndGet();
		if (this.unavailable.get()) {
			responses.onError(io.grpc.Status.UNAVAILABLE.withDescription("posts is down").asRuntimeException());
			return;
		}
		StatusList.Builder list = StatusList.newBuilder();
		request.getIdsList().stream().map(this.statuses::get).filter((s) -> s != null).forEach(list::addStatuses);
		responses.onNext(list.build());
		responses.onCompleted();
	}

}
