package social.murmur.media.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/**
 * Test images made in code (an object mother): real JPEG, PNG and GIF files from ImageIO,
 * lossless WebP files written bit by bit (the JDK has no WebP writer), JPEGs carrying an
 * EXIF segment with an orientation and a GPS position, and damaged or lying files.
 */
public final class TestImages {

	private TestImages() {
	}

	/** An opaque image: the left half red, the right half blue. */
	public static BufferedImage halves(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.setColor(Color.BLUE);
		graphics.fillRect(width / 2, 0, width - width / 2, height);
		graphics.dispose();
		return image;
	}

	/** An image with a transparent right half. */
	public static BufferedImage translucent(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.GREEN);
		graphics.fillRect(0, 0, width / 2, height);
		graphics.dispose();
		return image;
	}

	public static byte[] jpeg(int width, int height) {
		return write(halves(width, height), "jpeg");
	}

	public static byte[] png(int width, int height) {
		return write(halves(width, height), "png");
	}

	public static byte[] translucentPng(int width, int height) {
		return write(translucent(width, height), "png");
	}

	public static byte[] gif(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED);
		Graphics2D graphics = image.createGraphics();
		graphics.drawImage(halves(width, height), 0, 0, null);
		graphics.dispose();
		return write(image, "gif");
	}

	public static byte[] write(BufferedImage image, String format) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, bytes)) {
				throw new IllegalStateException("No writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * A JPEG of {@link #halves} whose EXIF segment (APP1, big-endian TIFF) says the given
	 * orientation and carries a GPS position and a camera make.
	 */
	public static byte[] jpegWithExif(int width, int height, int orientation) {
		byte[] jpeg = jpeg(width, height);
		byte[] app1 = exifSegment(orientation);
		byte[] result = new byte[jpeg.length + app1.length];
		// right after SOI, before the JFIF APP0 segment, as cameras write it
		System.arraycopy(jpeg, 0, result, 0, 2);
		System.arraycopy(app1, 0, result, 2, app1.length);
		System.arraycopy(jpeg, 2, result, 2 + app1.length, jpeg.length - 2);
		return result;
	}

	/** The APP1 segment, marker included. */
	static byte[] exifSegment(int orientation) {
		ByteBuffer tiff = ByteBuffer.allocate(256).order(ByteOrder.BIG_ENDIAN);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		// IFD0 at 8: three entries
		tiff.putShort((short) 3);
		tiff.putShort((short) 0x010f).putShort((short) 2).putInt(6).putInt(50); // Make ->
																				// "Murmr\0"
																				// at 50
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(60); // GPS IFD
																				// at 60
		tiff.putInt(0); // no next IFD
		tiff.position(50);
		tiff.put("Murmr\0".getBytes(StandardCharsets.US_ASCII));
		tiff.position(60);
		// GPS IFD: latitude ref "N" and latitude 48/1, 51/1, 24/1 (rationals at 90)
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(90);
		tiff.putInt(0);
		tiff.position(90);
		tiff.putInt(48).putInt(1).putInt(51).putInt(1).putInt(24).putInt(1);
		int tiffLength = tiff.position();
		byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
		int length = 2 + exif.length + tiffLength;
		ByteBuffer segment = ByteBuffer.allocate(2 + length).order(ByteOrder.BIG_ENDIAN);
		segment.put((byte) 0xff).put((byte) 0xe1).putShort((short) length).put(exif).put(tiff.array(), 0, tiffLength);
		return segment.array();
	}

	/** The first part of a file, as an interrupted upload leaves it. */
	public static byte[] truncated(byte[] file, int keep) {
		return Arrays.copyOf(file, keep);
	}

	/**
	 * A PNG that is only a signature and an IHDR chunk declaring the given size: what a
	 * decompression bomb shows before its pixel data.
	 */
	public static byte[] pngHeader(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(17).order(ByteOrder.BIG_ENDIAN);
		ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
		ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		CRC32 crc = new CRC32();
		crc.update(ihdr.array());
		ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4).order(ByteOrder.BIG_ENDIAN);
		png.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
		return png.array();
	}

	/**
	 * A lossless WebP (VP8L) of one colour: no transforms, no colour cache, and five
	 * "simple" prefix codes of one symbol each, so every pixel costs zero bits.
	 */
	public static byte[] webp(int width, int height, int argb) {
		boolean alpha = (argb >>> 24) != 0xff;
		BitWriter bits = new BitWriter();
		bits.write(0x2f, 8);
		bits.write(width - 1, 14);
		bits.write(height - 1, 14);
		bits.write(alpha ? 1 : 0, 1);
		bits.write(0, 3); // version
		bits.write(0, 1); // no transform
		bits.write(0, 1); // no colour cache
		bits.write(0, 1); // no meta prefix codes
		int[] symbols = { (argb >> 8) & 0xff, (argb >> 16) & 0xff, argb & 0xff, (argb >>> 24) & 0xff, 0 };
		for (int symbol : symbols) {
			bits.write(1, 1); // simple code
			bits.write(0, 1); // one symbol
			bits.write(1, 1); // eight bits for it
			bits.write(symbol, 8);
		}
		byte[] data = bits.toByteArray();
		int chunk = data.length + (data.length & 1);
		ByteBuffer riff = ByteBuffer.allocate(12 + 8 + chunk).order(ByteOrder.LITTLE_ENDIAN);
		riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + 8 + chunk);
		riff.put("WEBP".getBytes(StandardCharsets.US_ASCII));
		riff.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
		return riff.array();
	}

	private static final class BitWriter {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private int current;

		private int used;

		/** Writes the value's low bits, least significant first, as VP8L reads them. */
		void write(int value, int count) {
			for (int i = 0; i < count; i++) {
				this.current |= ((value >> i) & 1) << this.used;
				this.used++;
				if (this.used == 8) {
					this.bytes.write(this.current);
					this.current = 0;
					this.used = 0;
				}
			}
		}

		byte[] toByteArray() {
			if (this.used > 0) {
				this.bytes.write(this.current);
				this.current = 0;
				this.used = 0;
			}
			return this.bytes.toByteArray();
		}

	}

	/** Whether a pixel is clearly red (what {@link #halves} paints on the left). */
	public static boolean isRed(int rgb) {
		return ((rgb >> 16) & 0xff) > 200 && ((rgb >> 8) & 0xff) < 60 && (rgb & 0xff) < 60;
	}

	/** Whether a pixel is clearly blue (what {@link #halves} paints on the right). */
	public static boolean isBlue(int rgb) {
		return ((rgb >> 16) & 0xff) < 60 && ((rgb >> 8) & 0xff) < 60 && (rgb & 0xff) > 200;
	}

	/** Whether the bytes contain the ASCII text anywhere (metadata left in a file). */
	public static boolean contains(byte[] bytes, String ascii) {
		byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
		outer: for (int i = 0; i + needle.length <= bytes.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (bytes[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
