/**
 * Routing: which service owns which public path, how a request is passed on to it, and
 * the answers the gateway gives itself when no service can (unknown path, service down,
 * body too large).
 */
@NullMarked
package social.murmur.gateway.routing;

import org.jspecify.annotations.NullMarked;
