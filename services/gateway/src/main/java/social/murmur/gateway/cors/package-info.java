/**
 * CORS: the API may be called from any web origin, as Mastodon's is, and the gateway
 * answers preflight requests itself.
 */
@NullMarked
package social.murmur.gateway.cors;

import org.jspecify.annotations.NullMarked;
