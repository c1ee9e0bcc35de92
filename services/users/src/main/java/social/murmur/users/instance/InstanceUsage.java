package social.murmur.users.instance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import social.murmur.users.account.Accounts;

/**
 * The usage figures of the instance documents. Clients fetch those documents on every
 * start, and the figures need not be exact, so they are counted at most once per
 * {@code murmur.instance.usage-freshness} instead of on every request.
 */
@Service
public class InstanceUsage {

	private final Accounts accounts;

	private final Duration freshness;

	private final Clock clock;

	private volatile @Nullable Counted counted;

	@Autowired
	public InstanceUsage(Accounts accounts, InstanceProperties properties) {
		this(accounts, properties.usageFreshness(), Clock.systemUTC());
	}

	InstanceUsage(Accounts accounts, Duration freshness, Clock clock) {
		this.accounts = accounts;
		this.freshness = freshness;
		this.clock = clock;
	}

	public Usage current() {
		Instant now = this.clock.instant();
		Counted last = this.counted;
		if (last != null && last.at().plus(this.freshness).isAfter(now)) {
			return last.usage();
		}
		Usage usage = new Usage(this.accounts.count(), this.accounts.countActiveSince(now.minus(Duration.ofDays(30))),
				this.accounts.countActiveSince(now.minus(Duration.ofDays(180))), this.accounts.countStatuses());
		this.counted = new Counted(usage, now);
		return usage;
	}

	private record Counted(Usage usage, Instant at) {
	}

}
