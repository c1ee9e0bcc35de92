/** Kafka listeners that keep the cached accounts fresh. */
@NullMarked
package social.murmur.posts.account.messaging;

import org.jspecify.annotations.NullMarked;
