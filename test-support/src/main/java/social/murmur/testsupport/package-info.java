/**
 * Real infrastructure for integration tests: one PostgreSQL, one Redis and one Kafka
 * broker per test JVM, started on free ports at first use and shared by every test class,
 * with a fresh database per Spring context.
 */
@NullMarked
package social.murmur.testsupport;

import org.jspecify.annotations.NullMarked;
