/**
 * The follow graph: who follows whom, with which options, and the relationships it
 * implies.
 */
@NullMarked
package social.murmur.users.follow;

import org.jspecify.annotations.NullMarked;
