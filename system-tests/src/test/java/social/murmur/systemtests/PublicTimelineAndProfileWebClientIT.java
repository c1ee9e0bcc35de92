package social.murmur.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
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
import static social.murmur.systemtests.WebClientSteps.streamingRequests;
import static social.murmur.systemtests.WebClientSteps.textbox;
import static social.murmur.systemtests.WebClientSteps.watchConsole;

/**
 * Issue 5's remaining pages in a real browser against the whole system: Carol gives
 * herself an avatar and a header, which the server crops; Dave keeps the public timeline
 * open and sees her post arrive live over the streaming API's {@code public} stream,
 * folded behind its content warning with its image hidden as sensitive and cropped at the
 * focal point she picked; on the hashtag's page her next post arrives live over the
 * {@code hashtag} stream; she removes her avatar again. Skipped, with the reason, where
 * Chromium is not installed.
 */
class PublicTimelineAndProfileWebClientIT {

	/** Fanned out via Kafka, then pushed over the streaming API. */
	private static final LocatorAssertions.IsVisibleOptions LIVE = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(30_000);

	/** Uploading and processing an image (every second, then every 5 s). */
	private static final LocatorAssertions.IsVisibleOptions PROCESSED = new LocatorAssertions.IsVisibleOptions()
		.setTimeout(30_000);

	private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000, 36);

	private static final String TAG = "walks" + RUN;

	private static final Pattern NEW_POSTS = Pattern.compile("^Show \\d+ new posts?$");

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
	void aProfileGetsItsImagesAndWarnedPostsArriveLiveOnThePublicAndHashtagTimelines(@TempDir Path files)
			throws IOException {
		Page carol = browsers.newPage(Browsers.DESKTOP, false);
		Page dave = browsers.newPage(Browsers.PHONE, true);
		watchConsole(carol, "carol", this.consoleErrors);
		watchConsole(dave, "dave", this.consoleErrors);
		List<String> davesSubscriptions = streamingRequests(dave);
		String carolName = "carol_" + RUN;
		String daveName = "dave_" + RUN;

		signUp(carol, carolName);
		signUp(dave, daveName);

		// Carol picks an avatar and a header, sees them previewed, and saves them with
		// her
		// name and bio.
		carol.navigate("/settings/profile");
		assertThat(heading(carol, "Edit profile")).isVisible();
		Path face = files.resolve("face.png");
		Files.write(face, Images.png(640, 480));
		Path hills = files.resolve("hills.png");
		Files.write(hills, Images.png(1800, 900));
		carol.getByLabel("Choose an avatar").setInputFiles(face);
		carol.getByLabel("Choose a header").setInputFiles(hills);
		assertThat(carol.locator(".edit-avatar")).hasAttribute("src", Pattern.compile("^blob:"));
		assertThat(carol.locator(".edit-header")).hasAttribute("src", Pattern.compile("^blob:"));
		textbox(carol, "Display name").fill("Carol on foot");
		textbox(carol, "Bio").fill("Hills, walks and #" + TAG);
		carol.evaluate("() => window.scrollTo(0, 0)");
		Browsers.screenshots(carol, "edit-profile");
		button(carol, "Save").click();

		// Her profile shows them, cropped by the server: a square avatar, a 3:1 header.
		assertThat(heading(carol, "Carol on foot")).isVisible();
		Locator avatar = carol.locator(".profile-top .avatar");
		assertThat(avatar).hasAttribute("src", Pattern.compile("/profiles/.+/avatar\\.\\w+$"));
		Locator header = carol.getByRole(AriaRole.IMG,
				new Page.GetByRoleOptions().setName("Header image of Carol on foot").setExact(true));
		assertThat(header).hasAttribute("src", Pattern.compile("/profiles/.+/header\\.\\w+$"));
		assertThat(naturalSize(avatar)).isEqualTo("400x400");
		assertThat(naturalSize(header)).isEqualTo("1500x500");
		Browsers.screenshots(carol, "profile-images");

		// Dave keeps the public timeline open; it subscribes to the public stream.
		dave.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Public").setExact(true)).click();
		assertThat(heading(dave, "Public timeline")).isVisible();
		dave.waitForCondition(() -> davesSubscriptions.stream()
			.anyMatch((frame) -> frame.matches("\\{\"type\":\"subscribe\",\"stream\":\"public\"}")));

		// Carol writes a post behind a content warning, with a photo and its focal point.
		carol.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Home").setExact(true)).click();
		textbox(carol, "What is on your mind?").fill("Met this one on the path #" + TAG);
		button(carol, "Add a content warning").click();
		textbox(carol, "Content warning").fill("Spider, close up");
		Path spider = files.resolve("spider.png");
		Files.write(spider, Images.png(1200, 800));
		carol.getByLabel("Add images").setInputFiles(spider);
		Locator attached = carol.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName("Image 1").setExact(true));
		assertThat(attached.getByRole(AriaRole.PROGRESSBAR)).not().isVisible(PROCESSED);
		assertThat(attached.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Processing…")))
			.not()
			.isVisible(PROCESSED);
		carol.getByLabel("Alt text for image 1").fill("A garden spider in its web");
		button(attached, "Focal point of image 1").click();
		Locator picker = carol.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Focal point"));
		Locator area = picker.getByTestId("focal-area");
		assertThat(area).isFocused();
		BoundingBox box = area.locator("img").boundingBox();
		carol.mouse().click(box.x + box.width * 0.75, box.y + box.height * 0.25);
		assertThat(area).hasAttribute("aria-label", "Image; focal point at 0.50, 0.50");
		Browsers.screenshots(carol, "focal-point");
		button(picker, "Done").click();
		assertThat(picker).not().isVisible();
		assertThat(carol.getByRole(AriaRole.CHECKBOX,
				new Page.GetByRoleOptions().setName("The images are hidden behind the content warning")))
			.isChecked();
		Browsers.screenshots(carol, "compose-warning");
		button(carol, "Post").click();
		assertThat(post(carol, "Spider, close up")).isVisible();

		// It reaches Dave's public timeline live, folded; the photo stays hidden until he
		// asks, then shows cropped at the focal point.
		Locator banner = dave.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(NEW_POSTS));
		assertThat(banner).isVisible(LIVE);
		banner.click();
		Locator warned = post(dave, "Spider, close up");
		assertThat(warned).isVisible();
		assertThat(warned).not().containsText("Met this one on the path");
		Browsers.screenshots(dave, "public-warned");
		button(warned, "Show more").click();
		assertThat(warned).containsText("Met this one on the path");
		Locator gallery = warned.getByRole(AriaRole.GROUP,
				new Locator.GetByRoleOptions().setName("Attached images: 1").setExact(true));
		assertThat(gallery.getByRole(AriaRole.IMG)).hasCount(0);
		assertThat(gallery.getByTestId("blurhash")).hasCount(1);
		warned.evaluate("(post) => post.scrollIntoView({ block: 'center' })");
		Browsers.screenshots(dave, "public-sensitive");
		button(gallery, "Sensitive content Show").click();
		Locator photo = gallery.getByRole(AriaRole.IMG,
				new Locator.GetByRoleOptions().setName("A garden spider in its web").setExact(true));
		assertThat(photo).isVisible();
		assertThat(photo).hasCSS("object-position", "75% 25%");
		warned.evaluate("(post) => post.scrollIntoView({ block: 'center' })");
		Browsers.screenshots(dave, "public-live");

		// The hashtag leads to its own page, which follows the hashtag stream.
		warned.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("#" + TAG).setExact(true)).click();
		assertThat(heading(dave, "#" + TAG)).isVisible();
		assertThat(post(dave, "Spider, close up")).isVisible();
		dave.waitForCondition(() -> davesSubscriptions.stream()
			.anyMatch(
					(frame) -> frame.contains("\"stream\":\"hashtag\"") && frame.contains("\"tag\":\"" + TAG + "\"")));
		assertThat(davesSubscriptions).as("the public stream is let go when its page is left")
			.anyMatch((frame) -> frame.matches("\\{\"type\":\"unsubscribe\",\"stream\":\"public\"}"));
		textbox(carol, "What is on your mind?").fill("Back home, tea and photos #" + TAG);
		button(carol, "Post").click();
		Locator tagBanner = button(dave, "Show 1 new post");
		assertThat(tagBanner).isVisible(LIVE);
		tagBanner.click();
		assertThat(post(dave, "Back home, tea and photos")).isVisible();
		Browsers.screenshots(dave, "hashtag");

		// Carol takes her avatar off again: the default picture is back at once.
		carol.navigate("/settings/profile");
		button(carol, "Remove avatar").click();
		assertThat(carol.locator(".edit-avatar")).hasAttribute("src", Pattern.compile("/missing\\.png$"));
		assertThat(button(carol, "Remove avatar")).hasCount(0);
		assertThat(button(carol, "Remove header")).isVisible();

		assertThat(this.consoleErrors).as("uncaught errors in the browser")
			.noneMatch((error) -> error.contains(" uncaught: "));
	}

	/** The image's own size once it has loaded, as {@code WIDTHxHEIGHT}. */
	private static String naturalSize(Locator image) {
		return (String) image.evaluate("(img) => img.decode().then(() => img.naturalWidth + 'x' + img.naturalHeight)");
	}

}
