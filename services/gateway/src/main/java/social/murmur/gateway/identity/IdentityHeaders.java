package social.murmur.gateway.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import social.murmur.platform.identity.Identity;

/**
 * The request as it goes on to a service: without any identity header the client sent,
 * without the resolved bearer token, and with the identity the gateway signed.
 */
final class IdentityHeaders extends HttpServletRequestWrapper {

	private static final String IDENTITY = Identity.HEADER.toLowerCase(Locale.ROOT);

	private static final String AUTHORIZATION = HttpHeaders.AUTHORIZATION.toLowerCase(Locale.ROOT);

	private final Set<String> hidden;

	private final @Nullable String identity;

	private IdentityHeaders(HttpServletRequest request, Set<String> hidden, @Nullable String identity) {
		super(request);
		this.hidden = hidden;
		this.identity = identity;
	}

	/** An anonymous request, or one with a non-bearer {@code Authorization} (kept). */
	static HttpServletRequest anonymous(HttpServletRequest request) {
		return new IdentityHeaders(request, Set.of(IDENTITY), null);
	}

	/** A request whose bearer token was resolved to the given signed identity. */
	static HttpServletRequest signedIn(HttpServletRequest request, String signedIdentity) {
		return new IdentityHeaders(request, Set.of(IDENTITY, AUTHORIZATION), signedIdentity);
	}

	@Override
	public @Nullable String getHeader(String name) {
		if (isIdentity(name)) {
			return this.identity;
		}
		return isHidden(name) ? null : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		if (isIdentity(name)) {
			return Collections.enumeration((this.identity != null) ? List.of(this.identity) : List.of());
		}
		return isHidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		List<String> names = new ArrayList<>();
		for (String name : Collections.list(super.getHeaderNames())) {
			if (!isHidden(name)) {
				names.add(name);
			}
		}
		if (this.identity != null) {
			names.add(Identity.HEADER);
		}
		return Collections.enumeration(names);
	}

	private boolean isIdentity(String name) {
		return IDENTITY.equalsIgnoreCase(name);
	}

	private boolean isHidden(String name) {
		return this.hidden.contains(name.toLowerCase(Locale.ROOT));
	}

}
