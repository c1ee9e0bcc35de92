package social.murmur.posts.favourite;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.grpc.StatusRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.interactions.v1.FavouriteState;
import social.murmur.contracts.interactions.v1.FavouritesGrpc;
import social.murmur.contracts.interactions.v1.GetFavouriteStatesRequest;

/**
 * Like counts and whether the viewer liked each status, as the interactions service has
 * them: one {@code GetFavouriteStates} call per rendered page. Likes decorate a status
 * but are not needed to read it, so while interactions does not answer every status shows
 * no likes (count 0, not favourited) and a warning is logged now and then rather than for
 * every page.
 */
@Component
public class Favourites {

	/** The most ids interactions takes in one call; bigger pages (threads) are split. */
	static final int MAX_IDS_PER_CALL = 800;

	private static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

	private static final Logger logger = LoggerFactory.getLogger(Favourites.class);

	private final FavouritesGrpc.FavouritesBlockingStub interactions;

	private final Duration deadline;

	private final AtomicLong nextWarningAt = new AtomicLong();

	private final AtomicLong unwarnedFailures = new AtomicLong();

	public Favourites(FavouritesGrpc.FavouritesBlockingStub interactions, FavouritesProperties properties) {
		this.interactions = interactions;
		this.deadline = properties.deadline();
	}

	/**
	 * @param viewerId the signed-in reader, or 0 for nobody (then nothing is favourited)
	 * @return the state of each status interactions answered for; a status missing from
	 * the map has no likes, as has every status while interactions is down
	 */
	public Map<Long, FavouriteState> states(long viewerId, List<Long> statusIds) {
		if (statusIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, FavouriteState> states = new HashMap<>();
		try {
			for (int from = 0; from < statusIds.size(); from += MAX_IDS_PER_CALL) {
				List<Long> batch = statusIds.subList(from, Math.min(from + MAX_IDS_PER_CALL, statusIds.size()));
				for (FavouriteState state : this.interactions
					.withDeadlineAfter(this.deadline.toMillis(), TimeUnit.MILLISECONDS)
					.getFavouriteStates(
							GetFavouriteStatesRequest.newBuilder().setViewerId(viewerId).addAllStatusIds(batch).build())
					.getStatesList()) {
					states.put(state.getStatusId(), state);
				}
			}
		}
		catch (StatusRuntimeException ex) {
			warnNowAndThen(ex);
			return Map.of();
		}
		return states;
	}

	private void warnNowAndThen(StatusRuntimeException ex) {
		long failures = this.unwarnedFailures.incrementAndGet();
		long now = System.nanoTime();
		long next = this.nextWarningAt.get();
		if ((next == 0 || now - next >= 0)
				&& this.nextWarningAt.compareAndSet(next, now + WARNING_INTERVAL.toNanos())) {
			this.unwarnedFailures.addAndGet(-failures);
			logger.warn("Interactions did not answer GetFavouriteStates ({} times since the last warning); "
					+ "statuses are shown without likes: {}", failures, ex.getStatus());
		}
	}

}
