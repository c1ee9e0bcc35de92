/** HTTP endpoints for OAuth applications, rendered as Mastodon entities. */
@NullMarked
package social.murmur.auth.client.web;

import org.jspecify.annotations.NullMarked;
