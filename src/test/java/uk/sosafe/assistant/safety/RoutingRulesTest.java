package uk.sosafe.assistant.safety;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.safety.RoutingRules.RoutingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingRulesTest {

	private static final RoutingRules SHIPPED = RoutingRules.load(Path.of("content/routing.yaml"));

	/** A Wednesday afternoon and a Saturday night, in London. */
	private static final Instant WEDNESDAY_2PM = Instant.parse("2026-11-25T14:00:00Z");

	private static final Instant SATURDAY_11PM = Instant.parse("2026-11-28T23:00:00Z");

	@Test
	void theShippedFileRoutesEveryCategoryToATeamThatCanBeAlerted() {
		for (String category : RoutingRules.CATEGORIES) {
			RoutingRules.Team team = SHIPPED.firstTeam(category, WEDNESDAY_2PM);
			assertThat(team.telegramChat() != null || team.sms() != null).as(category).isTrue();
		}
		assertThat(SHIPPED.firstTeam("domestic-abuse", WEDNESDAY_2PM).id()).isEqualTo("domestic-abuse");
		assertThat(SHIPPED.firstTeam("cuckooing", WEDNESDAY_2PM).id()).isEqualTo("community-safety");
		assertThat(SHIPPED.firstTeam("hate-crime", WEDNESDAY_2PM).id()).isEqualTo("hate-crime");
		assertThat(SHIPPED.firstTeam("child-abuse", WEDNESDAY_2PM).id()).isEqualTo("safeguarding-lead");
	}

	@Test
	void outsideWorkingHoursACaseGoesToTheOutOfHoursTeam() {
		assertThat(SHIPPED.firstTeam("cuckooing", SATURDAY_11PM).id()).isEqualTo("duty-manager");
	}

	@Test
	void anUnclaimedCaseEscalatesAlongItsFirstTeamsChainAndThenStops() {
		RoutingRules.Team first = SHIPPED.firstTeam("cuckooing", WEDNESDAY_2PM);

		assertThat(first.acknowledgeWithin()).isEqualTo(Duration.ofMinutes(30));
		assertThat(SHIPPED.escalation(first, 1).orElseThrow().id()).isEqualTo("community-safety-lead");
		assertThat(SHIPPED.escalation(first, 2).orElseThrow().id()).isEqualTo("duty-manager");
		assertThat(SHIPPED.escalation(first, 3)).isEmpty();
	}

	@Test
	void aBrokenFileIsRefusedWithEveryProblemListed() {
		String yaml = """
				teams:
				  night:
				    name: Night team
				    working-hours: "Fri-Mon 25:00-07:00"
				    acknowledge-within: soon
				    escalation: [nobody]
				    out-of-hours: nowhere
				categories:
				  domestic-abuse: night
				  cuckooing: ghosts
				  burglary: night
				""";

		assertThatThrownBy(() -> RoutingRules.parse("routing.yaml", yaml)).isInstanceOf(RoutingException.class)
			.hasMessageContaining("team night has no telegram-chat and no sms")
			.hasMessageContaining("working-hours")
			.hasMessageContaining("acknowledge-within should be like 30m")
			.hasMessageContaining("category hate-crime has no team")
			.hasMessageContaining("category cuckooing goes to team ghosts, which is not defined")
			.hasMessageContaining("category burglary is not a disclosure category");
	}

	@Test
	void badReferencesAndBadAddressesAreRefused() {
		StringBuilder yaml = new StringBuilder("""
				teams:
				  a:
				    name: A
				    telegram-chat: "not-a-chat"
				    sms: "07700 900901"
				    working-hours: always
				    acknowledge-within: 30m
				    escalation: [a, b]
				    out-of-hours: c
				categories:
				""");
		RoutingRules.CATEGORIES.forEach(category -> yaml.append("  ").append(category).append(": a\n"));

		assertThatThrownBy(() -> RoutingRules.parse("routing.yaml", yaml.toString())).isInstanceOf(RoutingException.class)
			.hasMessageContaining("telegram-chat \"not-a-chat\" is not a Telegram chat id")
			.hasMessageContaining("is not a number in international form")
			.hasMessageContaining("team a escalates to itself")
			.hasMessageContaining("team a escalates to b, which is not defined")
			.hasMessageContaining("out-of-hours cases to c, which is not defined");
	}

	@Test
	void notYamlAtAllIsRefusedClearly() {
		assertThatThrownBy(() -> RoutingRules.parse("routing.yaml", "teams: [unclosed")).isInstanceOf(RoutingException.class)
			.hasMessageContaining("not valid YAML");
	}

	@Test
	void workingHoursKnowDaysTimesAndNightsThatCrossMidnight() {
		WorkingHours office = WorkingHours.parse("Mon-Fri 09:00-17:00");
		WorkingHours nights = WorkingHours.parse("Fri,Sat 22:00-06:00");

		assertThat(office.isOpen(WEDNESDAY_2PM)).isTrue();
		assertThat(office.isOpen(Instant.parse("2026-11-25T17:00:00Z"))).as("closes at five").isFalse();
		assertThat(office.isOpen(SATURDAY_11PM)).isFalse();
		assertThat(nights.isOpen(SATURDAY_11PM)).isTrue();
		assertThat(nights.isOpen(Instant.parse("2026-11-29T05:30:00Z"))).as("early Sunday, after Saturday night").isTrue();
		assertThat(nights.isOpen(Instant.parse("2026-11-30T05:30:00Z"))).as("early Monday").isFalse();
		assertThat(WorkingHours.parse("Mon-Fri 09:00-17:00").isOpen(Instant.parse("2026-07-01T08:30:00Z")))
			.as("British Summer Time: 09:30 in London").isTrue();
		assertThatThrownBy(() -> WorkingHours.parse("weekdays")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> WorkingHours.parse("Mon-Funday 09:00-17:00")).isInstanceOf(IllegalArgumentException.class);
	}
}
