/** Unit tests of the image handling. */
@NullMarked
package social.murmur.media.attachment.image;

import org.jspecify.annotations.NullMarked;
