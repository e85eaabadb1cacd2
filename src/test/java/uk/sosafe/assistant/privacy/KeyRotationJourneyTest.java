package uk.sosafe.assistant.privacy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.sosafe.assistant.HttpTest;
import uk.sosafe.assistant.SosafeAssistantApplication;
import uk.sosafe.assistant.conversation.Transcript;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.operations.SubjectAccess;
import uk.sosafe.assistant.system.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data key is replaced. Started with the new key and the old one as previous, the service still finds
 * residents, honours opt-outs (also of a forgotten number that comes back) and reads what was sealed; the
 * rotation then rewrites every sealed column and hash under the new key and says what it could not (the
 * opt-out of a forgotten resident who never came back). Started again with the new key alone, everything
 * still works.
 */
class KeyRotationJourneyTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@TempDir
	Path data;

	private final String oldKey = key();

	private final String newKey = key();

	@Test
	void aRotatedServiceKeepsEveryoneAndThenRunsOnTheNewKeyAlone() throws Exception {
		String stopped = "+447700900301";
		String forgottenBack = "+447700900302";
		String forgottenGone = "+447700900303";
		ResidentId chat;
		ResidentId stoppedId;
		try (ConfigurableApplicationContext app = start(this.oldKey, null)) {
			chat = webChat(app, "how do I report a scam?");
			Residents residents = app.getBean(Residents.class);
			stoppedId = optedOut(residents, stopped);
			app.getBean(SubjectAccess.class).erase("test", optedOut(residents, forgottenBack));
			app.getBean(SubjectAccess.class).erase("test", optedOut(residents, forgottenGone));
		}

		try (ConfigurableApplicationContext app = start(this.newKey, this.oldKey)) {
			Residents residents = app.getBean(Residents.class);
			assertThat(residents.find(Channel.SMS, stopped)).contains(stoppedId);
			assertThat(residents.isOptedOut(stoppedId)).isTrue();
			assertThat(residents.isOptedOut(residents.resolve(Channel.SMS, forgottenBack))).as("a forgotten STOP still holds").isTrue();
			assertThat(app.getBean(Transcript.class).of(chat)).extracting(Transcript.Entry::text).contains("how do I report a scam?");

			KeyRotation.Report report = app.getBean(KeyRotation.class).run();

			assertThat(report.done()).isFalse();
			assertThat(report.parts().get("conversation").left()).isEqualTo(1);
			assertThat(report.parts().get("conversation").why()).contains("opt-outs of forgotten residents");
			assertThat(unreadableUnder(app.getBean(JdbcClient.class), new PersonalData(Base64.getDecoder().decode(this.newKey))))
				.as("sealed values the new key alone cannot open").isEmpty();
		}

		try (ConfigurableApplicationContext app = start(this.newKey, null)) {
			Residents residents = app.getBean(Residents.class);
			assertThat(residents.find(Channel.SMS, stopped)).contains(stoppedId);
			assertThat(residents.isOptedOut(stoppedId)).isTrue();
			assertThat(residents.isOptedOut(residents.find(Channel.SMS, forgottenBack).orElseThrow())).isTrue();
			assertThat(app.getBean(Transcript.class).of(chat)).extracting(Transcript.Entry::text).contains("how do I report a scam?");
			assertThat(app.getBean(SubjectAccess.class).export("test", chat)).isPresent();
		}
	}

	private ConfigurableApplicationContext start(String dataKey, String previousKey) {
		List<String> properties = new ArrayList<>(List.of("sosafe.data-dir=" + this.data, "server.port=0",
				"sosafe.privacy.data-key=" + dataKey, "sosafe.knowledge.reload-check=0s",
				"SOSAFE_ADMIN_PASSWORD=" + HttpTest.ADMIN_PASSWORD, "sosafe.backup.schedule=-"));
		if (previousKey != null) {
			properties.add("sosafe.privacy.previous-data-key=" + previousKey);
		}
		return new SpringApplicationBuilder(SosafeAssistantApplication.class).properties(properties.toArray(String[]::new)).run();
	}

	private static ResidentId webChat(ConfigurableApplicationContext app, String text) throws Exception {
		String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
		String session = JSON.readTree(post(base + "/api/v1/chat/sessions", "")).get("sessionId").asString();
		post(base + "/api/v1/chat/sessions/" + session + "/messages", JSON.createObjectNode().put("text", text).toString());
		return app.getBean(Residents.class).find(Channel.WEB, session).orElseThrow();
	}

	private static String post(String url, String json) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static ResidentId optedOut(Residents residents, String number) {
		ResidentId resident = residents.resolve(Channel.SMS, number);
		residents.optOut(resident, "texted a stop word");
		return resident;
	}

	/** Every BLOB value in every table that this key cannot open. */
	private static List<String> unreadableUnder(JdbcClient jdbc, PersonalData key) {
		List<String> unreadable = new ArrayList<>();
		for (String table : TestDatabases.tables(jdbc)) {
			jdbc.sql("SELECT * FROM " + table).query((RowCallbackHandler) rs -> {
				ResultSetMetaData columns = rs.getMetaData();
				for (int i = 1; i <= columns.getColumnCount(); i++) {
					if (rs.getObject(i) instanceof byte[] sealed && !key.sealedUnderCurrentKey(sealed)) {
						unreadable.add(table + "." + columns.getColumnName(i));
					}
				}
			});
		}
		return unreadable;
	}

	private static String key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}
}
