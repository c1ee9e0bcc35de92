/**
 * Small pieces the gateway's filters share: JSON error bodies, bearer token parsing, the
 * order of the filter chain and rate-limited warnings.
 */
@NullMarked
package social.murmur.gateway.support;

import org.jspecify.annotations.NullMarked;
