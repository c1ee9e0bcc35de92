package social.murmur.feed.timeline;

import java.util.List;

import io.grpc.StatusRuntimeException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import social.murmur.contracts.users.v1.Account;
import social.murmur.feed.FeedProperties;
import social.murmur.feed.source.Accounts;
import social.murmur.feed.source.Follows;

/**
 * Which of the accounts a reader follows are celebrities, whose statuses are merged in
 * when the home timeline is read: asked of users (the accounts followed and their
 * follower counts) and cached with the timeline until the reader follows or unfollows
 * someone, or the cache's time to live passes.
 */
@Service
public class FollowedCelebrities {

	private static final Logger logger = LoggerFactory.getLogger(FollowedCelebrities.class);

	private final Follows follows;

	private final Accounts accounts;

	private final HomeTimelines timelines;

	private final long threshold;

	public FollowedCelebrities(Follows follows, Accounts accounts, HomeTimelines timelines, FeedProperties properties) {
		this.follows = follows;
		this.accounts = accounts;
		this.timelines = timelines;
		this.threshold = properties.celebrityThreshold();
	}

	/** Whether statuses of an account with this many followers are not fanned out. */
	public boolean isCelebrity(Account account) {
		return account.getFollowersCount() >= this.threshold;
	}

	/**
	 * The celebrities the reader follows: the cached list if there is one, else asked of
	 * users and cached. While users cannot be reached the reader gets none merged in
	 * rather than no timeline.
	 */
	public List<Long> of(long readerId, @Nullable List<Long> cached) {
		if (cached != null) {
			return cached;
		}
		List<Long> following;
		try {
			following = this.follows.following(readerId);
		}
		catch (StatusRuntimeException ex) {
			logger.debug("Could not read whom {} follows", readerId, ex);
			return List.of();
		}
		return remember(readerId, following);
	}

	/**
	 * Tells and caches which of the accounts the reader follows are celebrities, for a
	 * caller that has just read them (a rebuild).
	 */
	public List<Long> remember(long readerId, List<Long> following) {
		List<Long> celebrities;
		try {
			celebrities = this.accounts.byIds(following)
				.stream()
				.filter(this::isCelebrity)
				.map(Account::getId)
				.toList();
		}
		catch (StatusRuntimeException ex) {
			logger.debug("Could not tell which accounts {} follows are celebrities", readerId, ex);
			return List.of();
		}
		try {
			this.timelines.rememberCelebrities(readerId, celebrities);
		}
		catch (DataAccessException ex) {
			logger.debug("Could not cache the celebrities {} follows", readerId, ex);
		}
		return celebrities;
	}

}
