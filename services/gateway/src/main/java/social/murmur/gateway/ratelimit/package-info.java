/**
 * Rate limits: fixed-window request budgets per client address or token, counted in Redis
 * and shared by every gateway instance; open when Redis is down.
 */
@NullMarked
package social.murmur.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
