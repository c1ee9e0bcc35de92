package social.murmur.media.attachment.image;

import java.awt.image.BufferedImage;

/**
 * The BlurHash encoder (https://github.com/woltapp/blurhash, algorithm.md): a few cosine
 * components of the image in linear light, quantised and written in base 83. Mastodon
 * clients draw it as a placeholder while the image loads.
 */
public final class Blurhash {

	private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";

	private static final double[] SRGB_TO_LINEAR = new double[256];

	static {
		for (int i = 0; i < 256; i++) {
			double v = i / 255.0;
			SRGB_TO_LINEAR[i] = (v <= 0.04045) ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
		}
	}

	private Blurhash() {
	}

	/** The hash of an image with 4 horizontal and 3 vertical components. */
	public static String encode(BufferedImage image) {
		return encode(image, 4, 3);
	}

	public static String encode(BufferedImage image, int componentsX, int componentsY) {
		int width = image.getWidth();
		int height = image.getHeight();
		return encode(image.getRGB(0, 0, width, height, null, 0, width), width, height, componentsX, componentsY);
	}

	/**
	 * @param pixels packed RGB pixels (alpha ignored), row by row
	 */
	public static String encode(int[] pixels, int width, int height, int componentsX, int componentsY) {
		if (componentsX < 1 || componentsX > 9 || componentsY < 1 || componentsY > 9) {
			throw new IllegalArgumentException("Blurhash components must be between 1 and 9");
		}
		double[][] factors = new double[componentsX * componentsY][];
		double[] linear = new double[pixels.length * 3];
		for (int i = 0; i < pixels.length; i++) {
			linear[i * 3] = SRGB_TO_LINEAR[(pixels[i] >> 16) & 0xff];
			linear[i * 3 + 1] = SRGB_TO_LINEAR[(pixels[i] >> 8) & 0xff];
			linear[i * 3 + 2] = SRGB_TO_LINEAR[pixels[i] & 0xff];
		}
		for (int j = 0; j < componentsY; j++) {
			for (int i = 0; i < componentsX; i++) {
				factors[j * componentsX + i] = basis(linear, width, height, i, j);
			}
		}
		StringBuilder hash = new StringBuilder();
		encode83(hash, (componentsX - 1) + (componentsY - 1) * 9, 1);
		double maximumValue;
		if (factors.length > 1) {
			double actualMaximum = 0;
			for (int k = 1; k < factors.length; k++) {
				for (double component : factors[k]) {
					actualMaximum = Math.max(actualMaximum, Math.abs(component));
				}
			}
			int quantisedMaximum = (int) Math.max(0, Math.min(82, Math.floor(actualMaximum * 166 - 0.5)));
			maximumValue = (quantisedMaximum + 1) / 166.0;
			encode83(hash, quantisedMaximum, 1);
		}
		else {
			maximumValue = 1;
			encode83(hash, 0, 1);
		}
		double[] dc = factors[0];
		encode83(hash, (linearToSrgb(dc[0]) << 16) + (linearToSrgb(dc[1]) << 8) + linearToSrgb(dc[2]), 4);
		for (int k = 1; k < factors.length; k++) {
			double[] ac = factors[k];
			encode83(hash, quantiseAc(ac[0], maximumValue) * 19 * 19 + quantiseAc(ac[1], maximumValue) * 19
					+ quantiseAc(ac[2], maximumValue), 2);
		}
		return hash.toString();
	}

	private static double[] basis(double[] linear, int width, int height, int i, int j) {
		double normalisation = (i == 0 && j == 0) ? 1 : 2;
		double[] cosX = new double[width];
		for (int x = 0; x < width; x++) {
			cosX[x] = Math.cos(Math.PI * i * x / width);
		}
		double r = 0;
		double g = 0;
		double b = 0;
		for (int y = 0; y < height; y++) {
			double cosY = Math.cos(Math.PI * j * y / height);
			for (int x = 0; x < width; x++) {
				double basis = normalisation * cosX[x] * cosY;
				int p = (y * width + x) * 3;
				r += basis * linear[p];
				g += basis * linear[p + 1];
				b += basis * linear[p + 2];
			}
		}
		double scale = 1.0 / (width * height);
		return new double[] { r * scale, g * scale, b * scale };
	}

	private static int quantiseAc(double value, double maximumValue) {
		return (int) Math.max(0, Math.min(18, Math.floor(signPow(value / maximumValue, 0.5) * 9 + 9.5)));
	}

	static int linearToSrgb(double value) {
		double v = Math.max(0, Math.min(1, value));
		if (v <= 0.0031308) {
			return (int) (v * 12.92 * 255 + 0.5);
		}
		return (int) ((1.055 * Math.pow(v, 1 / 2.4) - 0.055) * 255 + 0.5);
	}

	private static double signPow(double value, double exponent) {
		return Math.copySign(Math.pow(Math.abs(value), exponent), value);
	}

	private static void encode83(StringBuilder hash, int value, int length) {
		for (int i = 1; i <= length; i++) {
			int digit = (value / pow83(length - i)) % 83;
			hash.append(DIGITS.charAt(digit));
		}
	}

	private static int pow83(int exponent) {
		int result = 1;
		for (int i = 0; i < exponent; i++) {
			result *= 83;
		}
		return result;
	}

}
