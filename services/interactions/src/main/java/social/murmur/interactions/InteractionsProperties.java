package social.murmur.interactions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the interactions service, under {@code murmur.interactions.*} (environment:
 * {@code MURMUR_INTERACTIONS_*}).
 *
 * @param favouritedCacheTtl how long a viewer's favourited set stays in Redis after it
 * was filled from PostgreSQL; also bounds how long a change that could not reach Redis
 * stays unseen
 * @param favouritedCacheMaxSize viewers with more likes than this are not cached; their
 * favourited flags are answered by PostgreSQL (an index lookup per page)
 * @param favouritesCountCacheTtl how long a status's cached favourites count lives after
 * it was last written (filled or changed); also bounds how long a change that could not
 * reach Redis stays unseen
 */
@ConfigurationProperties("murmur.interactions")
public record InteractionsProperties(@DefaultValue("1h") Duration favouritedCacheTtl,
		@DefaultValue("10000") int favouritedCacheMaxSize, @DefaultValue("1d") Duration favouritesCountCacheTtl) {

}
