package social.murmur.media.attachment.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known values: a 4x3 hash starts with the size flag {@code L} ((4 - 1) + (3 - 1) * 9 =
 * 21), then the quantised maximum AC value, four digits of DC colour and two per AC
 * component. A black image has no AC energy: maximum {@code 0} and every AC component at
 * the midpoint 9,9,9 (3429, {@code fQ}). Black is the well-known
 * {@code L00000fQfQfQfQfQfQfQfQfQfQfQ}.
 */
class BlurhashTest {

	@Test
	void encodesBlackAsTheKnownHash() {
		assertThat(Blurhash.encode(flat(Color.BLACK))).isEqualTo("L00000fQfQfQfQfQfQfQfQfQfQfQ");
	}

	@Test
	void encodesTheAverageColourAsTheDcValue() {
		// 0xffffff = 29*83^3 + 28*83^2 + 30*83 + 10 -> T S U A
		assertThat(Blurhash.encode(flat(Color.WHITE)).substring(2, 6)).isEqualTo("TSUA");
		// 0xff0000 = 29*83^3 + 18*83^2 + 70*83 + 45 -> T I : j
		assertThat(Blurhash.encode(flat(Color.RED)).substring(2, 6)).isEqualTo("TI:j");
	}

	@Test
	void samplesTheBasisAtPixelCornersAsTheReferenceDoes() {
		// cos(pi * x / width) summed over x = 0..width-1 is 1, not 0, so even a flat
		// non-black image has small AC values in the reference encoder (whose output for
		// a flat white image this is)
		assertThat(Blurhash.encode(flat(Color.WHITE))).startsWith("L").doesNotStartWith("L0");
	}

	@Test
	void encodesAHorizontalGradientInTheFirstAcComponent() {
		BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 32; x++) {
			for (int y = 0; y < 32; y++) {
				image.setRGB(x, y, (x < 16) ? 0x000000 : 0xffffff);
			}
		}
		String hash = Blurhash.encode(image);
		assertThat(hash).hasSize(28).startsWith("L");
		// dark left, light right: the first AC component (x=1, y=0) is negative in every
		// channel
		int firstAc = decode83(hash.substring(6, 8));
		assertThat(firstAc / (19 * 19)).isLessThan(9);
		assertThat((firstAc / 19) % 19).isLessThan(9);
		assertThat(firstAc % 19).isLessThan(9);
	}

	@Test
	void otherComponentCountsChangeTheSizeFlagAndLength() {
		assertThat(Blurhash.encode(flat(Color.BLACK), 1, 1)).isEqualTo("000000");
		assertThat(Blurhash.encode(flat(Color.BLACK), 9, 9)).startsWith("|").hasSize(6 + 2 * 80);
	}

	@Test
	void convertsLinearLightBackToSrgb() {
		assertThat(Blurhash.linearToSrgb(0)).isZero();
		assertThat(Blurhash.linearToSrgb(1)).isEqualTo(255);
		assertThat(Blurhash.linearToSrgb(0.21586)).isEqualTo(128);
		assertThat(Blurhash.linearToSrgb(-3)).isZero();
		assertThat(Blurhash.linearToSrgb(7)).isEqualTo(255);
	}

	private static BufferedImage flat(Color color) {
		BufferedImage image = new BufferedImage(20, 15, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(color);
		graphics.fillRect(0, 0, 20, 15);
		graphics.dispose();
		return image;
	}

	private static int decode83(String digits) {
		String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";
		int value = 0;
		for (char c : digits.toCharArray()) {
			value = value * 83 + alphabet.indexOf(c);
		}
		return value;
	}

}
