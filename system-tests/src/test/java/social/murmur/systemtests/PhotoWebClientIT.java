package social.murmur.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static social.murmur.systemtests.WebClientSteps.button;
import static social.murmur.systemtests.WebClientSteps.heading;
import static social.murmur.systemtests.WebClientSteps.post;
import static social.murmur.systemtests.WebClientSteps.signUp;
import static social.murmur.systemtests.WebClientSteps.streamingFrames;
import static social.murmur.systemtests.WebClientSteps.textbox;
import static social.murmur.systemtests.WebClientSteps.watchConsole;

/**
 * Issue 5 in a real browser against the whole system: Alice posts a photo with alt text;
 * Bob, who follows her and has his home feed open, sees it arrive live over the streaming
 * API, looks at it full size, likes it and comments on it; Alice sees her unread count go
 * up live and finds the like and the comment among her notifications. Skipped, with the
 * reason, where Chromium is not installed.
 */
class PhotoWebClientIT {

	/** Fanned out via Kafka, then pushed over the streaming API. */
	private static final LocatorAssertions.IsVisibleOptions LIVE = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(30_000);

	private static final LocatorAssertions.HasAttributeOptions LIVE_ATTRIBUTE = new LocatorAssertions.HasAttributeOptions()
		.setTimeout(30_000);

	/** Uploading and processing an image (every second, then every 5 s). */
	private static final LocatorAssertions.IsVisibleOptions PROCESSED = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(30_000);

	private static final LocatorAssertions.HasClassOptions LOADED = new LocatorAssertions.HasClassOptions()
		.setTimeout(15_000);

	private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000, 36);

	private static final String ALT = "The sun going down behind a pier, orange sky over a blue sea";

	private static final String CAPTION = "Sunset from the pier";

	private static final String COMMENT = "What a light! Where is this?";

	private static Browsers browsers;

	private final List<String> consoleErrors = new CopyOnWriteArrayList<>();

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

	/** Printed after the test, for whoever reads a failure. */
	@AfterEach
	void reportConsoleErrors() {
		this.consoleErrors.forEach((error) -> System.out.println("[browser] " + error));
	}

	@Test
	void aFollowerSeesAPhotoArriveLiveLikesAndCommentsAndTheAuthorIsNotified(@TempDir Path files) throws IOException {
		Page alice = browsers.newPage(Browsers.DESKTOP, false);
		Page bob = browsers.newPage(Browsers.PHONE, true);
		watchConsole(alice, "alice", this.consoleErrors);
		watchConsole(bob, "bob", this.consoleErrors);
		List<String> bobsStreamFrames = streamingFrames(bob);
		String aliceName = "alice_p" + RUN;
		String bobName = "bob_p" + RUN;

		signUp(alice, aliceName);
		signUp(bob, bobName);

		// Bob follows Alice; she hears of it live.
		bob.navigate("/@" + aliceName);
		assertThat(heading(bob, aliceName)).isVisible();
		button(bob, "Follow " + aliceName).click();
		assertThat(button(bob, "Unfollow " + aliceName)).isVisible();
		Locator alicesBadge = alice.getByTestId("unread-badge");
		assertThat(alicesBadge).hasAttribute("aria-label", "1 unread", LIVE_ATTRIBUTE);

		// Bob keeps his home feed open, connected to the streaming API.
		bob.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home").setExact(true)).click();
		assertThat(heading(bob, "Home")).isVisible();
		assertThat(textbox(bob, "What is on your mind?")).isVisible();

		// Alice attaches a photo, describes it, waits for it to be processed and posts
		// it.
		Path photo = files.resolve("pier.png");
		Files.write(photo, Images.png(900, 600));
		textbox(alice, "What is on your mind?").fill(CAPTION);
		alice.getByLabel("Add images").setInputFiles(photo);
		Locator attached = alice.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName("Image 1").setExact(true));
		assertThat(attached).isVisible();
		assertThat(alice.getByTestId("media-upload")).hasCount(1);
		assertThat(attached.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName("Preview of pier.png")))
			.isVisible();
		Locator alt = alice.getByLabel("Alt text for image 1");
		alt.fill(ALT);
		assertThat(attached).containsText(ALT.length() + "/1500");
		assertThat(attached.getByRole(AriaRole.PROGRESSBAR)).not().isVisible(PROCESSED);
		assertThat(attached.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Processing…")))
			.not()
			.isVisible(PROCESSED);
		assertThat(attached.getByRole(AriaRole.ALERT)).not().isVisible();
		Locator postButton = button(alice, "Post");
		assertThat(postButton).isEnabled();
		Browsers.screenshots(alice, "compose-images");
		postButton.click();
		Locator alicesPost = post(alice, CAPTION);
		assertThat(alicesPost).isVisible();
		assertThat(alicesPost.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName(ALT))).isVisible();
		assertThat(alice.getByTestId("media-upload")).hasCount(0);

		// Bob's open feed hears of it over the streaming API and shows it when he asks.
		Locator banner = button(bob, "Show 1 new post");
		assertThat(banner).isVisible(LIVE);
		assertThat(bobsStreamFrames).as("update events received over the streaming API")
			.anySatisfy((frame) -> assertThat(frame).containsPattern("\"event\"\\s*:\\s*\"update\"").contains(CAPTION));
		banner.click();
		Locator bobsView = post(bob, CAPTION);
		assertThat(bobsView).isVisible();
		Locator gallery = bobsView.getByRole(AriaRole.GROUP,
				new Locator.GetByRoleOptions().setName("Attached images: 1").setExact(true));
		assertThat(gallery).isVisible();
		Locator tile = button(gallery, "View full size: " + ALT);
		Locator image = tile.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName(ALT).setExact(true));
		assertThat(image).hasAttribute("alt", ALT);
		// The preview itself loads from the server (the blurhash is only a placeholder).
		tile.scrollIntoViewIfNeeded();
		assertThat(image).hasClass(Pattern.compile("\\bloaded\\b"), LOADED);
		assertThat(((Number) image.evaluate("(img) => img.naturalWidth")).intValue()).isPositive();
		assertThat(gallery.getByTestId("blurhash")).hasCount(0);

		// He looks at it full size, and Escape takes him back to the post.
		tile.click();
		Locator viewer = bob.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Image viewer"));
		assertThat(viewer).isVisible();
		assertThat(viewer.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName(ALT).setExact(true)))
			.isVisible();
		assertThat(viewer).containsText(ALT);
		assertThat(button(viewer, "Close")).isFocused();
		assertThat(button(viewer, "Next image")).hasCount(0);
		Browsers.screenshots(bob, "image-viewer");
		bob.keyboard().press("Escape");
		assertThat(viewer).not().isVisible();
		assertThat(tile).isFocused();

		// He likes it: the heart and the count change before the server has answered.
		Locator like = button(bobsView, "Like");
		assertThat(like).hasAttribute("aria-pressed", "false");
		assertThat(bobsView.getByTestId("favourites-count")).hasText("0");
		AtomicReference<Route> heldLike = new AtomicReference<>();
		bob.route("**/api/v1/statuses/*/favourite", heldLike::set);
		like.click();
		assertThat(like).hasAttribute("aria-pressed", "true");
		assertThat(bobsView.getByTestId("favourites-count")).hasText("1");
		assertThat(like).hasAccessibleDescription("1 likes");
		assertThat(heldLike.get()).as("the like request, held back until now").isNotNull();
		heldLike.get().resume();
		bob.unrouteAll();
		assertThat(alicesBadge).hasAttribute("aria-label", "2 unread", LIVE_ATTRIBUTE);
		assertThat(like).hasAttribute("aria-pressed", "true");
		assertThat(bobsView.getByTestId("favourites-count")).hasText("1");
		assertThat(bobsView.getByRole(AriaRole.ALERT)).hasCount(0);
		bobsView.evaluate("(post) => post.scrollIntoView({ block: 'center' })");
		Browsers.screenshots(bob, "photo-post");

		// He opens the post's page, where he is among those who liked it, and comments.
		bobsView.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("0 replies").setExact(true)).click();
		assertThat(heading(bob, "Post")).isVisible();
		assertThat(heading(bob, "Replies")).isVisible();
		assertThat(heading(bob, "Liked by")).isVisible();
		assertThat(bob.getByTestId("favourited-by")).containsText(bobName);
		Locator focused = bob.locator("article.status.focused");
		assertThat(focused).containsText(CAPTION);
		assertThat(button(focused, "Like")).hasAttribute("aria-pressed", "true");
		assertThat(focused.getByTestId("favourites-count")).hasText("1");
		assertThat(focused.getByRole(AriaRole.IMG, new Locator.GetByRoleOptions().setName(ALT).setExact(true)))
			.isVisible();
		textbox(bob, "Write a comment").fill(COMMENT);
		button(bob, "Comment").click();
		Locator comment = post(bob, COMMENT);
		assertThat(comment).isVisible();
		assertThat(comment).containsText(bobName);
		assertThat(textbox(bob, "Write a comment")).hasValue("");
		assertThat(focused.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("1 replies").setExact(true)))
			.isVisible();

		// Alice's unread count went up live; her notifications say who liked and who
		// commented.
		assertThat(alicesBadge).hasAttribute("aria-label", "3 unread", LIVE_ATTRIBUTE);
		alice.getByTestId("nav-notifications").click();
		assertThat(heading(alice, "Notifications")).isVisible();
		Locator liked = alice.locator("li.notification[data-type=favourite]");
		assertThat(liked).hasCount(1);
		assertThat(liked).containsText(bobName + " liked your post");
		assertThat(liked).containsText(CAPTION);
		Locator commented = alice.locator("li.notification[data-type=mention]");
		assertThat(commented).hasCount(1);
		assertThat(commented).containsText(bobName + " mentioned you");
		assertThat(commented).containsText(COMMENT);
		assertThat(alice.locator("li.notification[data-type=follow]")).containsText(bobName + " followed you");
		assertThat(alicesBadge).not().isVisible();
		Browsers.screenshots(alice, "photo-notifications");

		// The like leads her to the post's page: the photo, who liked it, the comment.
		liked.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("ago|now"))).click();
		assertThat(heading(alice, "Replies")).isVisible();
		assertThat(post(alice, COMMENT)).isVisible();
		assertThat(alice.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(ALT).setExact(true))).isVisible();
		assertThat(alice.getByTestId("favourited-by")).containsText(bobName);
		heading(alice, "Replies").evaluate("(heading) => heading.scrollIntoView({ block: 'center' })");
		Browsers.screenshots(alice, "status-comments");

		assertThat(this.consoleErrors).as("uncaught errors in the browser")
			.noneMatch((error) -> error.contains(" uncaught: "));
	}

}
