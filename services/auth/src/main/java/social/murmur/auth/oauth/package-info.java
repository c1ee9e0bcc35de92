/** The OAuth token endpoint's grants and errors (RFC 6749), as Mastodon offers them. */
@NullMarked
package social.murmur.auth.oauth;

import org.jspecify.annotations.NullMarked;
