package social.murmur.posts.timeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import social.murmur.posts.status.text.TextEntity;

/**
 * A hashtag timeline: statuses with the tag or any of {@code any}, with every tag of
 * {@code all} and none of {@code none}. Names are normalized as stored.
 */
public record TagQuery(String tag, List<String> any, List<String> all, List<String> none) {

	public TagQuery {
		any = List.copyOf(any);
		all = List.copyOf(all);
		none = List.copyOf(none);
	}

	/**
	 * Normalizes what a client sent (with or without {@code #}); empty when the main tag
	 * cannot name any hashtag.
	 */
	public static Optional<TagQuery> of(String tag, List<String> any, List<String> all, List<String> none) {
		String name = normalize(tag);
		if (name == null) {
			return Optional.empty();
		}
		return Optional.of(new TagQuery(name, normalizeAll(any), normalizeAll(all), normalizeAll(none)));
	}

	/** The main tag and the {@code any} tags: a status needs one of them. */
	List<String> anyOf() {
		return Stream.concat(Stream.of(this.tag), this.any.stream()).distinct().toList();
	}

	/** Mastodon looks at no more than this many tags of each kind. */
	static final int MAX_PER_KIND = 4;

	private static List<String> normalizeAll(List<String> names) {
		return names.stream().map(TagQuery::normalize).filter(Objects::nonNull).distinct().limit(MAX_PER_KIND).toList();
	}

	private static @Nullable String normalize(String name) {
		String trimmed = name.strip();
		if (trimmed.startsWith("#")) {
			trimmed = trimmed.substring(1);
		}
		String normalized = TextEntity.Hashtag.normalize(trimmed);
		return TextEntity.Hashtag.isValidName(normalized) ? normalized : null;
	}

}
