/** The Mastodon home timeline endpoint. */
@NullMarked
package social.murmur.feed.timeline.web;

import org.jspecify.annotations.NullMarked;
