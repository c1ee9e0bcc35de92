/** Kafka listeners: a deleted status takes its attachments along. */
@NullMarked
package social.murmur.media.attachment.messaging;

import org.jspecify.annotations.NullMarked;
