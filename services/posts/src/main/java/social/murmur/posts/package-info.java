/**
 * The posts service: statuses, their text, visibility, mentions, hashtags and reply
 * links.
 */
@NullMarked
package social.murmur.posts;

import org.jspecify.annotations.NullMarked;
