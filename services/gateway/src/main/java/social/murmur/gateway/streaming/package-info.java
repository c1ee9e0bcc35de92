/**
 * The streaming API: relays a client's WebSocket at {@code /api/v1/streaming} to one the
 * gateway opens to notifications with the signed identity, because Spring Cloud Gateway
 * does not proxy WebSockets.
 */
@NullMarked
package social.murmur.gateway.streaming;

import org.jspecify.annotations.NullMarked;
