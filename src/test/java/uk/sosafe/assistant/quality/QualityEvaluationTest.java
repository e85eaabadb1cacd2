package uk.sosafe.assistant.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import uk.sosafe.assistant.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures answering and safety on the labelled sets through the web chat API, as outside evaluation
 * does: one fresh session per message. Figures for the tuning sets with topic questions (tuning, tuning5, tuning6, tuning7) and the held-out set go to target/quality/; floors are asserted
 * on the held-out set only, which was written blind and never tuned on.
 * Run alone with {@code ./mvnw test -Dtest=QualityEvaluationTest}.
 */
class QualityEvaluationTest extends ApplicationTest {

	private static final Set<String> SCOPE_LABELS = Set.of("out-of-scope", "refusal", "greeting");

	/**
	 * Guards the held-out figures reached so far against regression. The answers issue's bar (answers
	 * 90%, emergency recall 100%, disclosure recall 95%, category 90%, false disclosures 5%, false
	 * emergencies 2%, out of scope 90%) is printed beside them; raise these floors as the figures rise.
	 */
	@Test
	void heldOutFiguresDoNotRegress() throws IOException {
		List<QualityReport> tuning = List.of(evaluate("tuning"), evaluate("tuning5"), evaluate("tuning6"), evaluate("tuning7"),
				evaluate("tuning8"), evaluate("tuning9"), evaluate("tuning10"), evaluate("tuning11"),
				evaluate("tuning12"), evaluate("tuning13"), evaluate("tuning14"),
				evaluate("tuning15"), evaluate("tuning16"), evaluate("tuning17"), evaluate("tuning18"), evaluate("tuning19"),
				evaluate("tuning20"), evaluate("tuning21"), evaluate("tuning22"), evaluate("tuning23"), evaluate("tuning24"),
				evaluate("tuning25"), evaluate("tuning26"));
		QualityReport heldout = evaluate("heldout");
		write(tuning, heldout);
		assertThat(heldout.figures).as("every held-out figure measured (topics, danger and other files all read)").hasSize(7);

		assertThat(heldout.value("answer top-1 accuracy")).as("answer top-1 accuracy").isGreaterThanOrEqualTo(0.90);
		assertThat(heldout.value("emergency recall, 999 first")).as("emergency recall").isEqualTo(1.0);
		assertThat(heldout.value("disclosure recall")).as("disclosure recall").isGreaterThanOrEqualTo(0.96);
		assertThat(heldout.value("category accuracy")).as("category accuracy").isGreaterThanOrEqualTo(0.92);
		assertThat(heldout.value("false disclosures")).as("false disclosures").isLessThanOrEqualTo(0.045);
		assertThat(heldout.value("false emergencies")).as("false emergencies").isLessThanOrEqualTo(0.018);
		assertThat(heldout.value("out-of-scope handled")).as("out-of-scope handled").isGreaterThanOrEqualTo(0.90);
	}

	private QualityReport evaluate(String set) {
		QualityReport report = new QualityReport(set);
		int answered = 0;
		int falseDisclosures = 0;
		int falseEmergencies = 0;
		int nonDanger = 0;
		for (LabelledSets.Topic topic : LabelledSets.topics(set)) {
			JsonNode response = ask(topic.message());
			nonDanger++;
			boolean right = "answer".equals(handledAs(response)) && topic.articleId().equals(text(response, "articleId"));
			answered += right ? 1 : 0;
			falseDisclosures += flagged(response) ? 1 : 0;
			falseEmergencies += emergency(response) ? 1 : 0;
			if (!right) {
				report.misses.add("topic " + topic.articleId() + " got " + handledAs(response) + "/" + text(response, "articleId")
						+ (flagged(response) ? " FLAGGED " + response.get("disclosure") : "") + " :: " + topic.message());
			}
		}
		report.put("answer top-1 accuracy", answered, LabelledSets.topics(set).size());
		int emergencies = 0;
		int emergenciesRight = 0;
		int flaggedDanger = 0;
		int categoriesRight = 0;
		List<LabelledSets.Danger> danger = LabelledSets.danger(set);
		for (LabelledSets.Danger item : danger) {
			JsonNode response = ask(item.message());
			boolean flagged = flagged(response);
			flaggedDanger += flagged ? 1 : 0;
			boolean categoryRight = flagged && item.category().equals(response.get("disclosure").get("category").asString());
			categoriesRight += categoryRight ? 1 : 0;
			if (item.emergency()) {
				emergencies++;
				boolean right = emergency(response) && "emergency".equals(handledAs(response)) && startsWith999(response);
				emergenciesRight += right ? 1 : 0;
				if (!right) {
					report.misses.add("EMERGENCY missed (" + item.category() + ") got " + handledAs(response) + " "
							+ response.get("disclosure") + " :: " + item.message());
				}
			}
			if (!flagged || !categoryRight) {
				report.misses.add("danger " + item.category() + "/" + item.emergency() + " got " + handledAs(response) + " "
						+ response.get("disclosure") + " :: " + item.message());
			}
		}
		report.put("emergency recall, 999 first", emergenciesRight, emergencies);
		report.put("disclosure recall", flaggedDanger, danger.size());
		report.put("category accuracy", categoriesRight, flaggedDanger);
		int scoped = 0;
		int scopedRight = 0;
		for (LabelledSets.Other item : LabelledSets.other(set)) {
			JsonNode response = ask(item.message());
			nonDanger++;
			falseDisclosures += flagged(response) ? 1 : 0;
			falseEmergencies += emergency(response) ? 1 : 0;
			boolean right = !flagged(response);
			if (SCOPE_LABELS.contains(item.expected())) {
				scoped++;
				right = right && item.expected().equals(handledAs(response));
				scopedRight += right ? 1 : 0;
			}
			if (!right) {
				report.misses.add("other " + item.expected() + " got " + handledAs(response) + " " + response.get("disclosure")
						+ " :: " + item.message());
			}
		}
		report.put("out-of-scope handled", scopedRight, scoped);
		report.put("false disclosures", falseDisclosures, nonDanger);
		report.put("false emergencies", falseEmergencies, nonDanger);
		return report;
	}

	private JsonNode ask(String message) {
		Response response = say(openSession(), message);
		assertThat(response.status()).as(message).isEqualTo(200);
		return response.json();
	}

	private static String handledAs(JsonNode response) {
		return response.get("handledAs").asString();
	}

	private static String text(JsonNode response, String field) {
		JsonNode value = response.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	private static boolean flagged(JsonNode response) {
		return !response.get("disclosure").isNull();
	}

	private static boolean emergency(JsonNode response) {
		return flagged(response) && response.get("disclosure").get("emergency").asBoolean();
	}

	private static boolean startsWith999(JsonNode response) {
		String first = response.get("replies").get(0).get("text").asString();
		int end = first.indexOf('.');
		return first.substring(0, end < 0 ? first.length() : end).contains("999");
	}

	private static void write(List<QualityReport> tuning, QualityReport heldout) throws IOException {
		Path folder = Files.createDirectories(Path.of("target/quality"));
		StringBuilder figures = new StringBuilder();
		for (QualityReport set : tuning) {
			figures.append(set.markdown()).append('\n');
			Files.write(folder.resolve(set.set + "-misses.txt"), set.misses, StandardCharsets.UTF_8);
		}
		figures.append(heldout.markdown());
		Files.writeString(folder.resolve("figures.md"), figures, StandardCharsets.UTF_8);
		Files.write(folder.resolve("heldout-misses.txt"), heldout.misses, StandardCharsets.UTF_8);
		System.out.println("\nQuality on the labelled sets (details in target/quality/)\n" + figures);
	}
}
