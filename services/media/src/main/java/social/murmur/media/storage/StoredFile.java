package social.murmur.media.storage;

import java.io.InputStream;

/**
 * A stored file being read; the caller closes the stream.
 *
 * @param content the file's bytes
 * @param length its size in bytes
 * @param contentType its media type
 */
public record StoredFile(InputStream content, long length, String contentType) {
}
