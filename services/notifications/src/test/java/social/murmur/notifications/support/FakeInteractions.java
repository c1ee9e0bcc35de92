package social.murmur.notifications.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import social.murmur.contracts.interactions.v1.FavouriteState;
import social.murmur.contracts.interactions.v1.FavouriteStates;
import social.murmur.contracts.interactions.v1.FavouritesGrpc;
import social.murmur.contracts.interactions.v1.GetFavouriteStatesRequest;

/** The interactions service's Favourites API, holding the likes a test made. */
public class FakeInteractions extends FavouritesGrpc.FavouritesImplBase {

	private final Map<Long, Set<Long>> likers = new ConcurrentHashMap<>();

	private final AtomicInteger calls = new AtomicInteger();

	private final AtomicBoolean unavailable = new AtomicBoolean();

	public void like(long accountId, long statusId) {
		this.likers.computeIfAbsent(statusId, (id) -> ConcurrentHashMap.newKeySet()).add(accountId);
	}

	public int calls() {
		return this.calls.get();
	}

	/** Makes every call fail with UNAVAILABLE, as when interactions is down. */
	public void setUnavailable(boolean unavailable) {
		this.unavailable.set(unavailable);
	}

	@Override
	public void getFavouriteStates(GetFavouriteStatesRequest request, StreamObserver<FavouriteStates> responses) {
		this.calls.incrementAndGet();
		if (this.unavailable.get()) {
			responses.onError(Status.UNAVAILABLE.withDescription("interactions is down").asRuntimeException());
			return;
		}
		if (request.getStatusIdsCount() > 800) {
			responses.onError(Status.INVALID_ARGUMENT.withDescription("too many ids").asRuntimeException());
			return;
		}
		FavouriteStates.Builder states = FavouriteStates.newBuilder();
		for (long id : request.getStatusIdsList()) {
			Set<Long> liked = this.likers.getOrDefault(id, Set.of());
			states.addStates(FavouriteState.newBuilder()
				.setStatusId(id)
				.setFavouritesCount(liked.size())
				.setFavourited(request.getViewerId() != 0 && liked.contains(request.getViewerId())));
		}
		responses.onNext(states.build());
		responses.onCompleted();
	}

}
