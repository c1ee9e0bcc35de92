/** Home timelines: the Redis store, what belongs in one, and reading a page of it. */
@NullMarked
package social.murmur.feed.timeline;

import org.jspecify.annotations.NullMarked;
