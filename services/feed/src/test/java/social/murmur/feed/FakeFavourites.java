package social.murmur.feed;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.grpc.stub.StreamObserver;
import org.jspecify.annotations.Nullable;
import social.murmur.contracts.interactions.v1.FavouriteState;
import social.murmur.contracts.interactions.v1.FavouriteStates;
import social.murmur.contracts.interactions.v1.FavouritesGrpc;
import social.murmur.contracts.interactions.v1.GetFavouriteStatesRequest;

/**
 * Stands in for the interactions service's likes: counts and who liked what, as the tests
 * set them, answered as interactions does (one state per asked id, in the order asked).
 */
public class FakeFavourites extends FavouritesGrpc.FavouritesImplBase {

	private final Map<Long, Set<Long>> likers = new ConcurrentHashMap<>();

	private final List<GetFavouriteStatesRequest> requests = new CopyOnWriteArrayList<>();

	private volatile io.grpc.@Nullable Status failure;

	private volatile Duration delay = Duration.ZERO;

	public void like(long accountId, long statusId) {
		this.likers.computeIfAbsent(statusId, (id) -> ConcurrentHashMap.newKeySet()).add(accountId);
	}

	/** Every GetFavouriteStates call so far. */
	public List<GetFavouriteStatesRequest> requests() {
		return List.copyOf(this.requests);
	}

	/** The calls asked on behalf of one viewer so far. */
	public List<GetFavouriteStatesRequest> requestsOf(long viewerId) {
		return this.requests.stream().filter((request) -> request.getViewerId() == viewerId).toList();
	}

	/** Makes every call fail with the given status until {@link #recover()}. */
	public void failWith(io.grpc.Status status) {
		this.failure = status;
	}

	/** Makes every call take at least this long until {@link #recover()}. */
	public void slowDown(Duration delay) {
		this.delay = delay;
	}

	public void recover() {
		this.failure = null;
		this.delay = Duration.ZERO;
	}

	@Override
	public void getFavouriteStates(GetFavouriteStatesRequest request, StreamObserver<FavouriteStates> responses) {
		this.requests.add(request);
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
			return;
		}
		FavouriteStates.Builder states = FavouriteStates.newBuilder();
		for (long statusId : request.getStatusIdsList()) {
			Set<Long> liked = this.likers.getOrDefault(statusId, Set.of());
			states.addStates(FavouriteState.newBuilder()
				.setStatusId(statusId)
				.setFavouritesCount(liked.size())
				.setFavourited(request.getViewerId() != 0 && liked.contains(request.getViewerId())));
		}
		responses.onNext(states.build());
		responses.onCompleted();
	}

}
