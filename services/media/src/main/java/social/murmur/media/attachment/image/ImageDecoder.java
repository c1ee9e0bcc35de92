package social.murmur.media.attachment.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes an inspected upload in full, which is what proves it is a whole, readable
 * image: a truncated or corrupt file fails here (readers report missing data as warnings
 * and fill in grey, so such a warning counts as a failure too). GIFs give their first
 * frame.
 */
public final class ImageDecoder {

	private ImageDecoder() {
	}

	public static DecodedImage decode(byte[] bytes, ImageHeader header) throws InvalidImage {
		return decode(bytes, header, subsampling(header));
	}

	/**
	 * Decodes for {@link ImageProcessor#cropAndFit}: subsampled only as far as the
	 * centred crop to the aspect ratio still fills the box, so that a huge image never
	 * sits in memory at full size and a small crop of it (a square from a panorama) keeps
	 * its detail.
	 */
	public static DecodedImage decodeForCrop(byte[] bytes, ImageHeader header, Dimensions aspect, Dimensions box)
			throws InvalidImage {
		return decode(bytes, header, cropSubsampling(header, aspect, box));
	}

	private static DecodedImage decode(byte[] bytes, ImageHeader header, int subsampling) throws InvalidImage {
		ImageReader reader = ImageInspector.reader(header.format());
		List<String> warnings = new ArrayList<>();
		reader.addIIOReadWarningListener((source, warning) -> {
			if (!isHarmless(warning)) {
				warnings.add(warning);
			}
		});
		try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(input, true, true);
			ImageReadParam param = reader.getDefaultReadParam();
			if (subsampling > 1) {
				param.setSourceSubsampling(subsampling, subsampling, 0, 0);
			}
			BufferedImage image = reader.read(0, param);
			if (!warnings.isEmpty() || image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
				throw new InvalidImage("File is damaged or truncated and could not be decoded");
			}
			return new DecodedImage(image, header);
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidImage("File is damaged or truncated and could not be decoded");
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * Warnings about metadata or stray bytes between segments, which leave every pixel
	 * intact and are common in photos straight from cameras. Any other warning (missing
	 * end of image, premature end of data) means pixels were made up.
	 */
	static boolean isHarmless(String warning) {
		String text = warning.toLowerCase(Locale.ROOT);
		return text.contains("color profile") || text.contains("thumbnail") || text.contains("extraneous bytes");
	}

	/**
	 * How many source pixels to step over on reading, so that an image far above the size
	 * Murmur keeps never sits in memory at full size. Only readers known to support it
	 * (JPEG, PNG) are asked to subsample, and never below the size kept.
	 */
	static int subsampling(ImageHeader header) {
		Dimensions upright = header.upright();
		return subsampling(header.format(), upright,
				upright.fitWithin(ImageProcessor.ORIGINAL_BOX.width(), ImageProcessor.ORIGINAL_BOX.height()));
	}

	/**
	 * The subsampling that keeps the centred crop to the aspect ratio filling the box,
	 * with a pixel or two to spare for the rounding of the crop made from the subsampled
	 * image.
	 */
	static int cropSubsampling(ImageHeader header, Dimensions aspect, Dimensions box) {
		Dimensions crop = header.upright().cropTo(aspect);
		Dimensions kept = crop.fitWithin(box.width(), box.height());
		return subsampling(header.format(), crop, new Dimensions(kept.width() + 2, kept.height() + 2));
	}

	private static int subsampling(ImageFormat format, Dimensions source, Dimensions kept) {
		if (format != ImageFormat.JPEG && format != ImageFormat.PNG) {
			return 1;
		}
		return Math.max(1, Math.min(source.width() / kept.width(), source.height() / kept.height()));
	}

}
