package social.murmur.posts.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How authors embedded in statuses are cached ({@code posts.accounts.*}, environment
 * {@code POSTS_ACCOUNTS_*}).
 *
 * @param cacheTtl how long an account is used before it is read again from users
 * @param cacheSize how many accounts one instance keeps
 */
@ConfigurationProperties("posts.accounts")
public record AccountCacheProperties(@DefaultValue("30s") Duration cacheTtl, @DefaultValue("50000") long cacheSize) {
}
