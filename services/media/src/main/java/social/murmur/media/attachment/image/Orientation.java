package social.murmur.media.attachment.image;

import java.awt.image.BufferedImage;

/**
 * The eight EXIF orientations: how the stored pixels must be turned to be seen upright.
 * Tag values 1 to 8, in the order of the TIFF specification.
 */
public enum Orientation {

	/** 1: as stored. */
	NORMAL,
	/** 2: mirrored left to right. */
	FLIP_HORIZONTAL,
	/** 3: upside down. */
	ROTATE_180,
	/** 4: mirrored top to bottom. */
	FLIP_VERTICAL,
	/** 5: mirrored along the top-left to bottom-right diagonal. */
	TRANSPOSE,
	/** 6: needs a quarter turn clockwise. */
	ROTATE_90,
	/** 7: mirrored along the top-right to bottom-left diagonal. */
	TRANSVERSE,
	/** 8: needs a quarter turn anticlockwise. */
	ROTATE_270;

	/** The orientation for an EXIF tag value; anything outside 1 to 8 is normal. */
	public static Orientation fromTag(int value) {
		return (value >= 1 && value <= 8) ? values()[value - 1] : NORMAL;
	}

	/** Whether turning upright exchanges width and height. */
	public boolean swapsAxes() {
		return this == TRANSPOSE || this == ROTATE_90 || this == TRANSVERSE || this == ROTATE_270;
	}

	/** The image turned upright (the same image when it already is). */
	public BufferedImage apply(BufferedImage source) {
		if (this == NORMAL) {
			return source;
		}
		int w = source.getWidth();
		int h = source.getHeight();
		int[] in = source.getRGB(0, 0, w, h, null, 0, w);
		int outWidth = swapsAxes() ? h : w;
		int outHeight = swapsAxes() ? w : h;
		int[] out = new int[in.length];
		for (int y = 0; y < outHeight; y++) {
			for (int x = 0; x < outWidth; x++) {
				int sx;
				int sy;
				switch (this) {
					case FLIP_HORIZONTAL -> {
						sx = w - 1 - x;
						sy = y;
					}
					case ROTATE_180 -> {
						sx = w - 1 - x;
						sy = h - 1 - y;
					}
					case FLIP_VERTICAL -> {
						sx = x;
						sy = h - 1 - y;
					}
					case TRANSPOSE -> {
						sx = y;
						sy = x;
					}
					case ROTATE_90 -> {
						sx = y;
						sy = h - 1 - x;
					}
					case TRANSVERSE -> {
						sx = w - 1 - y;
						sy = h - 1 - x;
					}
					default -> {
						sx = w - 1 - y;
						sy = x;
					}
				}
				out[y * outWidth + x] = in[sy * w + sx];
			}
		}
		BufferedImage result = new BufferedImage(outWidth, outHeight,
				source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		result.setRGB(0, 0, outWidth, outHeight, out, 0, outWidth);
		return result;
	}

}
