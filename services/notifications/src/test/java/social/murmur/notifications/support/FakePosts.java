package social.murmur.notifications.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.stub.StreamObserver;
import social.murmur.contracts.posts.v1.GetStatusesRequest;
import social.murmur.contracts.posts.v1.Mention;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.StatusList;
import social.murmur.contracts.posts.v1.StatusesGrpc;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;

/** The posts service's Statuses API, holding the statuses a test wrote. */
public class FakePosts extends StatusesGrpc.StatusesImplBase {

	private final Map<Long, Status> statuses = new ConcurrentHashMap<>();

	private final AtomicInteger getStatusesCalls = new AtomicInteger();

	public Status write(long id, Account author, Visibility visibility, Account... mentioned) {
		Status.Builder status = Status.newBuilder()
			.setId(id)
			.setCreatedAt(1_750_000_000_000L)
			.setVisibility(visibility)
			.setLanguage("en")
			.setContent("<p>Status " + id + "</p>")
			.setText("Status " + id)
			.setAccount(author);
		for (Account account : mentioned) {
			status.addMentions(Mention.newBuilder().setAccountId(account.getId()).setUsername(account.getUsername()));
		}
		Status written = status.build();
		this.statuses.put(id, written);
		return written;
	}

	public void delete(long id) {
		this.statuses.remove(id);
	}

	public int getStatusesCalls() {
		return this.getStatusesCalls.get();
	}

	@Override
	public void getStatuses(GetStatusesRequest request, StreamObserver<StatusList> responses) {
		this.getStatusesCalls.incrementAndGet();
		StatusList.Builder list = StatusList.newBuilder();
		request.getIdsList().stream().map(this.statuses::get).filter((s) -> s != null).forEach(list::addStatuses);
		responses.onNext(list.build());
		responses.onCompleted();
	}

}
