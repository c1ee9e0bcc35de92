package social.murmur.media.attachment.image;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each orientation on a 3x2 image whose pixels are numbered row by row:
 *
 * <pre>
 * 1 2 3
 * 4 5 6
 * </pre>
 */
class OrientationTest {

	@Test
	void turnsEachOrientationUpright() {
		assertThat(pixels(Orientation.NORMAL)).isEqualTo(new int[][] { { 1, 2, 3 }, { 4, 5, 6 } });
		assertThat(pixels(Orientation.FLIP_HORIZONTAL)).isEqualTo(new int[][] { { 3, 2, 1 }, { 6, 5, 4 } });
		assertThat(pixels(Orientation.ROTATE_180)).isEqualTo(new int[][] { { 6, 5, 4 }, { 3, 2, 1 } });
		assertThat(pixels(Orientation.FLIP_VERTICAL)).isEqualTo(new int[][] { { 4, 5, 6 }, { 1, 2, 3 } });
		assertThat(pixels(Orientation.TRANSPOSE)).isEqualTo(new int[][] { { 1, 4 }, { 2, 5 }, { 3, 6 } });
		assertThat(pixels(Orientation.ROTATE_90)).isEqualTo(new int[][] { { 4, 1 }, { 5, 2 }, { 6, 3 } });
		assertThat(pixels(Orientation.TRANSVERSE)).isEqualTo(new int[][] { { 6, 3 }, { 5, 2 }, { 4, 1 } });
		assertThat(pixels(Orientation.ROTATE_270)).isEqualTo(new int[][] { { 3, 6 }, { 2, 5 }, { 1, 4 } });
	}

	@Test
	void quarterTurnsSwapWidthAndHeight() {
		assertThat(Orientation.values()).filteredOn(Orientation::swapsAxes)
			.containsExactly(Orientation.TRANSPOSE, Orientation.ROTATE_90, Orientation.TRANSVERSE,
					Orientation.ROTATE_270);
	}

	private static int[][] pixels(Orientation orientation) {
		BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
		for (int i = 0; i < 6; i++) {
			image.setRGB(i % 3, i / 3, i + 1);
		}
		BufferedImage upright = orientation.apply(image);
		int[][] rows = new int[upright.getHeight()][upright.getWidth()];
		for (int y = 0; y < upright.getHeight(); y++) {
			for (int x = 0; x < upright.getWidth(); x++) {
				rows[y][x] = upright.getRGB(x, y) & 0xffffff;
			}
		}
		return rows;
	}

}
