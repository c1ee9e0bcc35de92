/** The authorization code flow: the sign-in page, codes and PKCE. */
@NullMarked
package social.murmur.auth.authorization;

import org.jspecify.annotations.NullMarked;
