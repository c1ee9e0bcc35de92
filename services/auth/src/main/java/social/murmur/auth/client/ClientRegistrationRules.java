package social.murmur.auth.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import social.murmur.auth.scope.ScopeSet;
import social.murmur.auth.scope.UnknownScopeException;

/**
 * The rules an application registration must follow, with Mastodon's limits and messages.
 * Every broken rule is reported at once, as Rails does.
 */
public final class ClientRegistrationRules {

	static final int MAX_NAME_LENGTH = 60;

	static final int MAX_URI_LENGTH = 2000;

	/** Schemes whose "redirect" would run code in the user's browser instead. */
	private static final Set<String> FORBIDDEN_SCHEMES = Set.of("javascript", "data", "vbscript", "file");

	private ClientRegistrationRules() {
	}

	/**
	 * @throws ClientRegistrationRejected naming every rule the registration breaks
	 */
	public static ClientDetails validate(ClientRegistration registration) {
		List<String> problems = new ArrayList<>();
		String name = name(registration.clientName(), problems);
		List<String> redirectUris = redirectUris(registration.redirectUris(), problems);
		ScopeSet scopes = scopes(registration.scopes(), problems);
		String website = website(registration.website(), problems);
		if (!problems.isEmpty()) {
			throw new ClientRegistrationRejected(problems);
		}
		return new ClientDetails(name, website, redirectUris, scopes);
	}

	private static String name(@Nullable Object value, List<String> problems) {
		String name = scalar(value);
		if (name == null || name.isBlank()) {
			problems.add("Application name can't be blank");
			return "";
		}
		name = name.strip();
		if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
			problems.add("Application name is too long (maximum is " + MAX_NAME_LENGTH + " characters)");
		}
		else if (hasControlCharacters(name)) {
			problems.add("Application name is invalid");
		}
		return name;
	}

	/**
	 * One URI, several separated by newlines, or an array of them; blank entries are
	 * ignored.
	 */
	static List<String> redirectUris(@Nullable Object value, List<String> problems) {
		List<String> candidates = new ArrayList<>();
		if (value instanceof Collection<?> values) {
			for (Object element : values) {
				String text = scalar(element);
				if (text == null) {
					problems.add("Redirect URI must be a valid URI.");
					return List.of();
				}
				candidates.addAll(List.of(text.split("\\R")));
			}
		}
		else if (value != null) {
			String text = scalar(value);
			if (text == null) {
				problems.add("Redirect URI must be a valid URI.");
				return List.of();
			}
			candidates.addAll(List.of(text.split("\\R")));
		}
		List<String> uris = candidates.stream().map(String::strip).filter((uri) -> !uri.isEmpty()).distinct().toList();
		if (uris.isEmpty()) {
			problems.add("Redirect URI can't be blank");
			return uris;
		}
		for (String uri : uris) {
			String problem = redirectUriProblem(uri);
			if (problem != null) {
				problems.add("Redirect URI " + problem);
				return uris;
			}
		}
		if (String.join("\n", uris).length() > MAX_URI_LENGTH) {
			problems.add("Redirect URI is too long (maximum is " + MAX_URI_LENGTH + " characters)");
		}
		return uris;
	}

	private static @Nullable String redirectUriProblem(String uri) {
		if (uri.equals(Client.OUT_OF_BAND)) {
			return null;
		}
		URI parsed;
		try {
			parsed = new URI(uri);
		}
		catch (URISyntaxException ex) {
			return "must be a valid URI.";
		}
		if (parsed.getScheme() == null) {
			return "must be an absolute URI.";
		}
		if (parsed.getRawFragment() != null) {
			return "cannot contain a fragment.";
		}
		if (FORBIDDEN_SCHEMES.contains(parsed.getScheme().toLowerCase(Locale.ROOT))) {
			return "is forbidden by the server.";
		}
		return null;
	}

	private static ScopeSet scopes(@Nullable Object value, List<String> problems) {
		String text;
		if (value instanceof Collection<?> values) {
			List<String> parts = new ArrayList<>();
			for (Object element : values) {
				String part = scalar(element);
				if (part == null) {
					problems.add("Scopes doesn't match configured on the server.");
					return ScopeSet.DEFAULT;
				}
				parts.add(part);
			}
			text = String.join(" ", parts);
		}
		else {
			text = scalar(value);
			if (value != null && text == null) {
				problems.add("Scopes doesn't match configured on the server.");
				return ScopeSet.DEFAULT;
			}
		}
		try {
			return ScopeSet.parseOrDefault(text);
		}
		catch (UnknownScopeException ex) {
			problems.add("Scopes doesn't match configured on the server.");
			return ScopeSet.DEFAULT;
		}
	}

	private static @Nullable String website(@Nullable Object value, List<String> problems) {
		String website = scalar(value);
		if (value != null && website == null) {
			problems.add("Website is invalid");
			return null;
		}
		if (website == null || website.isBlank()) {
			return null;
		}
		website = website.strip();
		if (website.length() > MAX_URI_LENGTH) {
			problems.add("Website is too long (maximum is " + MAX_URI_LENGTH + " characters)");
			return null;
		}
		try {
			URI uri = new URI(website);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
				problems.add("Website is invalid");
			}
		}
		catch (URISyntaxException ex) {
			problems.add("Website is invalid");
		}
		return website;
	}

	/** Strings, numbers and booleans as text; anything else (arrays, objects) as null. */
	private static @Nullable String scalar(@Nullable Object value) {
		if (value instanceof String text) {
			return text;
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		return null;
	}

	private static boolean hasControlCharacters(String text) {
		return text.chars().anyMatch(Character::isISOControl);
	}

}
