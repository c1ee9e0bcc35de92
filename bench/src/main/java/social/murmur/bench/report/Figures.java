package social.murmur.bench.report;

import java.time.Duration;
import java.util.Locale;

/** How figures are written: few digits, units a reader expects. */
final class Figures {

	private Figures() {
	}

	static String millis(double millis) {
		if (Double.isNaN(millis)) {
			return "n/a";
		}
		return (millis < 10) ? String.format(Locale.ROOT, "%.2f ms", millis)
				: String.format(Locale.ROOT, "%.0f ms", millis);
	}

	static String rate(double perSecond) {
		return String.format(Locale.ROOT, "%,.0f/s", perSecond);
	}

	static String ratio(double ratio) {
		return String.format(Locale.ROOT, "%.2fx", ratio);
	}

	static String number(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
	}

	/** Rounded for JSON: milliseconds and rates to two decimals are more than enough. */
	static double round(double value) {
		return Double.isNaN(value) ? value : Math.round(value * 100) / 100.0;
	}

}
