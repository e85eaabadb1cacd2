package uk.sosafe.assistant.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for the console's security tests: keeps cookies, does not follow
 * redirects, sends forms with the CSRF token of the last page it read, and signs in through every step
 * (password, then the authenticator app's code, set up on the first sign-in).
 */
final class ConsoleClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SECRET = Pattern.compile("data-secret=\"([A-Z2-7]+)\"");

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(this.cookies)
		.followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private String csrf;

	ConsoleClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** Signs in through every step; fails the test if any step does not lead to the next. */
	ConsoleClient signIn(String username, String password) {
		get("/console/sign-in");
		Page step = post("/console/sign-in", Map.of("username", username, "password", password));
		String next = step.location().orElseThrow(() -> new AssertionError("Sign-in refused for " + username));
		if (next.endsWith("/console/sign-in/new-code")) {
			Page setup = get("/console/sign-in/new-code");
			Matcher secret = SECRET.matcher(setup.body());
			if (!secret.find()) {
				throw new AssertionError("No key on the set-up page");
			}
			OneTimeCodeApp.add(username, secret.group(1));
			step = post("/console/sign-in/new-code", Map.of("code", OneTimeCodeApp.code(username)));
		}
		else if (next.endsWith("/console/sign-in/code")) {
			get("/console/sign-in/code");
			step = post("/console/sign-in/code", Map.of("code", OneTimeCodeApp.code(username)));
		}
		String landing = step.location().orElseThrow(() -> new AssertionError("The code step failed for " + username));
		if (landing.contains("/sign-in")) {
			throw new AssertionError("Not signed in: sent to " + landing);
		}
		get(URI.create(landing).getPath());
		return this;
	}

	Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	/** Posts a form with the CSRF token of the last page read. */
	Page post(String path, Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (this.csrf != null) {
			fields.putIfAbsent("_csrf", this.csrf);
		}
		return postRaw(path, fields);
	}

	/** Posts exactly these fields: no CSRF token unless given. */
	Page postRaw(String path, Map<String, String> fields) {
		String body = fields.entrySet().stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				this.csrf = token.group(1);
			}
			return new Page(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Optional<HttpCookie> cookie(String name) {
		return this.cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name)).findFirst();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** One response. */
	record Page(int status, String body, HttpResponse<String> raw) {

		Optional<String> location() {
			return this.raw.headers().firstValue("Location");
		}

		String header(String name) {
			return this.raw.headers().firstValue(name).orElse(null);
		}

		boolean sentToSignIn() {
			return this.status == 302 || this.status == 303
					? location().map(where -> URI.create(where).getPath().equals("/console/sign-in")).orElse(false) : false;
		}
	}
}
