/**
 * Identity: turns a client's opaque bearer token into the short-lived signed internal
 * identity the services trust, with a Redis cache that auth's revocations evict, and
 * makes sure no client can send an identity of its own.
 */
@NullMarked
package social.murmur.gateway.identity;

import org.jspecify.annotations.NullMarked;
