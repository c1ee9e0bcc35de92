/**
 * Statuses as Mastodon JSON, each rendered once and reused by every home read and stream
 * event that shows it.
 */
@NullMarked
package social.murmur.feed.rendering;

import org.jspecify.annotations.NullMarked;
