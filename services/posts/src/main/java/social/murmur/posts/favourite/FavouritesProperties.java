package social.murmur.posts.favourite;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a page waits for like counts ({@code posts.favourites.*}, environment
 * {@code POSTS_FAVOURITES_*}).
 *
 * @param deadline the deadline of one {@code GetFavouriteStates} call; shorter than the
 * platform's default because a page is rendered without likes rather than late
 */
@ConfigurationProperties("posts.favourites")
public record FavouritesProperties(@DefaultValue("1s") Duration deadline) {
}
