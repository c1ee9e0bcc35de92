/** Tests of the interactions service. */
@NullMarked
package social.murmur.interactions;

import org.jspecify.annotations.NullMarked;
