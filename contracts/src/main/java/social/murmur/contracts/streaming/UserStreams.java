package social.murmur.contracts.streaming;

/**
 * How events reach a signed-in account's streaming connections (Mastodon's {@code user}
 * and {@code user:notification} streams), whichever notifications instance holds them.
 * <p>
 * A service that has something for an account publishes a {@link StreamEvent} as JSON on
 * the Redis pub/sub channel {@link #channel(long)}. Every notifications instance
 * subscribes to the channels of the accounts connected to it and passes the event on,
 * adding the {@code stream} field per connection. Publishing is fire and forget: a
 * connection that is not open misses the event, as with Mastodon, and the client catches
 * up over HTTP.
 * <p>
 * Producers: feed publishes {@code update} (a status entering the home timeline, rendered
 * for that viewer) and {@code delete} (a status id); notifications publishes
 * {@code notification}. Feed publishes only to accounts present in {@link #ONLINE}, a
 * sorted set of account ids scored by the epoch millisecond until which a notifications
 * instance vouches for a connection; instances refresh their accounts well before that.
 * <p>
 * A stream counts from the moment its client sees it open: before a notifications
 * instance answers the handshake it subscribes to the account's channel, marks it in
 * {@link #ONLINE} and then publishes its id on {@link #JOINED}, so that a producer that
 * keeps a snapshot of {@link #ONLINE} (feed reads it every second) counts the account
 * online at once rather than at its next read.
 */
public final class UserStreams {

	/** Sorted set: member = account id (decimal), score = presence expiry, epoch ms. */
	public static final String ONLINE = "murmur:streaming:online";

	/**
	 * Pub/sub channel: the decimal id of an account that has just been marked in
	 * {@link #ONLINE} for a new connection.
	 */
	public static final String JOINED = "murmur:streaming:joined";

	private static final String CHANNEL_PREFIX = "murmur:stream:user:";

	private UserStreams() {
	}

	/** The pub/sub channel carrying events for one account. */
	public static String channel(long accountId) {
		return CHANNEL_PREFIX + accountId;
	}

	/** The account a channel belongs to, or -1 when it is not a user stream channel. */
	public static long accountOf(String channel) {
		if (!channel.startsWith(CHANNEL_PREFIX)) {
			return -1;
		}
		try {
			return Long.parseLong(channel.substring(CHANNEL_PREFIX.length()));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
