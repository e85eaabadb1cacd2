package uk.sosafe.assistant.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Where disclosures go, read from {@code content/routing.yaml} and checked as a whole: every disclosure
 * category of the contract has a team, every team named exists and can be alerted, hours and
 * deadlines parse. A file that fails is refused with every problem listed, so a broken route is found
 * at start, not when someone discloses.
 */
public final class RoutingRules {

	/** The disclosure categories of the contract. */
	public static final List<String> CATEGORIES = List.of("domestic-abuse", "sexual-violence", "stalking-harassment",
			"child-abuse", "child-exploitation", "cuckooing", "modern-slavery", "hate-crime", "self-harm",
			"medical-emergency", "violence-or-weapon", "missing-person", "fraud-in-progress", "adult-at-risk", "other");

	private static final Pattern DEADLINE = Pattern.compile("^(\\d{1,4})\\s*(m|min|h)$");

	private static final Pattern TEAM_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,62}$");

	/**
	 * A team that receives cases.
	 *
	 * @param id its id in the file
	 * @param name what staff see
	 * @param telegramChat the Telegram chat or group alerted, or {@code null}
	 * @param sms the number alerted by SMS, or {@code null}
	 * @param hours when it answers
	 * @param acknowledgeWithin how long a case may wait unclaimed before escalation
	 * @param escalation the teams alerted in turn while a case stays unclaimed
	 * @param outOfHours the team alerted instead outside working hours, or {@code null}
	 */
	public record Team(String id, String name, String telegramChat, String sms, WorkingHours hours,
			Duration acknowledgeWithin, List<String> escalation, String outOfHours) {
	}

	private final Map<String, Team> teams;

	private final Map<String, String> categories;

	private RoutingRules(Map<String, Team> teams, Map<String, String> categories) {
		this.teams = teams;
		this.categories = categories;
	}

	/** The team that first receives a case of this category arriving at this instant. */
	public Team firstTeam(String category, Instant at) {
		Team team = this.teams.get(this.categories.getOrDefault(category, this.categories.get("other")));
		return !team.hours().isOpen(at) && team.outOfHours() != null ? this.teams.get(team.outOfHours()) : team;
	}

	/**
	 * The team alerted at escalation step {@code step} (1 for the first escalation) of a case that
	 * first went to {@code first}, if the chain goes that far.
	 */
	public Optional<Team> escalation(Team first, int step) {
		List<String> chain = first.escalation();
		return step >= 1 && step <= chain.size() ? Optional.of(this.teams.get(chain.get(step - 1))) : Optional.empty();
	}

	public Optional<Team> team(String id) {
		return Optional.ofNullable(this.teams.get(id));
	}

	public List<Team> teams() {
		return List.copyOf(this.teams.values());
	}

	public static RoutingRules load(Path file) {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new RoutingException(file + ": cannot be read (" + ex.getClass().getSimpleName() + ")");
		}
		return parse(file.toString(), text);
	}

	static RoutingRules parse(String source, String text) {
		Object loaded;
		try {
			loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
		}
		catch (YAMLException ex) {
			throw new RoutingException(source + ": not valid YAML: " + ex.getMessage().lines().findFirst().orElse(""));
		}
		List<String> problems = new ArrayList<>();
		Map<String, Team> teams = new LinkedHashMap<>();
		Map<?, ?> root = loaded instanceof Map<?, ?> map ? map : Map.of();
		Map<?, ?> teamEntries = root.get("teams") instanceof Map<?, ?> map ? map : Map.of();
		if (teamEntries.isEmpty()) {
			problems.add("no teams");
		}
		teamEntries.forEach((id, value) -> team(String.valueOf(id), value, problems).ifPresent(team -> teams.put(team.id(), team)));
		Map<String, String> categories = new LinkedHashMap<>();
		Map<?, ?> categoryEntries = root.get("categories") instanceof Map<?, ?> map ? map : Map.of();
		categoryEntries.forEach((category, team) -> categories.put(String.valueOf(category), String.valueOf(team)));
		for (String category : CATEGORIES) {
			if (!categories.containsKey(category)) {
				problems.add("category " + category + " has no team");
			}
		}
		categories.forEach((category, team) -> {
			if (!CATEGORIES.contains(category)) {
				problems.add("category " + category + " is not a disclosure category (" + String.join(", ", CATEGORIES) + ")");
			}
			if (!teams.containsKey(team) && !teamEntries.containsKey(team)) {
				problems.add("category " + category + " goes to team " + team + ", which is not defined");
			}
		});
		teams.values().forEach(team -> {
			team.escalation().stream().filter(next -> !teamEntries.containsKey(next))
				.forEach(next -> problems.add("team " + team.id() + " escalates to " + next + ", which is not defined"));
			if (team.outOfHours() != null && !teamEntries.containsKey(team.outOfHours())) {
				problems.add("team " + team.id() + " sends out-of-hours cases to " + team.outOfHours() + ", which is not defined");
			}
			if (team.escalation().contains(team.id())) {
				problems.add("team " + team.id() + " escalates to itself");
			}
		});
		if (!problems.isEmpty()) {
			throw new RoutingException(source + " is not usable:\n  - " + String.join("\n  - ", problems));
		}
		return new RoutingRules(teams, categories);
	}

	private static Optional<Team> team(String id, Object value, List<String> problems) {
		if (!TEAM_ID.matcher(id).matches()) {
			problems.add("team id \"" + id + "\" should be lower-case letters, digits and hyphens");
		}
		if (!(value instanceof Map<?, ?> fields)) {
			problems.add("team " + id + " has no settings");
			return Optional.empty();
		}
		String name = text(fields.get("name"));
		String telegram = text(fields.get("telegram-chat"));
		String sms = text(fields.get("sms"));
		if (name == null) {
			problems.add("team " + id + " has no name");
		}
		if (telegram == null && sms == null) {
			problems.add("team " + id + " has no telegram-chat and no sms: nobody would be alerted");
		}
		if (telegram != null && !telegram.matches("^-?\\d{1,20}$")) {
			problems.add("team " + id + ": telegram-chat \"" + telegram + "\" is not a Telegram chat id");
		}
		if (sms != null && !sms.matches("^\\+[1-9]\\d{6,14}$")) {
			problems.add("team " + id + ": sms \"" + sms + "\" is not a number in international form (+44...)");
		}
		WorkingHours hours = null;
		try {
			hours = WorkingHours.parse(text(fields.get("working-hours")));
		}
		catch (IllegalArgumentException ex) {
			problems.add("team " + id + ": working-hours " + ex.getMessage());
		}
		Duration deadline = deadline(id, text(fields.get("acknowledge-within")), problems);
		List<String> escalation = new ArrayList<>();
		if (fields.get("escalation") instanceof List<?> chain) {
			chain.forEach(next -> escalation.add(String.valueOf(next)));
		}
		else if (fields.get("escalation") != null) {
			problems.add("team " + id + ": escalation should be a list of team ids");
		}
		if (hours == null || deadline == null || name == null) {
			return Optional.empty();
		}
		return Optional.of(new Team(id, name, telegram, sms, hours, deadline, List.copyOf(escalation),
				text(fields.get("out-of-hours"))));
	}

	private static Duration deadline(String id, String text, List<String> problems) {
		Matcher matcher = text == null ? null : DEADLINE.matcher(text);
		if (matcher == null || !matcher.matches() || Integer.parseInt(matcher.group(1)) == 0) {
			problems.add("team " + id + ": acknowledge-within should be like 30m or 2h, not " + text);
			return null;
		}
		int amount = Integer.parseInt(matcher.group(1));
		return matcher.group(2).equals("h") ? Duration.ofHours(amount) : Duration.ofMinutes(amount);
	}

	private static String text(Object value) {
		return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
	}

	/** The routing file cannot be used; the message lists every problem. */
	public static final class RoutingException extends RuntimeException {

		RoutingException(String message) {
			super(message);
		}
	}
}
