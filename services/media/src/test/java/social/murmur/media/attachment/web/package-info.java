/** HTTP tests of the media API. */
@NullMarked
package social.murmur.media.attachment.web;

import org.jspecify.annotations.NullMarked;
