/**
 * Logging helpers every service shares.
 */
@NullMarked
package social.murmur.platform.logging;

import org.jspecify.annotations.NullMarked;
