/** Architecture tests of the media service. */
@NullMarked
package social.murmur.media;

import org.jspecify.annotations.NullMarked;
