package social.murmur.media.attachment;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import social.murmur.media.attachment.AttachmentRefused.Reason;

/**
 * Attaches an account's uploads to its new status, in the order given, all or none. The
 * rows are locked while checked, so two statuses can never take the same upload.
 * Repeating the call for the same status (posts retrying) returns the same attachments.
 */
@Service
public class AttachToStatus {

	/** The most attachments a status may have, as Mastodon. */
	public static final int MAX_ATTACHMENTS = 4;

	private final Attachments attachments;

	private final TransactionTemplate transactions;

	public AttachToStatus(Attachments attachments, TransactionTemplate transactions) {
		this.attachments = attachments;
		this.transactions = transactions;
	}

	/**
	 * @return the attachments, in the order of the ids (repeated ids count once)
	 * @throws AttachmentRefused when any of them cannot be attached; nothing changes
	 */
	public List<Attachment> attach(long accountId, long statusId, List<Long> mediaIds) {
		if (accountId <= 0 || statusId <= 0) {
			throw new AttachmentRefused(Reason.INVALID, "account_id and status_id are required");
		}
		if (mediaIds.size() > MAX_ATTACHMENTS) {
			throw new AttachmentRefused(Reason.INVALID,
					"At most " + MAX_ATTACHMENTS + " attachments per status, got " + mediaIds.size());
		}
		Set<Long> ids = new LinkedHashSet<>(mediaIds);
		if (ids.isEmpty()) {
			return List.of();
		}
		return Objects.requireNonNull(this.transactions.execute((transaction) -> {
			Map<Long, Attachment> found = this.attachments.lockAll(ids)
				.stream()
				.collect(Collectors.toMap(Attachment::id, Function.identity()));
			for (long id : ids) {
				Attachment attachment = found.get(id);
				if (attachment == null || attachment.accountId() != accountId) {
					throw new AttachmentRefused(Reason.NOT_FOUND, "Media " + id + " not found");
				}
			}
			for (long id : ids) {
				Attachment attachment = found.get(id);
				if (attachment.attached() && attachment.statusId() != statusId) {
					throw new AttachmentRefused(Reason.NOT_ATTACHABLE,
							"Media " + id + " is already attached to another status");
				}
				if (attachment.state() == Attachment.State.PROCESSING) {
					throw new AttachmentRefused(Reason.NOT_ATTACHABLE, "Media " + id + " is still being processed");
				}
				if (attachment.state() == Attachment.State.FAILED) {
					throw new AttachmentRefused(Reason.NOT_ATTACHABLE, "Media " + id + " could not be processed");
				}
			}
			int position = 0;
			for (long id : ids) {
				if (!found.get(id).attached()) {
					this.attachments.attach(id, statusId, position);
				}
				position++;
			}
			return this.attachments.findAll(ids);
		}));
	}

}
