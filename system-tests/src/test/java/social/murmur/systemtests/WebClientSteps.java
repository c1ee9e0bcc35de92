package social.murmur.systemtests;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What people do in the web client, shared by the browser tests: sign up through the
 * form, find buttons and text boxes by their accessible names, and keep what the page
 * wrote to its console for the report of a failure.
 */
final class WebClientSteps {

	/**
	 * Signing up is the first thing a test does; on a system that has just started (and a
	 * busy machine) the first requests through every service take a while.
	 */
	private static final LocatorAssertions.IsVisibleOptions FIRST_REQUESTS = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(30_000);

	private WebClientSteps() {
	}

	/** Signs up through the form and lands on the home feed with its compose box. */
	static void signUp(Page page, String username) {
		page.navigate("/auth/sign_up");
		page.getByLabel("Username").fill(username);
		page.getByLabel("E-mail").fill(username + "@example.com");
		page.getByLabel("Password").fill(password(username));
		page.getByLabel("I agree to the server rules and terms").check();
		button(page, "Sign up").click();
		assertThat(heading(page, "Home")).isVisible(FIRST_REQUESTS);
		assertThat(textbox(page, "What is on your mind?")).isVisible();
	}

	static String password(String username) {
		return "correct horse " + username;
	}

	static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	static Locator button(Locator within, String name) {
		return within.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
	}

	static Locator textbox(Page page, String name) {
		return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/** The post card that shows the given text. */
	static Locator post(Page page, String text) {
		return page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText(text));
	}

	/**
	 * Collects the page's console errors and uncaught exceptions into the given list, so
	 * that a test can say what the browser said.
	 */
	static void watchConsole(Page page, String who, List<String> into) {
		page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				into.add(who + " console error: " + message.text() + " (" + message.location() + ")");
			}
		});
		page.onPageError((error) -> into.add(who + " uncaught: " + error));
	}

	/**
	 * The text frames the page receives over its streaming API WebSocket, from now on.
	 */
	static List<String> streamingFrames(Page page) {
		List<String> frames = new CopyOnWriteArrayList<>();
		page.onWebSocket((socket) -> {
			if (socket.url().contains("/api/v1/streaming")) {
				socket.onFrameReceived((frame) -> {
					if (frame.text() != null) {
						frames.add(frame.text());
					}
				});
			}
		});
		return frames;
	}

	/**
	 * The text frames the page sends over its streaming API WebSocket (subscriptions),
	 * from now on.
	 */
	static List<String> streamingRequests(Page page) {
		List<String> frames = new CopyOnWriteArrayList<>();
		page.onWebSocket((socket) -> {
			if (socket.url().contains("/api/v1/streaming")) {
				socket.onFrameSent((frame) -> {
					if (frame.text() != null) {
						frames.add(frame.text());
					}
				});
			}
		});
		return frames;
	}

}
