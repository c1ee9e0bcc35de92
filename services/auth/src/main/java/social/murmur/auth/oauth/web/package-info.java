/** HTTP endpoints of OAuth: the token endpoint and revocation. */
@NullMarked
package social.murmur.auth.oauth.web;

import org.jspecify.annotations.NullMarked;
