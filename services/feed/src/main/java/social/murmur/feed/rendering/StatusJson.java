package social.murmur.feed.rendering;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.contracts.mastodon.Status;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.cache.CachedStatus;
import social.murmur.feed.source.Likes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes statuses as Mastodon statuses seen by a signed-in viewer. Rendering one (mapping
 * it to the Mastodon entity and serializing it) is most of the cost of a home timeline
 * read, and the same statuses appear in many timelines, so each rendering is kept in
 * memory with the cached bytes it was made from and reused while they stay the same: a
 * status or author that changed in the cache is rendered again, so nothing needs
 * invalidating.
 * <p>
 * What changes without the cached bytes changing is written into the kept rendering on
 * each read: the like count, which belongs to interactions (its place in the rendering is
 * kept, so the JSON stays exactly what the entity serializes to, each key once), and the
 * viewer's fields, appended at the end.
 */
@Component
public class StatusJson {

	/**
	 * The like count as the entity serializes it with a count of zero. The comma and
	 * unescaped quote before the key cannot occur inside a string value, and no nested
	 * entity (account, attachments, mentions, tags) has this key.
	 */
	private static final byte[] ZERO_COUNT = ",\"favourites_count\":0,".getBytes(StandardCharsets.UTF_8);

	/**
	 * The viewer's fields that close a status (which ends with {@code "edited_at":...}
	 * without them), when the viewer has not liked it.
	 */
	private static final byte[] NOT_FAVOURITED = ",\"favourited\":false,\"reblogged\":false,\"muted\":false,\"bookmarked\":false,\"pinned\":false}"
		.getBytes(StandardCharsets.UTF_8);

	/** The same when the viewer has liked it. */
	private static final byte[] FAVOURITED = ",\"favourited\":true,\"reblogged\":false,\"muted\":false,\"bookmarked\":false,\"pinned\":false}"
		.getBytes(StandardCharsets.UTF_8);

	private final MastodonEntities entities;

	private final JsonMapper json;

	private final Cache<Long, Rendering> renderings;

	public StatusJson(MastodonEntities entities, JsonMapper json, FeedProperties properties,
			MeterRegistry meterRegistry) {
		this.entities = entities;
		this.json = json;
		this.renderings = Caffeine.newBuilder()
			.maximumWeight(properties.renderedStatusesSize().toBytes())
			.weigher((Long id, Rendering rendering) -> rendering.weight())
			// Upkeep on the calling thread, not a pool thread woken per write (ADR 0012).
			.executor(Runnable::run)
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meterRegistry, this.renderings, "feed.rendered-statuses");
	}

	/**
	 * The statuses, in the given order, as a JSON array, with the likes interactions gave
	 * for them; the viewer has boosted, bookmarked and pinned none of them.
	 */
	public byte[] array(List<CachedStatus> statuses, Likes likes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(statuses.size() * 2048 + 2);
		out.write('[');
		for (int i = 0; i < statuses.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			write(out, statuses.get(i), likes);
		}
		out.write(']');
		return out.toByteArray();
	}

	/** One status, as {@link #array} writes it. */
	public String status(CachedStatus status, Likes likes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
		write(out, status, likes);
		return out.toString(StandardCharsets.UTF_8);
	}

	private void write(ByteArrayOutputStream out, CachedStatus status, Likes likes) {
		Rendering rendering = rendering(status);
		byte[] json = rendering.json();
		int countAt = rendering.countAt();
		long count = likes.count(status.id());
		out.write(json, 0, countAt);
		if (count == 0) {
			out.write('0');
		}
		else {
			out.writeBytes(Long.toString(count).getBytes(StandardCharsets.US_ASCII));
		}
		out.write(json, countAt + 1, json.length - countAt - 1);
		out.writeBytes(likes.favourited(status.id()) ? FAVOURITED : NOT_FAVOURITED);
	}

	/**
	 * The status without its closing brace and without the viewer's fields, its like
	 * count zero.
	 */
	private Rendering rendering(CachedStatus status) {
		Rendering kept = this.renderings.getIfPresent(status.id());
		if (kept != null && kept.renders(status)) {
			return kept;
		}
		Status entity = this.entities.status(status.status()).withFavouritesCount(0);
		byte[] whole = this.json.writeValueAsBytes(entity);
		byte[] open = Arrays.copyOf(whole, whole.length - 1);
		Rendering rendering = new Rendering(status.statusBytes(), status.authorBytes(), open, countAt(open));
		this.renderings.put(status.id(), rendering);
		return rendering;
	}

	/** Where the digit of the zero like count is in a rendering. */
	private static int countAt(byte[] json) {
		for (int at = json.length - ZERO_COUNT.length; at >= 0; at--) {
			if (json[at] == ZERO_COUNT[0]
					&& Arrays.equals(json, at, at + ZERO_COUNT.length, ZERO_COUNT, 0, ZERO_COUNT.length)) {
				return at + ZERO_COUNT.length - 2;
			}
		}
		throw new IllegalStateException("A status rendered without \"favourites_count\"");
	}

	/** How many renderings are kept. */
	long kept() {
		return this.renderings.estimatedSize();
	}

	/** Finishes pending evictions, so that {@link #kept()} is exact. */
	void cleanUp() {
		this.renderings.cleanUp();
	}

	/**
	 * A status rendered with a like count of zero, and the cached bytes it was made from.
	 *
	 * @param countAt the offset of the count's digit in {@code json}
	 */
	private record Rendering(byte[] statusBytes, byte[] authorBytes, byte[] json, int countAt) {

		boolean renders(@Nullable CachedStatus status) {
			return status != null && Arrays.equals(this.statusBytes, status.statusBytes())
					&& Arrays.equals(this.authorBytes, status.authorBytes());
		}

		int weight() {
			return this.statusBytes.length + this.authorBytes.length + this.json.length + 100;
		}

	}

}
