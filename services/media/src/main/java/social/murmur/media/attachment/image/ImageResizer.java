package social.murmur.media.attachment.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Scales images down in halving steps (each step averages neighbouring pixels, so no
 * detail aliases away), then to the exact size.
 */
public final class ImageResizer {

	private ImageResizer() {
	}

	/** The image in a plain RGB or ARGB buffer, whatever the decoder gave. */
	public static BufferedImage normalized(BufferedImage image, boolean alpha) {
		int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		if (image.getType() == type) {
			return image;
		}
		return draw(image, image.getWidth(), image.getHeight(), type,
				RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
	}

	/** The centred region of the given size, copied into a buffer of its own. */
	public static BufferedImage cropCentre(BufferedImage image, Dimensions size) {
		if (image.getWidth() == size.width() && image.getHeight() == size.height()) {
			return image;
		}
		int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage region = image.getSubimage((image.getWidth() - size.width()) / 2,
				(image.getHeight() - size.height()) / 2, size.width(), size.height());
		return draw(region, size.width(), size.height(), type, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
	}

	public static BufferedImage resize(BufferedImage image, Dimensions target) {
		int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
		BufferedImage current = image;
		int width = image.getWidth();
		int height = image.getHeight();
		while (width / 2 >= target.width() && height / 2 >= target.height()) {
			width /= 2;
			height /= 2;
			current = draw(current, width, height, type, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		}
		if (width != target.width() || height != target.height()) {
			current = draw(current, target.width(), target.height(), type, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		}
		return (current == image) ? normalized(image, type == BufferedImage.TYPE_INT_ARGB) : current;
	}

	private static BufferedImage draw(BufferedImage source, int width, int height, int type, Object interpolation) {
		BufferedImage target = new BufferedImage(width, height, type);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION,
					RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

}
