package social.murmur.feed.streaming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import social.murmur.contracts.streaming.UserStreams;
import social.murmur.platform.logging.OccasionalWarning;
import social.murmur.platform.redis.PubSubConnections;

/**
 * The accounts with a streaming connection open, as a snapshot of
 * {@link UserStreams#ONLINE} refreshed every second: fan-out asks it about every
 * recipient, so the question must cost a hash lookup rather than a round trip, and with
 * nobody online streaming costs fan-out nothing. An account is online while its score
 * (the time until which a notifications instance vouches for its connection) is in the
 * future; now and then the accounts whose time has passed are removed from the set, so
 * that it does not grow with every account that ever connected.
 * <p>
 * An account announced on {@link UserStreams#JOINED} counts as online at once
 * ({@link #joined}), until the first snapshot read after the announcement, which has it
 * if its connection is still open: a client that opens its stream and posts, or whose
 * friend posts, a moment later gets the status live rather than only if the snapshot
 * happened to be read in between. The announcements come on a Redis pub/sub connection of
 * its own, opened by the first refresh that can (Lettuce subscribes again by itself after
 * reconnecting).
 * <p>
 * While Redis cannot be reached nobody is online: events could not be published anyway.
 */
@Component
public class OnlineAccounts {

	/** How often expired accounts are removed from the set. */
	static final Duration PRUNE_INTERVAL = Duration.ofMinutes(1);

	private static final Logger logger = LoggerFactory.getLogger(OnlineAccounts.class);

	private static final String UNAVAILABLE_WARNING = "Could not read which accounts are streaming; publishing no stream events until Redis answers";

	private static final String NOT_LISTENING_WARNING = "Could not subscribe to the accounts that start streaming; each counts as online from the next read of the presence set";

	private final StringRedisTemplate redis;

	private final LettuceConnectionFactory connectionFactory;

	private volatile @Nullable StatefulRedisPubSubConnection<String, String> announcements;

	private final OccasionalWarning unavailable = new OccasionalWarning(logger, Duration.ofMinutes(1));

	private volatile Set<Long> online = Set.of();

	/** Accounts announced since the snapshot was read, with when each was announced. */
	private final Map<Long, Long> joined = new ConcurrentHashMap<>();

	private long lastPruned = System.nanoTime();

	public OnlineAccounts(StringRedisTemplate redis, LettuceConnectionFactory connectionFactory) {
		this.redis = redis;
		this.connectionFactory = connectionFactory;
	}

	/** Reads the accounts online now: one {@code ZRANGEBYSCORE}. */
	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	public synchronized void refresh() {
		long now = System.currentTimeMillis();
		long reading = System.nanoTime();
		listenForAnnouncements();
		try {
			Set<String> members = this.redis.opsForZSet()
				.rangeByScore(UserStreams.ONLINE, now + 1, Double.POSITIVE_INFINITY);
			this.online = parse(members);
			if (System.nanoTime() - this.lastPruned >= PRUNE_INTERVAL.toNanos()) {
				this.lastPruned = System.nanoTime();
				prune(now);
			}
		}
		catch (DataAccessException ex) {
			this.online = Set.of();
			this.unavailable.warn(UNAVAILABLE_WARNING, ex);
		}
		// The snapshot has (or, for a closed connection, rightly lacks) every account
		// announced before it was read.
		this.joined.values().removeIf((announced) -> announced - reading < 0);
	}

	/**
	 * Counts an account online at once, as a notifications instance has just marked it in
	 * the set for a new connection.
	 */
	public void joined(long accountId) {
		this.joined.put(accountId, System.nanoTime());
	}

	/**
	 * Subscribes to {@link UserStreams#JOINED} unless it has already; a failure is tried
	 * again on the next refresh.
	 */
	private void listenForAnnouncements() {
		if (this.announcements != null) {
			return;
		}
		StatefulRedisPubSubConnection<String, String> connection = null;
		try {
			connection = PubSubConnections.open(this.connectionFactory, (channel, message) -> announced(message));
			connection.sync().subscribe(UserStreams.JOINED);
			this.announcements = connection;
		}
		catch (RuntimeException ex) {
			if (connection != null) {
				connection.close();
			}
			this.unavailable.warn(NOT_LISTENING_WARNING, ex);
		}
	}

	private void announced(String accountId) {
		try {
			joined(Long.parseLong(accountId));
		}
		catch (NumberFormatException ex) {
			// Not an account id: nobody joined.
		}
	}

	@PreDestroy
	void stopListening() {
		StatefulRedisPubSubConnection<String, String> connection = this.announcements;
		this.announcements = null;
		if (connection != null) {
			connection.close();
		}
	}

	/** Removes the accounts whose connections nobody vouches for any more. */
	void prune(long now) {
		this.redis.opsForZSet().removeRangeByScore(UserStreams.ONLINE, Double.NEGATIVE_INFINITY, now);
	}

	/** The accounts online now. */
	public Set<Long> all() {
		Set<Long> online = this.online;
		if (this.joined.isEmpty()) {
			return online;
		}
		Set<Long> all = new HashSet<>(online);
		all.addAll(this.joined.keySet());
		return all;
	}

	/** Those of the accounts that are online, in the order given. */
	public List<Long> among(Collection<Long> accounts) {
		Set<Long> online = this.online;
		boolean anyJoined = !this.joined.isEmpty();
		if ((online.isEmpty() && !anyJoined) || accounts.isEmpty()) {
			return List.of();
		}
		List<Long> found = new ArrayList<>();
		for (Long account : accounts) {
			if (online.contains(account) || (anyJoined && this.joined.containsKey(account))) {
				found.add(account);
			}
		}
		return found;
	}

	private static Set<Long> parse(@Nullable Set<String> members) {
		if (members == null || members.isEmpty()) {
			return Set.of();
		}
		Set<Long> accounts = new HashSet<>(members.size() * 2);
		for (String member : members) {
			try {
				accounts.add(Long.parseLong(member));
			}
			catch (NumberFormatException ex) {
				// Not an account id: nobody to publish to.
			}
		}
		return Set.copyOf(accounts);
	}

}
