package uk.sosafe.assistant.channel.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.ResidentRecords;
import uk.sosafe.assistant.privacy.PersonalData;

/** The web chat's share of a subject-access export: messages waiting for the chat page to fetch them. */
@Component
class WebMailboxRecords implements ResidentRecords {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	WebMailboxRecords(JdbcClient jdbc, PersonalData personalData) {
		this.jdbc = jdbc;
		this.personalData = personalData;
	}

	@Override
	public String part() {
		return "webChat";
	}

	@Override
	public Map<String, Object> export(ResidentId resident) {
		List<Waiting> waiting = this.jdbc.sql("SELECT body_enc, at FROM web_mailbox WHERE resident_id = :id ORDER BY id")
			.param("id", resident.value())
			.query((rs, row) -> new Waiting(List.of(JSON.readValue(this.personalData.decrypt(rs.getBytes(1)), Reply[].class))
				.stream().map(Reply::text).collect(Collectors.joining("\n\n")), Instant.ofEpochMilli(rs.getLong(2))))
			.list();
		return waiting.isEmpty() ? Map.of() : Map.of("messagesWaiting", waiting);
	}

	record Waiting(String text, Instant at) {
	}
}
