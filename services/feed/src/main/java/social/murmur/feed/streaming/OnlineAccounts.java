package social.murmur.feed.streaming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import social.murmur.contracts.streaming.UserStreams;
import social.murmur.platform.logging.OccasionalWarning;

/**
 * The accounts with a streaming connection open, as a snapshot of
 * {@link UserStreams#ONLINE} refreshed every second: fan-out asks it about every
 * recipient, so the question must cost a hash lookup rather than a round trip, and with
 * nobody online streaming costs fan-out nothing. An account is online while its score
 * (the time until which a notifications instance vouches for its connection) is in the
 * future; now and then the accounts whose time has passed are removed from the set, so
 * that it does not grow with every account that ever connected.
 * <p>
 * While Redis cannot be reached nobody is online: events could not be published anyway.
 */
@Component
public class OnlineAccounts {

	/** How often expired accounts are removed from the set. */
	static final Duration PRUNE_INTERVAL = Duration.ofMinutes(1);

	private static final Logger logger = LoggerFactory.getLogger(OnlineAccounts.class);

	private static final String UNAVAILABLE_WARNING = "Could not read which accounts are streaming; publishing no stream events until Redis answers";

	private final StringRedisTemplate redis;

	private final OccasionalWarning unavailable = new OccasionalWarning(logger, Duration.ofMinutes(1));

	private volatile Set<Long> online = Set.of();

	private long lastPruned = System.nanoTime();

	public OnlineAccounts(StringRedisTemplate redis) {
		this.redis = redis;
	}

	/** Reads the accounts online now: one {@code ZRANGEBYSCORE}. */
	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	public synchronized void refresh() {
		long now = System.currentTimeMillis();
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
	}

	/** Removes the accounts whose connections nobody vouches for any more. */
	void prune(long now) {
		this.redis.opsForZSet().removeRangeByScore(UserStreams.ONLINE, Double.NEGATIVE_INFINITY, now);
	}

	/** The accounts online now. */
	public Set<Long> all() {
		return this.online;
	}

	/** Those of the accounts that are online, in the order given. */
	public List<Long> among(Collection<Long> accounts) {
		Set<Long> online = this.online;
		if (online.isEmpty() || accounts.isEmpty()) {
			return List.of();
		}
		List<Long> found = new ArrayList<>();
		for (Long account : accounts) {
			if (online.contains(account)) {
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
