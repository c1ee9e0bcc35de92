package social.murmur.interactions.favourite.grpc;

import java.util.List;
import java.util.Set;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import social.murmur.contracts.interactions.v1.FavouritesGrpc;
import social.murmur.contracts.interactions.v1.GetFavouritedRequest;
import social.murmur.contracts.interactions.v1.StatusIdList;
import social.murmur.interactions.favourite.FavouritedAmong;

/**
 * Favourites for the services that render statuses (feed, posts, notifications): which
 * statuses of a page the viewer liked, in one call per page.
 */
@Service
class FavouritesGrpcService extends FavouritesGrpc.FavouritesImplBase {

	/** The most ids one call may carry: a whole home timeline. */
	static final int MAX_IDS = 800;

	private static final Logger logger = LoggerFactory.getLogger(FavouritesGrpcService.class);

	private final FavouritedAmong favouritedAmong;

	FavouritesGrpcService(FavouritedAmong favouritedAmong) {
		this.favouritedAmong = favouritedAmong;
	}

	/** The favourited ones of the ids asked for, in the order asked, each once. */
	@Override
	public void getFavourited(GetFavouritedRequest request, StreamObserver<StatusIdList> responses) {
		if (request.getStatusIdsCount() > MAX_IDS) {
			responses.onError(Status.INVALID_ARGUMENT
				.withDescription("At most " + MAX_IDS + " status ids per call, got " + request.getStatusIdsCount())
				.asRuntimeException());
			return;
		}
		if (request.getViewerId() < 0) {
			responses.onError(
					Status.INVALID_ARGUMENT.withDescription("viewer_id must not be negative").asRuntimeException());
			return;
		}
		List<Long> asked = request.getStatusIdsList().stream().distinct().toList();
		Set<Long> favourited;
		try {
			favourited = this.favouritedAmong.favourited(request.getViewerId(), asked);
		}
		catch (RuntimeException ex) {
			logger.error("GetFavourited failed", ex);
			responses.onError(Status.UNAVAILABLE.withDescription("Favourites are not available").asRuntimeException());
			return;
		}
		responses
			.onNext(StatusIdList.newBuilder().addAllIds(asked.stream().filter(favourited::contains).toList()).build());
		responses.onCompleted();
	}

}
