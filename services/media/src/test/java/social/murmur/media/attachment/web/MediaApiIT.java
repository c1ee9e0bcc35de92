package social.murmur.media.attachment.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.media.v1.AttachToStatusRequest;
import social.murmur.media.attachment.image.ImageInspector;
import social.murmur.media.support.IntegrationTestSupport;
import social.murmur.media.support.TestImages;
import social.murmur.testsupport.TestIdentities;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/media}, {@code /api/v2/media} and the files, as a Mastodon client sees
 * them.
 */
class MediaApiIT extends IntegrationTestSupport {

	@Test
	void v2UploadIsAcceptedAtOnceAndFinishedInTheBackground() throws Exception {
		long account = newId();
		String token = TestIdentities.forAccount(account);

		Response accepted = upload("/api/v2/media", token,
				Part.file("file", "photo.jpg", "image/jpeg", TestImages.jpeg(800, 600)),
				Part.field("description", "A red and blue flag"), Part.field("focus", "0.5,-0.25"));

		assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(202);
		JsonNode pending = accepted.body();
		String id = pending.get("id").asString();
		assertThat(pending.get("type").asString()).isEqualTo("image");
		assertThat(pending.get("url").isNull()).isTrue();
		assertThat(pending.get("description").asString()).isEqualTo("A red and blue flag");
		assertThat(pending.get("meta").get("focus").get("x").asDouble()).isEqualTo(0.5);
		assertThat(pending.get("meta").get("focus").get("y").asDouble()).isEqualTo(-0.25);

		eventually().until(() -> get("/api/v1/media/" + id, token).status() == 200);
		JsonNode done = get("/api/v1/media/" + id, token).body();
		assertThat(done.get("id").asString()).isEqualTo(id);
		assertThat(done.get("url").asString()).startsWith(PUBLIC_URL + "/system/media_attachments/files/" + id + "/")
			.endsWith("/original.jpg");
		assertThat(done.get("preview_url").asString()).endsWith("/small.jpg");
		assertThat(done.get("remote_url").isNull()).isTrue();
		assertThat(done.get("blurhash").asString()).hasSize(28);
		JsonNode original = done.get("meta").get("original");
		assertThat(original.get("width").asInt()).isEqualTo(800);
		assertThat(original.get("height").asInt()).isEqualTo(600);
		assertThat(original.get("size").asString()).isEqualTo("800x600");
		assertThat(original.get("aspect").asDouble()).isCloseTo(1.3333, org.assertj.core.data.Offset.offset(0.001));
		assertThat(done.get("meta").get("small").get("size").asString()).isEqualTo("480x360");
		assertThat(done.get("meta").get("focus").get("x").asDouble()).isEqualTo(0.5);

		Response file = get(done.get("url").asString(), null);
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.header("Content-Type")).isEqualTo("image/jpeg");
		assertThat(file.header("Cache-Control")).contains("max-age=31536000").contains("public").contains("immutable");
		BufferedImage served = ImageIO.read(new ByteArrayInputStream(file.bytes()));
		assertThat(served.getWidth()).isEqualTo(800);
		Response preview = get(done.get("preview_url").asString(), null);
		assertThat(ImageIO.read(new ByteArrayInputStream(preview.bytes())).getHeight()).isEqualTo(360);
	}

	@Test
	void v1UploadAnswersTheFinishedAttachment() {
		long account = newId();
		Response response = upload("/api/v1/media", TestIdentities.forAccount(account),
				Part.file("file", "image.webp", "image/webp", TestImages.webp(30, 20, 0xff3366cc)));

		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		assertThat(response.body().get("url").asString()).endsWith("/original.jpg");
		assertThat(response.body().get("description").isNull()).isTrue();
		assertThat(response.body().get("meta").get("original").get("size").asString()).isEqualTo("30x20");
		assertThat(rowsOf(account)).isEqualTo(1);
	}

	@Test
	void jpegIsTurnedUprightAndLosesItsExifAndGpsData() throws Exception {
		String token = TestIdentities.forAccount(newId());
		Response response = upload("/api/v1/media", token,
				Part.file("file", "IMG_0001.JPG", "image/jpeg", TestImages.jpegWithExif(40, 20, 6)));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("meta").get("original").get("size").asString()).isEqualTo("20x40");
		byte[] served = get(response.body().get("url").asString(), null).bytes();
		String text = new String(served, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("Exif").doesNotContain("Murmr");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(served));
		assertThat(image.getWidth()).isEqualTo(20);
		assertThat((image.getRGB(10, 5) >> 16) & 0xff).isGreaterThan(200);
		assertThat(image.getRGB(10, 35) & 0xff).isGreaterThan(200);
	}

	@Test
	void transparentImagesStayPngAndGifsGiveTheirFirstFrame() {
		String token = TestIdentities.forAccount(newId());
		Response png = upload("/api/v1/media", token,
				Part.file("file", "logo.png", "image/png", TestImages.translucentPng(50, 50)));
		assertThat(png.body().get("url").asString()).endsWith("/original.png");
		assertThat(get(png.body().get("url").asString(), null).header("Content-Type")).isEqualTo("image/png");

		Response gif = upload("/api/v1/media", token,
				Part.file("file", "anim.gif", "image/gif", TestImages.gif(50, 30)));
		assertThat(gif.status()).isEqualTo(200);
		assertThat(gif.body().get("type").asString()).isEqualTo("image");
	}

	@Test
	void contentIsDetectedFromTheBytesWhateverGenericTypeOrNameIsGiven() {
		Response response = upload("/api/v1/media", TestIdentities.forAccount(newId()),
				Part.file("file", "blob", "application/octet-stream", TestImages.png(10, 10)));
		assertThat(response.status()).isEqualTo(200);
	}

	@Test
	void largeImagesAreCappedAndPreviewsFit640By360() {
		Response response = upload("/api/v1/media", TestIdentities.forAccount(newId()),
				Part.file("file", "wide.png", "image/png", TestImages.png(4000, 1000)));
		JsonNode meta = response.body().get("meta");
		assertThat(meta.get("original").get("size").asString()).isEqualTo("3840x960");
		assertThat(meta.get("small").get("size").asString()).isEqualTo("640x160");
	}

	@Test
	void refusesFilesThatAreNotImages() {
		assertRefused(Part.file("file", "notes.jpg", "image/jpeg", "just some text".getBytes(StandardCharsets.UTF_8)),
				"not supported");
		assertRefused(
				Part.file("file", "page.svg", "image/svg+xml",
						"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)),
				"not supported");
	}

	@Test
	void refusesImagesLyingAboutTheirType() {
		assertRefused(Part.file("file", "photo.jpg", "image/jpeg", TestImages.png(10, 10)),
				"does not match its declared type");
		assertRefused(Part.file("file", "photo.png", "image/png", TestImages.jpeg(10, 10)),
				"does not match its declared type");
		assertRefused(Part.file("file", "photo.gif", "application/octet-stream", TestImages.png(10, 10)),
				"does not match its declared type");
	}

	@Test
	void refusesTruncatedFiles() {
		byte[] jpeg = TestImages.jpeg(300, 200);
		assertRefused(Part.file("file", "cut.jpg", "image/jpeg", TestImages.truncated(jpeg, jpeg.length / 2)),
				"truncated");
		byte[] png = TestImages.png(300, 200);
		assertRefused(Part.file("file", "cut.png", "image/png", TestImages.truncated(png, png.length / 2)),
				"truncated");
	}

	@Test
	void refusesFilesOverSixteenMegabytes() {
		byte[] huge = Arrays.copyOf(TestImages.jpeg(10, 10), (int) ImageInspector.MAX_BYTES + 1);
		assertRefused(Part.file("file", "huge.jpg", "image/jpeg", huge), "too large");
	}

	@Test
	void refusesImagesDeclaringTooManyPixels() {
		assertRefused(Part.file("file", "bomb.png", "image/png", TestImages.pngHeader(100_000, 100_000)),
				"100000x100000");
		assertRefused(Part.file("file", "tall.png", "image/png", TestImages.pngHeader(1, 16_385)), "too large");
	}

	@Test
	void refusesEmptyAndMissingFiles() {
		assertRefused(Part.file("file", "empty.png", "image/png", new byte[0]), "empty");
		assertRefused(Part.field("description", "no file"), "File can't be blank");
		Map<String, Object> before = storedState();
		Response json = send("POST", "/api/v2/media", TestIdentities.forAccount(newId()), "application/json",
				"{\"description\":\"x\"}".getBytes(StandardCharsets.UTF_8));
		assertThat(json.status()).isEqualTo(422);
		assertThat(storedState()).isEqualTo(before);
	}

	@Test
	void refusesAltTextOverFifteenHundredCharactersAndBadFocus() {
		byte[] png = TestImages.png(10, 10);
		assertRefused("/api/v2/media", "maximum is 1500 characters", Part.file("file", "a.png", "image/png", png),
				Part.field("description", "x".repeat(1_501)));
		assertRefused("/api/v1/media", "Focus", Part.file("file", "a.png", "image/png", png),
				Part.field("focus", "2,0"));
		assertRefused("/api/v1/media", "Focus", Part.file("file", "a.png", "image/png", png),
				Part.field("focus", "left"));
	}

	@Test
	void uploadsNeedAnAccountAndTheWriteMediaScope() {
		Part file = Part.file("file", "a.png", "image/png", TestImages.png(10, 10));
		Map<String, Object> before = storedState();

		assertThat(upload("/api/v2/media", null, file).status()).isEqualTo(401);
		assertThat(upload("/api/v2/media", TestIdentities.forged(newId()), file).status()).isEqualTo(401);
		assertThat(upload("/api/v2/media", TestIdentities.forApplication(1), file).status()).isIn(403, 422);
		Response readOnly = upload("/api/v2/media", TestIdentities.forAccount(newId(), "read"), file);
		assertThat(readOnly.status()).isEqualTo(403);
		assertThat(readOnly.error()).isNotBlank();
		assertThat(storedState()).isEqualTo(before);

		assertThat(upload("/api/v1/media", TestIdentities.forAccount(newId(), "write:media"), file).status())
			.isEqualTo(200);
	}

	@Test
	void showAnswers206WhileProcessingAnd422WhenProcessingFailed() {
		long account = newId();
		String token = TestIdentities.forAccount(account);
		long processing = newId();
		long failed = newId();
		this.jdbc.sql("insert into media_attachments (id, account_id, state) values (:id, :account, 'processing')")
			.param("id", processing)
			.param("account", account)
			.update();
		this.jdbc.sql("insert into media_attachments (id, account_id, state) values (:id, :account, 'failed')")
			.param("id", failed)
			.param("account", account)
			.update();

		Response pending = get("/api/v1/media/" + processing, token);
		assertThat(pending.status()).isEqualTo(206);
		assertThat(pending.body().get("url").isNull()).isTrue();
		Response broken = get("/api/v1/media/" + failed, token);
		assertThat(broken.status()).isEqualTo(422);
		assertThat(broken.error()).isEqualTo("Error processing thumbnail for uploaded media");
	}

	@Test
	void someoneElsesUnknownOrMalformedMediaIsNotFound() {
		long owner = newId();
		long id = uploadedMedia(owner, TestIdentities.forAccount(owner));
		String stranger = TestIdentities.forAccount(newId());

		assertThat(get("/api/v1/media/" + id, stranger).status()).isEqualTo(404);
		assertThat(get("/api/v1/media/" + id, stranger).error()).isEqualTo("Record not found");
		assertThat(get("/api/v1/media/" + newId(), stranger).status()).isEqualTo(404);
		assertThat(get("/api/v1/media/abc", stranger).status()).isEqualTo(404);
		assertThat(get("/api/v1/media/" + id, null).status()).isEqualTo(401);
		assertThat(get("/api/v1/media/" + id, TestIdentities.forAccount(owner, "follow")).status()).isEqualTo(403);
		assertThat(get("/api/v1/media/" + id, TestIdentities.forAccount(owner, "read")).status()).isEqualTo(200);
		assertThat(get("/api/v1/media/" + id, TestIdentities.forAccount(owner, "write:media")).status()).isEqualTo(200);
	}

	@Test
	void ownerUpdatesAltTextAndFocus() {
		long owner = newId();
		String token = TestIdentities.forAccount(owner);
		long id = uploadedMedia(owner, token);

		Response updated = put("/api/v1/media/" + id, token, "{\"description\":\"A flag\",\"focus\":\"-1,1\"}");

		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.body().get("description").asString()).isEqualTo("A flag");
		JsonNode shown = get("/api/v1/media/" + id, token).body();
		assertThat(shown.get("description").asString()).isEqualTo("A flag");
		assertThat(shown.get("meta").get("focus").get("x").asDouble()).isEqualTo(-1.0);
		assertThat(shown.get("meta").get("focus").get("y").asDouble()).isEqualTo(1.0);

		Response formUpdate = send("PUT", "/api/v1/media/" + id, token, "application/x-www-form-urlencoded",
				"description=Another+flag".getBytes(StandardCharsets.UTF_8));
		assertThat(formUpdate.status()).isEqualTo(200);
		assertThat(formUpdate.body().get("description").asString()).isEqualTo("Another flag");
		assertThat(formUpdate.body().get("meta").get("focus").get("x").asDouble()).isEqualTo(-1.0);
	}

	@Test
	void badUpdatesAndOthersUpdatesChangeNothing() {
		long owner = newId();
		String token = TestIdentities.forAccount(owner);
		long id = uploadedMedia(owner, token);
		put("/api/v1/media/" + id, token, "{\"description\":\"Kept\",\"focus\":\"0.1,0.2\"}");

		Response tooLong = put("/api/v1/media/" + id, token, "{\"description\":\"" + "y".repeat(1_501) + "\"}");
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.error()).contains("maximum is 1500 characters");
		assertThat(put("/api/v1/media/" + id, token, "{\"focus\":\"0,1.5\"}").status()).isEqualTo(422);
		assertThat(put("/api/v1/media/" + id, token, "{\"description\":\"ok\",\"focus\":\"nope\"}").status())
			.isEqualTo(422);
		Response stranger = put("/api/v1/media/" + id, TestIdentities.forAccount(newId()),
				"{\"description\":\"Mine\"}");
		assertThat(stranger.status()).isEqualTo(404);
		assertThat(put("/api/v1/media/" + newId(), token, "{\"description\":\"x\"}").status()).isEqualTo(404);
		assertThat(put("/api/v1/media/" + id, TestIdentities.forAccount(owner, "read"), "{\"description\":\"x\"}")
			.status()).isEqualTo(403);
		assertThat(put("/api/v1/media/" + id, token, "{\"description\":").status()).isEqualTo(400);

		JsonNode shown = get("/api/v1/media/" + id, token).body();
		assertThat(shown.get("description").asString()).isEqualTo("Kept");
		assertThat(shown.get("meta").get("focus").get("x").asDouble()).isEqualTo(0.1);
		assertThat(shown.get("meta").get("focus").get("y").asDouble()).isEqualTo(0.2);
	}

	@Test
	void attachedMediaCannotBeUpdated() {
		long owner = newId();
		String token = TestIdentities.forAccount(owner);
		long id = uploadedMedia(owner, token);
		attachmentsGrpc().attachToStatus(
				AttachToStatusRequest.newBuilder().setAccountId(owner).setStatusId(newId()).addMediaIds(id).build());

		Response response = put("/api/v1/media/" + id, token, "{\"description\":\"Too late\"}");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).contains("already attached");
		assertThat(get("/api/v1/media/" + id, token).body().get("description").isNull()).isTrue();
	}

	@Test
	void filesOutsideTheStoredKeysAreNotFound() {
		assertThat(get("/system/media_attachments/files/1/0123456789abcdef01234567/original.jpg", null).status())
			.isEqualTo(404);
		assertThat(get("/system/media_attachments/../application.yml", null).status()).isEqualTo(404);
		assertThat(get("/system/media_attachments/files/1/x/..%2F..%2Fsecret.jpg", null).status()).isIn(400, 404);
		assertThat(get("/system/media_attachments/", null).status()).isEqualTo(404);
	}

	private void assertRefused(Part file, String message) {
		assertRefused("/api/v2/media", message, file);
		assertRefused("/api/v1/media", message, file);
	}

	private void assertRefused(String path, String message, Part... parts) {
		Map<String, Object> before = storedState();
		Response response = upload(path, TestIdentities.forAccount(newId()), parts);
		assertThat(response.status()).as(path + " " + response.body()).isEqualTo(422);
		assertThat(response.error()).contains(message);
		assertThat(storedState()).isEqualTo(before);
	}

}
