package social.murmur.feed.streaming;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import social.murmur.contracts.streaming.StreamEvent;

/**
 * Tells the connected accounts among those whose home timelines a deleted status leaves
 * that it is gone: a {@code delete} event whose payload is the status id. Clients ignore
 * a delete of a status they do not show, so sending one too many is harmless; a failure
 * never fails the removal.
 */
@Service
public class PublishStatusDeletion {

	private final OnlineAccounts online;

	private final StreamEventPublisher publisher;

	public PublishStatusDeletion(OnlineAccounts online, StreamEventPublisher publisher) {
		this.online = online;
		this.publisher = publisher;
	}

	/** Sends the event to those of the accounts that are connected. */
	public void sendTo(long statusId, Collection<Long> accounts) {
		List<Long> connected = this.online.among(accounts);
		if (!connected.isEmpty()) {
			this.publisher.publish(connected,
					this.publisher.encode(new StreamEvent(StreamEvent.DELETE, Long.toString(statusId))));
		}
	}

}
