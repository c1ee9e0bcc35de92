/**
 * The generated data set (accounts, follow graph, posts) and its loading through the API.
 */
@NullMarked
package social.murmur.bench.dataset;

import org.jspecify.annotations.NullMarked;
