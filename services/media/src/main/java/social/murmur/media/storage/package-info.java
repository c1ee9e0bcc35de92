/**
 * Where attachment and profile image files live: local disk or an S3-compatible object
 * store.
 */
@NullMarked
package social.murmur.media.storage;

import org.jspecify.annotations.NullMarked;
