package social.murmur.feed.source;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.google.common.util.concurrent.ListenableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.interactions.v1.FavouriteState;
import social.murmur.contracts.interactions.v1.FavouriteStates;
import social.murmur.contracts.interactions.v1.FavouritesGrpc;
import social.murmur.contracts.interactions.v1.GetFavouriteStatesRequest;
import social.murmur.feed.FeedProperties;
import social.murmur.platform.logging.OccasionalWarning;

/**
 * Like counts and the viewer's likes, read from the interactions service, which owns
 * them: one {@code GetFavouriteStates} per page. The call is asked before the page is
 * hydrated and awaited after, so it costs a read little more than the longer of the two.
 * Likes are never worth failing a read for: when interactions fails or does not answer
 * within {@link FeedProperties#favouritesDeadline()}, the page shows no likes.
 */
@Component
public class Favourites {

	/** The most ids interactions answers in one call. */
	static final int MAX_PER_CALL = 800;

	private static final Logger logger = LoggerFactory.getLogger(Favourites.class);

	private static final String UNAVAILABLE_WARNING = "Interactions did not answer with like counts; serving home timelines without likes";

	private final FavouritesGrpc.FavouritesFutureStub favourites;

	private final Duration deadline;

	private final OccasionalWarning unavailable = new OccasionalWarning(logger, Duration.ofMinutes(1));

	public Favourites(GrpcChannelFactory channels, FeedProperties properties) {
		this.favourites = FavouritesGrpc.newFutureStub(channels.createChannel("interactions"));
		this.deadline = properties.favouritesDeadline();
	}

	/**
	 * Asks for the likes of the statuses as seen by the viewer, without waiting for the
	 * answer.
	 */
	public Pending ask(long viewerId, List<Long> statusIds) {
		if (statusIds.isEmpty()) {
			return new Pending(null);
		}
		List<Long> asked = (statusIds.size() > MAX_PER_CALL) ? statusIds.subList(0, MAX_PER_CALL) : statusIds;
		return new Pending(this.favourites.withDeadlineAfter(this.deadline.toMillis(), TimeUnit.MILLISECONDS)
			.getFavouriteStates(
					GetFavouriteStatesRequest.newBuilder().setViewerId(viewerId).addAllStatusIds(asked).build()));
	}

	/** An answer on its way. */
	public final class Pending {

		private final @Nullable ListenableFuture<FavouriteStates> answer;

		private Pending(@Nullable ListenableFuture<FavouriteStates> answer) {
			this.answer = answer;
		}

		/**
		 * The likes, once interactions has answered; none if it failed or missed its
		 * deadline.
		 */
		public Likes await() {
			ListenableFuture<FavouriteStates> answer = this.answer;
			if (answer == null) {
				return Likes.NONE;
			}
			try {
				// The call has its own deadline; this only guards against an answer
				// that never completes.
				return likes(answer.get(Favourites.this.deadline.toMillis() + 100, TimeUnit.MILLISECONDS));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				answer.cancel(true);
				return Likes.NONE;
			}
			catch (ExecutionException ex) {
				Favourites.this.unavailable.warn(UNAVAILABLE_WARNING, ex.getCause());
				return Likes.NONE;
			}
			catch (TimeoutException ex) {
				answer.cancel(true);
				Favourites.this.unavailable.warn(UNAVAILABLE_WARNING, ex);
				return Likes.NONE;
			}
		}

		private static Likes likes(FavouriteStates answer) {
			Map<Long, Long> counts = new HashMap<>(answer.getStatesCount() * 2);
			Set<Long> favourited = new HashSet<>();
			for (FavouriteState state : answer.getStatesList()) {
				if (state.getFavouritesCount() != 0) {
					counts.put(state.getStatusId(), state.getFavouritesCount());
				}
				if (state.getFavourited()) {
					favourited.add(state.getStatusId());
				}
			}
			return new Likes(counts, favourited);
		}

	}

}
