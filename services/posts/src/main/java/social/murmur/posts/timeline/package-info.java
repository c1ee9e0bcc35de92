/**
 * Lists of statuses: an account's statuses, the public timeline and hashtag timelines.
 */
@NullMarked
package social.murmur.posts.timeline;

import org.jspecify.annotations.NullMarked;
