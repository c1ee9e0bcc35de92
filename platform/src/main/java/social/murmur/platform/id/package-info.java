/** Time-ordered 64-bit ids, unique across instances. */
@NullMarked
package social.murmur.platform.id;

import org.jspecify.annotations.NullMarked;
