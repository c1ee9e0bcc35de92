package social.murmur.media.attachment.image;

/**
 * Reads the Orientation tag (0x0112) of a JPEG's EXIF data: the APP1 segment starting
 * {@code Exif\0\0}, a small TIFF structure whose first directory (IFD0) holds the tag.
 * Every offset is bounds-checked; anything malformed counts as no orientation.
 */
public final class ExifOrientation {

	private static final int ORIENTATION_TAG = 0x0112;

	private static final int TYPE_SHORT = 3;

	private ExifOrientation() {
	}

	public static Orientation of(byte[] jpeg) {
		return Orientation.fromTag(tagValue(jpeg));
	}

	/** The raw tag value, or 1 (normal) when there is none. */
	static int tagValue(byte[] jpeg) {
		if (jpeg.length < 4 || (jpeg[0] & 0xff) != 0xff || (jpeg[1] & 0xff) != 0xd8) {
			return 1;
		}
		int position = 2;
		while (position + 4 <= jpeg.length) {
			if ((jpeg[position] & 0xff) != 0xff) {
				return 1;
			}
			int marker = jpeg[position + 1] & 0xff;
			if (marker == 0xff) {
				// fill byte before a marker
				position++;
				continue;
			}
			if (marker == 0xda || marker == 0xd9) {
				// start of scan or end of image: no metadata segments after this
				return 1;
			}
			if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
				// markers without a length
				position += 2;
				continue;
			}
			int length = u16(jpeg, position + 2, true);
			if (length < 2 || position + 2 + length > jpeg.length) {
				return 1;
			}
			int start = position + 4;
			int end = position + 2 + length;
			if (marker == 0xe1 && end - start >= 6 && jpeg[start] == 'E' && jpeg[start + 1] == 'x'
					&& jpeg[start + 2] == 'i' && jpeg[start + 3] == 'f' && jpeg[start + 4] == 0
					&& jpeg[start + 5] == 0) {
				return fromTiff(jpeg, start + 6, end);
			}
			position = end;
		}
		return 1;
	}

	private static int fromTiff(byte[] data, int tiff, int end) {
		if (end - tiff < 8) {
			return 1;
		}
		boolean bigEndian;
		if (data[tiff] == 'M' && data[tiff + 1] == 'M') {
			bigEndian = true;
		}
		else if (data[tiff] == 'I' && data[tiff + 1] == 'I') {
			bigEndian = false;
		}
		else {
			return 1;
		}
		if (u16(data, tiff + 2, bigEndian) != 42) {
			return 1;
		}
		long ifd = u32(data, tiff + 4, bigEndian);
		if (ifd < 8 || tiff + ifd + 2 > end) {
			return 1;
		}
		int directory = (int) (tiff + ifd);
		int entries = u16(data, directory, bigEndian);
		for (int i = 0; i < entries; i++) {
			int entry = directory + 2 + i * 12;
			if (entry + 12 > end) {
				return 1;
			}
			if (u16(data, entry, bigEndian) == ORIENTATION_TAG) {
				if (u16(data, entry + 2, bigEndian) != TYPE_SHORT || u32(data, entry + 4, bigEndian) < 1) {
					return 1;
				}
				// a single SHORT sits in the first two bytes of the value field
				return u16(data, entry + 8, bigEndian);
			}
		}
		return 1;
	}

	private static int u16(byte[] data, int offset, boolean bigEndian) {
		int a = data[offset] & 0xff;
		int b = data[offset + 1] & 0xff;
		return bigEndian ? (a << 8) | b : (b << 8) | a;
	}

	private static long u32(byte[] data, int offset, boolean bigEndian) {
		long a = data[offset] & 0xff;
		long b = data[offset + 1] & 0xff;
		long c = data[offset + 2] & 0xff;
		long d = data[offset + 3] & 0xff;
		return bigEndian ? (a << 24) | (b << 16) | (c << 8) | d : (d << 24) | (c << 16) | (b << 8) | a;
	}

}
