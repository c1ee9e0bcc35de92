package social.murmur.users.follow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import social.murmur.users.account.ProfileRules;

/**
 * The options of a follow request; a null option keeps its current value (or its default,
 * for a new follow), as Mastodon does when a follow is repeated.
 *
 * @param notifying notify of each new status (default false)
 * @param reblogs show boosts at home (default true)
 * @param languages the wanted languages (ISO 639-1); empty for all languages
 */
public record FollowOptions(@Nullable Boolean notifying, @Nullable Boolean reblogs, @Nullable List<String> languages) {

	/** No options: the defaults for a new follow, no change for an existing one. */
	public static final FollowOptions NONE = new FollowOptions(null, null, null);

	/**
	 * @throws InvalidFollowOptions when a language is not an ISO 639-1 code
	 */
	public FollowOptions {
		if (languages != null) {
			LinkedHashSet<String> codes = new LinkedHashSet<>();
			for (String language : languages) {
				if (language == null) {
					throw new InvalidFollowOptions("Languages contains an invalid language code");
				}
				String code = language.strip().toLowerCase(Locale.ROOT);
				if (code.isEmpty()) {
					continue;
				}
				if (!ProfileRules.isLanguage(code)) {
					throw new InvalidFollowOptions("Languages contains an invalid language code");
				}
				codes.add(code);
			}
			languages = List.copyOf(codes);
		}
	}

	Follow applyTo(Follow follow) {
		return new Follow(follow.id(), follow.followerId(), follow.followeeId(),
				(this.notifying != null) ? this.notifying : follow.notifying(),
				(this.reblogs != null) ? this.reblogs : follow.showReblogs(),
				(this.languages != null) ? languagesOrAll(this.languages) : follow.languages(), follow.createdAt());
	}

	/** The languages to store: null (every language) rather than an empty list. */
	static @Nullable List<String> languagesOrAll(@Nullable List<String> languages) {
		return (languages == null || languages.isEmpty()) ? null : languages;
	}

}
