/**
 * Status text as Mastodon treats it: links, mentions and hashtags found, counted and
 * rendered as safe HTML.
 */
@NullMarked
package social.murmur.posts.status.text;

import org.jspecify.annotations.NullMarked;
