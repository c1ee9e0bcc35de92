/**
 * Measurements that look inside the running system: fan-out lag, Kafka backlog, Redis
 * memory and timeline rebuilds.
 */
@NullMarked
package social.murmur.bench.probe;

import org.jspecify.annotations.NullMarked;
