/**
 * Who the client is at the network level: its address, believing {@code X-Forwarded-For}
 * only from configured proxies.
 */
@NullMarked
package social.murmur.gateway.network;

import org.jspecify.annotations.NullMarked;
