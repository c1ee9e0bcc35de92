/**
 * The naive reference: the home timeline as one SQL query over follows and statuses, as a
 * typical implementation computes it, served over HTTP from the bench JVM.
 */
@NullMarked
package social.murmur.bench.reference;

import org.jspecify.annotations.NullMarked;
