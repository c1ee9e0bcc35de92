package social.murmur.media.support;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import social.murmur.contracts.posts.v1.GetStatusesRequest;
import social.murmur.contracts.posts.v1.ListStatusIdsByAuthorsRequest;
import social.murmur.contracts.posts.v1.StatusIdList;
import social.murmur.contracts.posts.v1.StatusList;
import social.murmur.contracts.posts.v1.StatusesGrpc;

/**
 * The posts service as media sees it: the statuses it has stored, answered by
 * {@code GetStatuses} as posts does (in the order asked, unknown ids left out, at most
 * 800 ids a call), served on the test context's in-process gRPC server. While down, every
 * call is answered {@code UNAVAILABLE}.
 */
public class FakePosts {

	private final Set<Long> stored = ConcurrentHashMap.newKeySet();

	private final List<List<Long>> asked = new CopyOnWriteArrayList<>();

	private volatile boolean down;

	/** Posts has stored these statuses. */
	public void stored(Long... statusIds) {
		this.stored.addAll(List.of(statusIds));
	}

	public void stored(Collection<Long> statusIds) {
		this.stored.addAll(statusIds);
	}

	public void down(boolean down) {
		this.down = down;
	}

	/** The ids of every GetStatuses call answered or refused, in order. */
	public List<List<Long>> calls() {
		return List.copyOf(this.asked);
	}

	/** Every status id asked about. */
	public Set<Long> askedIds() {
		Set<Long> ids = ConcurrentHashMap.newKeySet();
		this.asked.forEach(ids::addAll);
		return ids;
	}

	public void forgetCalls() {
		this.asked.clear();
	}

	class StatusesService extends StatusesGrpc.StatusesImplBase {

		@Override
		public void getStatuses(GetStatusesRequest request, StreamObserver<StatusList> responses) {
			FakePosts.this.asked.add(List.copyOf(request.getIdsList()));
			if (FakePosts.this.down) {
				responses.onError(Status.UNAVAILABLE.withDescription("posts is down").asRuntimeException());
				return;
			}
			if (request.getIdsCount() > 800) {
				responses
					.onError(Status.INVALID_ARGUMENT.withDescription("At most 800 ids per call").asRuntimeException());
				return;
			}
			StatusList.Builder answer = StatusList.newBuilder();
			request.getIdsList()
				.stream()
				.distinct()
				.filter(FakePosts.this.stored::contains)
				.forEach((id) -> answer.addStatuses(social.murmur.contracts.posts.v1.Status.newBuilder().setId(id)));
			responses.onNext(answer.build());
			responses.onCompleted();
		}

		@Override
		public void listStatusIdsByAuthors(ListStatusIdsByAuthorsRequest request,
				StreamObserver<StatusIdList> responses) {
			responses.onError(Status.UNIMPLEMENTED.withDescription("media does not list statuses by author")
				.asRuntimeException());
		}

	}

	/** Serves the fake posts service on the test context's in-process gRPC server. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		FakePosts fakePosts() {
			return new FakePosts();
		}

		@Bean
		StatusesGrpc.StatusesImplBase fakeStatusesService(FakePosts posts) {
			return posts.new StatusesService();
		}

	}

}
