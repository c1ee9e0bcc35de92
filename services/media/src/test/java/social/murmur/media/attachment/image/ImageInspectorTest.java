package social.murmur.media.attachment.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import social.murmur.media.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImageInspectorTest {

	@Test
	void readsFormatDimensionsAndOrientationFromTheHeader() throws InvalidImage {
		assertThat(ImageInspector.inspect(TestImages.jpegWithExif(40, 20, 6)))
			.isEqualTo(new ImageHeader(ImageFormat.JPEG, new Dimensions(40, 20), Orientation.ROTATE_90));
		assertThat(ImageInspector.inspect(TestImages.png(30, 10)))
			.isEqualTo(new ImageHeader(ImageFormat.PNG, new Dimensions(30, 10), Orientation.NORMAL));
		assertThat(ImageInspector.inspect(TestImages.gif(7, 5)).stored()).isEqualTo(new Dimensions(7, 5));
		assertThat(ImageInspector.inspect(TestImages.webp(9, 4, 0xff00ff00)).stored()).isEqualTo(new Dimensions(9, 4));
	}

	@Test
	void refusesADecompressionBombFromItsHeaderAlone() {
		// 33 bytes declaring ten billion pixels: refused without decoding anything
		assertThatExceptionOfType(InvalidImage.class)
			.isThrownBy(() -> ImageInspector.inspect(TestImages.pngHeader(100_000, 100_000)))
			.withMessageContaining("100000x100000");
	}

	@Test
	void refusesImagesAboveThePixelOrSideLimit() {
		assertThatExceptionOfType(InvalidImage.class)
			.isThrownBy(() -> ImageInspector.inspect(TestImages.pngHeader(16_385, 1)));
		assertThatExceptionOfType(InvalidImage.class)
			.isThrownBy(() -> ImageInspector.inspect(TestImages.pngHeader(8_000, 4_200)));
	}

	@Test
	void acceptsImagesAtTheLimits() throws InvalidImage {
		assertThat(ImageInspector.inspect(TestImages.pngHeader(7_680, 4_320)).stored().pixels())
			.isEqualTo(ImageInspector.MAX_PIXELS);
		assertThat(ImageInspector.inspect(TestImages.pngHeader(16_384, 1)).stored().width()).isEqualTo(16_384);
	}

	@Test
	void refusesEmptyOversizedAndNonImageFiles() {
		assertThatExceptionOfType(InvalidImage.class).isThrownBy(() -> ImageInspector.inspect(new byte[0]))
			.withMessage("File is empty");
		byte[] huge = Arrays.copyOf(TestImages.jpeg(8, 8), (int) ImageInspector.MAX_BYTES + 1);
		assertThatExceptionOfType(InvalidImage.class).isThrownBy(() -> ImageInspector.inspect(huge))
			.withMessageContaining("too large");
		assertThatExceptionOfType(InvalidImage.class)
			.isThrownBy(() -> ImageInspector.inspect("hello, world".getBytes(StandardCharsets.UTF_8)))
			.withMessageContaining("not supported");
	}

	@Test
	void refusesAFileWhoseHeaderIsCutOff() {
		assertThatExceptionOfType(InvalidImage.class)
			.isThrownBy(() -> ImageInspector.inspect(TestImages.truncated(TestImages.png(10, 10), 20)));
		assertThatExceptionOfType(InvalidImage.class)
			.isThrownBy(() -> ImageInspector.inspect(TestImages.truncated(TestImages.jpeg(10, 10), 10)));
	}

}
