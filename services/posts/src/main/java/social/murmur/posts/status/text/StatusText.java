package social.murmur.posts.status.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain text of a status with the links, mentions and hashtags in it, found the way
 * Mastodon finds them: links need a scheme, mentions are {@code @user} or
 * {@code @user@domain}, hashtags need at least one letter, and nothing inside a link is a
 * mention or a hashtag.
 */
public final class StatusText {

	/** Characters a URL counts for, whatever its length (Mastodon's rule). */
	public static final int URL_LENGTH = 23;

	private static final String WORD = "\\p{L}\\p{M}\\p{Nd}\\p{Pc}";

	private static final Pattern LINK = Pattern.compile("(?<![\\p{L}\\p{N}_@$#/=])https?://[^\\s<>\"]+",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HOST = Pattern.compile(
			"[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?)*(?::\\d{1,5})?");

	private static final Pattern MENTION = Pattern.compile("(?<![=/" + WORD
			+ "])@([a-zA-Z0-9_]+(?:[.-]+[a-zA-Z0-9_]+)*)" + "(?:@([" + WORD + "]+(?:[.-]+[" + WORD + "]+)*))?");

	private static final String TAG_CHAR = "\\p{L}\\p{M}\\p{Nd}_";

	private static final Pattern HASHTAG = Pattern
		.compile("(?<![=/)\\p{L}\\p{N}])#([" + TAG_CHAR + "]*\\p{L}[" + TAG_CHAR + "]*)");

	private final String text;

	private final List<TextEntity> entities;

	private StatusText(String text, List<TextEntity> entities) {
		this.text = text;
		this.entities = entities;
	}

	/** Finds the entities of a text. Line breaks are normalized to {@code \n} first. */
	public static StatusText parse(String text) {
		String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
		List<TextEntity> entities = new ArrayList<>(links(normalized));
		List<TextEntity> links = List.copyOf(entities);
		for (TextEntity entity : mentionsAndHashtags(normalized)) {
			if (links.stream().noneMatch((link) -> entity.start() < link.end() && link.start() < entity.end())) {
				entities.add(entity);
			}
		}
		entities.sort(Comparator.comparingInt(TextEntity::start));
		return new StatusText(normalized, List.copyOf(entities));
	}

	public String text() {
		return this.text;
	}

	public List<TextEntity> entities() {
		return this.entities;
	}

	/**
	 * Lower-case usernames mentioned without a domain or with ours, first mention first.
	 */
	public List<String> localMentions(String localDomain) {
		Set<String> usernames = new LinkedHashSet<>();
		for (TextEntity entity : this.entities) {
			if (entity instanceof TextEntity.Mention mention && mention.isLocal(localDomain)) {
				usernames.add(mention.username().toLowerCase(Locale.ROOT));
			}
		}
		return List.copyOf(usernames);
	}

	/** Normalized hashtag names, each once, first use first. */
	public List<String> hashtags() {
		Set<String> names = new LinkedHashSet<>();
		for (TextEntity entity : this.entities) {
			if (entity instanceof TextEntity.Hashtag hashtag) {
				names.add(hashtag.normalized());
			}
		}
		return List.copyOf(names);
	}

	/**
	 * How long a status with this text and the given content warning is, counted as
	 * Mastodon counts: user-perceived characters (grapheme clusters), every link as
	 * {@value #URL_LENGTH}, and a mention as its username without the domain.
	 */
	public int countedLength(String spoilerText) {
		StringBuilder countable = new StringBuilder(spoilerText);
		int last = 0;
		for (TextEntity entity : this.entities) {
			countable.append(this.text, last, entity.start());
			switch (entity) {
				case TextEntity.Link link -> countable.append("x".repeat(URL_LENGTH));
				case TextEntity.Mention mention -> countable.append('@').append(mention.username());
				case TextEntity.Hashtag hashtag -> countable.append(this.text, entity.start(), entity.end());
			}
			last = entity.end();
		}
		countable.append(this.text, last, this.text.length());
		return graphemes(countable.toString());
	}

	static int graphemes(String text) {
		BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
		characters.setText(text);
		int count = 0;
		while (characters.next() != BreakIterator.DONE) {
			count++;
		}
		return count;
	}

	private static List<TextEntity> links(String text) {
		List<TextEntity> links = new ArrayList<>();
		Matcher matcher = LINK.matcher(text);
		while (matcher.find()) {
			String url = trimTrailingPunctuation(matcher.group());
			if (hasValidHost(url)) {
				links.add(new TextEntity.Link(matcher.start(), matcher.start() + url.length(), url));
			}
		}
		return links;
	}

	/**
	 * Punctuation that ends a sentence is not part of the link before it, and neither is
	 * a closing bracket without an opening one in the link: "(see https://a.example/x)".
	 */
	static String trimTrailingPunctuation(String url) {
		String result = url;
		boolean trimmed = true;
		while (trimmed && !result.isEmpty()) {
			char last = result.charAt(result.length() - 1);
			trimmed = switch (last) {
				case '.', ',', ':', ';', '!', '?', '\'', '*' -> true;
				case ')' -> count(result, '(') < count(result, ')');
				case ']' -> count(result, '[') < count(result, ']');
				default -> false;
			};
			if (trimmed) {
				result = result.substring(0, result.length() - 1);
			}
		}
		return result;
	}

	private static long count(String text, char c) {
		return text.chars().filter((each) -> each == c).count();
	}

	private static boolean hasValidHost(String url) {
		int hostStart = url.indexOf("://") + 3;
		int hostEnd = hostStart;
		while (hostEnd < url.length() && "/?#".indexOf(url.charAt(hostEnd)) < 0) {
			hostEnd++;
		}
		return hostEnd > hostStart && HOST.matcher(url.substring(hostStart, hostEnd)).matches();
	}

	private static List<TextEntity> mentionsAndHashtags(String text) {
		List<TextEntity> found = new ArrayList<>();
		Matcher mentions = MENTION.matcher(text);
		while (mentions.find()) {
			found.add(new TextEntity.Mention(mentions.start(), mentions.end(), mentions.group(1), mentions.group(2)));
		}
		Matcher hashtags = HASHTAG.matcher(text);
		while (hashtags.find()) {
			found.add(new TextEntity.Hashtag(hashtags.start(), hashtags.end(), hashtags.group(1)));
		}
		return found;
	}

}
