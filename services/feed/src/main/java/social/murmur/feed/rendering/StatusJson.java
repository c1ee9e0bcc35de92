package social.murmur.feed.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
	 * for them; the viewer has boosted, bookmarked and pinned none of them. The page
	 * knows its length before it is written, and is written from the kept renderings
	 * straight to where it goes: copying it into an array first was a quarter of what a
	 * home read allocated.
	 */
	public Page page(List<CachedStatus> statuses, Likes likes) {
		Part[] parts = new Part[statuses.size()];
		int length = 2 + Math.max(0, parts.length - 1);
		for (int i = 0; i < parts.length; i++) {
			CachedStatus status = statuses.get(i);
			parts[i] = new Part(rendering(status), likes.count(status.id()), likes.favourited(status.id()));
			length += parts[i].length();
		}
		return new Page(parts, length);
	}

	/** One status, as {@link #page} writes it. */
	public String status(CachedStatus status, Likes likes) {
		Part part = new Part(rendering(status), likes.count(status.id()), likes.favourited(status.id()));
		ByteArrayOutputStream out = new ByteArrayOutputStream(part.length());
		try {
			part.write(out, new byte[Part.COUNT_DIGITS]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString(StandardCharsets.UTF_8);
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

	/** A page of statuses as a JSON array, to be written once. */
	public static final class Page {

		private final Part[] parts;

		private final int length;

		private Page(Part[] parts, int length) {
			this.parts = parts;
			this.length = length;
		}

		/** How many bytes {@link #writeTo} writes. */
		public int length() {
			return this.length;
		}

		public void writeTo(OutputStream out) throws IOException {
			byte[] digits = new byte[Part.COUNT_DIGITS];
			out.write('[');
			for (int i = 0; i < this.parts.length; i++) {
				if (i > 0) {
					out.write(',');
				}
				this.parts[i].write(out, digits);
			}
			out.write(']');
		}

		/** The page as bytes. */
		public byte[] toByteArray() {
			ByteArrayOutputStream out = new ByteArrayOutputStream(this.length);
			try {
				writeTo(out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}

	}

	/**
	 * A status as a viewer sees it: its rendering with the like count in place of the
	 * zero, and the viewer's fields at the end.
	 */
	private record Part(Rendering rendering, long count, boolean favourited) {

		/** A count below zero, which interactions never answers, is written as none. */
		Part {
			count = Math.max(0, count);
		}

		/** The most digits a like count has. */
		static final int COUNT_DIGITS = 19;

		int length() {
			return this.rendering.json().length - 1 + digits(this.count) + closing().length;
		}

		/** Writes the status, {@code digits} being room to spell the count in. */
		void write(OutputStream out, byte[] digits) throws IOException {
			byte[] json = this.rendering.json();
			int countAt = this.rendering.countAt();
			out.write(json, 0, countAt);
			int at = digits.length;
			long rest = this.count;
			do {
				digits[--at] = (byte) ('0' + rest % 10);
				rest /= 10;
			}
			while (rest > 0);
			out.write(digits, at, digits.length - at);
			out.write(json, countAt + 1, json.length - countAt - 1);
			out.write(closing());
		}

		private byte[] closing() {
			return this.favourited ? FAVOURITED : NOT_FAVOURITED;
		}

		private static int digits(long count) {
			int digits = 1;
			for (long rest = count / 10; rest > 0; rest /= 10) {
				digits++;
			}
			return digits;
		}

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
