package social.murmur.feed.cache;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import social.murmur.contracts.favourites.FavouritesCacheLayout;
import social.murmur.feed.source.Likes;

/**
 * The likes of a page as interactions caches them in Redis
 * ({@link FavouritesCacheLayout}), read in one pipelined round trip: one {@code GET} per
 * status for its count and, for a viewer, one {@code SMISMEMBER} on the viewer's liked
 * set. Only a complete answer counts: one count missing or unreadable, or the viewer's
 * set not cached, and the page is a miss, for {@link Favourites} to ask interactions,
 * whose answer fills the cache for the next read. This class never writes those keys;
 * they are interactions' alone.
 */
@Component
public class CachedFavourites {

	private static final Logger logger = LoggerFactory.getLogger(CachedFavourites.class);

	private final StringRedisTemplate redis;

	public CachedFavourites(StringRedisTemplate redis) {
		this.redis = redis;
	}

	/**
	 * @param viewerId the viewer, or 0 for nobody
	 * @param statusIds the page's status ids
	 * @return the likes, or empty when the cache does not hold all of them (or Redis did
	 * not answer)
	 */
	public Optional<Likes> read(long viewerId, List<Long> statusIds) {
		List<Object> answers;
		try {
			answers = this.redis.executePipelined((RedisCallback<Object>) (connection) -> {
				for (long id : statusIds) {
					connection.stringCommands().get(bytes(FavouritesCacheLayout.countKey(id)));
				}
				if (viewerId > 0) {
					byte[][] members = new byte[statusIds.size() + 1][];
					members[0] = bytes(FavouritesCacheLayout.SENTINEL);
					for (int i = 0; i < statusIds.size(); i++) {
						members[i + 1] = bytes(Long.toString(statusIds.get(i)));
					}
					connection.setCommands().sMIsMember(bytes(FavouritesCacheLayout.favouritedKey(viewerId)), members);
				}
				return null;
			});
		}
		catch (DataAccessException ex) {
			logger.debug("Redis did not answer a likes lookup; asking interactions", ex);
			return Optional.empty();
		}
		Map<Long, Long> counts = new HashMap<>(statusIds.size() * 2);
		for (int i = 0; i < statusIds.size(); i++) {
			long count = FavouritesCacheLayout.count((answers.get(i) instanceof String value) ? value : null);
			if (count < 0) {
				return Optional.empty();
			}
			if (count > 0) {
				counts.put(statusIds.get(i), count);
			}
		}
		if (viewerId <= 0) {
			return Optional.of(new Likes(counts, Set.of()));
		}
		if (!(answers.get(statusIds.size()) instanceof List<?> isMember) || isMember.size() != statusIds.size() + 1
				|| !Boolean.TRUE.equals(isMember.getFirst())) {
			return Optional.empty();
		}
		Set<Long> favourited = new HashSet<>();
		for (int i = 0; i < statusIds.size(); i++) {
			if (Boolean.TRUE.equals(isMember.get(i + 1))) {
				favourited.add(statusIds.get(i));
			}
		}
		return Optional.of(new Likes(counts, favourited));
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

}
