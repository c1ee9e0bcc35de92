/** Tests of social.murmur.interactions.favourite.grpc. */
@NullMarked
package social.murmur.interactions.favourite.grpc;

import org.jspecify.annotations.NullMarked;
