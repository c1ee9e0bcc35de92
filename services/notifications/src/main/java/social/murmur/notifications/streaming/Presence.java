package social.murmur.notifications.streaming;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.stereotype.Component;
import social.murmur.contracts.streaming.UserStreams;
import social.murmur.platform.logging.OccasionalWarning;

/**
 * This instance's entries in {@link UserStreams#ONLINE}: each account with a connection
 * here, scored by the time until which this instance vouches for it. Producers publish
 * only to accounts listed there, so an entry is written before a connection's handshake
 * is answered (and announced on {@link UserStreams#JOINED}), refreshed every
 * {@link #REFRESH_INTERVAL} and removed when the account's last connection here closes.
 * Redis being down costs live delivery, never a connection: failures are logged now and
 * then and otherwise ignored.
 */
@Component
class Presence {

	static final Duration REFRESH_INTERVAL = Duration.ofSeconds(20);

	static final Duration VOUCHED_FOR = Duration.ofSeconds(60);

	private final OccasionalWarning redisDown = new OccasionalWarning(LoggerFactory.getLogger(Presence.class),
			Duration.ofMinutes(1));

	private final StringRedisTemplate redis;

	Presence(StringRedisTemplate redis) {
		this.redis = redis;
	}

	void online(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return;
		}
		double until = System.currentTimeMillis() + VOUCHED_FOR.toMillis();
		Set<TypedTuple<String>> entries = new HashSet<>();
		accountIds.forEach((id) -> entries.add(TypedTuple.of(Long.toString(id), until)));
		try {
			this.redis.opsForZSet().add(UserStreams.ONLINE, entries);
		}
		catch (RuntimeException ex) {
			this.redisDown.warn("Could not mark accounts online in Redis", ex);
		}
	}

	/**
	 * Marks an account online for a connection about to open, then announces it on
	 * {@link UserStreams#JOINED} so that producers keeping a snapshot of the set count it
	 * at once: in that order, so that a snapshot read after the announcement has it.
	 */
	void joined(long accountId) {
		online(List.of(accountId));
		try {
			this.redis.convertAndSend(UserStreams.JOINED, Long.toString(accountId));
		}
		catch (RuntimeException ex) {
			this.redisDown.warn("Could not announce a new streaming connection in Redis", ex);
		}
	}

	void offline(long accountId) {
		try {
			this.redis.opsForZSet().remove(UserStreams.ONLINE, Long.toString(accountId));
		}
		catch (RuntimeException ex) {
			this.redisDown.warn("Could not mark an account offline in Redis", ex);
		}
	}

	/**
	 * Which of the given accounts some instance vouches for now. Throws when Redis does
	 * not answer, as publishing to them would fail too.
	 */
	Set<Long> onlineAmong(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Set.of();
		}
		List<Long> ids = List.copyOf(accountIds);
		List<Double> scores = this.redis.opsForZSet()
			.score(UserStreams.ONLINE, ids.stream().map((id) -> Long.toString(id)).toArray());
		long now = System.currentTimeMillis();
		Set<Long> online = new HashSet<>();
		for (int i = 0; i < ids.size(); i++) {
			Double score = (scores != null && i < scores.size()) ? scores.get(i) : null;
			if (score != null && score > now) {
				online.add(ids.get(i));
			}
		}
		return online;
	}

	/** Drops entries nobody refreshed: their instance stopped without removing them. */
	void forgetExpired() {
		try {
			this.redis.opsForZSet()
				.removeRangeByScore(UserStreams.ONLINE, Double.NEGATIVE_INFINITY, System.currentTimeMillis());
		}
		catch (RuntimeException ex) {
			this.redisDown.warn("Could not clean expired presence entries in Redis", ex);
		}
	}

}
