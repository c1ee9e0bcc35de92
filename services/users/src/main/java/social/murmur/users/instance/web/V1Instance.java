package social.murmur.users.instance.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import social.murmur.contracts.mastodon.Account;

/** The Mastodon {@code V1::Instance} entity ({@code GET /api/v1/instance}). */
record V1Instance(String uri, String title, String shortDescription, String description, String email, String version,
		Urls urls, Stats stats, @Nullable String thumbnail, List<String> languages, boolean registrations,
		boolean approvalRequired, boolean invitesEnabled, Configuration configuration, @Nullable Account contactAccount,
		List<Object> rules) {

	record Urls(String streamingApi) {
	}

	record Stats(long userCount, long statusCount, long domainCount) {
	}

	record Configuration(Limits.AccountLimits accounts, Limits.StatusLimits statuses,
			Limits.MediaLimits mediaAttachments, Limits.PollLimits polls) {
	}

}
