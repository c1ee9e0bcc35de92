package social.murmur.notifications.remote;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.grpc.StatusRuntimeException;
import org.slf4j.LoggerFactory;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.interactions.v1.FavouriteState;
import social.murmur.contracts.interactions.v1.FavouritesGrpc;
import social.murmur.contracts.interactions.v1.GetFavouriteStatesRequest;
import social.murmur.platform.logging.OccasionalWarning;

/**
 * The interactions service, over the {@code interactions} gRPC channel: like counts and
 * whether the viewer liked each status, which interactions owns. Optional to a page: when
 * interactions does not answer, statuses show no likes rather than the page failing.
 */
@Component
public class InteractionsClient {

	/** The most ids interactions answers in one call. */
	static final int MAX_IDS = 800;

	private final OccasionalWarning unavailable = new OccasionalWarning(
			LoggerFactory.getLogger(InteractionsClient.class), Duration.ofMinutes(1));

	private final FavouritesGrpc.FavouritesBlockingStub favourites;

	public InteractionsClient(GrpcChannelFactory channels) {
		this.favourites = FavouritesGrpc.newBlockingStub(channels.createChannel("interactions"));
	}

	/**
	 * The like state of each given status for the viewer, by status id; empty (every
	 * status unliked) when interactions fails.
	 */
	public Map<Long, FavouriteState> states(long viewerId, Collection<Long> statusIds) {
		if (statusIds.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = List.copyOf(statusIds);
		Map<Long, FavouriteState> states = new HashMap<>();
		try {
			for (int from = 0; from < ids.size(); from += MAX_IDS) {
				GetFavouriteStatesRequest request = GetFavouriteStatesRequest.newBuilder()
					.setViewerId(viewerId)
					.addAllStatusIds(ids.subList(from, Math.min(ids.size(), from + MAX_IDS)))
					.build();
				for (FavouriteState state : this.favourites.getFavouriteStates(request).getStatesList()) {
					states.put(state.getStatusId(), state);
				}
			}
		}
		catch (StatusRuntimeException ex) {
			this.unavailable.warn("Interactions did not answer GetFavouriteStates; showing statuses without likes", ex);
			return Map.of();
		}
		return states;
	}

}
