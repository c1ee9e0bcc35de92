package social.murmur.media.attachment.image;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import social.murmur.media.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;

class ExifOrientationTest {

	@Test
	void readsTheOrientationTagOfIfdZero() {
		for (int tag = 1; tag <= 8; tag++) {
			assertThat(ExifOrientation.of(TestImages.jpegWithExif(20, 10, tag))).isEqualTo(Orientation.fromTag(tag));
		}
	}

	@Test
	void readsLittleEndianTiff() {
		byte[] jpeg = TestImages.jpeg(8, 8);
		byte[] tiff = { 'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0 };
		byte[] exif = { 'E', 'x', 'i', 'f', 0, 0 };
		int length = 2 + exif.length + tiff.length;
		byte[] segment = new byte[2 + length];
		segment[0] = (byte) 0xff;
		segment[1] = (byte) 0xe1;
		segment[2] = (byte) (length >> 8);
		segment[3] = (byte) length;
		System.arraycopy(exif, 0, segment, 4, exif.length);
		System.arraycopy(tiff, 0, segment, 4 + exif.length, tiff.length);
		byte[] withExif = new byte[jpeg.length + segment.length];
		System.arraycopy(jpeg, 0, withExif, 0, 2);
		System.arraycopy(segment, 0, withExif, 2, segment.length);
		System.arraycopy(jpeg, 2, withExif, 2 + segment.length, jpeg.length - 2);

		assertThat(ExifOrientation.of(withExif)).isEqualTo(Orientation.ROTATE_270);
	}

	@Test
	void withoutExifTheImageIsUpright() {
		assertThat(ExifOrientation.of(TestImages.jpeg(8, 8))).isEqualTo(Orientation.NORMAL);
		assertThat(ExifOrientation.of(TestImages.png(8, 8))).isEqualTo(Orientation.NORMAL);
		assertThat(ExifOrientation.of(new byte[0])).isEqualTo(Orientation.NORMAL);
	}

	@Test
	void malformedExifCountsAsUpright() {
		byte[] jpeg = TestImages.jpegWithExif(8, 8, 6);
		// cut inside the TIFF structure, and with every length and offset pointing
		// nowhere
		for (int keep = 4; keep < 60; keep++) {
			assertThat(ExifOrientation.of(Arrays.copyOf(jpeg, keep))).isIn(Orientation.NORMAL, Orientation.ROTATE_90);
		}
		byte[] badOffset = jpeg.clone();
		// IFD0 offset (after FFD8, FFE1, length, "Exif\0\0", "MM", 42) set far outside
		badOffset[2 + 4 + 6 + 4] = 0x7f;
		assertThat(ExifOrientation.of(badOffset)).isEqualTo(Orientation.NORMAL);
		assertThat(Orientation.fromTag(0)).isEqualTo(Orientation.NORMAL);
		assertThat(Orientation.fromTag(9)).isEqualTo(Orientation.NORMAL);
	}

}
