/**
 * The streaming API's internal wiring: Redis channels and the events on them.
 */
@NullMarked
package social.murmur.contracts.streaming;

import org.jspecify.annotations.NullMarked;
