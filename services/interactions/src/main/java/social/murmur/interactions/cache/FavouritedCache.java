package social.murmur.interactions.cache;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import social.murmur.contracts.favourites.FavouritesCacheLayout;
import social.murmur.interactions.InteractionsProperties;

/**
 * Each viewer's favourited status ids as a Redis set with a time to live, holding a
 * sentinel member {@code 0} (no status has id 0) so that "cached, nothing liked" differs
 * from "not cached", and one {@code SMISMEMBER} answers a whole page.
 * <p>
 * A fill from PostgreSQL must not overwrite a change committed after the fill read the
 * database. Every change therefore sets the viewer's version key to a new random value
 * before it touches the set, and a fill writes only if the version is still the one it
 * read before reading the database: either the change saw the fill's set and applied
 * itself to it, or the fill sees the new version and gives up.
 * <p>
 * Lookups are part of a {@link FavouriteStatesCache} batch, together with the counts of
 * the same page. Redis failures never reach the caller: a change is dropped (logged) and
 * the set it missed expires with its time to live.
 */
@Component
public class FavouritedCache {

	private static final Logger logger = LoggerFactory.getLogger(FavouritedCache.class);

	private static final String SENTINEL = FavouritesCacheLayout.SENTINEL;

	private static final int FILL_BATCH = 1000;

	private static final RedisScript<Long> FILL = RedisScript.of("""
			if (redis.call('get', KEYS[2]) or '') ~= ARGV[1] then
			  return 0
			end
			redis.call('del', KEYS[1])
			for i = 3, #ARGV, %d do
			  redis.call('sadd', KEYS[1], unpack(ARGV, i, math.min(i + %d, #ARGV)))
			end
			redis.call('pexpire', KEYS[1], ARGV[2])
			return 1
			""".formatted(FILL_BATCH, FILL_BATCH - 1), Long.class);

	private static final RedisScript<Long> CHANGE = RedisScript.of("""
			redis.call('set', KEYS[2], ARGV[1], 'px', ARGV[2])
			if ARGV[3] == 'add' then
			  if redis.call('exists', KEYS[1]) == 1 then
			    redis.call('sadd', KEYS[1], ARGV[4])
			  end
			else
			  redis.call('srem', KEYS[1], ARGV[4])
			end
			return 1
			""", Long.class);

	private final StringRedisTemplate redis;

	private final Duration ttl;

	private final SecureRandom random = new SecureRandom();

	public FavouritedCache(StringRedisTemplate redis, InteractionsProperties properties) {
		this.redis = redis;
		this.ttl = properties.favouritedCacheTtl();
	}

	/** What the cache knows about some of a viewer's likes. */
	public sealed interface Lookup {

		/** The viewer's set is cached; these of the asked-for statuses are in it. */
		record Hit(Set<Long> favourited) implements Lookup {
		}

		/**
		 * The viewer's set is not cached. Pass {@code version} to {@link #fill}, and read
		 * the database only after this answer.
		 */
		record Miss(String version) implements Lookup {
		}

	}

	/**
	 * Queues the lookup of which of the statuses the viewer liked: one {@code SMISMEMBER}
	 * and the read of the version a fill will need, both in the viewer's slot.
	 * @return the answer, to ask once the batch was executed
	 */
	Supplier<Lookup> lookup(RedisBatch batch, long viewerId, Collection<Long> statusIds) {
		List<String> members = new ArrayList<>(statusIds.size() + 1);
		members.add(SENTINEL);
		statusIds.forEach((id) -> members.add(Long.toString(id)));
		CompletableFuture<List<Boolean>> found = batch.isMember(setKey(viewerId), members);
		CompletableFuture<@Nullable String> version = batch.get(versionKey(viewerId));
		return () -> {
			List<Boolean> isMember = found.join();
			if (!Boolean.TRUE.equals(isMember.getFirst())) {
				String read = version.join();
				return new Lookup.Miss((read != null) ? read : "");
			}
			Set<Long> favourited = new HashSet<>();
			for (int i = 1; i < members.size(); i++) {
				if (Boolean.TRUE.equals(isMember.get(i))) {
					favourited.add(Long.parseLong(members.get(i)));
				}
			}
			return new Lookup.Hit(favourited);
		};
	}

	/**
	 * Caches every status the viewer liked, read from the database after a
	 * {@link Lookup.Miss} gave {@code version}; does nothing if the viewer's likes
	 * changed since.
	 * @return whether the set was written
	 */
	public boolean fill(long viewerId, String version, Collection<Long> allFavourited) {
		List<String> args = new ArrayList<>(allFavourited.size() + 3);
		args.add(version);
		args.add(Long.toString(this.ttl.toMillis()));
		args.add(SENTINEL);
		allFavourited.forEach((id) -> args.add(Long.toString(id)));
		try {
			Long written = this.redis.execute(FILL, List.of(setKey(viewerId), versionKey(viewerId)), args.toArray());
			return written != null && written == 1;
		}
		catch (RuntimeException ex) {
			logger.warn("Could not cache the favourites of {}: {}", viewerId, ex.getMessage());
			return false;
		}
	}

	/** Records a new like in the viewer's set, if it is cached. */
	public void added(long viewerId, long statusId) {
		change(viewerId, "add", statusId);
	}

	/** Takes a like out of the viewer's set. */
	public void removed(long viewerId, long statusId) {
		change(viewerId, "remove", statusId);
	}

	private void change(long viewerId, String change, long statusId) {
		try {
			this.redis.execute(CHANGE, List.of(setKey(viewerId), versionKey(viewerId)),
					Long.toHexString(this.random.nextLong()), Long.toString(this.ttl.toMillis()), change,
					Long.toString(statusId));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not {} status {} in the cached favourites of {}: {}", change, statusId, viewerId,
					ex.getMessage());
		}
	}

	/**
	 * The key of a viewer's set, part of the {@link FavouritesCacheLayout} contract; the
	 * hash tag keeps both keys of a viewer in one slot.
	 */
	public static String setKey(long viewerId) {
		return FavouritesCacheLayout.favouritedKey(viewerId);
	}

	public static String versionKey(long viewerId) {
		return FavouritesCacheLayout.favouritedVersionKey(viewerId);
	}

}
