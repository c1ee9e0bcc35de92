/** The Token entity that every endpoint issuing tokens returns. */
@NullMarked
package social.murmur.auth.token.web;

import org.jspecify.annotations.NullMarked;
