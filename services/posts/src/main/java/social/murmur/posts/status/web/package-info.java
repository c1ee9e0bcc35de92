/** The Mastodon statuses endpoints (/api/v1/statuses). */
@NullMarked
package social.murmur.posts.status.web;

import org.jspecify.annotations.NullMarked;
