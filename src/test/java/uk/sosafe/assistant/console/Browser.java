package uk.sosafe.assistant.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium for a test class, driven by Debian's chromedriver (never Selenium Manager, which
 * would try to download one), with a fresh profile and no background networking. Waits are explicit and
 * generous, for a small shared machine. Every page it checks goes through axe-core.
 */
final class Browser implements AutoCloseable {

	static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

	static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	private static final Duration WAIT = Duration.ofSeconds(45);

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private final ChromeDriver driver;

	private final Path profile;

	private final String base;

	private Browser(ChromeDriver driver, Path profile, int port) {
		this.driver = driver;
		this.profile = profile;
		this.base = "http://localhost:" + port;
	}

	static Browser start(int port) {
		if (!Files.isExecutable(DRIVER) || !Files.isExecutable(CHROMIUM)) {
			throw new IllegalStateException("The browser tests need Chromium and its driver at " + CHROMIUM + " and " + DRIVER
					+ " (Debian: apt-get install -y chromium chromium-driver). To leave them out: -DexcludedGroups=browser");
		}
		try {
			Path profile = Files.createTempDirectory("sosafe-chromium-");
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
				.usingAnyFreePort()
				.withTimeout(Duration.ofSeconds(60))
				.build();
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--disable-extensions", "--window-size=1100,900", "--user-data-dir=" + profile);
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90)).scriptTimeout(Duration.ofSeconds(90));
			return new Browser(driver, profile, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Browser visit(String path) {
		this.driver.get(this.base + path);
		ready();
		return this;
	}

	String path() {
		String url = this.driver.getCurrentUrl();
		return url.startsWith(this.base) ? url.substring(this.base.length()) : url;
	}

	Browser type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Changes the page in place, to prove a check would notice. */
	void inject(String script) {
		((JavascriptExecutor) this.driver).executeScript(script);
	}

	/** Clicks something on the page that does not load another (a checkbox, a summary). */
	Browser driverClick(String id) {
		this.driver.findElement(By.id(id)).click();
		return this;
	}

	/** Clicks something that loads a new page, and waits for that page. */
	Browser submit(String id) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		this.driver.findElement(By.id(id)).click();
		new WebDriverWait(this.driver, WAIT).until(driver -> gone(page));
		ready();
		return this;
	}

	/**
	 * Whether the old page has gone. Chrome sometimes answers a question about an element of a page it
	 * has just left with an inspector error ("does not belong to the document") instead of a stale
	 * element: both mean the page has changed.
	 */
	private static boolean gone(WebElement page) {
		try {
			page.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	WebElement element(String id) {
		return this.driver.findElement(By.id(id));
	}

	String text(String css) {
		return this.driver.findElement(By.cssSelector(css)).getText();
	}

	List<String> texts(String css) {
		return this.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	boolean has(String css) {
		return !this.driver.findElements(By.cssSelector(css)).isEmpty();
	}

	String attribute(String css, String name) {
		return this.driver.findElement(By.cssSelector(css)).getDomAttribute(name);
	}

	String heading() {
		return text("h1");
	}

	/** Signs in through every step, setting up the app on a first sign-in. */
	Browser signIn(String username, String password) {
		visit("/console/sign-in");
		type("username", username).type("password", password).submit("sign-in");
		if (path().startsWith("/console/sign-in/new-code")) {
			OneTimeCodeApp.add(username, attribute("#secret", "data-secret"));
			type("code", OneTimeCodeApp.code(username)).submit(submitButton());
		}
		else if (path().startsWith("/console/sign-in/code")) {
			type("code", OneTimeCodeApp.code(username)).submit(submitButton());
		}
		assertThat(path()).as("signed in").doesNotStartWith("/console/sign-in");
		return this;
	}

	String submitButton() {
		WebElement button = this.driver.findElement(By.cssSelector("main form button[type=submit]"));
		if (button.getDomAttribute("id") == null) {
			((JavascriptExecutor) this.driver).executeScript("arguments[0].id = 'submit-step'", button);
			return "submit-step";
		}
		return button.getDomAttribute("id");
	}

	/** The cookies of the signed-in session, to bring it back after signing in as someone else. */
	Set<Cookie> cookies() {
		return Set.copyOf(this.driver.manage().getCookies());
	}

	void useCookies(Set<Cookie> cookies) {
		this.driver.manage().deleteAllCookies();
		cookies.forEach(cookie -> this.driver.manage().addCookie(cookie));
	}

	void forgetCookies() {
		this.driver.manage().deleteAllCookies();
	}

	/** Runs axe-core on the page: no serious or critical WCAG 2.2 AA violation is allowed. */
	Browser accessible() {
		Results results = new AxeBuilder().withTags(WCAG).analyze(this.driver);
		List<Rule> serious = results.getViolations().stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(serious).as("axe-core on %s:%n%s", path(), describe(serious)).isEmpty();
		return this;
	}

	/** Saves a screenshot for docs/console.md: into target, and into the folder named by -Dconsole.screenshots. */
	Browser screenshot(String name) {
		try {
			Path taken = this.driver.getScreenshotAs(OutputType.FILE).toPath();
			Path target = Path.of("target", "console-screenshots");
			Files.createDirectories(target);
			Files.copy(taken, target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			String docs = System.getProperty("console.screenshots");
			if (docs != null && !docs.isBlank()) {
				Files.createDirectories(Path.of(docs));
				Files.copy(taken, Path.of(docs, name + ".png"), StandardCopyOption.REPLACE_EXISTING);
			}
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(this.profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
			catch (IOException ex) {
				// a profile left in /tmp is harmless
			}
		}
	}

	private void ready() {
		new WebDriverWait(this.driver, WAIT)
			.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}
}
