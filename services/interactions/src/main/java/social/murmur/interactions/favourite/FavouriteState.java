package social.murmur.interactions.favourite;

/**
 * What every renderer of a status needs from interactions: its favourites count and
 * whether the viewer liked it.
 */
public record FavouriteState(long statusId, long favouritesCount, boolean favourited) {

}
