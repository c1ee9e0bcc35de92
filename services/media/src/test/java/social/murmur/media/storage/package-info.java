/** Tests of the storages, including S3 against a real S3-compatible server. */
@NullMarked
package social.murmur.media.storage;

import org.jspecify.annotations.NullMarked;
