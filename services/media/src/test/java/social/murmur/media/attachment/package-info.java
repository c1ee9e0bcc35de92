/** Tests of attachment use cases. */
@NullMarked
package social.murmur.media.attachment;

import org.jspecify.annotations.NullMarked;
