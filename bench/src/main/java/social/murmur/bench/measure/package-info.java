/** Load generation: closed-loop peak throughput and open-loop, fixed-rate latency. */
@NullMarked
package social.murmur.bench.measure;

import org.jspecify.annotations.NullMarked;
