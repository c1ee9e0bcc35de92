/**
 * Runs Murmur on one machine with nothing installed but a JDK: an embedded PostgreSQL,
 * Redis and Kafka broker, and every service as its own process, supervised, with data in
 * one folder.
 */
@NullMarked
package social.murmur.launcher;

import org.jspecify.annotations.NullMarked;
