package uk.sosafe.assistant.survey;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import uk.sosafe.assistant.privacy.PersonalData;
import uk.sosafe.assistant.privacy.Resealable;
import uk.sosafe.assistant.privacy.SealedColumns;
import uk.sosafe.assistant.privacy.SealedColumns.Column;

/**
 * The survey module's part of a key rotation: unfinished answers re-sealed, and "has answered" hashes
 * re-made. A participation hash cannot be read back, so each known resident's hash under the previous key
 * is looked for, survey by survey, and replaced; hashes of residents forgotten since are counted as left.
 */
@Component
class SurveyKeys implements Resealable {

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	private final SealedColumns sealed;

	SurveyKeys(JdbcClient jdbc, PersonalData personalData, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.sealed = new SealedColumns("surveys", jdbc, personalData, transactions,
				new Column("survey_progress", List.of("resident_id", "survey_id"), "progress_enc"));
	}

	@Override
	public String name() {
		return "surveys";
	}

	@Override
	public Resealed resealUnderCurrentKey() {
		return this.sealed.resealUnderCurrentKey().plus(rehashParticipants());
	}

	private Resealed rehashParticipants() {
		record Survey(String id, String salt) {
		}
		List<Survey> surveys = this.jdbc.sql("SELECT id, salt FROM surveys").query((rs, row) -> new Survey(rs.getString(1),
				rs.getString(2))).list();
		// resident ids are the clear value of the hashes; they are read where they are kept
		List<String> residents = this.jdbc.sql("SELECT id FROM residents").query(String.class).list();
		int rehashed = 0;
		int left = 0;
		for (Survey survey : surveys) {
			for (String resident : residents) {
				List<String> hashes = this.personalData.keyedHashes(SurveyResponses.participantInput(survey.salt(), resident));
				for (String previous : hashes.subList(1, hashes.size())) {
					rehashed += this.jdbc.sql("""
							UPDATE survey_participants SET participant_hash = :current WHERE survey_id = :survey
							AND participant_hash = :previous""")
						.param("current", hashes.get(0)).param("survey", survey.id()).param("previous", previous).update();
				}
			}
			left += unknownHashes(survey.id(), survey.salt(), residents);
		}
		return new Resealed(rehashed, left, left == 0 ? null
				: left + " survey participation hashes of residents no longer known stay under the previous key");
	}

	/** Participation hashes that match no known resident under the current key. */
	private int unknownHashes(String survey, String salt, List<String> residents) {
		List<String> stored = this.jdbc.sql("SELECT participant_hash FROM survey_participants WHERE survey_id = :survey")
			.param("survey", survey).query(String.class).list();
		java.util.Set<String> current = new java.util.HashSet<>();
		residents.forEach(resident -> current.add(this.personalData.keyedHash(SurveyResponses.participantInput(salt, resident))));
		return (int) stored.stream().filter(hash -> !current.contains(hash)).count();
	}
}
