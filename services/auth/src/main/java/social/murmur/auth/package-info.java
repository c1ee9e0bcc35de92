/** The auth service: who may act, for which account, through which application. */
@NullMarked
package social.murmur.auth;

import org.jspecify.annotations.NullMarked;
