/** Talking to the gateway as Mastodon clients do, many at once. */
@NullMarked
package social.murmur.bench.api;

import org.jspecify.annotations.NullMarked;
