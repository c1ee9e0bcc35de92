package social.murmur.posts.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import social.murmur.contracts.posts.v1.Mention;
import social.murmur.contracts.users.v1.Account;
import social.murmur.posts.account.Accounts;

/**
 * Turns stored statuses into the protobuf {@code Status} that other services read and
 * that the Mastodon entity is made from, with the author embedded. Authors are fetched
 * for a whole list at once; a status whose author users no longer knows is left out.
 */
@Component
public class StatusMessages {

	private final Accounts accounts;

	public StatusMessages(Accounts accounts) {
		this.accounts = accounts;
	}

	public List<social.murmur.contracts.posts.v1.Status> toMessages(List<Status> statuses) {
		Map<Long, Account> authors = this.accounts.byIds(statuses.stream().map(Status::accountId).distinct().toList());
		List<social.murmur.contracts.posts.v1.Status> messages = new ArrayList<>(statuses.size());
		for (Status status : statuses) {
			Account author = authors.get(status.accountId());
			if (author != null) {
				messages.add(toMessage(status, author));
			}
		}
		return messages;
	}

	public Optional<social.murmur.contracts.posts.v1.Status> toMessage(Status status) {
		return toMessages(List.of(status)).stream().findFirst();
	}

	public static social.murmur.contracts.posts.v1.Status toMessage(Status status, Account author) {
		social.murmur.contracts.posts.v1.Status.Builder message = social.murmur.contracts.posts.v1.Status.newBuilder()
			.setId(status.id())
			.setCreatedAt(status.createdAt().toEpochMilli())
			.setSensitive(status.sensitive())
			.setSpoilerText(status.spoilerText())
			.setVisibility(visibility(status.visibility()))
			.setContent(status.content())
			.setText(status.text())
			.setAccount(author)
			.addAllTags(status.tags())
			.addAllMediaAttachments(status.mediaAttachments())
			.setRepliesCount(status.repliesCount());
		if (status.language() != null) {
			message.setLanguage(status.language());
		}
		if (status.inReplyToId() != null && status.inReplyToAccountId() != null) {
			message.setInReplyToId(status.inReplyToId()).setInReplyToAccountId(status.inReplyToAccountId());
		}
		for (StatusMention mention : status.mentions()) {
			message.addMentions(
					Mention.newBuilder().setAccountId(mention.accountId()).setUsername(mention.username()).build());
		}
		return message.build();
	}

	public static social.murmur.contracts.posts.v1.Visibility visibility(Visibility visibility) {
		return switch (visibility) {
			case PUBLIC -> social.murmur.contracts.posts.v1.Visibility.VISIBILITY_PUBLIC;
			case UNLISTED -> social.murmur.contracts.posts.v1.Visibility.VISIBILITY_UNLISTED;
			case PRIVATE -> social.murmur.contracts.posts.v1.Visibility.VISIBILITY_PRIVATE;
			case DIRECT -> social.murmur.contracts.posts.v1.Visibility.VISIBILITY_DIRECT;
		};
	}

}
