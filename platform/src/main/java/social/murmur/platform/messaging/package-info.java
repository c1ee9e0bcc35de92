/** Kafka defaults: topics declared up front, retries for failed consumers. */
@NullMarked
package social.murmur.platform.messaging;

import org.jspecify.annotations.NullMarked;
