package social.murmur.systemtests;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import social.murmur.systemtests.People.Person;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static social.murmur.systemtests.WebClientSteps.button;
import static social.murmur.systemtests.WebClientSteps.password;
import static social.murmur.systemtests.WebClientSteps.signUp;

/**
 * The web client in a real browser against the whole system, as two people use it: sign
 * up, follow, post, see the post arrive, reply, get notified, sign out and in again.
 * Skipped, with the reason, where Chromium is not installed.
 */
class WebClientIT {

	/**
	 * News is fanned out via Kafka and arrives over the streaming API (or by polling,
	 * every 10 s for posts and 15 s for notifications, while the socket is down).
	 */
	private static final LocatorAssertions.IsVisibleOptions EVENTUALLY = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(45_000);

	private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000, 36);

	private static Browsers browsers;

	@BeforeAll
	static void launch() {
		browsers = Browsers.launchOrSkip();
	}

	@AfterAll
	static void close() {
		if (browsers != null) {
			browsers.close();
		}
	}

	@Test
	void twoPeopleFollowPostReplyAndAreNotified() {
		Page alice = browsers.newPage(Browsers.DESKTOP, false);
		Page bob = browsers.newPage(Browsers.PHONE, true);
		String aliceName = "alice_" + RUN;
		String bobName = "bob_" + RUN;

		signUp(alice, aliceName);
		signUp(bob, bobName);

		// Alice follows Bob, asks to be notified, and her follow shows at once.
		alice.navigate("/@" + bobName);
		assertThat(alice.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(bobName))).isVisible();
		button(alice, "Follow " + bobName).click();
		assertThat(button(alice, "Unfollow " + bobName)).isVisible();
		button(alice, "Notify me of new posts").click();
		assertThat(button(alice, "Stop notifying me")).hasAttribute("aria-pressed", "true");
		assertThat(alice.getByTestId("followers-count")).hasText("1");
		Browsers.screenshots(alice, "profile");

		// Bob posts from his phone.
		alice.navigate("/");
		assertThat(alice.getByRole(AriaRole.FEED)).isVisible();
		Locator compose = bob.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("What is on your mind?"));
		compose.fill("Hello from Bob! Tea anyone? #murmur https://example.com/a/rather/long/link/to/somewhere");
		assertThat(bob.getByText("441 characters left")).isVisible();
		Browsers.screenshots(bob, "compose");
		button(bob, "Post").click();
		assertThat(bob.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText("Hello from Bob!")))
			.isVisible();

		// Alice's open home feed learns of it and shows it when she asks.
		Locator banner = button(alice, "Show 1 new post");
		assertThat(banner).isVisible(EVENTUALLY);
		banner.click();
		Locator bobsPost = alice.getByRole(AriaRole.ARTICLE)
			.filter(new Locator.FilterOptions().setHasText("Hello from Bob!"));
		assertThat(bobsPost).isVisible();
		assertThat(bobsPost.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("#murmur"))).isVisible();
		Browsers.screenshots(alice, "feed");

		// She replies; the reply mentions him.
		bobsPost.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Reply to " + bobName)).click();
		Locator reply = alice.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Your reply"));
		assertThat(reply).hasValue("@" + bobName + " ");
		reply.fill("@" + bobName + " Always! Two sugars.");
		button(alice, "Reply").click();
		assertThat(reply).not().isVisible();
		assertThat(bobsPost.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("1 replies"))).isVisible();

		// Bob sees the unread badge, then the mention among his notifications.
		assertThat(bob.getByTestId("unread-badge")).isVisible(EVENTUALLY);
		bob.getByTestId("nav-notifications").click();
		Locator mention = bob.locator("li.notification[data-type=mention]");
		assertThat(mention).containsText(aliceName + " mentioned you");
		assertThat(mention).containsText("Always! Two sugars.");
		assertThat(bob.getByTestId("unread-badge")).not().isVisible();
		Browsers.screenshots(bob, "notifications");

		// The thread page shows the post with its reply.
		bob.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("ago|now"))).first().click();
		assertThat(bob.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Replies"))).isVisible();
		assertThat(bob.getByText("Always! Two sugars.")).isVisible();
		Browsers.screenshots(bob, "thread");

		// Signing out revokes the token; signing in with the password works again.
		String token = (String) bob.evaluate("localStorage.getItem('murmur.token')");
		button(bob, "Sign out").click();
		assertThat(bob.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Public timeline"))).isVisible();
		// The gateway drops its cached copy when TokenRevoked arrives over Kafka.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					MastodonClient.anonymous().withToken(token).get("/api/v1/accounts/verify_credentials").status())
				.isEqualTo(401));
		bob.navigate("/auth/sign_in");
		bob.getByLabel("Username or e-mail").fill(bobName);
		bob.getByLabel("Password").fill(password(bobName));
		button(bob, "Sign in").click();
		assertThat(bob.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Home"))).isVisible();
	}

	@Test
	void signsInThroughTheAuthorizationPageWithPkce() {
		Person carol = People.signUp("carol");
		Page page = browsers.newPage(Browsers.DESKTOP, false);
		page.navigate("/auth/sign_in");
		button(page, "Or sign in on the authorization page").click();
		page.waitForURL(Pattern.compile(".*/oauth/authorize\\?.*code_challenge_method=S256.*"));
		page.locator("#username").fill(carol.username());
		page.locator("#password").fill(carol.password());
		button(page, "Authorize").click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Home"))).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Profile"))).hasAttribute("href",
				"/@" + carol.username());
	}

	@Test
	void aFailedRequestIsExplainedAndCanBeRetried() {
		Person dave = People.signUp("dave");
		dave.client().postForm("/api/v1/statuses", Map.of("status", "Dave's first post"));
		Page page = browsers.newPage(Browsers.DESKTOP, false);
		page.addInitScript("localStorage.setItem('murmur.token', '" + dave.token() + "')");
		page.route("**/api/v1/timelines/public**",
				(route) -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions().setStatus(503)
					.setContentType("application/json")
					.setBody("{\"error\":\"Service temporarily unavailable, please try again\"}")));

		page.navigate("/public");
		Locator alert = page.getByRole(AriaRole.ALERT);
		assertThat(alert).containsText("The server had a problem (503)");
		Browsers.screenshots(page, "error");

		page.unrouteAll();
		alert.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Try again")).click();
		assertThat(page.getByText("Dave's first post").first()).isVisible(EVENTUALLY);
		assertThat(page.getByRole(AriaRole.ALERT)).not().isVisible();
	}

	@Test
	void switchesToRussianAndRemembersIt() {
		Page page = browsers.newPage(Browsers.PHONE, true);
		page.navigate("/public");
		page.getByLabel("Language").selectOption("ru");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Общая лента"))).isVisible();
		page.reload();
		assertThat(page.locator("html")).hasAttribute("lang", "ru");
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Регистрация"))).isVisible();
	}

}
