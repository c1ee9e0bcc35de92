/**
 * The little every Murmur service shares. Nothing here knows another service's domain.
 */
@NullMarked
package social.murmur.platform;

import org.jspecify.annotations.NullMarked;
