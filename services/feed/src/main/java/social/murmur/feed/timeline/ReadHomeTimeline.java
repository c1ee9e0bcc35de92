package social.murmur.feed.timeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.feed.source.Statuses;
import social.murmur.platform.web.PageRequest;

/**
 * Reads a page of an account's home timeline: ids from Redis (building the timeline first
 * if it is missing), then the statuses from posts in one call. Ids whose status is gone
 * are dropped from the page and from Redis. While Redis cannot be reached, the page is
 * computed from the sources instead.
 */
@Service
public class ReadHomeTimeline {

	/**
	 * Ids read beyond the page size, so that a status deleted since it was fanned out
	 * does not leave the page short.
	 */
	static final int HYDRATION_SLACK = 4;

	private static final Logger logger = LoggerFactory.getLogger(ReadHomeTimeline.class);

	private final HomeTimelines timelines;

	private final BuildHomeTimeline build;

	private final ComputeHomeTimelinePage fromSources;

	private final Statuses statuses;

	private final AtomicBoolean redisDown = new AtomicBoolean();

	public ReadHomeTimeline(HomeTimelines timelines, BuildHomeTimeline build, ComputeHomeTimelinePage fromSources,
			Statuses statuses) {
		this.timelines = timelines;
		this.build = build;
		this.fromSources = fromSources;
		this.statuses = statuses;
	}

	/** The page, newest first. */
	public List<Status> read(long accountId, PageRequest page) {
		IdWindow window = IdWindow.of(page);
		if (window.isEmpty()) {
			return List.of();
		}
		List<Long> ids;
		try {
			ids = idsFromRedis(accountId, window.withLimit(window.limit() + HYDRATION_SLACK));
			redisUp();
		}
		catch (DataAccessException ex) {
			redisDown(ex);
			return this.fromSources.page(accountId, window);
		}
		return hydrate(accountId, window, ids);
	}

	private List<Long> idsFromRedis(long accountId, IdWindow window) {
		Optional<List<Long>> ids = this.timelines.read(accountId, window);
		if (ids.isPresent()) {
			return ids.get();
		}
		List<Long> built = this.build.build(accountId);
		// Read back rather than use what was built, to include what fan-out added
		// meanwhile; if the timeline vanished again (Redis flushed), what was built is
		// still right.
		return this.timelines.read(accountId, window).orElseGet(() -> window.select(built));
	}

	private List<Status> hydrate(long accountId, IdWindow window, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Status> found = this.statuses.byIds(ids)
			.stream()
			.collect(Collectors.toMap(Status::getId, Function.identity(), (first, second) -> first));
		List<Long> gone = ids.stream().filter((id) -> !found.containsKey(id)).toList();
		if (!gone.isEmpty()) {
			forget(accountId, gone);
		}
		return window.select(found.keySet()).stream().map(found::get).toList();
	}

	/**
	 * Deleted statuses are removed by their event too; this only tidies up sooner, so a
	 * failure does not matter.
	 */
	private void forget(long accountId, List<Long> gone) {
		try {
			this.timelines.remove(accountId, gone);
		}
		catch (DataAccessException ex) {
			logger.debug("Could not remove deleted statuses from the home timeline of {}", accountId, ex);
		}
	}

	private void redisDown(DataAccessException ex) {
		if (this.redisDown.compareAndSet(false, true)) {
			logger.warn("Redis cannot be reached ({}); reading home timelines from posts and users until it is back",
					ex.getMessage());
		}
	}

	private void redisUp() {
		if (this.redisDown.compareAndSet(true, false)) {
			logger.info("Redis is back; reading home timelines from Redis again");
		}
	}

}
