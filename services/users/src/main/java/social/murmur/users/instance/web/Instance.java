package social.murmur.users.instance.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import social.murmur.contracts.mastodon.Account;

/** The Mastodon {@code Instance} entity ({@code GET /api/v2/instance}). */
record Instance(String domain, String title, String version, String sourceUrl, String description, Usage usage,
		Thumbnail thumbnail, List<Object> icon, List<String> languages, Configuration configuration,
		Registrations registrations, Map<String, Integer> apiVersions, Contact contact, List<Object> rules) {

	record Usage(Users users) {
	}

	record Users(long activeMonth) {
	}

	record Thumbnail(String url) {
	}

	record Configuration(Urls urls, Limits.AccountLimits accounts, Limits.StatusLimits statuses,
			Limits.MediaLimits mediaAttachments, Limits.PollLimits polls, Translation translation) {
	}

	record Urls(String streaming, @Nullable String status) {
	}

	record Translation(boolean enabled) {
	}

	record Registrations(boolean enabled, boolean approvalRequired, @Nullable String message, @Nullable String url) {
	}

	record Contact(String email, @Nullable Account account) {
	}

}
