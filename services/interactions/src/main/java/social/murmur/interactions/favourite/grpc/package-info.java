/**
 * Favourites for other services: the favourites count of each status of a page and
 * whether the viewer liked it.
 */
@NullMarked
package social.murmur.interactions.favourite.grpc;

import org.jspecify.annotations.NullMarked;
