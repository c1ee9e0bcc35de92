package social.murmur.posts.status.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.contracts.mastodon.Status;
import social.murmur.platform.identity.Identity;
import social.murmur.posts.status.StatusMessages;

/**
 * Renders statuses as Mastodon {@code Status} entities for a viewer: through the protobuf
 * message and {@link MastodonEntities}, with the viewer fields of a signed-in account.
 */
@Component
public class StatusRenderer {

	private final StatusMessages messages;

	private final MastodonEntities mastodon;

	public StatusRenderer(StatusMessages messages, MastodonEntities mastodon) {
		this.messages = messages;
		this.mastodon = mastodon;
	}

	public List<Status> render(List<social.murmur.posts.status.Status> statuses, Optional<Identity> viewer) {
		boolean signedIn = viewer.map(Identity::accountId).isPresent();
		return this.messages.toMessages(statuses).stream().map((message) -> {
			Status status = this.mastodon.status(message);
			return signedIn ? status.withViewer(false, false, false) : status;
		}).toList();
	}

	/** Empty when the author is no longer known. */
	public Optional<Status> render(social.murmur.posts.status.Status status, Optional<Identity> viewer) {
		return render(List.of(status), viewer).stream().findFirst();
	}

}
