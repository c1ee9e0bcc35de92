/**
 * Small pieces the gateway's features share: JSON error bodies, bearer token parsing (and
 * where the streaming handshake carries its token), the internal identity header, token
 * revocations and re-checks between identity and streaming, the order of the filter chain
 * and rate-limited warnings.
 */
@NullMarked
package social.murmur.gateway.support;

import org.jspecify.annotations.NullMarked;
