/**
 * The Mastodon endpoints that list statuses: account statuses, public and hashtag
 * timelines.
 */
@NullMarked
package social.murmur.posts.timeline.web;

import org.jspecify.annotations.NullMarked;
