package social.murmur.systemtests;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Pictures to upload: real PNG files drawn on the spot. */
final class Images {

	private Images() {
	}

	/**
	 * A PNG of the given size, orange above and blue below, like a sunset over the sea.
	 */
	static byte[] png(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			Color colour = (y < height / 2) ? new Color(230, 80, 40) : new Color(30, 90, 200);
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, colour.getRGB());
			}
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
