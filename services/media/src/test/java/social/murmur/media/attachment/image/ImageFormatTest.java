package social.murmur.media.attachment.image;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import social.murmur.media.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;

class ImageFormatTest {

	@Test
	void detectsEachFormatFromItsMagicNumbers() {
		assertThat(ImageFormat.detect(TestImages.jpeg(8, 8))).contains(ImageFormat.JPEG);
		assertThat(ImageFormat.detect(TestImages.png(8, 8))).contains(ImageFormat.PNG);
		assertThat(ImageFormat.detect(TestImages.gif(8, 8))).contains(ImageFormat.GIF);
		assertThat(ImageFormat.detect(TestImages.webp(8, 8, 0xff102030))).contains(ImageFormat.WEBP);
	}

	@Test
	void recognisesNothingElse() {
		assertThat(ImageFormat.detect(new byte[0])).isEmpty();
		assertThat(ImageFormat.detect(new byte[] { (byte) 0xff, (byte) 0xd8 })).isEmpty();
		assertThat(ImageFormat.detect("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(ImageFormat.detect("%PDF-1.7 something".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(ImageFormat.detect("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
		assertThat(ImageFormat.detect("GIF90a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

	@Test
	void aDeclaredContentTypeOfAnotherFormatIsALie() {
		assertThat(ImageFormat.PNG.contradictedByContentType("image/jpeg")).isTrue();
		assertThat(ImageFormat.PNG.contradictedByContentType("text/plain")).isTrue();
		assertThat(ImageFormat.PNG.contradictedByContentType("image/png")).isFalse();
		assertThat(ImageFormat.PNG.contradictedByContentType("IMAGE/PNG; charset=binary")).isFalse();
		assertThat(ImageFormat.JPEG.contradictedByContentType("image/pjpeg")).isFalse();
		assertThat(ImageFormat.JPEG.contradictedByContentType("application/octet-stream")).isFalse();
		assertThat(ImageFormat.JPEG.contradictedByContentType("")).isFalse();
	}

	@Test
	void aFileNameWithAnotherImageExtensionIsALie() {
		assertThat(ImageFormat.PNG.contradictedByFileName("photo.jpg")).isTrue();
		assertThat(ImageFormat.WEBP.contradictedByFileName("photo.GIF")).isTrue();
		assertThat(ImageFormat.PNG.contradictedByFileName("photo.PNG")).isFalse();
		assertThat(ImageFormat.JPEG.contradictedByFileName("IMG_0001.jpeg")).isFalse();
		assertThat(ImageFormat.JPEG.contradictedByFileName("blob")).isFalse();
		assertThat(ImageFormat.JPEG.contradictedByFileName("upload.bin")).isFalse();
	}

}
