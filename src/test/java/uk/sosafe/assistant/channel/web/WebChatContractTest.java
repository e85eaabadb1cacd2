package uk.sosafe.assistant.channel.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import uk.sosafe.assistant.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The web chat API exactly as the contract in design.md describes it, over real HTTP. */
class WebChatContractTest extends ApplicationTest {

	@Test
	void openingASessionAnswers201WithAnOpaqueId() {
		Response created = post("/api/v1/chat/sessions", "application/json", "");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("sessionId").asString()).matches("[A-Za-z0-9_-]{20,64}");
		assertThat(created.header("Cache-Control")).contains("no-store");
		assertThat(openSession()).isNotEqualTo(created.json().get("sessionId").asString());
	}

	@Test
	void aMessageGetsEveryContractFieldEvenWhenNull() {
		Response response = say(openSession(), "hello");

		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.has("replies")).isTrue();
		assertThat(body.get("handledAs").asString()).isEqualTo("greeting");
		assertThat(body.has("articleId")).isTrue();
		assertThat(body.get("articleId").isNull()).isTrue();
		assertThat(body.get("disclosure").isNull()).isTrue();
		assertThat(body.get("caseRef").isNull()).isTrue();
		JsonNode firstOption = body.get("replies").get(0).get("options").get(0);
		assertThat(firstOption.get("label").asString()).isNotBlank();
		assertThat(firstOption.get("value").asString()).isNotBlank();
	}

	@Test
	void eachMessageIsRecordedInTheInboxAsHandledWithItsTextSealed() {
		String session = openSession();
		long before = this.jdbc.sql("SELECT COUNT(*) FROM inbox WHERE channel = 'WEB' AND status = 'DONE'").query(Long.class).single();

		say(session, "what is zyxwvut cuckooing");

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM inbox WHERE channel = 'WEB' AND status = 'DONE'").query(Long.class).single())
			.isEqualTo(before + 1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM inbox WHERE CAST(text_enc AS TEXT) LIKE '%zyxwvut%'").query(Long.class)
			.single()).isZero();
	}

	@Test
	void anOptionOfferedBeforeIsAccepted() {
		String session = openSession();
		JsonNode options = say(session, "menu").json().get("replies").get(0).get("options");
		String fraud = find(options, "topic:fraud");

		Response response = choose(session, fraud);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("handledAs").asString()).isEqualTo("menu");
		String article = response.json().get("replies").get(0).get("options").get(0).get("value").asString();
		Response answer = choose(session, article);
		assertThat(answer.json().get("handledAs").asString()).isEqualTo("answer");
		assertThat("article:" + answer.json().get("articleId").asString()).isEqualTo(article);
	}

	@Test
	void anOptionNeverOfferedIs400WithAReason() {
		String session = openSession();
		say(session, "menu");

		Response response = choose(session, "article:made-up");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("error").asString()).isEqualTo("unknown-option");
		assertThat(response.json().get("message").asString()).contains("not offered");
	}

	@Test
	void anUnknownSessionIs404WithJson() {
		Response response = say("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "hello");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("error").asString()).isEqualTo("unknown-session");
		Response waiting = get("/api/v1/chat/sessions/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/messages");
		assertThat(waiting.status()).isEqualTo(404);
		assertThat(waiting.json().get("error").asString()).isEqualTo("unknown-session");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\n\t " })
	void emptyOrWhitespaceTextIs400(String text) {
		Response response = say(openSession(), text);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("error").asString()).isEqualTo("empty-text");
	}

	@Test
	void textOverFourThousandCharactersIs400SayingHowLong() {
		Response response = say(openSession(), "a".repeat(100_000));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("message").asString()).contains("100000").contains("4000");
	}

	@Test
	void aBodyOverTheLimitIs413BeforeBeingRead() {
		String session = openSession();
		Response response = postJson("/api/v1/chat/sessions/" + session + "/messages",
				"{\"text\":\"" + "a".repeat(300_000) + "\"}");

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("error").asString()).isEqualTo("body-too-large");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{not json", "[]", "\"text\"", "{\"text\": null}", "{\"text\": 42, \"option\": \"x\"}",
			"{}", "{\"text\":\"hi\",\"option\":\"menu\"}" })
	void malformedBodiesAre400WithJson(String body) {
		Response response = postJson("/api/v1/chat/sessions/" + openSession() + "/messages", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("message").asString()).isNotBlank();
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at uk.");
	}

	@Test
	void anEmptyBodyIs400() {
		Response response = postJson("/api/v1/chat/sessions/" + openSession() + "/messages", "");

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void aWrongContentTypeIs415() {
		Response response = post("/api/v1/chat/sessions/" + openSession() + "/messages", "text/plain", "hello");

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.json().get("error").asString()).isEqualTo("unsupported-media-type");
	}

	@ParameterizedTest
	@ValueSource(strings = { "hello\u0000\u0007 there", "🙂🙂 is this a scam? 📦", "مرحبا، هل هذه رسالة احتيال؟",
			"שלום", "\u202Egnikcab\u202C text", "\" * ? ~ : ^ ( ) { } [ ] \\ / AND OR NOT", "\uD800 lone surrogate" })
	void unusualButValidTextGetsASensibleReply(String text) {
		Response response = say(openSession(), text);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("replies").get(0).get("text").asString()).isNotBlank();
	}

	@Test
	void endingASessionMakesItUnknown() {
		String session = openSession();
		say(session, "hello");

		assertThat(delete("/api/v1/chat/sessions/" + session).status()).isEqualTo(204);
		assertThat(say(session, "hello").status()).isEqualTo(404);
		assertThat(get("/api/v1/chat/sessions/" + session + "/messages").status()).isEqualTo(404);
		assertThat(delete("/api/v1/chat/sessions/" + session).status()).isEqualTo(404);
	}

	@Test
	void theChatPageIsServedWithoutCachingAndWithAnExit() {
		Response page = get("/");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Cache-Control")).contains("no-store");
		assertThat(page.body()).contains("id=\"exit\"").contains("999");
		assertThat(get("/chat.js").body()).contains("location.replace").contains("sessionStorage")
			.doesNotContain("localStorage");
	}

	@Test
	void healthIsUpOnceTheIndexIsBuilt() {
		Response health = get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
	}

	@Test
	void readinessChecksTheDatabaseAndTheIndex() {
		Response readiness = get("/actuator/health/readiness");

		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
		assertThat(readiness.json().path("components").path("db").path("status").asString()).isEqualTo("UP");
		assertThat(readiness.json().path("components").path("luceneKnowledgeBase").path("status").asString())
			.isEqualTo("UP");
		assertThat(readiness.body()).as("no details beyond the status").doesNotContain("articles", "database");
	}

	@Test
	void unknownAddressesAndMethodsGetJsonErrors() {
		assertThat(get("/api/v1/chat/sessions").status()).isEqualTo(405);
		assertThat(get("/api/v1/chat/nothing-here").status()).isIn(404, 405);
	}

	private static String find(JsonNode options, String value) {
		List<String> values = new ArrayList<>();
		options.forEach(option -> values.add(option.get("value").asString()));
		assertThat(values).contains(value);
		return value;
	}
}
