/** Tests of social.murmur.interactions.favourite. */
@NullMarked
package social.murmur.interactions.favourite;

import org.jspecify.annotations.NullMarked;
