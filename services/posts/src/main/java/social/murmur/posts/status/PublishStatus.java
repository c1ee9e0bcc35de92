package social.murmur.posts.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.contracts.users.v1.Account;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.outbox.Outbox;
import social.murmur.platform.web.ApiException;
import social.murmur.posts.account.Accounts;
import social.murmur.posts.status.text.StatusHtml;
import social.murmur.posts.status.text.StatusText;

/**
 * Posts a status: checks it as Mastodon does, resolves its mentions, renders its HTML and
 * stores it with its mentions, tags, the parent's reply count and a
 * {@code StatusPublished} event in one transaction.
 */
@Service
public class PublishStatus {

	/** The most characters a status may have, as counted by {@link StatusText}. */
	public static final int MAX_CHARACTERS = 500;

	/** The most attachments a status may have. */
	public static final int MAX_MEDIA = 4;

	static final String REPLY_NOT_FOUND = "The post you are trying to reply to does not appear to exist.";

	/**
	 * No text this long can count 500 characters or fewer short of absurdly long links,
	 * so it is refused before spending time on parsing it.
	 */
	private static final int MAX_RAW_LENGTH = 20_000;

	private final Statuses statuses;

	private final IdempotencyKeys idempotencyKeys;

	private final Accounts accounts;

	private final StatusAccess access;

	private final StatusHtml html;

	private final MastodonEntities mastodon;

	private final IdGenerator ids;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final String localDomain;

	public PublishStatus(Statuses statuses, IdempotencyKeys idempotencyKeys, Accounts accounts, StatusAccess access,
			StatusHtml html, MastodonEntities mastodon, IdGenerator ids, Outbox outbox,
			TransactionTemplate transactions) {
		this.statuses = statuses;
		this.idempotencyKeys = idempotencyKeys;
		this.accounts = accounts;
		this.access = access;
		this.html = html;
		this.mastodon = mastodon;
		this.ids = ids;
		this.outbox = outbox;
		this.transactions = transactions;
		this.localDomain = StatusHtmlConfiguration.localDomain(mastodon);
	}

	/**
	 * @return the new status, or the one an earlier request with the same idempotency key
	 * made
	 */
	public Status publish(long accountId, StatusDraft draft) {
		String key = draft.idempotencyKey();
		if (key != null) {
			Status earlier = earlierStatus(accountId, key);
			if (earlier != null) {
				return earlier;
			}
		}
		if (this.accounts.byId(accountId).isEmpty()) {
			throw new ApiException(422, "This method requires an authenticated user");
		}
		Status parent = (draft.inReplyToId() != null) ? this.statuses.find(draft.inReplyToId())
			.filter((status) -> this.access.canSee(status, accountId))
			.orElseThrow(() -> new ApiException(404, REPLY_NOT_FOUND)) : null;
		checkMedia(draft.mediaIds());

		String text = (draft.text() != null) ? withoutNul(draft.text()).strip() : "";
		String spoilerText = withoutNul(draft.spoilerText()).strip();
		boolean sensitive = Boolean.TRUE.equals(draft.sensitive()) || !spoilerText.isEmpty();
		if (text.isEmpty() && !spoilerText.isEmpty()) {
			// Mastodon posts a content warning alone as the text.
			text = spoilerText;
			spoilerText = "";
		}
		if (text.isEmpty()) {
			throw ApiException.unprocessable("Validation failed: Text can't be blank");
		}
		if (text.length() + spoilerText.length() > MAX_RAW_LENGTH) {
			throw tooLong();
		}
		StatusText parsed = StatusText.parse(text);
		if (parsed.countedLength(spoilerText) > MAX_CHARACTERS) {
			throw tooLong();
		}

		Map<String, Account> mentioned = this.accounts.byUsernames(parsed.localMentions(this.localDomain));
		Map<Long, StatusMention> mentions = new LinkedHashMap<>();
		Map<String, StatusHtml.MentionLink> links = new LinkedHashMap<>();
		for (String username : parsed.localMentions(this.localDomain)) {
			Account account = mentioned.get(username);
			if (account != null) {
				mentions.putIfAbsent(account.getId(), new StatusMention(account.getId(), account.getUsername()));
				links.put(username, new StatusHtml.MentionLink(account.getUsername(),
						this.mastodon.profileUrl(account.getUsername())));
			}
		}
		Status status = new Status(this.ids.next(), accountId, text, this.html.render(parsed, links), spoilerText,
				sensitive, draft.visibility(), draft.language(), (parent != null) ? parent.id() : null,
				(parent != null) ? parent.accountId() : null, 0, Instant.now().truncatedTo(ChronoUnit.MILLIS),
				new ArrayList<>(mentions.values()), parsed.hashtags());

		Long owner = this.transactions.execute((transaction) -> store(status, key));
		if (owner != null && owner != status.id()) {
			// A concurrent request with the same key won the race: answer with its
			// status.
			return this.statuses.find(owner).orElseThrow(ApiException::notFound);
		}
		return status;
	}

	private @Nullable Status earlierStatus(long accountId, String key) {
		Long statusId = this.idempotencyKeys.statusFor(accountId, key).orElse(null);
		if (statusId == null) {
			return null;
		}
		Status earlier = this.statuses.find(statusId).orElse(null);
		if (earlier == null) {
			// The status it made was deleted since: the key may post again.
			this.idempotencyKeys.release(accountId, key);
		}
		return earlier;
	}

	/**
	 * @return the id of the status that owns the idempotency key, or this one's
	 */
	private long store(Status status, @Nullable String key) {
		if (key != null) {
			long owner = this.idempotencyKeys.claim(status.accountId(), key, status.id());
			if (owner != status.id()) {
				return owner;
			}
		}
		this.statuses.insert(status);
		if (status.countsAsReply() && !this.statuses.incrementReplies(status.inReplyToId())) {
			throw new ApiException(404, REPLY_NOT_FOUND);
		}
		this.outbox.append(Topics.STATUS_PUBLISHED, status.accountId(), published(status));
		return status.id();
	}

	private StatusPublished published(Status status) {
		StatusPublished.Builder event = StatusPublished.newBuilder()
			.setEventId(this.ids.next())
			.setOccurredAt(status.createdAt().toEpochMilli())
			.setStatusId(status.id())
			.setAuthorId(status.accountId())
			.setVisibility(status.visibility().apiName())
			.addAllMentionedAccountIds(status.mentions().stream().map(StatusMention::accountId).toList());
		if (status.inReplyToId() != null && status.inReplyToAccountId() != null) {
			event.setInReplyToId(status.inReplyToId()).setInReplyToAccountId(status.inReplyToAccountId());
		}
		return event.build();
	}

	/**
	 * Media attachments belong to a media service that does not exist yet, so no id can
	 * name one; the answer is Mastodon's for an unknown attachment.
	 */
	private static void checkMedia(List<String> mediaIds) {
		if (mediaIds.size() > MAX_MEDIA) {
			throw ApiException.unprocessable("Validation failed: Cannot attach more than " + MAX_MEDIA + " files");
		}
		if (!mediaIds.isEmpty()) {
			throw ApiException.unprocessable("Validation failed: Media " + String.join(", ", mediaIds)
					+ " not found or already attached to another post");
		}
	}

	/** PostgreSQL text cannot hold NUL characters, and no one means to write them. */
	private static String withoutNul(String text) {
		return (text.indexOf('\u0000') >= 0) ? text.replace("\u0000", "") : text;
	}

	private static ApiException tooLong() {
		return ApiException.unprocessable("Validation failed: Text character limit of " + MAX_CHARACTERS + " exceeded");
	}

}
