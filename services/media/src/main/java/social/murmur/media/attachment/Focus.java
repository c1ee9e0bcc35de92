package social.murmur.media.attachment;

import social.murmur.platform.web.ApiException;

/**
 * The focal point of an image, each coordinate in [-1, 1], (0, 0) the centre, as Mastodon
 * clients crop around it.
 */
public record Focus(double x, double y) {

	public static final Focus CENTRE = new Focus(0, 0);

	/**
	 * Reads Mastodon's {@code focus} parameter, {@code "x,y"}.
	 * @throws ApiException 422 unless it is two finite numbers in [-1, 1]
	 */
	public static Focus parse(String value) {
		String[] parts = value.split(",", -1);
		if (parts.length != 2) {
			throw invalid();
		}
		double x = coordinate(parts[0]);
		double y = coordinate(parts[1]);
		return new Focus(x, y);
	}

	private static double coordinate(String part) {
		String trimmed = part.trim();
		if (trimmed.isEmpty() || !trimmed.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
			throw invalid();
		}
		double value = Double.parseDouble(trimmed);
		if (!Double.isFinite(value) || value < -1 || value > 1) {
			throw invalid();
		}
		// -0.0 reads as 0
		return value + 0.0;
	}

	private static ApiException invalid() {
		return ApiException
			.unprocessable("Validation failed: Focus must be two numbers between -1.0 and 1.0 separated by a comma");
	}

}
