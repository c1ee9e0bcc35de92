package social.murmur.users;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A {@code multipart/form-data} body as browsers and Mastodon clients send it. */
public final class Multipart {

	private static final String BOUNDARY = "murmur-test-boundary";

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	public Multipart field(String name, String value) {
		write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
		return this;
	}

	public Multipart file(String name, String filename, String contentType, byte[] content) {
		write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
		this.body.writeBytes(content);
		write("\r\n");
		return this;
	}

	public String contentType() {
		return "multipart/form-data; boundary=" + BOUNDARY;
	}

	public byte[] bytes() {
		ByteArrayOutputStream complete = new ByteArrayOutputStream(this.body.size() + 64);
		complete.writeBytes(this.body.toByteArray());
		complete.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return complete.toByteArray();
	}

	private void write(String text) {
		this.body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
