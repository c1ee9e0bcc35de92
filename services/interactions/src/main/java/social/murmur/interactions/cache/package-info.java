/**
 * Each viewer's favourited status ids in Redis; knows nothing of how they are stored for
 * good.
 */
@NullMarked
package social.murmur.interactions.cache;

import org.jspecify.annotations.NullMarked;
