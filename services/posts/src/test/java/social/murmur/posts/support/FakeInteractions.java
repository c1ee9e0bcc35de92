package social.murmur.posts.support;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import social.murmur.contracts.interactions.v1.FavouriteState;
import social.murmur.contracts.interactions.v1.FavouriteStates;
import social.murmur.contracts.interactions.v1.FavouritesGrpc;
import social.murmur.contracts.interactions.v1.GetFavouriteStatesRequest;

/**
 * The interactions service as posts sees it: likes held in memory, answered by
 * {@code GetFavouriteStates} as the contract says (one state per asked id, in order;
 * viewer 0 has favourited nothing), served in-process over gRPC. Records every call, and
 * can be made to fail.
 */
public class FakeInteractions {

	private final Map<Long, Set<Long>> likers = new ConcurrentHashMap<>();

	private final List<GetFavouriteStatesRequest> calls = new CopyOnWriteArrayList<>();

	private volatile Status.@Nullable Code failure;

	public void favourite(long accountId, long statusId) {
		this.likers.computeIfAbsent(statusId, (id) -> ConcurrentHashMap.newKeySet()).add(accountId);
	}

	/** Answers every call with this code from now on; null to answer again. */
	public void failWith(Status.@Nullable Code code) {
		this.failure = code;
	}

	/** The GetFavouriteStates calls posts has made, in order. */
	public List<GetFavouriteStatesRequest> calls() {
		return List.copyOf(this.calls);
	}

	class FavouritesService extends FavouritesGrpc.FavouritesImplBase {

		@Override
		public void getFavouriteStates(GetFavouriteStatesRequest request, StreamObserver<FavouriteStates> responses) {
			FakeInteractions.this.calls.add(request);
			Status.Code code = FakeInteractions.this.failure;
			if (code != null) {
				responses.onError(Status.fromCode(code).withDescription("interactions fails").asRuntimeException());
				return;
			}
			FavouriteStates.Builder states = FavouriteStates.newBuilder();
			for (long id : request.getStatusIdsList()) {
				Set<Long> accounts = FakeInteractions.this.likers.getOrDefault(id, Set.of());
				states.addStates(FavouriteState.newBuilder()
					.setStatusId(id)
					.setFavouritesCount(accounts.size())
					.setFavourited(request.getViewerId() != 0 && accounts.contains(request.getViewerId())));
			}
			responses.onNext(states.build());
			responses.onCompleted();
		}

	}

	/**
	 * Serves the fake interactions service on the test context's in-process gRPC server.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		FakeInteractions fakeInteractions() {
			return new FakeInteractions();
		}

		@Bean
		FavouritesGrpc.FavouritesImplBase fakeFavouritesService(FakeInteractions interactions) {
			return interactions.new FavouritesService();
		}

	}

}
