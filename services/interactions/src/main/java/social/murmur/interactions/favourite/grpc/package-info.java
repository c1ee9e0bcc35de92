/** Favourites for other services: which statuses of a page the viewer has liked. */
@NullMarked
package social.murmur.interactions.favourite.grpc;

import org.jspecify.annotations.NullMarked;
