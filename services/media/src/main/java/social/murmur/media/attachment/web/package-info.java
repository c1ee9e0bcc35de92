/** The Mastodon media API: upload, show and update attachments. */
@NullMarked
package social.murmur.media.attachment.web;

import org.jspecify.annotations.NullMarked;
