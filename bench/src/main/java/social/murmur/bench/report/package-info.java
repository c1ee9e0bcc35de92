/** The figures of a run, their targets, and how they are written and printed. */
@NullMarked
package social.murmur.bench.report;

import org.jspecify.annotations.NullMarked;
