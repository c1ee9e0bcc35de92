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
			int subsampling = subsampling(header);
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
		if (header.format() != ImageFormat.JPEG && header.format() != ImageFormat.PNG) {
			return 1;
		}
		Dimensions upright = header.upright();
		Dimensions kept = upright.fitWithin(ImageProcessor.ORIGINAL_BOX.width(), ImageProcessor.ORIGINAL_BOX.height());
		return Math.max(1, Math.min(upright.width() / kept.width(), upright.height() / kept.height()));
	}

}
