/**
 * The Mastodon favourites API: favourite, unfavourite, favourited_by and the viewer's
 * favourites.
 */
@NullMarked
package social.murmur.interactions.favourite.web;

import org.jspecify.annotations.NullMarked;
