/**
 * Images the gateway serves itself: the placeholders Mastodon clients show for an account
 * without an avatar or header.
 */
@NullMarked
package social.murmur.gateway.assets;

import org.jspecify.annotations.NullMarked;
