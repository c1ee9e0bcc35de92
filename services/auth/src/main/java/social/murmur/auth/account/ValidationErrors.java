package social.murmur.auth.account;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Broken rules by field, in the shape Mastodon's sign-up reports them: a sentence for
 * people and, per field, machine-readable codes such as {@code ERR_TAKEN}.
 */
public final class ValidationErrors {

	private final Map<String, List<Detail>> details = new LinkedHashMap<>();

	/**
	 * One broken rule.
	 *
	 * @param error the code, such as {@code ERR_BLANK}
	 * @param description the words, such as {@code can't be blank}
	 */
	public record Detail(String error, String description) {
	}

	public ValidationErrors add(String field, String error, String description) {
		this.details.computeIfAbsent(field, (name) -> new ArrayList<>()).add(new Detail(error, description));
		return this;
	}

	public boolean isEmpty() {
		return this.details.isEmpty();
	}

	public boolean has(String field) {
		return this.details.containsKey(field);
	}

	public Map<String, List<Detail>> details() {
		Map<String, List<Detail>> copy = new LinkedHashMap<>();
		this.details.forEach((field, list) -> copy.put(field, List.copyOf(list)));
		return Collections.unmodifiableMap(copy);
	}

	/** Such as {@code Validation failed: Username has already been taken}. */
	public String message() {
		return "Validation failed: " + this.details.entrySet()
			.stream()
			.flatMap((entry) -> entry.getValue()
				.stream()
				.map((detail) -> humanize(entry.getKey()) + " " + detail.description()))
			.collect(Collectors.joining(", "));
	}

	private static String humanize(String field) {
		String words = field.replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
