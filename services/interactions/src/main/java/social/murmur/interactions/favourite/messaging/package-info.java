/** Kafka listeners: a deleted status takes its likes with it. */
@NullMarked
package social.murmur.interactions.favourite.messaging;

import org.jspecify.annotations.NullMarked;
