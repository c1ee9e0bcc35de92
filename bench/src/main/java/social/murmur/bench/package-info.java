/**
 * {@code ./murmur bench}: starts Murmur, loads a generated data set through the public
 * API and measures the home feed against a floor and a naive SQL reference, in one run.
 */
@NullMarked
package social.murmur.bench;

import org.jspecify.annotations.NullMarked;
