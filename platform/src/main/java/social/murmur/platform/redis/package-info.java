/**
 * Redis helpers every service that uses Redis shares.
 */
@NullMarked
package social.murmur.platform.redis;

import org.jspecify.annotations.NullMarked;
