package uk.sosafe.assistant.console;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.sosafe.assistant.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.sosafe.assistant.console.RoleMatrixTest.Who.ADMIN;
import static uk.sosafe.assistant.console.RoleMatrixTest.Who.ANONYMOUS;
import static uk.sosafe.assistant.console.RoleMatrixTest.Who.COMMS;
import static uk.sosafe.assistant.console.RoleMatrixTest.Who.OFFICER;
import static uk.sosafe.assistant.console.RoleMatrixTest.Who.OTHER_TEAM;

/**
 * Who may use every route the application maps. The routes come from Spring's own handler mapping, so a
 * route added without a line in this matrix fails the build. Each staff route is then called as nobody,
 * as an officer of the case's team, as an officer of another team, as comms and as an administrator:
 * those not allowed are refused (anonymous: sent to sign in, or 401 on the API; signed in: 403), and
 * those allowed get past security (a form may still say what is missing).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest extends ConsoleTest {

	/** Who calls. */
	enum Who {
		ANONYMOUS, OFFICER, OTHER_TEAM, COMMS, ADMIN
	}

	private static final Set<Who> STAFF = EnumSet.of(OFFICER, OTHER_TEAM, COMMS, ADMIN);

	/** Routes for everyone, covered by their own contract tests (web chat, platform webhooks, errors). */
	private static final Set<String> PUBLIC = Set.of("POST /api/v1/chat/sessions",
			"POST /api/v1/chat/sessions/{sessionId}/messages", "GET /api/v1/chat/sessions/{sessionId}/messages",
			"DELETE /api/v1/chat/sessions/{sessionId}",
			"POST /channels/sms/inbound", "POST /channels/sms/status", "POST /channels/telegram/webhook", "ANY /error");

	/** Console routes anyone may reach: signing in and out, and the stylesheet. Called too, as everyone. */
	private static final Set<String> OPEN = Set.of("GET /console/sign-in", "POST /console/sign-in",
			"GET /console/sign-in/password", "POST /console/sign-in/password", "GET /console/sign-in/new-code",
			"POST /console/sign-in/new-code", "GET /console/sign-in/code", "POST /console/sign-in/code",
			"POST /console/sign-out", "GET /console/assets/console.css");

	/** Staff routes and who may use them. */
	private static final Map<String, Set<Who>> ALLOWED = new LinkedHashMap<>();

	static {
		ALLOWED.put("GET /console", STAFF);
		ALLOWED.put("GET /console/cases", EnumSet.of(OFFICER, OTHER_TEAM, ADMIN));
		ALLOWED.put("GET /console/cases/{reference}", EnumSet.of(OFFICER, ADMIN));
		ALLOWED.put("POST /console/cases/{reference}/reply", EnumSet.of(OFFICER));
		ALLOWED.put("POST /console/cases/{reference}/close", EnumSet.of(OFFICER));
		ALLOWED.put("POST /console/cases/{reference}/claim", EnumSet.of(OFFICER));
		ALLOWED.put("GET /console/content", EnumSet.of(COMMS, ADMIN));
		ALLOWED.put("POST /console/content/reindex", EnumSet.of(COMMS, ADMIN));
		ALLOWED.put("GET /console/gaps", EnumSet.of(COMMS, ADMIN));
		ALLOWED.put("GET /console/surveys", EnumSet.of(COMMS, ADMIN));
		ALLOWED.put("GET /console/surveys/{id}", EnumSet.of(COMMS, ADMIN));
		ALLOWED.put("GET /console/surveys/{id}/questions/{questionId}/chart.svg", EnumSet.of(COMMS, ADMIN));
		ALLOWED.put("GET /console/surveys/{id}/results.csv", EnumSet.of(COMMS, ADMIN));
		for (String route : List.of("GET /console/campaigns", "GET /console/campaigns/new", "POST /console/campaigns/new",
				"GET /console/campaigns/{id}", "POST /console/campaigns/{id}/approve", "POST /console/campaigns/{id}/send",
				"POST /console/campaigns/{id}/pause", "POST /console/campaigns/{id}/resume", "POST /console/campaigns/{id}/cancel",
				"POST /console/campaigns/{id}/test")) {
			ALLOWED.put(route, EnumSet.of(COMMS, ADMIN));
		}
		ALLOWED.put("GET /console/accounts", EnumSet.of(ADMIN));
		ALLOWED.put("GET /console/accounts/new", EnumSet.of(ADMIN));
		ALLOWED.put("POST /console/accounts/new", EnumSet.of(ADMIN));
		ALLOWED.put("GET /console/accounts/{username}", EnumSet.of(ADMIN));
		ALLOWED.put("POST /console/accounts/{username}/access", EnumSet.of(ADMIN));
		ALLOWED.put("POST /console/accounts/{username}/password-reset", EnumSet.of(ADMIN));
		ALLOWED.put("POST /console/accounts/{username}/code-reset", EnumSet.of(ADMIN));
		ALLOWED.put("POST /console/accounts/{username}/disable", EnumSet.of(ADMIN));
		ALLOWED.put("POST /console/accounts/{username}/enable", EnumSet.of(ADMIN));
		ALLOWED.put("GET /console/audit", EnumSet.of(ADMIN));
		ALLOWED.put("POST /console/audit/verify", EnumSet.of(ADMIN));
		for (String route : List.of("GET /console/residents", "POST /console/residents", "GET /console/residents/{reference}",
				"GET /console/residents/{reference}/export.json", "POST /console/residents/{reference}/erase",
				"POST /api/v1/staff/residents/lookup", "GET /api/v1/staff/residents/{reference}/export",
				"DELETE /api/v1/staff/residents/{reference}", "GET /api/v1/staff/backups", "POST /api/v1/staff/backups",
				"POST /api/v1/staff/key-rotation")) {
			ALLOWED.put(route, EnumSet.of(ADMIN));
		}
		ALLOWED.put("GET /api/v1/staff/me", STAFF);
		ALLOWED.put("POST /api/v1/staff/me/password", STAFF);
		ALLOWED.put("GET /api/v1/staff/accounts", EnumSet.of(ADMIN));
		ALLOWED.put("POST /api/v1/staff/accounts", EnumSet.of(ADMIN));
		ALLOWED.put("GET /api/v1/staff/unanswered", EnumSet.of(COMMS, ADMIN));
		ALLOWED.put("POST /api/v1/staff/content/reindex", EnumSet.of(COMMS, ADMIN));
		ALLOWED.put("GET /api/v1/staff/cases", EnumSet.of(OFFICER, OTHER_TEAM));
		ALLOWED.put("GET /api/v1/staff/cases/{reference}", EnumSet.of(OFFICER));
		ALLOWED.put("POST /api/v1/staff/cases/{reference}/claim", EnumSet.of(OFFICER));
		ALLOWED.put("POST /api/v1/staff/cases/{reference}/reply", EnumSet.of(OFFICER));
		ALLOWED.put("POST /api/v1/staff/cases/{reference}/close", EnumSet.of(OFFICER));
		ALLOWED.put("POST /api/v1/staff/telegram-link", EnumSet.of(OFFICER, OTHER_TEAM));
		ALLOWED.put("DELETE /api/v1/staff/telegram-link", EnumSet.of(OFFICER, OTHER_TEAM));
		for (String route : List.of("GET /api/v1/staff/campaigns", "POST /api/v1/staff/campaigns", "GET /api/v1/staff/campaigns/{id}",
				"PUT /api/v1/staff/campaigns/{id}", "POST /api/v1/staff/campaigns/{id}/approve",
				"POST /api/v1/staff/campaigns/{id}/test", "POST /api/v1/staff/campaigns/{id}/send",
				"POST /api/v1/staff/campaigns/{id}/pause", "POST /api/v1/staff/campaigns/{id}/resume",
				"POST /api/v1/staff/campaigns/{id}/cancel", "GET /api/v1/staff/campaigns/{id}/results",
				"GET /api/v1/staff/surveys", "GET /api/v1/staff/surveys/{id}/results", "GET /api/v1/staff/surveys/{id}/results.csv",
				"GET /api/v1/staff/surveys/{id}/results.json", "GET /api/v1/staff/surveys/{id}/questions/{questionId}/chart.svg")) {
			ALLOWED.put(route, EnumSet.of(COMMS, ADMIN));
		}
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	private final Map<Who, String> usernames = new EnumMap<>(Who.class);

	private final Map<Who, ConsoleClient> consoles = new EnumMap<>(Who.class);

	private String reference;

	private String target;

	@BeforeAll
	void staffAndACase() {
		this.usernames.put(OFFICER, account("officer", Set.of(Role.OFFICER), CUCKOOING_TEAMS));
		this.usernames.put(OTHER_TEAM, account("outsider", Set.of(Role.OFFICER), Set.of("hate-crime")));
		this.usernames.put(COMMS, account("comms", Set.of(Role.COMMS), Set.of()));
		this.usernames.put(ADMIN, account("admin", Set.of(Role.ADMIN), Set.of()));
		this.target = account("target", Set.of(Role.COMMS), Set.of());
		this.reference = cuckooingCase("matrix");
		assertThat(this.reference).startsWith("SS-");
		this.consoles.put(ANONYMOUS, new ConsoleClient(this.port));
		this.usernames.forEach((who, username) -> this.consoles.put(who, signedIn(username)));
	}

	@Test
	void everyMappedRouteHasARuleAndEveryRuleAMappedRoute() {
		Set<String> mapped = mappedRoutes();
		Set<String> ruled = new TreeSet<>(ALLOWED.keySet());
		ruled.addAll(PUBLIC);
		ruled.addAll(OPEN);

		assertThat(mapped).as("routes without a rule in the matrix").isSubsetOf(ruled);
		assertThat(ruled).as("rules for routes that no longer exist").isSubsetOf(mapped);
	}

	@TestFactory
	Stream<DynamicTest> staffRoutesRefuseEveryoneElse() {
		List<DynamicTest> tests = new ArrayList<>();
		ALLOWED.forEach((route, allowed) -> {
			for (Who who : Who.values()) {
				boolean expected = allowed.contains(who);
				tests.add(DynamicTest.dynamicTest(route + " as " + who + (expected ? " is allowed" : " is refused"),
						() -> check(route, who, expected)));
			}
		});
		OPEN.stream().filter(route -> !route.equals("POST /console/sign-out")).forEach(route -> {
			for (Who who : Who.values()) {
				tests.add(DynamicTest.dynamicTest(route + " as " + who + " is open", () -> check(route, who, true)));
			}
		});
		tests.add(DynamicTest.dynamicTest("POST /console/sign-out as anyone is open", () -> {
			for (Who who : Who.values()) {
				check("POST /console/sign-out", who, true);
			}
		}));
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> everyConsoleFormRefusesAPostWithoutItsCsrfToken() {
		return mappedRoutes().stream().filter(route -> route.startsWith("POST /console"))
			.map(route -> DynamicTest.dynamicTest(route + " without a CSRF token is refused", () -> {
				String path = route.substring("POST ".length()).replace("{reference}", this.reference)
					.replace("{username}", this.target).replace("{id}", "no-such-campaign");
				ConsoleClient.Page refused = this.consoles.get(ADMIN).postRaw(path, Map.of());
				assertThat(refused.status()).isEqualTo(403);
				assertThat(refused.body()).contains("The form has expired");
			}));
	}

	private void check(String route, Who who, boolean allowed) {
		String method = route.substring(0, route.indexOf(' '));
		String path = route.substring(route.indexOf(' ') + 1).replace("{reference}", this.reference)
			.replace("{username}", this.target).replace("{id}", "feeling-safe").replace("{questionId}", "q1");
		ConsoleClient.Page response = path.startsWith("/api/") ? api(who, method, path) : console(who, method, path);
		assertThat(response.status()).as("%s as %s: no server error", route, who).isLessThan(500);
		if (allowed) {
			assertThat(response.status()).as("%s as %s", route, who).isNotIn(401, 403);
			assertThat(response.sentToSignIn() && !OPEN.contains(route)).as("%s as %s sent to sign in", route, who)
				.isFalse();
		}
		else if (who == ANONYMOUS && path.startsWith("/api/")) {
			assertThat(response.status()).as("%s as nobody (401, or 403 for a POST without a CSRF token)", route)
				.isIn(method.equals("GET") ? List.of(401) : List.of(401, 403));
		}
		else if (who == ANONYMOUS) {
			assertThat(response.sentToSignIn()).as("%s as nobody is sent to sign in", route).isTrue();
		}
		else {
			assertThat(response.status()).as("%s as %s", route, who).isEqualTo(403);
		}
	}

	private ConsoleClient.Page console(Who who, String method, String path) {
		ConsoleClient client = this.consoles.get(who);
		if (method.equals("GET")) {
			return client.get(path);
		}
		client.get(who == ANONYMOUS ? "/console/sign-in" : "/console");
		return client.post(path, Map.of());
	}

	private ConsoleClient.Page api(Who who, String method, String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (method.equals("POST") || method.equals("PUT")) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString("{\"text\":\"From the role matrix\",\"outcome\":\"From the role matrix\"}"));
		}
		else if (method.equals("DELETE")) {
			request.DELETE();
		}
		if (who == ANONYMOUS) {
			return this.consoles.get(ANONYMOUS).send(request);
		}
		String credentials = Base64.getEncoder()
			.encodeToString((this.usernames.get(who) + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return new ConsoleClient(this.port).send(request.header("Authorization", "Basic " + credentials));
	}

	private Set<String> mappedRoutes() {
		Set<String> routes = new TreeSet<>();
		this.mapping.getHandlerMethods().keySet().forEach(info -> {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
			if (methods.isEmpty()) {
				methods.add("ANY");
			}
			for (String pattern : info.getPatternValues()) {
				methods.forEach(method -> routes.add(method + " " + pattern));
			}
		});
		return routes;
	}
}
