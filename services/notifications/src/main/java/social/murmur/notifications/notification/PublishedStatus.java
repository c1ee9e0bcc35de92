package social.murmur.notifications.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A newly published status, as far as notifications care, and the rules for who hears
 * about it.
 *
 * @param statusId the status
 * @param authorId who wrote it
 * @param inReplyToAccountId the author of the status it replies to, zero when it is not a
 * reply
 * @param mentionedAccountIds accounts mentioned in its text
 * @param visibility {@code public}, {@code unlisted}, {@code private} or {@code direct}
 */
public record PublishedStatus(long statusId, long authorId, long inReplyToAccountId, List<Long> mentionedAccountIds,
		String visibility) {

	public PublishedStatus {
		mentionedAccountIds = List.copyOf(mentionedAccountIds);
	}

	/**
	 * Accounts that get a {@code mention} notification: everyone mentioned except the
	 * author, each once. Direct statuses included: a mention is how a direct message
	 * reaches its recipients. A reply also notifies the author of the status it answers,
	 * as a Mastodon reply mentions them, even when the text does not; only for public and
	 * unlisted replies, which that author can see without being mentioned (a private or
	 * direct reply that leaves them out is not theirs to read).
	 */
	public Set<Long> mentionRecipients() {
		Set<Long> recipients = new LinkedHashSet<>();
		for (Long id : this.mentionedAccountIds) {
			if (id > 0 && id != this.authorId) {
				recipients.add(id);
			}
		}
		if (this.inReplyToAccountId > 0 && this.inReplyToAccountId != this.authorId && isVisibleToAnyone()) {
			recipients.add(this.inReplyToAccountId);
		}
		return recipients;
	}

	/**
	 * Whether followers who asked to be notified of the author's posts hear about this
	 * one. As in Mastodon, not for direct messages (followers cannot see them) and not
	 * for replies to other people (only for the author's own posts and threads).
	 */
	public boolean notifiesSubscribers() {
		if (isDirect()) {
			return false;
		}
		return this.inReplyToAccountId == 0 || this.inReplyToAccountId == this.authorId;
	}

	/**
	 * Which of the given subscribers get a {@code status} notification: not the author
	 * and not anyone mentioned, who already has a {@code mention} for the same status, so
	 * that each person is notified once per status.
	 */
	public List<Long> subscribersToNotify(List<Long> subscribers) {
		if (!notifiesSubscribers()) {
			return List.of();
		}
		Set<Long> mentioned = mentionRecipients();
		return subscribers.stream()
			.filter((id) -> id > 0 && id != this.authorId && !mentioned.contains(id))
			.distinct()
			.toList();
	}

	public boolean isDirect() {
		return "direct".equals(normalizedVisibility());
	}

	private boolean isVisibleToAnyone() {
		String visibility = normalizedVisibility();
		return "public".equals(visibility) || "unlisted".equals(visibility);
	}

	private String normalizedVisibility() {
		return this.visibility.trim().toLowerCase(Locale.ROOT);
	}

}
