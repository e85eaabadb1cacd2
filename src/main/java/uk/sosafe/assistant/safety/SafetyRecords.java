package uk.sosafe.assistant.safety;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.ResidentRecords;
import uk.sosafe.assistant.privacy.PersonalData;

/**
 * The safety module's share of a subject-access export: the cases the resident is the subject of (with
 * what they disclosed and wrote afterwards, and what was done, without the names of staff), a disclosure
 * still waiting for their yes, and whether they are protected from unprompted messages. Cases outlive
 * "forget": they follow the case retention policy.
 */
@Component
class SafetyRecords implements ResidentRecords {

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	SafetyRecords(JdbcClient jdbc, PersonalData personalData) {
		this.jdbc = jdbc;
		this.personalData = personalData;
	}

	@Override
	public String part() {
		return "safeguarding";
	}

	@Override
	public Map<String, Object> export(ResidentId resident) {
		Map<String, Object> export = new LinkedHashMap<>();
		List<CaseView> cases = cases(resident);
		if (!cases.isEmpty()) {
			export.put("cases", cases);
		}
		this.jdbc.sql("SELECT category, text_enc, times_enc, created_at FROM case_drafts WHERE resident_id = :id")
			.param("id", resident.value())
			.query((rs, row) -> new DraftView(rs.getString(1), this.personalData.decrypt(rs.getBytes(2)),
					rs.getBytes(3) == null ? null : this.personalData.decrypt(rs.getBytes(3)), Instant.ofEpochMilli(rs.getLong(4))))
			.optional()
			.ifPresent(draft -> export.put("disclosureAwaitingConsent", draft));
		this.jdbc.sql("SELECT since FROM protected_residents WHERE resident_id = :id")
			.param("id", resident.value())
			.query((rs, row) -> Instant.ofEpochMilli(rs.getLong(1)))
			.optional()
			.ifPresent(since -> export.put("protectedFromUnpromptedMessagesSince", since));
		return export;
	}

	@Override
	public List<String> keptAfterForgetting(ResidentId resident) {
		long cases = this.jdbc.sql("SELECT COUNT(*) FROM cases WHERE resident_id = :id").param("id", resident.value())
			.query(Long.class).single();
		return cases == 0 ? List.of() : List.of(cases + (cases == 1 ? " safeguarding case" : " safeguarding cases")
				+ ", kept under the case retention policy (sosafe.retention.closed-cases after closing).");
	}

	private List<CaseView> cases(ResidentId resident) {
		record Row(String id, CaseView view) {
		}
		List<Row> rows = this.jdbc.sql("""
				SELECT id, reference, category, status, contact, safe_times, area, disclosure_enc, outcome, created_at, closed_at
				FROM cases WHERE resident_id = :id ORDER BY created_at""")
			.param("id", resident.value())
			.query((rs, row) -> new Row(rs.getString(1), new CaseView(rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), this.personalData.decrypt(rs.getBytes(8)), List.of(),
					List.of(), rs.getString(9), Instant.ofEpochMilli(rs.getLong(10)),
					rs.getObject(11) == null ? null : Instant.ofEpochMilli(rs.getLong(11)))))
			.list();
		return rows.stream().map(row -> row.view().with(followUps(row.id()), events(row.id()))).toList();
	}

	private List<String> followUps(String caseId) {
		return this.jdbc.sql("SELECT text_enc FROM case_followups WHERE case_id = :id ORDER BY id").param("id", caseId)
			.query((rs, row) -> this.personalData.decrypt(rs.getBytes(1)))
			.list();
	}

	private List<EventView> events(String caseId) {
		return this.jdbc.sql("SELECT action, at FROM case_events WHERE case_id = :id ORDER BY id").param("id", caseId)
			.query((rs, row) -> new EventView(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))))
			.list();
	}

	record CaseView(String reference, String category, String status, String contact, String safeTimes, String area,
			String disclosed, List<String> writtenSince, List<EventView> whatWasDone, String outcome, Instant openedAt,
			Instant closedAt) {

		CaseView with(List<String> followUps, List<EventView> events) {
			return new CaseView(this.reference, this.category, this.status, this.contact, this.safeTimes, this.area,
					this.disclosed, followUps, events, this.outcome, this.openedAt, this.closedAt);
		}
	}

	record DraftView(String category, String disclosed, String safeTimes, Instant at) {
	}

	record EventView(String action, Instant at) {
	}
}
