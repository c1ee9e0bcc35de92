package social.murmur.auth.authorization.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;
import social.murmur.auth.authorization.AuthorizationRequest;

/**
 * The HTML of the authorization pages. Every value that came from a client or a user is
 * escaped; the pages need no script.
 */
final class AuthorizePage {

	private static final Map<String, String> SCOPE_DESCRIPTIONS = Map.of("profile",
			"Read only your account's basic information", "read", "Read all your account's data", "write",
			"Modify all your account's data", "follow", "Modify account relationships", "push",
			"Receive your push notifications", "admin:read", "Read all data on the server", "admin:write",
			"Modify all data on the server");

	private static final String STYLE = """
			:root { color-scheme: light dark; }
			* { box-sizing: border-box; }
			body { margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center;
			  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #eef0f6; color: #1e2230; }
			main { width: 100%; max-width: 430px; margin: 24px; padding: 32px; background: #fff; border-radius: 14px;
			  box-shadow: 0 6px 30px rgba(24, 28, 48, .10); }
			.brand { margin: 0 0 20px; font-weight: 700; letter-spacing: .02em; color: #5b5bd6; }
			h1 { margin: 0 0 12px; font-size: 1.4rem; line-height: 1.3; overflow-wrap: anywhere; }
			p { margin: 0 0 12px; }
			.muted { color: #646a7e; font-size: .9rem; overflow-wrap: anywhere; }
			ul.scopes { list-style: none; margin: 0 0 20px; padding: 0; border: 1px solid #e1e4ee; border-radius: 10px; }
			ul.scopes li { padding: 10px 14px; border-top: 1px solid #e1e4ee; }
			ul.scopes li:first-child { border-top: 0; }
			ul.scopes code { display: block; color: #646a7e; font-size: .8rem; }
			label { display: block; margin: 14px 0 6px; font-weight: 600; font-size: .9rem; }
			input[type=text], input[type=password] { width: 100%; padding: 10px 12px; font-size: 1rem;
			  border: 1px solid #c5c9d8; border-radius: 8px; background: inherit; color: inherit; }
			input:focus { outline: 2px solid #5b5bd6; outline-offset: 1px; }
			.error { margin: 0 0 14px; padding: 10px 14px; border-radius: 8px; background: #fdeaea; color: #9b1c1f; }
			.actions { display: flex; flex-direction: row-reverse; gap: 12px; margin-top: 24px; }
			button { flex: 1; padding: 11px; font-size: 1rem; font-weight: 600; border-radius: 8px; cursor: pointer;
			  border: 1px solid #5b5bd6; }
			button.primary { background: #5b5bd6; color: #fff; }
			button.secondary { background: transparent; color: #5b5bd6; }
			.code { display: block; margin: 12px 0; padding: 14px; border-radius: 8px; background: #eef0f6;
			  font: 1.05rem ui-monospace, SFMono-Regular, Menlo, monospace; overflow-wrap: anywhere; user-select: all; }
			@media (prefers-color-scheme: dark) {
			  body { background: #15171d; color: #e4e6ee; }
			  main { background: #21242d; box-shadow: none; }
			  ul.scopes, ul.scopes li { border-color: #353947; }
			  input[type=text], input[type=password] { border-color: #3d4252; }
			  .muted, ul.scopes code { color: #9aa0b4; }
			  .error { background: #3d1c20; color: #ffb3b5; }
			  .code { background: #15171d; }
			}
			""";

	private AuthorizePage() {
	}

	/** The sign-in form, with an error after a failed attempt. */
	static String form(AuthorizationRequest request, @Nullable String login, @Nullable String error) {
		String app = escape(request.client().name());
		StringBuilder body = new StringBuilder();
		body.append("<h1>Authorize ").append(app).append("?</h1>\n");
		body.append("<p><strong>")
			.append(app)
			.append("</strong> would like to access your account. It will be able to:</p>\n");
		body.append("<ul class=\"scopes\">\n");
		for (String scope : request.scopes().values()) {
			body.append("<li>")
				.append(escape(describe(scope)))
				.append("<code>")
				.append(escape(scope))
				.append("</code></li>\n");
		}
		body.append("</ul>\n");
		if (error != null) {
			body.append("<p class=\"error\" role=\"alert\">").append(escape(error)).append("</p>\n");
		}
		body.append("<form method=\"post\" action=\"/oauth/authorize\">\n");
		hidden(body, "client_id", request.client().clientId());
		hidden(body, "redirect_uri", request.redirectUri());
		hidden(body, "response_type", "code");
		hidden(body, "scope", request.scopes().asString());
		hidden(body, "state", request.state());
		hidden(body, "code_challenge", request.codeChallenge());
		hidden(body, "code_challenge_method", request.codeChallengeMethod());
		body.append("<label for=\"username\">E-mail address or username</label>\n");
		body.append("<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" ")
			.append("autocapitalize=\"none\" spellcheck=\"false\" required autofocus value=\"")
			.append(escape((login != null) ? login : ""))
			.append("\">\n");
		body.append("<label for=\"password\">Password</label>\n");
		body.append(
				"<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\n");
		body.append("<div class=\"actions\">\n");
		body.append(
				"<button class=\"primary\" type=\"submit\" name=\"decision\" value=\"authorize\">Authorize</button>\n");
		body.append(
				"<button class=\"secondary\" type=\"submit\" name=\"decision\" value=\"deny\" formnovalidate>Deny</button>\n");
		body.append("</div>\n</form>\n");
		if (!request.outOfBand()) {
			body.append("<p class=\"muted\">You will be sent back to ")
				.append(escape(destination(request.redirectUri())))
				.append(".</p>\n");
		}
		return document("Authorize " + request.client().name(), body.toString());
	}

	/** The code, for applications that asked to have it shown (out of band). */
	static String code(String applicationName, String code) {
		String body = "<h1>Authorization code</h1>\n<p>Copy this code and paste it into <strong>"
				+ escape(applicationName) + "</strong>:</p>\n<code class=\"code\" id=\"code\">" + escape(code)
				+ "</code>\n<p class=\"muted\">It works once, for a few minutes.</p>\n";
		return document("Authorization code", body);
	}

	/** After the user denied an application that asked to have the code shown. */
	static String denied(String applicationName) {
		String body = "<h1>Authorization denied</h1>\n<p>You did not give <strong>" + escape(applicationName)
				+ "</strong> access to your account. You can close this page.</p>\n";
		return document("Authorization denied", body);
	}

	/** A request we cannot send back to the application. */
	static String error(String error, String description) {
		String body = "<h1>This authorization request is not valid</h1>\n<p class=\"error\" role=\"alert\">"
				+ escape(description) + "</p>\n<p class=\"muted\">Error: <code>" + escape(error)
				+ "</code>. Go back to the application and try again.</p>\n";
		return document("Authorization failed", body);
	}

	private static String document(String title, String body) {
		return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
				+ "<meta name=\"referrer\" content=\"no-referrer\">\n<title>" + escape(title) + " · Murmur</title>\n"
				+ "<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n<p class=\"brand\">Murmur</p>\n" + body
				+ "</main>\n</body>\n</html>\n";
	}

	private static void hidden(StringBuilder body, String name, @Nullable String value) {
		if (value != null) {
			body.append("<input type=\"hidden\" name=\"")
				.append(name)
				.append("\" value=\"")
				.append(escape(value))
				.append("\">\n");
		}
	}

	static String describe(String scope) {
		String described = SCOPE_DESCRIPTIONS.get(scope);
		if (described != null) {
			return described;
		}
		String[] parts = scope.split(":");
		String subject = parts[parts.length - 1].replace('_', ' ');
		boolean admin = parts[0].equals("admin");
		String access = parts[admin ? 1 : 0];
		String verb = access.equals("read") ? "Read" : "Modify";
		return admin ? verb + " " + subject + " on the server" : verb + " your " + subject;
	}

	/** The host (or scheme, for app links) the user goes back to. */
	private static String destination(String redirectUri) {
		try {
			URI uri = new URI(redirectUri);
			return (uri.getHost() != null) ? uri.getHost() : uri.getScheme() + ":";
		}
		catch (URISyntaxException ex) {
			return redirectUri;
		}
	}

	/** Escapes {@code & < > " '} so that text stays text, in content and attributes. */
	static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
