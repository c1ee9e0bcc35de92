package social.murmur.feed.streaming;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import social.murmur.contracts.streaming.StreamEvent;
import social.murmur.feed.FeedProperties;
import social.murmur.platform.logging.OccasionalWarning;
import social.murmur.feed.cache.CachedStatus;
import social.murmur.feed.redis.Pipeline;
import social.murmur.feed.rendering.StatusJson;
import social.murmur.feed.source.Follows;
import social.murmur.feed.source.Likes;

/**
 * Tells the connected accounts among a status's recipients that it entered their home
 * timeline: an {@code update} event whose payload is the Mastodon status. Fan-out calls
 * {@link Update#sendTo} after each batch of timelines it writes; a celebrity's status,
 * which is not fanned out, goes to the connected accounts that follow its author
 * ({@link Update#sendToFollowersOf}).
 * <p>
 * The status is rendered once, when the first connected recipient turns up (or it goes on
 * a public stream, {@link Update#sendToPublicStreams}), with no likes: a new status has
 * none, and nobody has liked it. A failure to send to accounts never fails the fan-out:
 * the event is lost for the connected clients, which catch up over HTTP. The public
 * streams' publish goes in the fan-out's first round trip to Redis, so it fails only with
 * the fan-out's own writes, which are retried.
 */
@Service
public class PublishStatusUpdate {

	private static final Logger logger = LoggerFactory.getLogger(PublishStatusUpdate.class);

	private static final String FOLLOWERS_UNKNOWN_WARNING = "Could not tell which connected accounts follow a celebrity; they miss its status until they read their home timeline";

	private final OnlineAccounts online;

	private final StreamEventPublisher publisher;

	private final StatusJson json;

	private final Follows follows;

	private final PublishToPublicStreams publicStreams;

	private final int batchSize;

	private final OccasionalWarning followersUnknown = new OccasionalWarning(logger, Duration.ofMinutes(1));

	public PublishStatusUpdate(OnlineAccounts online, StreamEventPublisher publisher, StatusJson json, Follows follows,
			PublishToPublicStreams publicStreams, FeedProperties properties) {
		this.online = online;
		this.publisher = publisher;
		this.json = json;
		this.follows = follows;
		this.publicStreams = publicStreams;
		this.batchSize = properties.fanOutBatchSize();
	}

	/** The update for one status, to be sent to its recipients a batch at a time. */
	public Update of(CachedStatus status) {
		return new Update(status);
	}

	/** One status's {@code update} event, rendered when first needed. */
	public final class Update {

		private final CachedStatus status;

		private byte @Nullable [] event;

		private Update(CachedStatus status) {
			this.status = status;
		}

		/** Sends the event to those of the recipients that are connected. */
		public void sendTo(Collection<Long> recipients) {
			List<Long> connected = PublishStatusUpdate.this.online.among(recipients);
			if (!connected.isEmpty()) {
				PublishStatusUpdate.this.publisher.publish(connected, event());
			}
		}

		/**
		 * Sends the event to the connected accounts that follow the author: the connected
		 * accounts are checked against the follow graph, whichever of them and the
		 * author's followers takes fewer calls to users.
		 */
		public void sendToFollowersOf(long authorId, long followersCount) {
			Set<Long> connected = new HashSet<>(PublishStatusUpdate.this.online.all());
			connected.remove(authorId);
			if (connected.isEmpty()) {
				return;
			}
			Set<Long> followers;
			try {
				followers = PublishStatusUpdate.this.follows.followersAmong(authorId, connected, followersCount,
						PublishStatusUpdate.this.batchSize);
			}
			catch (RuntimeException ex) {
				PublishStatusUpdate.this.followersUnknown.warn(FOLLOWERS_UNKNOWN_WARNING, ex);
				return;
			}
			if (!followers.isEmpty()) {
				PublishStatusUpdate.this.publisher.publish(followers, event());
			}
		}

		/**
		 * Publishes the event once on the public and hashtag channels the status belongs
		 * on, if any ({@link PublishToPublicStreams}), with the same rendering: a status
		 * rendered for no viewer has nobody's likes either. In the caller's pipeline.
		 */
		public void sendToPublicStreams(Pipeline pipeline) {
			PublishStatusUpdate.this.publicStreams.published(pipeline, this.status, this::event);
		}

		private byte[] event() {
			byte[] event = this.event;
			if (event == null) {
				event = PublishStatusUpdate.this.publisher.encode(new StreamEvent(StreamEvent.UPDATE,
						PublishStatusUpdate.this.json.status(this.status, Likes.NONE)));
				this.event = event;
			}
			return event;
		}

	}

}
