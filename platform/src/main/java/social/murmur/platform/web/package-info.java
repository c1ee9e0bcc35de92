/**
 * The Mastodon conventions every HTTP endpoint follows: {@code {"error": ...}} bodies
 * with the right status, {@code max_id}/{@code since_id}/{@code min_id}/{@code limit}
 * paging with {@code Link} headers, and request bodies accepted as JSON, form or
 * multipart alike.
 */
@NullMarked
package social.murmur.platform.web;

import org.jspecify.annotations.NullMarked;
