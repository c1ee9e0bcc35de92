package social.murmur.feed.timeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.cache.CachedFavourites;
import social.murmur.feed.cache.CachedStatus;
import social.murmur.feed.cache.StatusCache;
import social.murmur.feed.source.Favourites;
import social.murmur.feed.source.Likes;
import social.murmur.platform.web.PageRequest;

/**
 * Reads a page of an account's home timeline: ids from Redis, merged with the latest
 * statuses of the celebrities it follows, then the statuses from the status cache (posts
 * only for what is not cached). A missing timeline (new or returning account) is rebuilt
 * first; when that takes longer than {@link FeedProperties#rebuildWait()} the page is
 * empty and marked as regenerating while the build goes on. Ids whose status is gone are
 * dropped from the page and from Redis. While Redis cannot be reached, the page is
 * computed from the sources instead.
 * <p>
 * The likes of the page's statuses are asked of interactions' cache as soon as its ids
 * are known ({@link CachedFavourites}, read only), on the connection the hydration uses
 * next, so both travel in one round trip; only when that cache does not hold them all are
 * they asked of interactions, after the hydration. While Redis is down they are asked of
 * interactions directly.
 */
@Service
public class ReadHomeTimeline implements DisposableBean {

	/**
	 * Ids read beyond the page size, so that a status deleted since it was fanned out
	 * does not leave the page short.
	 */
	static final int HYDRATION_SLACK = 4;

	private static final Logger logger = LoggerFactory.getLogger(ReadHomeTimeline.class);

	private final HomeTimelines timelines;

	private final CelebrityStatuses celebrityStatuses;

	private final FollowedCelebrities celebrities;

	private final BuildHomeTimeline build;

	private final ComputeHomeTimelinePage fromSources;

	private final StatusCache cache;

	private final Favourites favourites;

	private final CachedFavourites cachedFavourites;

	private final Duration rebuildWait;

	private final AtomicBoolean redisDown = new AtomicBoolean();

	/** Builds under way in this instance, so that readers of one timeline share one. */
	private final Map<Long, CompletableFuture<List<Long>>> builds = new ConcurrentHashMap<>();

	private final ExecutorService builders = Executors.newVirtualThreadPerTaskExecutor();

	public ReadHomeTimeline(HomeTimelines timelines, CelebrityStatuses celebrityStatuses,
			FollowedCelebrities celebrities, BuildHomeTimeline build, ComputeHomeTimelinePage fromSources,
			StatusCache cache, Favourites favourites, CachedFavourites cachedFavourites, FeedProperties properties) {
		this.timelines = timelines;
		this.celebrityStatuses = celebrityStatuses;
		this.celebrities = celebrities;
		this.build = build;
		this.fromSources = fromSources;
		this.cache = cache;
		this.favourites = favourites;
		this.cachedFavourites = cachedFavourites;
		this.rebuildWait = properties.rebuildWait();
	}

	public HomeTimelinePage read(long accountId, PageRequest page) {
		IdWindow window = IdWindow.of(page);
		if (window.isEmpty()) {
			return HomeTimelinePage.empty();
		}
		Optional<List<Long>> ids;
		try {
			ids = idsFromRedis(accountId, window.withLimit(window.limit() + HYDRATION_SLACK));
			redisUp();
		}
		catch (DataAccessException ex) {
			redisDown(ex);
			List<CachedStatus> computed = this.fromSources.page(accountId, window)
				.stream()
				.map(CachedStatus::of)
				.toList();
			return HomeTimelinePage.of(computed,
					this.favourites.ask(accountId, computed.stream().map(CachedStatus::id).toList()).await());
		}
		return ids.map((found) -> hydrate(accountId, window, found)).orElseGet(HomeTimelinePage::stillRegenerating);
	}

	/** The page's ids, or empty while the timeline is still being rebuilt. */
	private Optional<List<Long>> idsFromRedis(long accountId, IdWindow window) {
		Optional<HomeTimelines.StoredPage> stored = this.timelines.read(accountId, window);
		if (stored.isEmpty()) {
			Optional<List<Long>> built = awaitBuild(accountId);
			if (built.isEmpty()) {
				return Optional.empty();
			}
			// Read back rather than use what was built, to include what fan-out added
			// meanwhile; if the timeline vanished again (Redis flushed), what was
			// built is still right.
			stored = this.timelines.read(accountId, window);
			if (stored.isEmpty()) {
				return Optional.of(window.select(built.get()));
			}
		}
		List<Long> celebrities = this.celebrities.of(accountId, stored.get().celebrities());
		if (celebrities.isEmpty()) {
			return Optional.of(stored.get().ids());
		}
		List<Long> merged = new ArrayList<>(stored.get().ids());
		this.celebrityStatuses.read(celebrities, window).values().forEach(merged::addAll);
		return Optional.of(window.select(merged));
	}

	/** Builds the timeline, waiting for it at most {@link #rebuildWait}. */
	private Optional<List<Long>> awaitBuild(long accountId) {
		CompletableFuture<List<Long>> building = this.builds.computeIfAbsent(accountId,
				(id) -> CompletableFuture.supplyAsync(() -> this.build.build(id), this.builders));
		building.whenComplete((ids, failure) -> this.builds.remove(accountId, building));
		try {
			return Optional.of(building.get(this.rebuildWait.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (TimeoutException ex) {
			logger.debug("Home timeline of {} still being rebuilt after {}", accountId, this.rebuildWait);
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/**
	 * The page of statuses with the given ids (the page's and a few more) that still
	 * exist, with their likes.
	 */
	private HomeTimelinePage hydrate(long accountId, IdWindow window, List<Long> ids) {
		if (ids.isEmpty()) {
			return HomeTimelinePage.empty();
		}
		// Asked for every candidate: which of them make the page is known only after
		// hydration, and a few more ids cost interactions nothing noticeable.
		Supplier<Likes> likes = likes(accountId, ids);
		Map<Long, CachedStatus> found = this.cache.statuses(ids);
		List<Long> gone = ids.stream().filter((id) -> !found.containsKey(id)).toList();
		if (!gone.isEmpty()) {
			forget(accountId, gone);
		}
		return HomeTimelinePage.of(window.select(found.keySet()).stream().map(found::get).toList(), likes.get());
	}

	/**
	 * The likes of the statuses, to be awaited by the supplier: from interactions' cache,
	 * asked now and answered in the round trip of the hydration that follows, or, if the
	 * cache does not hold them all, from interactions then.
	 */
	private Supplier<Likes> likes(long accountId, List<Long> ids) {
		CachedFavourites.Pending cached = this.cachedFavourites.request(accountId, ids);
		return () -> cached.await().orElseGet(() -> this.favourites.ask(accountId, ids).await());
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

	@Override
	public void destroy() {
		this.builders.shutdownNow();
	}

}
