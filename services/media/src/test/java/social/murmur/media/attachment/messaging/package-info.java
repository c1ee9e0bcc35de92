/** Tests of the Kafka listeners. */
@NullMarked
package social.murmur.media.attachment.messaging;

import org.jspecify.annotations.NullMarked;
