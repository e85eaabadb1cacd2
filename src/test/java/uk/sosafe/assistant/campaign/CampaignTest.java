package uk.sosafe.assistant.campaign;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.conversation.spi.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The campaign's own rules, and quiet hours. */
class CampaignTest {

	private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

	private static final Campaign.Content CONTENT = new Campaign.Content("Courier fraud", "Telegram text", "SMS text",
			Set.of(CampaignTopic.SCAMS), Set.of(), Set.of(Channel.TELEGRAM, Channel.SMS), false);

	@Test
	void onlySomeoneOtherThanTheAuthorApprovesAndNothingSendsBeforeThat() {
		Campaign campaign = Campaign.draft("c1", "author", CONTENT, "c-abc", NOW);

		assertThatThrownBy(() -> campaign.schedule(NOW, NOW)).hasMessageContaining("not been approved");
		assertThatThrownBy(() -> campaign.approve("author", NOW)).hasMessageContaining("other than the author");
		campaign.approve("second", NOW);
		campaign.schedule(NOW.plusSeconds(60), NOW);

		assertThat(campaign.status()).isEqualTo(CampaignStatus.SCHEDULED);
		assertThat(campaign.isDue(NOW)).isFalse();
		assertThat(campaign.isDue(NOW.plusSeconds(60))).isTrue();
	}

	@Test
	void changingAnApprovedCampaignNeedsANewApprovalAndASentOneCannotChange() {
		Campaign campaign = Campaign.draft("c1", "author", CONTENT, "c-abc", NOW);
		campaign.approve("second", NOW);

		campaign.change(CONTENT, NOW);

		assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
		assertThat(campaign.approvedBy()).isNull();
		campaign.approve("second", NOW);
		campaign.schedule(NOW, NOW);
		assertThatThrownBy(() -> campaign.change(CONTENT, NOW)).hasMessageContaining("can no longer be changed");
	}

	@Test
	void aCancelledCampaignStaysCancelledAndOnlyAPausedOneResumes() {
		Campaign campaign = Campaign.draft("c1", "author", CONTENT, "c-abc", NOW);
		campaign.approve("second", NOW);
		campaign.schedule(NOW, NOW);
		campaign.pause(NOW);
		campaign.resume(NOW);
		campaign.cancel(NOW);

		assertThat(campaign.status()).isEqualTo(CampaignStatus.CANCELLED);
		assertThatThrownBy(() -> campaign.resume(NOW)).hasMessageContaining("Only a paused");
		assertThatThrownBy(() -> campaign.schedule(NOW, NOW)).isInstanceOf(CampaignRuleException.class);
		assertThatThrownBy(() -> campaign.cancel(NOW)).hasMessageContaining("already cancelled");
	}

	@Test
	void aCampaignNeedsTextForEachOfItsChannelsAndNoWebChat() {
		assertThatThrownBy(() -> Campaign.draft("c", "a", new Campaign.Content("t", "tg", " ", Set.of(CampaignTopic.SCAMS),
				Set.of(), Set.of(Channel.SMS), false), "c-x", NOW)).hasMessageContaining("SMS text");
		assertThatThrownBy(() -> Campaign.draft("c", "a", new Campaign.Content("t", "tg", "sms", Set.of(CampaignTopic.SCAMS),
				Set.of(), Set.of(Channel.WEB), false), "c-x", NOW)).hasMessageContaining("web chat");
		assertThatThrownBy(() -> Campaign.draft("c", "a", new Campaign.Content("t", "tg", "sms", Set.of(), Set.of(),
				Set.of(Channel.TELEGRAM), false), "c-x", NOW)).hasMessageContaining("topic");
	}

	@Test
	void aPlannedTimeMustBeAheadAndSendingUsesItUnlessToldOtherwise() {
		assertThatThrownBy(() -> Campaign.draft("c", "a", CONTENT.sendingAt(NOW.minusSeconds(60)), "c-x", NOW))
			.hasMessageContaining("send time in the future");
		Campaign planned = Campaign.draft("c", "a", CONTENT.sendingAt(NOW.plusSeconds(3600)), "c-x", NOW);
		planned.approve("second", NOW);
		planned.schedule(null, NOW);

		assertThat(planned.sendAt()).isEqualTo(NOW.plusSeconds(3600));
		assertThat(planned.isDue(NOW.plusSeconds(3599))).isFalse();
		assertThat(planned.isDue(NOW.plusSeconds(3600))).isTrue();

		Campaign overtaken = Campaign.draft("c", "a", CONTENT.sendingAt(NOW.plusSeconds(60)), "c-x", NOW);
		overtaken.approve("second", NOW);
		overtaken.schedule(null, NOW.plusSeconds(600));
		assertThat(overtaken.sendAt()).as("a planned time that passed before sending means at once")
			.isEqualTo(NOW.plusSeconds(600));
	}

	@Test
	void aCampaignOffersAtMostThreeShortDistinctOptionsOrASurveyNotBoth() {
		assertThatThrownBy(() -> draft(List.of("A", "B", "C", "D"), null)).hasMessageContaining("at most three");
		assertThatThrownBy(() -> draft(List.of("x".repeat(41)), null)).hasMessageContaining("40 characters");
		assertThatThrownBy(() -> draft(List.of("Yes", "Yes"), null)).hasMessageContaining("different words");
		assertThatThrownBy(() -> draft(List.of("Yes"), "feeling-safe")).hasMessageContaining("not both");

		Campaign campaign = draft(Arrays.asList(" Yes ", "", null, "No"), null);
		assertThat(campaign.options()).containsExactly("Yes", "No");
		assertThat(draft(List.of(), "feeling-safe").surveyId()).isEqualTo("feeling-safe");
	}

	private static Campaign draft(List<String> options, String surveyId) {
		return Campaign.draft("c", "a", new Campaign.Content("t", "tg", null, Set.of(CampaignTopic.SCAMS), Set.of(),
				Set.of(Channel.TELEGRAM), false, options, surveyId, null), "c-x", NOW);
	}

	@Test
	void quietHoursRunPastMidnightInLondonTime() {
		CampaignProperties properties = new CampaignProperties("21:00-08:00", 500, 1000, java.time.Duration.ofSeconds(2));

		assertThat(properties.isQuiet(Instant.parse("2026-12-01T21:30:00Z"))).isTrue();
		assertThat(properties.isQuiet(Instant.parse("2026-12-01T07:59:00Z"))).isTrue();
		assertThat(properties.isQuiet(Instant.parse("2026-12-01T08:00:00Z"))).isFalse();
		assertThat(properties.isQuiet(Instant.parse("2026-07-01T07:30:00Z"))).as("08:30 in summer time").isFalse();
		assertThat(properties.isQuiet(Instant.parse("2026-07-01T20:30:00Z"))).as("21:30 in summer time").isTrue();
		assertThatThrownBy(() -> new CampaignProperties("9pm to 8am", 500, 1000, java.time.Duration.ofSeconds(2)))
			.hasMessageContaining("21:00-08:00");
	}
}
