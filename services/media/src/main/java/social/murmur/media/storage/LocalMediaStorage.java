package social.murmur.media.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Files in a folder of the local disk (the embedded default), served by the media service
 * itself under {@code /system/media_attachments/}. A file is written to a temporary name
 * and moved into place, so a reader never sees half of it.
 */
public class LocalMediaStorage implements MediaStorage {

	/** The path under the public URL where the media service serves these files. */
	public static final String URL_PATH = "/system/media_attachments/";

	private final Path root;

	private final String baseUrl;

	public LocalMediaStorage(Path root, String publicUrl) {
		this.root = root.toAbsolutePath().normalize();
		this.baseUrl = trimTrailingSlash(publicUrl) + URL_PATH;
	}

	public Path root() {
		return this.root;
	}

	@Override
	public void store(String key, byte[] content, String contentType) {
		Path target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
			try {
				Files.write(temporary, content);
				try {
					Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException ex) {
					Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store " + key, ex);
		}
	}

	@Override
	public Optional<StoredFile> read(String key) {
		Path file = resolve(key);
		try {
			return Optional
				.of(new StoredFile(Files.newInputStream(file), Files.size(file), MediaStorage.contentType(key)));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + key, ex);
		}
	}

	@Override
	public void delete(String key) {
		Path file = resolve(key);
		try {
			Files.deleteIfExists(file);
			// remove the folders the key made, up to the root, as long as they are empty
			Path folder = file.getParent();
			while (folder != null && !folder.equals(this.root) && folder.startsWith(this.root)) {
				try (var entries = Files.list(folder)) {
					if (entries.findAny().isPresent()) {
						break;
					}
				}
				Files.deleteIfExists(folder);
				folder = folder.getParent();
			}
		}
		catch (NoSuchFileException ex) {
			// already gone, perhaps removed by another instance at the same time
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete " + key, ex);
		}
	}

	@Override
	public String url(String key) {
		return this.baseUrl + key;
	}

	private Path resolve(String key) {
		Path file = this.root.resolve(key).normalize();
		if (!file.startsWith(this.root) || file.equals(this.root)) {
			throw new IllegalArgumentException("Not a media key: " + key);
		}
		return file;
	}

	static String trimTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
