package uk.sosafe.assistant.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/** The content folder is data reviewed like code: these rules keep it complete and honest. */
class ContentRulesTest {

	static final Path CONTENT = Path.of("content");

	static final List<String> CONTRACT_IDS = List.of("fraud-warning-signs", "fraud-bank-impersonation",
			"fraud-scam-messages", "fraud-online-shopping", "fraud-romance", "fraud-investment", "fraud-doorstep",
			"fraud-report", "county-lines-what-is", "county-lines-signs", "county-lines-help", "cuckooing-what-is",
			"cuckooing-signs", "cuckooing-help", "domestic-abuse-signs", "domestic-abuse-support",
			"domestic-abuse-worried-about-someone", "domestic-abuse-clares-law", "stalking-harassment",
			"tech-abuse-safety", "sexual-violence-support", "asb-what-is-and-report", "asb-case-review",
			"asb-vehicles-and-scooters", "environmental-crime", "local-policing-priorities", "hate-crime-what-is",
			"hate-crime-report", "drugs-report-dealing", "drugs-support", "drugs-law", "report-crime-routes",
			"emergency-help", "modern-slavery", "about-this-service");

	static final Set<String> TOPICS = Set.of("fraud", "county-lines", "cuckooing", "domestic-abuse", "asb", "hate-crime",
			"drugs", "general");

	private static final Pattern PHONE = Pattern.compile("(?<![\\d£.,])(?:\\+44\\s?|0)\\d[\\d ]{7,12}\\d(?![\\d%])");

	private static final Pattern SHORT_NUMBER = Pattern.compile(
			"(?i)(?:call|ring|dial|text|forward(?:ed)? (?:it |them |the text |texts )?to|phone|on)\\s+(\\d{3,5})\\b(?!\\s?\\d)");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	private static final Pattern WEB = Pattern.compile(
			"(?i)\\b(?:https?://)?((?:[a-z0-9-]+\\.)+(?:uk|com|org|net|gov|police|info|io))(/[\\w./-]*)?");

	private static Content content;

	private static List<Map<String, Object>> contacts;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void load() throws IOException {
		content = Content.load(CONTENT);
		Map<String, Object> file = new Yaml().load(Files.readString(CONTENT.resolve("verified-contacts.yaml")));
		contacts = (List<Map<String, Object>>) file.get("contacts");
	}

	@Test
	void everyContractArticleExists() {
		assertThat(content.articles().keySet()).containsAll(CONTRACT_IDS);
	}

	@Test
	void everyArticleHasAKnownTopicAndEnoughWaysOfAsking() {
		content.articles().values().forEach(article -> {
			assertThat(TOPICS).as(article.id()).contains(article.topic());
			assertThat(article.questions()).as(article.id()).hasSizeGreaterThanOrEqualTo(5);
			assertThat(article.sources()).as(article.id()).allMatch(source -> source.startsWith("http"));
		});
	}

	@Test
	void everySummaryFitsSmsAndNamesARoute() {
		content.articles().values().forEach(article -> {
			assertThat(article.summary().length()).as(article.id()).isLessThanOrEqualTo(300);
			assertThat(article.summary()).as(article.id()).matches("(?s).*(\\d{3}|\\.uk|\\.com|\\.org|@).*");
		});
	}

	@Test
	void everyRouteIsAVerifiedContact() {
		Set<String> ids = new HashSet<>();
		contacts.forEach(contact -> ids.add(String.valueOf(contact.get("id"))));
		content.articles().values().forEach(article -> assertThat(ids).as(article.id()).containsAll(article.routes()));
	}

	@Test
	void everyContactHasASource() {
		contacts.forEach(contact -> {
			assertThat(String.valueOf(contact.get("source"))).as(String.valueOf(contact.get("id"))).startsWith("http");
			assertThat(String.valueOf(contact.get("kind"))).isIn("phone", "shortcode", "email", "web");
		});
	}

	@Test
	void articlesMessagesAndSurveysShowOnlyVerifiedContacts() throws IOException {
		List<String> unverified = new ArrayList<>();
		for (Article article : content.articles().values()) {
			String shown = article.title() + "\n" + article.summary() + "\n" + article.body();
			unverified.addAll(unverifiedIn(article.id(), shown));
		}
		unverified.addAll(unverifiedIn("messages_en.properties", messagesText()));
		try (Stream<Path> surveys = Files.list(CONTENT.resolve("surveys"))) {
			for (Path survey : surveys.toList()) {
				unverified.addAll(unverifiedIn(survey.getFileName().toString(), Files.readString(survey)));
			}
		}

		assertThat(unverified).isEmpty();
	}

	@Test
	void theCheckCatchesAnUnlistedNumberEmailAndAddress() {
		assertThat(unverifiedIn("probe", "Call 0800 123 4567, text 88888 or email help@made-up.org, see fake.example.com"))
			.hasSize(4);
	}

	private List<String> unverifiedIn(String where, String text) {
		Set<String> digits = new HashSet<>();
		Set<String> emails = new HashSet<>();
		Set<String> hosts = new HashSet<>();
		for (Map<String, Object> contact : contacts) {
			String value = String.valueOf(contact.get("value")).toLowerCase();
			switch (String.valueOf(contact.get("kind"))) {
				case "phone", "shortcode" -> digits.add(value.replaceAll("\\D", ""));
				case "email" -> emails.add(value);
				default -> hosts.add(value.replaceFirst("^www\\.", "").split("/")[0]);
			}
		}
		List<String> found = new ArrayList<>();
		String withoutEmails = text;
		Matcher email = EMAIL.matcher(text);
		while (email.find()) {
			if (!emails.contains(email.group().toLowerCase())) {
				found.add(where + ": email " + email.group());
			}
			withoutEmails = withoutEmails.replace(email.group(), " ");
		}
		Matcher phone = PHONE.matcher(withoutEmails);
		while (phone.find()) {
			if (!digits.contains(phone.group().replaceAll("\\D", ""))) {
				found.add(where + ": phone " + phone.group());
			}
		}
		Matcher shortNumber = SHORT_NUMBER.matcher(withoutEmails);
		while (shortNumber.find()) {
			if (!digits.contains(shortNumber.group(1))) {
				found.add(where + ": number " + shortNumber.group(1));
			}
		}
		Matcher web = WEB.matcher(withoutEmails);
		while (web.find()) {
			String host = web.group(1).toLowerCase().replaceFirst("^www\\.", "");
			if (!hosts.contains(host)) {
				found.add(where + ": address " + web.group());
			}
		}
		return found;
	}

	private static String messagesText() throws IOException {
		Properties messages = new Properties();
		try (var reader = Files.newBufferedReader(CONTENT.resolve("messages/messages_en.properties"), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		return String.join("\n", messages.values().stream().map(String::valueOf).toList());
	}

	@Test
	void everyPhraseTheCodeAsksForExists() throws IOException {
		Properties messages = new Properties();
		try (var reader = Files.newBufferedReader(CONTENT.resolve("messages/messages_en.properties"), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		Set<String> wanted = new HashSet<>();
		Pattern key = Pattern.compile("(?:phrases\\.get|phrase)\\(\"([a-z0-9.-]*[a-z0-9])\"");
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
				Matcher matcher = key.matcher(Files.readString(source));
				while (matcher.find()) {
					wanted.add(matcher.group(1));
				}
			}
		}
		TOPICS.forEach(topic -> wanted.add("topic." + topic));
		List.of("domestic-abuse", "sexual-violence", "stalking-harassment", "child-abuse", "child-exploitation",
				"cuckooing", "modern-slavery", "hate-crime", "self-harm", "medical-emergency", "violence-or-weapon",
				"missing-person", "fraud-in-progress", "adult-at-risk", "other")
			.forEach(category -> wanted.add("safety.routes." + category));

		assertThat(wanted).hasSizeGreaterThan(30);
		assertThat(messages.stringPropertyNames()).containsAll(wanted);
	}
}
