/** Tests of social.murmur.interactions.favourite.messaging. */
@NullMarked
package social.murmur.interactions.favourite.messaging;

import org.jspecify.annotations.NullMarked;
