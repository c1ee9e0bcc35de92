/**
 * Image handling in plain Java: format detection, header checks, orientation, resizing,
 * encoding and blurhash.
 */
@NullMarked
package social.murmur.media.attachment.image;

import org.jspecify.annotations.NullMarked;
