package social.murmur.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalMediaStorageTest {

	@TempDir
	Path root;

	@Test
	void storesReadsAndDeletesFilesUnderTheRoot() throws IOException {
		LocalMediaStorage storage = new LocalMediaStorage(this.root, "https://murmur.test/");
		String key = "files/1/0123456789abcdef01234567/original.jpg";

		storage.store(key, "jpeg".getBytes(StandardCharsets.US_ASCII), "image/jpeg");

		assertThat(this.root.resolve(key)).hasContent("jpeg");
		StoredFile file = storage.read(key).orElseThrow();
		try (InputStream content = file.content()) {
			assertThat(content.readAllBytes()).asString(StandardCharsets.US_ASCII).isEqualTo("jpeg");
		}
		assertThat(file.length()).isEqualTo(4);
		assertThat(file.contentType()).isEqualTo("image/jpeg");
		assertThat(storage.url(key))
			.isEqualTo("https://murmur.test/system/media_attachments/files/1/0123456789abcdef01234567/original.jpg");

		storage.delete(key);
		storage.delete(key);

		assertThat(storage.read(key)).isEmpty();
		try (var left = Files.list(this.root)) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void refusesKeysOutsideTheRoot() {
		LocalMediaStorage storage = new LocalMediaStorage(this.root, "https://murmur.test");
		assertThatIllegalArgumentException().isThrownBy(() -> storage.read("../secret"));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.store("files/../../x", new byte[1], "image/png"));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.delete("/etc/passwd"));
	}

	@Test
	void namesContentTypesByExtension() {
		assertThat(MediaStorage.contentType("a/b.png")).isEqualTo("image/png");
		assertThat(MediaStorage.contentType("a/b.jpg")).isEqualTo("image/jpeg");
		assertThat(MediaStorage.contentType("a/b")).isEqualTo("application/octet-stream");
	}

}
