package social.murmur.posts.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusPublished;
import social.murmur.contracts.media.v1.MediaAttachment;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.contracts.users.v1.Account;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.outbox.Outbox;
import social.murmur.platform.web.ApiException;
import social.murmur.posts.account.Accounts;
import social.murmur.posts.media.MediaAttachments;
import social.murmur.posts.status.text.StatusHtml;
import social.murmur.posts.status.text.StatusText;

/**
 * Posts a status: checks it as Mastodon does, resolves its mentions, renders its HTML,
 * has media attach the uploads to it, and stores it with its mentions, tags, a copy of
 * its attachments, the parent's reply count and a {@code StatusPublished} event in one
 * transaction.
 * <p>
 * The status id is chosen first and the uploads are attached (in media) before the local
 * transaction, because media may refuse them and then nothing may be stored; a refusal
 * after the status was stored would need a compensating delete that others may already
 * have seen. The cost is the crash between the two steps: the uploads are attached to an
 * id that posts never stored. With an {@code Idempotency-Key} the id is therefore
 * reserved under the key before media is called, and a retry with the same key reuses it;
 * media answers the same attachments again for the same id, and the retry stores the
 * status. Without a key a retry gets a new id, and media refuses the uploads as attached
 * elsewhere.
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

	/** What {@link #store} answers when it stored the status (no status has id 0). */
	private static final long STORED = 0;

	private static final Logger logger = LoggerFactory.getLogger(PublishStatus.class);

	private final Statuses statuses;

	private final IdempotencyKeys idempotencyKeys;

	private final Accounts accounts;

	private final StatusAccess access;

	private final MediaAttachments media;

	private final StatusHtml html;

	private final MastodonEntities mastodon;

	private final IdGenerator ids;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final String localDomain;

	public PublishStatus(Statuses statuses, IdempotencyKeys idempotencyKeys, Accounts accounts, StatusAccess access,
			MediaAttachments media, StatusHtml html, MastodonEntities mastodon, IdGenerator ids, Outbox outbox,
			TransactionTemplate transactions) {
		this.statuses = statuses;
		this.idempotencyKeys = idempotencyKeys;
		this.accounts = accounts;
		this.access = access;
		this.media = media;
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
		Long reservedId = null;
		if (key != null) {
			Earlier earlier = earlier(accountId, key);
			if (earlier.status() != null) {
				return earlier.status();
			}
			reservedId = earlier.unfinishedId();
		}
		if (this.accounts.byId(accountId).isEmpty()) {
			throw new ApiException(422, "This method requires an authenticated user");
		}
		Status parent = (draft.inReplyToId() != null) ? this.statuses.find(draft.inReplyToId())
			.filter((status) -> this.access.canSee(status, accountId))
			.orElseThrow(() -> new ApiException(404, REPLY_NOT_FOUND)) : null;
		List<Long> mediaIds = mediaIds(draft.mediaIds());

		String text = (draft.text() != null) ? withoutNul(draft.text()).strip() : "";
		String spoilerText = withoutNul(draft.spoilerText()).strip();
		boolean sensitive = Boolean.TRUE.equals(draft.sensitive()) || !spoilerText.isEmpty();
		if (text.isEmpty() && !spoilerText.isEmpty()) {
			// Mastodon posts a content warning alone as the text.
			text = spoilerText;
			spoilerText = "";
		}
		if (text.isEmpty() && mediaIds.isEmpty()) {
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

		long id = (reservedId != null) ? reservedId : this.ids.next();
		List<MediaAttachment> attachments = List.of();
		if (!mediaIds.isEmpty()) {
			if (key != null && reservedId == null) {
				long owner = reserve(accountId, key, id);
				if (owner != id) {
					// A concurrent request with the same key reserved first: finish
					// (or answer) that one.
					Status done = this.statuses.find(owner).orElse(null);
					if (done != null) {
						return done;
					}
					id = owner;
				}
			}
			attachments = attach(accountId, id, mediaIds, key);
		}
		Status status = new Status(id, accountId, text, this.html.render(parsed, links), spoilerText, sensitive,
				draft.visibility(), draft.language(), (parent != null) ? parent.id() : null,
				(parent != null) ? parent.accountId() : null, 0, Instant.now().truncatedTo(ChronoUnit.MILLIS),
				new ArrayList<>(mentions.values()), parsed.hashtags(), attachments);

		Long owner = this.transactions.execute((transaction) -> store(status, key));
		if (owner != null && owner != STORED) {
			// A concurrent request with the same key (or a retry that reused this id)
			// stored its status first: answer with it.
			return this.statuses.find(owner).orElseThrow(ApiException::notFound);
		}
		return status;
	}

	private Earlier earlier(long accountId, String key) {
		Long statusId = this.idempotencyKeys.statusFor(accountId, key).orElse(null);
		if (statusId == null) {
			return Earlier.NOTHING;
		}
		Status earlier = this.statuses.find(statusId).orElse(null);
		if (earlier != null) {
			return new Earlier(earlier, null);
		}
		if (this.statuses.exists(statusId)) {
			// The status it made was deleted since: the key may post again.
			this.idempotencyKeys.release(accountId, key);
			return Earlier.NOTHING;
		}
		return new Earlier(null, statusId);
	}

	/**
	 * Reserves the status id under the key, committed before media is called, so that a
	 * retry after a crash attaches to (and stores) the same id.
	 * @return the id that owns the key: {@code statusId}, or a concurrent request's
	 */
	private long reserve(long accountId, String key, long statusId) {
		Long owner = this.transactions.execute((transaction) -> this.idempotencyKeys.claim(accountId, key, statusId));
		return (owner != null) ? owner : statusId;
	}

	/**
	 * Has media attach the uploads. When media refuses them nothing was attached, so a
	 * reservation under the key is given up (a retry should not need the key to fail
	 * alike); when media does not answer it may have attached them, so the reservation
	 * stays for the retry.
	 */
	private List<MediaAttachment> attach(long accountId, long statusId, List<Long> mediaIds, @Nullable String key) {
		try {
			return this.media.attach(accountId, statusId, mediaIds);
		}
		catch (ApiException ex) {
			if (key != null && ex.status() == 422) {
				this.idempotencyKeys.release(accountId, key);
			}
			throw ex;
		}
	}

	/**
	 * @return {@link #STORED} when the status was stored, else the id of the status that
	 * owns the key or this id (then that status is to be answered)
	 */
	private long store(Status status, @Nullable String key) {
		if (key != null) {
			long owner = this.idempotencyKeys.claim(status.accountId(), key, status.id());
			if (owner != status.id()) {
				return owner;
			}
		}
		if (!this.statuses.insert(status)) {
			logger.debug("Status {} was stored by a concurrent retry", status.id());
			return status.id();
		}
		if (status.countsAsReply() && !this.statuses.incrementReplies(status.inReplyToId())) {
			throw new ApiException(404, REPLY_NOT_FOUND);
		}
		this.outbox.append(Topics.STATUS_PUBLISHED, status.accountId(), published(status));
		return STORED;
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
	 * The media ids as numbers, in the author's order. As in Mastodon, more than four is
	 * refused before anything else; an id that is not a number names no upload.
	 */
	private static List<Long> mediaIds(List<String> given) {
		if (given.size() > MAX_MEDIA) {
			throw ApiException.unprocessable("Validation failed: Cannot attach more than " + MAX_MEDIA + " files");
		}
		List<Long> ids = new ArrayList<>(given.size());
		for (String id : given) {
			long parsed;
			try {
				parsed = Long.parseLong(id.strip());
			}
			catch (NumberFormatException ex) {
				parsed = 0;
			}
			if (parsed <= 0) {
				throw ApiException.unprocessable("Validation failed: Media " + id.strip() + " not found");
			}
			ids.add(parsed);
		}
		return ids;
	}

	/** PostgreSQL text cannot hold NUL characters, and no one means to write them. */
	private static String withoutNul(String text) {
		return (text.indexOf('\u0000') >= 0) ? text.replace("\u0000", "") : text;
	}

	private static ApiException tooLong() {
		return ApiException.unprocessable("Validation failed: Text character limit of " + MAX_CHARACTERS + " exceeded");
	}

	/**
	 * What an idempotency key already stands for.
	 *
	 * @param status the status an earlier request with the key made, or null
	 * @param unfinishedId the id reserved under the key by an earlier request that had
	 * media attach its uploads but did not store the status (it crashed, or is still at
	 * work), or null
	 */
	private record Earlier(@Nullable Status status, @Nullable Long unfinishedId) {

		static final Earlier NOTHING = new Earlier(null, null);

	}

}
