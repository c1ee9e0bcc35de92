package social.murmur.feed.timeline.web;

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
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes statuses as a JSON array of Mastodon statuses. Rendering one (mapping it to the
 * Mastodon entity and serializing it) is most of the cost of a home timeline read, and
 * the same statuses appear in many timelines, so each rendering is kept in memory with
 * the cached bytes it was made from and reused while they stay the same: a status or
 * author that changed in the cache is rendered again, so nothing needs invalidating. The
 * per-viewer fields are appended to the kept rendering for each read.
 */
@Component
public class StatusJson {

	/**
	 * A status with no viewer fields renders as an object ending with
	 * {@code "edited_at":...}; these close it.
	 */
	private static final byte[] VIEWER_FIELDS = ",\"favourited\":false,\"reblogged\":false,\"muted\":false,\"bookmarked\":false,\"pinned\":false}"
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
			.recordStats()
			.build();
		CaffeineCacheMetrics.monitor(meterRegistry, this.renderings, "feed.rendered-statuses");
	}

	/**
	 * The statuses, in the given order, as seen by a signed-in viewer who has not
	 * favourited, boosted or bookmarked any of them.
	 */
	public byte[] array(List<CachedStatus> statuses) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(statuses.size() * 2048 + 2);
		out.write('[');
		for (int i = 0; i < statuses.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.writeBytes(rendering(statuses.get(i)));
			out.writeBytes(VIEWER_FIELDS);
		}
		out.write(']');
		return out.toByteArray();
	}

	/** The status without its closing brace and without the viewer's fields. */
	private byte[] rendering(CachedStatus status) {
		Rendering kept = this.renderings.getIfPresent(status.id());
		if (kept != null && kept.renders(status)) {
			return kept.json();
		}
		Status entity = this.entities.status(status.status());
		byte[] whole = this.json.writeValueAsBytes(entity);
		byte[] open = Arrays.copyOf(whole, whole.length - 1);
		this.renderings.put(status.id(), new Rendering(status.statusBytes(), status.authorBytes(), open));
		return open;
	}

	/** How many renderings are kept. */
	long kept() {
		return this.renderings.estimatedSize();
	}

	/** Finishes pending evictions, so that {@link #kept()} is exact. */
	void cleanUp() {
		this.renderings.cleanUp();
	}

	private record Rendering(byte[] statusBytes, byte[] authorBytes, byte[] json) {

		boolean renders(@Nullable CachedStatus status) {
			return status != null && Arrays.equals(this.statusBytes, status.statusBytes())
					&& Arrays.equals(this.authorBytes, status.authorBytes());
		}

		int weight() {
			return this.statusBytes.length + this.authorBytes.length + this.json.length + 96;
		}

	}

}
