package social.murmur.media.attachment.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import social.murmur.media.attachment.image.EncodedImage.OutputFormat;
import social.murmur.media.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ImageProcessorTest {

	@Test
	void appliesTheExifOrientationAndDropsEveryMetadataSegment() throws Exception {
		byte[] upload = TestImages.jpegWithExif(40, 20, 6);
		assertThat(TestImages.contains(upload, "Exif")).isTrue();

		ProcessedImage processed = process(upload);

		for (EncodedImage file : new EncodedImage[] { processed.original(), processed.small() }) {
			assertThat(file.format()).isEqualTo(OutputFormat.JPEG);
			assertThat(TestImages.contains(file.bytes(), "Exif")).isFalse();
			assertThat(TestImages.contains(file.bytes(), "Murmr")).isFalse();
			assertThat(hasSegment(file.bytes(), 0xe1)).isFalse();
		}
		BufferedImage original = read(processed.original().bytes());
		assertThat(processed.original().dimensions()).isEqualTo(new Dimensions(20, 40));
		assertThat(original.getWidth()).isEqualTo(20);
		assertThat(original.getHeight()).isEqualTo(40);
		// the red left half of the stored image is the top once turned a quarter
		// clockwise
		assertThat(TestImages.isRed(original.getRGB(10, 5))).isTrue();
		assertThat(TestImages.isBlue(original.getRGB(10, 35))).isTrue();
	}

	@Test
	void capsTheOriginalAndMakesAPreviewWithoutUpscaling() throws Exception {
		ProcessedImage large = process(TestImages.png(4000, 1000));
		assertThat(large.original().dimensions()).isEqualTo(new Dimensions(3840, 960));
		assertThat(large.small().dimensions()).isEqualTo(new Dimensions(640, 160));
		assertThat(read(large.small().bytes()).getWidth()).isEqualTo(640);

		ProcessedImage tiny = process(TestImages.png(30, 20));
		assertThat(tiny.original().dimensions()).isEqualTo(new Dimensions(30, 20));
		assertThat(tiny.small().dimensions()).isEqualTo(new Dimensions(30, 20));
	}

	@Test
	void subsamplesHugeImagesOnReadingButNotBelowTheKeptSize() throws Exception {
		ImageHeader header = new ImageHeader(ImageFormat.JPEG, new Dimensions(16_000, 2_000), Orientation.NORMAL);
		assertThat(ImageDecoder.subsampling(header)).isEqualTo(4);
		ImageHeader small = new ImageHeader(ImageFormat.JPEG, new Dimensions(4_000, 2_000), Orientation.NORMAL);
		assertThat(ImageDecoder.subsampling(small)).isEqualTo(1);

		ProcessedImage processed = process(TestImages.jpeg(8_000, 1_000));
		assertThat(processed.original().dimensions()).isEqualTo(new Dimensions(3840, 480));
	}

	@Test
	void cropsTheCentreToTheAspectRatioAndFitsItInTheBox() throws Exception {
		EncodedImage avatar = cropAndFit(TestImages.png(1200, 800), new Dimensions(1, 1), new Dimensions(400, 400));
		assertThat(avatar.dimensions()).isEqualTo(new Dimensions(400, 400));
		assertThat(avatar.format()).isEqualTo(OutputFormat.JPEG);
		BufferedImage square = read(avatar.bytes());
		assertThat(square.getWidth()).isEqualTo(400);
		// the centred square of a red|blue image is half red, half blue
		assertThat(TestImages.isRed(square.getRGB(20, 200))).isTrue();
		assertThat(TestImages.isBlue(square.getRGB(380, 200))).isTrue();

		EncodedImage header = cropAndFit(TestImages.png(4000, 3000), new Dimensions(3, 1), new Dimensions(1500, 500));
		assertThat(header.dimensions()).isEqualTo(new Dimensions(1500, 500));
	}

	@Test
	void neverEnlargesACrop() throws Exception {
		EncodedImage avatar = cropAndFit(TestImages.png(120, 90), new Dimensions(1, 1), new Dimensions(400, 400));
		assertThat(avatar.dimensions()).isEqualTo(new Dimensions(90, 90));
		EncodedImage header = cropAndFit(TestImages.png(90, 120), new Dimensions(3, 1), new Dimensions(1500, 500));
		assertThat(header.dimensions()).isEqualTo(new Dimensions(90, 30));
	}

	@Test
	void cropsUprightAndWithoutMetadata() throws Exception {
		// stored 200x80, red left half; turned a quarter clockwise it is 80x200, red on
		// top
		byte[] upload = TestImages.jpegWithExif(200, 80, 6);

		EncodedImage header = cropAndFit(upload, new Dimensions(3, 1), new Dimensions(1500, 500));

		assertThat(TestImages.contains(header.bytes(), "Exif")).isFalse();
		assertThat(TestImages.contains(header.bytes(), "Murmr")).isFalse();
		assertThat(hasSegment(header.bytes(), 0xe1)).isFalse();
		assertThat(header.dimensions()).isEqualTo(new Dimensions(80, 27));
		EncodedImage avatar = cropAndFit(TestImages.jpegWithExif(300, 200, 8), new Dimensions(1, 1),
				new Dimensions(400, 400));
		// a quarter anticlockwise puts the red left half at the bottom
		BufferedImage square = read(avatar.bytes());
		assertThat(TestImages.isBlue(square.getRGB(100, 10))).isTrue();
		assertThat(TestImages.isRed(square.getRGB(100, 190))).isTrue();
	}

	@Test
	void subsamplesForACropOnlyAsFarAsTheCropFillsTheBox() throws Exception {
		ImageHeader panorama = new ImageHeader(ImageFormat.JPEG, new Dimensions(16_000, 2_000), Orientation.NORMAL);
		// a 2000x2000 square scaled to 400x400, read at 500x500 (one in four pixels)
		assertThat(ImageDecoder.cropSubsampling(panorama, new Dimensions(1, 1), new Dimensions(400, 400))).isEqualTo(4);
		// a 6000x2000 banner scaled to 1500x500
		assertThat(ImageDecoder.cropSubsampling(panorama, new Dimensions(3, 1), new Dimensions(1500, 500)))
			.isEqualTo(3);
		EncodedImage avatar = cropAndFit(TestImages.jpeg(8_000, 1_000), new Dimensions(1, 1), new Dimensions(400, 400));
		assertThat(avatar.dimensions()).isEqualTo(new Dimensions(400, 400));
		EncodedImage header = cropAndFit(TestImages.jpeg(6_001, 2_999), new Dimensions(3, 1),
				new Dimensions(1500, 500));
		assertThat(header.dimensions()).isEqualTo(new Dimensions(1500, 500));
		ImageHeader gif = new ImageHeader(ImageFormat.GIF, new Dimensions(4_000, 4_000), Orientation.NORMAL);
		assertThat(ImageDecoder.cropSubsampling(gif, new Dimensions(1, 1), new Dimensions(400, 400))).isEqualTo(1);
	}

	@Test
	void keepsTransparencyAsPngAndWritesOpaqueImagesAsJpeg() throws Exception {
		ProcessedImage translucent = process(TestImages.translucentPng(40, 30));
		assertThat(translucent.original().format()).isEqualTo(OutputFormat.PNG);
		assertThat(read(translucent.original().bytes()).getRGB(35, 5) >>> 24).isZero();

		BufferedImage opaque = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
		opaque.createGraphics().drawImage(TestImages.halves(40, 30), 0, 0, null);
		ProcessedImage opaqueWithAlphaChannel = process(TestImages.write(opaque, "png"));
		assertThat(opaqueWithAlphaChannel.original().format()).isEqualTo(OutputFormat.JPEG);
	}

	@Test
	void readsTheFirstFrameOfAGifAndLosslessWebp() throws Exception {
		ProcessedImage gif = process(TestImages.gif(60, 40));
		assertThat(gif.original().dimensions()).isEqualTo(new Dimensions(60, 40));
		assertThat(TestImages.isRed(read(gif.original().bytes()).getRGB(5, 5))).isTrue();

		ProcessedImage webp = process(TestImages.webp(30, 20, 0xff3366cc));
		assertThat(webp.original().format()).isEqualTo(OutputFormat.JPEG);
		int pixel = read(webp.original().bytes()).getRGB(15, 10);
		assertThat((pixel >> 16) & 0xff).isBetween(0x30, 0x36);
		assertThat(pixel & 0xff).isBetween(0xc8, 0xd0);

		ProcessedImage translucentWebp = process(TestImages.webp(30, 20, 0x80ff0000));
		assertThat(translucentWebp.original().format()).isEqualTo(OutputFormat.PNG);
	}

	@Test
	void computesTheBlurhashOfThePreview() throws Exception {
		assertThat(process(TestImages.png(300, 200)).blurhash()).hasSize(28).startsWith("L");
	}

	@Test
	void refusesTruncatedFilesWhoseHeaderIsIntact() throws InvalidImage {
		for (byte[] whole : new byte[][] { TestImages.jpeg(300, 200), TestImages.png(300, 200),
				TestImages.gif(300, 200) }) {
			byte[] half = TestImages.truncated(whole, whole.length / 2);
			ImageHeader header = ImageInspector.inspect(half);
			assertThatExceptionOfType(InvalidImage.class).isThrownBy(() -> ImageDecoder.decode(half, header))
				.withMessageContaining("truncated");
		}
	}

	@Test
	void onlyWarningsAboutMetadataAreHarmless() {
		assertThat(ImageDecoder.isHarmless("Embedded color profile is invalid; ignored")).isTrue();
		assertThat(ImageDecoder.isHarmless("Corrupt JPEG data: 3 extraneous bytes before marker 0xd9")).isTrue();
		assertThat(ImageDecoder.isHarmless("Truncated File - Missing EOI marker")).isFalse();
		assertThat(ImageDecoder.isHarmless("Premature end of JPEG file")).isFalse();
	}

	private static ProcessedImage process(byte[] upload) throws InvalidImage {
		return ImageProcessor.process(ImageDecoder.decode(upload, ImageInspector.inspect(upload)));
	}

	private static EncodedImage cropAndFit(byte[] upload, Dimensions aspect, Dimensions box) throws InvalidImage {
		ImageHeader header = ImageInspector.inspect(upload);
		return ImageProcessor.cropAndFit(ImageDecoder.decodeForCrop(upload, header, aspect, box), aspect, box);
	}

	private static BufferedImage read(byte[] bytes) throws IOException {
		return ImageIO.read(new ByteArrayInputStream(bytes));
	}

	/** Whether a JPEG has a segment with the marker before its image data. */
	private static boolean hasSegment(byte[] jpeg, int marker) {
		int position = 2;
		while (position + 4 <= jpeg.length && (jpeg[position] & 0xff) == 0xff) {
			int current = jpeg[position + 1] & 0xff;
			if (current == 0xda) {
				return false;
			}
			if (current == marker) {
				return true;
			}
			position += 2 + (((jpeg[position + 2] & 0xff) << 8) | (jpeg[position + 3] & 0xff));
		}
		return false;
	}

}
