/** Auto-configuration that gives every service the platform's beans and defaults. */
@NullMarked
package social.murmur.platform.config;

import org.jspecify.annotations.NullMarked;
