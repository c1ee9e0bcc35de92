package social.murmur.interactions.favourite.grpc;

import java.util.List;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import social.murmur.contracts.interactions.v1.FavouriteStates;
import social.murmur.contracts.interactions.v1.FavouritesGrpc;
import social.murmur.contracts.interactions.v1.GetFavouriteStatesRequest;
import social.murmur.interactions.favourite.FavouriteState;
import social.murmur.interactions.favourite.ReadFavouriteStates;

/**
 * Favourites for the services that render statuses (feed, posts, notifications): each
 * status's favourites count and whether the viewer liked it, in one call per page.
 */
@Service
class FavouritesGrpcService extends FavouritesGrpc.FavouritesImplBase {

	/** The most ids one call may carry: a whole home timeline. */
	static final int MAX_IDS = 800;

	private static final Logger logger = LoggerFactory.getLogger(FavouritesGrpcService.class);

	private final ReadFavouriteStates readFavouriteStates;

	FavouritesGrpcService(ReadFavouriteStates readFavouriteStates) {
		this.readFavouriteStates = readFavouriteStates;
	}

	/**
	 * One state per asked id, in the order asked, duplicates answered each time. Redis
	 * being away is never an error (PostgreSQL answers); PostgreSQL being away is
	 * {@code UNAVAILABLE}.
	 */
	@Override
	public void getFavouriteStates(GetFavouriteStatesRequest request, StreamObserver<FavouriteStates> responses) {
		String invalid = invalid(request);
		if (invalid != null) {
			responses.onError(Status.INVALID_ARGUMENT.withDescription(invalid).asRuntimeException());
			return;
		}
		List<FavouriteState> states;
		try {
			states = this.readFavouriteStates.read(request.getViewerId(), request.getStatusIdsList());
		}
		catch (RuntimeException ex) {
			logger.error("GetFavouriteStates failed", ex);
			responses.onError(Status.UNAVAILABLE.withDescription("Favourites are not available").asRuntimeException());
			return;
		}
		FavouriteStates.Builder answer = FavouriteStates.newBuilder();
		states.forEach((state) -> answer.addStates(social.murmur.contracts.interactions.v1.FavouriteState.newBuilder()
			.setStatusId(state.statusId())
			.setFavouritesCount(state.favouritesCount())
			.setFavourited(state.favourited())));
		responses.onNext(answer.build());
		responses.onCompleted();
	}

	private static @Nullable String invalid(GetFavouriteStatesRequest request) {
		if (request.getStatusIdsCount() > MAX_IDS) {
			return "At most " + MAX_IDS + " status ids per call, got " + request.getStatusIdsCount();
		}
		if (request.getViewerId() < 0) {
			return "viewer_id must not be negative";
		}
		for (long id : request.getStatusIdsList()) {
			if (id < 0) {
				return "status_ids must not be negative, got " + id;
			}
		}
		return null;
	}

}
