package uk.sosafe.assistant.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.SurveyTakenUp;

/**
 * What residents did with a campaign: which reply option each chose (one answer each), and how
 * many began and finished the survey it invited them to, counted from the survey's events, which say
 * nothing about who.
 */
@Component
class CampaignResponses {

	private final JdbcClient jdbc;

	private final Campaigns campaigns;

	CampaignResponses(JdbcClient jdbc, Campaigns campaigns) {
		this.jdbc = jdbc;
		this.campaigns = campaigns;
	}

	void recordReply(Campaign campaign, ResidentId resident, int choice, long at) {
		this.jdbc.sql("""
				INSERT INTO campaign_replies (campaign_id, resident_id, choice, at) VALUES (:campaign, :resident, :choice, :at)
				ON CONFLICT (campaign_id, resident_id) DO UPDATE SET choice = excluded.choice, at = excluded.at""")
			.param("campaign", campaign.id())
			.param("resident", resident.value())
			.param("choice", choice)
			.param("at", at)
			.update();
	}

	/** How many residents chose each option, by its words, in the campaign's order. */
	Map<String, Long> answers(Campaign campaign) {
		Map<Integer, Long> byChoice = new LinkedHashMap<>();
		this.jdbc.sql("SELECT choice, COUNT(*) FROM campaign_replies WHERE campaign_id = :id GROUP BY choice")
			.param("id", campaign.id())
			.query((rs, row) -> byChoice.put(rs.getInt(1), rs.getLong(2)))
			.list();
		Map<String, Long> answers = new LinkedHashMap<>();
		List<String> options = campaign.options();
		for (int i = 0; i < options.size(); i++) {
			answers.put(options.get(i), byChoice.getOrDefault(i + 1, 0L));
		}
		return answers;
	}

	/** Survey responses begun and finished from this campaign's invitation. */
	SurveyCounts surveyCounts(String campaignId) {
		return this.jdbc.sql("SELECT started, finished FROM campaign_survey_counts WHERE campaign_id = :id")
			.param("id", campaignId)
			.query((rs, row) -> new SurveyCounts(rs.getLong(1), rs.getLong(2)))
			.optional()
			.orElse(new SurveyCounts(0, 0));
	}

	@EventListener
	void on(SurveyTakenUp event) {
		this.campaigns.findByStartCode(event.source()).ifPresent(campaign -> this.jdbc.sql("""
				INSERT INTO campaign_survey_counts (campaign_id, started, finished) VALUES (:id, :started, :finished)
				ON CONFLICT (campaign_id) DO UPDATE SET started = campaign_survey_counts.started + excluded.started,
				finished = campaign_survey_counts.finished + excluded.finished""")
			.param("id", campaign.id())
			.param("started", event.finished() ? 0 : 1)
			.param("finished", event.finished() ? 1 : 0)
			.update());
	}

	@EventListener
	void on(ResidentForgotten event) {
		this.jdbc.sql("DELETE FROM campaign_replies WHERE resident_id = :resident").param("resident", event.resident().value())
			.update();
	}

	/** Survey responses from a campaign's invitation. */
	record SurveyCounts(long started, long finished) {
	}
}
