/** Safe HTML from plain text, shaped as Mastodon clients expect it. */
@NullMarked
package social.murmur.platform.text;

import org.jspecify.annotations.NullMarked;
