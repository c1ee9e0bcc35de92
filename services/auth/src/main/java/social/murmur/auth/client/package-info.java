/** OAuth applications: registration and client authentication. */
@NullMarked
package social.murmur.auth.client;

import org.jspecify.annotations.NullMarked;
