/**
 * The users service: profiles, the follow graph, relationships and the instance
 * description.
 */
@NullMarked
package social.murmur.users;

import org.jspecify.annotations.NullMarked;
