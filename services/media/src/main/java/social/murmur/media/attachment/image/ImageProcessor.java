package social.murmur.media.attachment.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import social.murmur.media.attachment.image.EncodedImage.OutputFormat;

/**
 * Turns a decoded upload into the files Murmur serves: upright (EXIF orientation
 * applied), re-encoded from pixels so that no metadata (EXIF, GPS, comments) survives,
 * the original fitting 3840x2160 and a preview fitting 640x360, never upscaled; JPEG for
 * opaque images, PNG when some pixel is transparent; and its blurhash.
 */
public final class ImageProcessor {

	public static final Dimensions ORIGINAL_BOX = new Dimensions(3840, 2160);

	public static final Dimensions SMALL_BOX = new Dimensions(640, 360);

	static final float JPEG_QUALITY = 0.85f;

	private ImageProcessor() {
	}

	public static ProcessedImage process(DecodedImage decoded) {
		ImageHeader header = decoded.header();
		boolean alpha = hasTransparency(decoded.pixels());
		BufferedImage pixels = ImageResizer.normalized(decoded.pixels(), alpha);
		Dimensions kept = header.upright().fitWithin(ORIGINAL_BOX.width(), ORIGINAL_BOX.height());
		Dimensions keptAsStored = header.orientation().swapsAxes() ? kept.swapped() : kept;
		BufferedImage original = header.orientation().apply(ImageResizer.resize(pixels, keptAsStored));
		Dimensions smallSize = kept.fitWithin(SMALL_BOX.width(), SMALL_BOX.height());
		BufferedImage small = ImageResizer.resize(original, smallSize);
		BufferedImage thumbnail = ImageResizer.resize(small, smallSize.fitWithin(64, 64));
		OutputFormat format = alpha ? OutputFormat.PNG : OutputFormat.JPEG;
		return new ProcessedImage(encode(original, format), encode(small, format), Blurhash.encode(thumbnail));
	}

	/**
	 * A profile image: the centred region with the aspect ratio, scaled down to fit the
	 * box (never enlarged), upright and re-encoded (so without metadata), JPEG unless
	 * some pixel is transparent. The crop and scale are done on the stored pixels and the
	 * orientation applied last, to the small result: a centred region stays centred under
	 * every orientation, with width and height exchanged for the quarter turns.
	 * @param aspect the aspect ratio as a width and height, such as 1 by 1
	 * @param box the largest size kept
	 */
	public static EncodedImage cropAndFit(DecodedImage decoded, Dimensions aspect, Dimensions box) {
		Orientation orientation = decoded.header().orientation();
		boolean alpha = hasTransparency(decoded.pixels());
		BufferedImage pixels = ImageResizer.normalized(decoded.pixels(), alpha);
		Dimensions stored = new Dimensions(pixels.getWidth(), pixels.getHeight());
		Dimensions upright = orientation.swapsAxes() ? stored.swapped() : stored;
		Dimensions crop = upright.cropTo(aspect);
		// a crop covering the box fills it exactly (the crop's own ratio is rounded)
		Dimensions kept = (crop.width() >= box.width() && crop.height() >= box.height()) ? box.cropTo(aspect)
				: crop.fitWithin(box.width(), box.height());
		BufferedImage cropped = ImageResizer.cropCentre(pixels, orientation.swapsAxes() ? crop.swapped() : crop);
		BufferedImage scaled = ImageResizer.resize(cropped, orientation.swapsAxes() ? kept.swapped() : kept);
		return encode(orientation.apply(scaled), alpha ? OutputFormat.PNG : OutputFormat.JPEG);
	}

	/** Whether any pixel is less than fully opaque. */
	static boolean hasTransparency(BufferedImage image) {
		if (!image.getColorModel().hasAlpha()) {
			return false;
		}
		int width = image.getWidth();
		int[] row = new int[width];
		for (int y = 0; y < image.getHeight(); y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int pixel : row) {
				if ((pixel >>> 24) != 0xff) {
					return true;
				}
			}
		}
		return false;
	}

	static EncodedImage encode(BufferedImage image, OutputFormat format) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Iterator<ImageWriter> writers = ImageIO
			.getImageWritersByFormatName((format == OutputFormat.PNG) ? "png" : "jpeg");
		if (!writers.hasNext()) {
			throw new IllegalStateException("No image writer for " + format);
		}
		ImageWriter writer = writers.next();
		// in memory: ImageIO's default output streams may cache to temporary files
		try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format == OutputFormat.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return new EncodedImage(bytes.toByteArray(), format, new Dimensions(image.getWidth(), image.getHeight()));
	}

}
