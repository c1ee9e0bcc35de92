package social.murmur.media.storage;

import java.util.Optional;

/**
 * Where attachment and profile image files live. Keys are paths such as
 * {@code files/123/<random>/original.jpg}; a key is written once and never rewritten, so
 * its URL can be cached forever.
 */
public interface MediaStorage {

	/** Stores a file under the key, replacing nothing else. */
	void store(String key, byte[] content, String contentType);

	/** The file, if it is stored. */
	Optional<StoredFile> read(String key);

	/** Deletes the file; deleting a missing file is not an error. */
	void delete(String key);

	/** The absolute URL clients load the file from. */
	String url(String key);

	/** The content type of a stored file, from its key's extension. */
	static String contentType(String key) {
		if (key.endsWith(".png")) {
			return "image/png";
		}
		if (key.endsWith(".jpg") || key.endsWith(".jpeg")) {
			return "image/jpeg";
		}
		return "application/octet-stream";
	}

}
