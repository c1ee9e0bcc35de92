package social.murmur.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Assumptions;

/**
 * The machine's Chromium driven by Playwright, for the web client's browser tests, and
 * screenshots of what people see at phone and desktop widths, in light and dark.
 */
final class Browsers implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("murmur.chromium", "/usr/bin/chromium"));

	static final int[] PHONE = { 390, 844 };

	static final int[] DESKTOP = { 1280, 800 };

	private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private final Playwright playwright;

	private final Browser browser;

	private Browsers(Playwright playwright, Browser browser) {
		this.playwright = playwright;
		this.browser = browser;
	}

	/**
	 * Launches Chromium, or skips the calling tests with the reason when there is none.
	 */
	static Browsers launchOrSkip() {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), () -> "Web client browser tests skipped: no Chromium at "
				+ CHROMIUM + " (install it with: apt-get update && apt-get install -y chromium)");
		Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		Browser browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS));
		return new Browsers(playwright, browser);
	}

	/**
	 * A fresh browser profile (its own localStorage), English, light, at the given size.
	 */
	Page newPage(int[] viewport, boolean touch) {
		BrowserContext context = this.browser
			.newContext(new Browser.NewContextOptions().setBaseURL(SystemUnderTest.gatewayUrl())
				.setViewportSize(viewport[0], viewport[1])
				.setLocale("en-US")
				.setTimezoneId("UTC")
				.setColorScheme(ColorScheme.LIGHT)
				.setHasTouch(touch)
				.setIsMobile(touch));
		context.setDefaultTimeout(30_000);
		return context.newPage();
	}

	/**
	 * Saves the page as it looks now at phone and desktop widths, light and dark, under
	 * {@code target/screenshots/<name>-<width>-<theme>.png}, and puts the page back as it
	 * was.
	 */
	static void screenshots(Page page, String name) {
		Path folder = Path.of(System.getProperty("murmur.screenshots", "target/screenshots"));
		int width = page.viewportSize().width;
		int height = page.viewportSize().height;
		for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
			page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
			for (int[] size : List.of(PHONE, DESKTOP)) {
				page.setViewportSize(size[0], size[1]);
				page.waitForTimeout(150);
				String file = name + "-" + (size == PHONE ? "phone" : "desktop") + "-" + scheme.name().toLowerCase()
						+ ".png";
				page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(file)));
			}
		}
		page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
		page.setViewportSize(width, height);
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
