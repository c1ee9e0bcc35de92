/** Local accounts' credentials: sign-up and password sign-in. */
@NullMarked
package social.murmur.auth.account;

import org.jspecify.annotations.NullMarked;
