/** Tests of social.murmur.interactions.favourite.web. */
@NullMarked
package social.murmur.interactions.favourite.web;

import org.jspecify.annotations.NullMarked;
