package social.murmur.media.profile;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.stereotype.Service;
import social.murmur.media.attachment.MediaProcessing;
import social.murmur.media.attachment.image.DecodedImage;
import social.murmur.media.attachment.image.EncodedImage;
import social.murmur.media.attachment.image.ImageDecoder;
import social.murmur.media.attachment.image.ImageHeader;
import social.murmur.media.attachment.image.ImageInspector;
import social.murmur.media.attachment.image.ImageProcessor;
import social.murmur.media.attachment.image.InvalidImage;
import social.murmur.media.storage.MediaStorage;
import social.murmur.platform.id.IdGenerator;

/**
 * Stores an avatar or a header. The content passes the checks of an upload (size, real
 * format from its first bytes, dimensions from the header before any pixel is decoded, a
 * full decode), then the centred region of the kind's aspect ratio is scaled down to the
 * kind's size, turned upright and re-encoded without metadata. The file goes under a new
 * key, {@code profiles/<id>/<24 random hex digits>/avatar.jpg}, so its URL never shows
 * other content and cannot be guessed.
 */
@Service
public class StoreProfileImage {

	private static final SecureRandom random = new SecureRandom();

	private final ProfileImages images;

	private final MediaStorage storage;

	private final MediaProcessing processing;

	private final IdGenerator ids;

	private final ProfileImageProperties properties;

	public StoreProfileImage(ProfileImages images, MediaStorage storage, MediaProcessing processing, IdGenerator ids,
			ProfileImageProperties properties) {
		this.images = images;
		this.storage = storage;
		this.processing = processing;
		this.ids = ids;
		this.properties = properties;
	}

	/**
	 * @throws ProfileImageRefused when the account is missing or the content is not an
	 * image media accepts; nothing is stored
	 * @throws social.murmur.platform.web.ApiException 503 when too many images are being
	 * processed
	 */
	public ProfileImage store(long accountId, ProfileImageKind kind, byte[] content) {
		if (accountId < 1) {
			throw new ProfileImageRefused("account_id is required");
		}
		long maxBytes = this.properties.maxSize().toBytes();
		if (content.length > maxBytes) {
			throw refused(kind, "File is too large (maximum is " + megabytes(maxBytes) + ")");
		}
		ImageHeader header = inspect(kind, content);
		EncodedImage encoded;
		try (MediaProcessing.Permit permit = this.processing.acquire()) {
			DecodedImage decoded = decode(kind, content, header);
			encoded = ImageProcessor.cropAndFit(decoded, kind.aspect(), kind.box());
		}
		long id = this.ids.next();
		byte[] secret = new byte[12];
		random.nextBytes(secret);
		String key = "profiles/" + id + "/" + HexFormat.of().formatHex(secret) + "/" + kind.key() + "."
				+ encoded.format().extension();
		ProfileImage image = new ProfileImage(id, accountId, kind, key, this.storage.url(key), encoded.dimensions(),
				Instant.now());
		this.storage.store(key, encoded.bytes(), encoded.format().contentType());
		try {
			this.images.insert(image);
		}
		catch (RuntimeException ex) {
			try {
				this.storage.delete(key);
			}
			catch (RuntimeException deleteFailure) {
				ex.addSuppressed(deleteFailure);
			}
			throw ex;
		}
		return image;
	}

	private static ImageHeader inspect(ProfileImageKind kind, byte[] content) {
		try {
			return ImageInspector.inspect(content);
		}
		catch (InvalidImage ex) {
			throw refused(kind, ex.getMessage());
		}
	}

	private static DecodedImage decode(ProfileImageKind kind, byte[] content, ImageHeader header) {
		try {
			return ImageDecoder.decodeForCrop(content, header, kind.aspect(), kind.box());
		}
		catch (InvalidImage ex) {
			throw refused(kind, ex.getMessage());
		}
	}

	/** "Validation failed: Avatar file is empty", as Mastodon words its refusals. */
	private static ProfileImageRefused refused(ProfileImageKind kind, String problem) {
		String lowered = problem.isEmpty() ? problem
				: problem.substring(0, 1).toLowerCase(Locale.ROOT) + problem.substring(1);
		return new ProfileImageRefused("Validation failed: " + kind.label() + " " + lowered);
	}

	private static String megabytes(long bytes) {
		long mebibyte = 1024L * 1024;
		return (bytes % mebibyte == 0) ? (bytes / mebibyte) + " MB" : bytes + " bytes";
	}

}
