package social.murmur.media.attachment.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The checks an upload passes before anything is decoded: its size, its real format (from
 * the magic numbers) and its dimensions, read from the header alone, so that a
 * decompression bomb (a small file declaring a huge image) is refused before it can take
 * the memory its pixels would need.
 */
public final class ImageInspector {

	/** The largest upload, 16 MB. */
	public static final long MAX_BYTES = 16L * 1024 * 1024;

	/** The most pixels an image may have (7680 x 4320). */
	public static final long MAX_PIXELS = 33_177_600L;

	/** The longest side an image may have. */
	public static final int MAX_SIDE = 16_384;

	private ImageInspector() {
	}

	/**
	 * Checks the upload and reads its header.
	 * @throws InvalidImage when it is empty, too large, not an image of an accepted
	 * format, its header cannot be read, or it declares too many pixels
	 */
	public static ImageHeader inspect(byte[] bytes) throws InvalidImage {
		if (bytes.length == 0) {
			throw new InvalidImage("File is empty");
		}
		if (bytes.length > MAX_BYTES) {
			throw new InvalidImage("File is too large (maximum is 16 MB)");
		}
		ImageFormat format = ImageFormat.detect(bytes)
			.orElseThrow(() -> new InvalidImage("File type is not supported: upload a JPEG, PNG, WebP or GIF image"));
		ImageReader reader = reader(format);
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			Dimensions stored = new Dimensions(width, height);
			if (width <= 0 || height <= 0) {
				throw new InvalidImage("File could not be read as an image");
			}
			if (width > MAX_SIDE || height > MAX_SIDE || stored.pixels() > MAX_PIXELS) {
				throw new InvalidImage("Image is too large: " + width + "x" + height + " (at most " + MAX_PIXELS
						+ " pixels and " + MAX_SIDE + " pixels a side)");
			}
			Orientation orientation = (format == ImageFormat.JPEG) ? ExifOrientation.of(bytes) : Orientation.NORMAL;
			return new ImageHeader(format, stored, orientation);
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidImage("File could not be read as an image");
		}
		finally {
			reader.dispose();
		}
	}

	/** A fresh reader for the format; ImageIO readers are not thread-safe. */
	static ImageReader reader(ImageFormat format) throws InvalidImage {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
		if (!readers.hasNext()) {
			throw new InvalidImage("File type is not supported: no decoder for " + format.readerName());
		}
		return readers.next();
	}

}
