package uk.sosafe.assistant.safety;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import uk.sosafe.assistant.MutableClock;
import uk.sosafe.assistant.audit.AuditQuery;
import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.cluster.ClusterLeases;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.safety.SafeguardingCase.Contact;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unclaimed cases escalate along the chain at their deadlines, on a hand-moved clock and a real SQLite
 * file; the deadlines are in the database, so a new escalation service (as after a restart) carries on.
 */
@SqliteDataTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({ CaseIntake.class, CaseDrafts.class, AuditTrail.class, CaseEscalationDataTest.Parts.class })
class CaseEscalationDataTest {

	@Autowired
	ClusterLeases leases;

	/** A Wednesday, 10:00 in London: the community safety team is at work. */
	static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));

	static final List<String> ALERTED = new ArrayList<>();

	@Autowired
	Cases cases;

	@Autowired
	RoutingRules routing;

	@Autowired
	CaseIntake intake;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditTrail audit;

	@BeforeEach
	void reset() {
		CLOCK.set(Instant.parse("2026-11-25T10:00:00Z"));
		ALERTED.clear();
		this.jdbc.sql("DELETE FROM case_events").update();
		this.jdbc.sql("DELETE FROM cases").update();
	}

	@Test
	void anUnclaimedCaseEscalatesAtEachDeadlineAndSurvivesARestart() {
		SafeguardingCase opened = openCuckooingCase();
		CaseEscalation escalation = newEscalationService();
		assertThat(ALERTED).containsExactly("TELEGRAM:-1002233445566", "SMS:+447700900901");

		CLOCK.advance(Duration.ofMinutes(29));
		assertThat(escalation.escalateOverdue()).as("not yet due").isZero();
		CLOCK.advance(Duration.ofMinutes(2));
		assertThat(escalation.escalateOverdue()).isEqualTo(1);
		assertThat(ALERTED).endsWith("TELEGRAM:-1002233445567", "SMS:+447700900902");

		CaseEscalation afterRestart = newEscalationService();
		CLOCK.advance(Duration.ofMinutes(31));
		assertThat(afterRestart.escalateOverdue()).isEqualTo(1);
		assertThat(ALERTED).endsWith("TELEGRAM:-1002233445599", "SMS:+447700900999");

		SafeguardingCase escalated = this.cases.findById(opened.id()).orElseThrow();
		assertThat(escalated.escalations()).isEqualTo(2);
		assertThat(escalated.mayBeHandledBy(Set.of("duty-manager"))).isTrue();
		assertThat(this.jdbc.sql("SELECT action FROM case_events WHERE case_id = :id ORDER BY id").param("id", opened.id())
			.query(String.class).list()).containsExactly("ESCALATED_TO:community-safety-lead", "ESCALATED_TO:duty-manager");
		assertThat(this.audit.search(new AuditQuery("system", "CASE_ESCALATED", opened.reference(), null, null, 10)))
			.extracting(entry -> entry.detail()).containsExactly("to duty-manager", "to community-safety-lead");
		CLOCK.advance(Duration.ofMinutes(31));
		afterRestart.escalateOverdue();
		assertThat(afterRestart.escalateOverdue()).as("the end of the chain is recorded once").isZero();
	}

	@Test
	void aClaimedCaseDoesNotEscalate() {
		SafeguardingCase opened = openCuckooingCase();
		SafeguardingCase claimed = this.cases.findById(opened.id()).orElseThrow();
		claimed.claim("officer.khan", Set.of("community-safety"), CLOCK.instant());
		this.cases.save(claimed);
		int alerts = ALERTED.size();

		CLOCK.advance(Duration.ofHours(3));

		assertThat(newEscalationService().escalateOverdue()).isZero();
		assertThat(ALERTED).hasSize(alerts);
	}

	private SafeguardingCase openCuckooingCase() {
		return this.intake.open(new ResidentId("r_" + UUID.randomUUID()),
				new CaseDrafts.Draft("cuckooing", false, new byte[] { 1 }, null), Contact.CHAT, null, "Bedwell");
	}

	private CaseEscalation newEscalationService() {
		return new CaseEscalation(this.cases, this.routing, this.intake, this.jdbc, this.transactions, CLOCK, this.audit,
				this.leases);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Parts {

		@Bean
		@Primary
		Clock movableClock() {
			return CLOCK;
		}

		@Bean
		RoutingRules routingRules() {
			return RoutingRules.load(Path.of("content/routing.yaml"));
		}

		@Bean
		ResourceBundleMessageSource messageSource() {
			ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
			messages.setBasename("messages_for_tests");
			messages.setUseCodeAsDefaultMessage(true);
			return messages;
		}

		@Bean
		Residents residents() {
			return new Residents() {

				@Override
				public ResidentId resolve(Channel channel, String address) {
					return new ResidentId(channel + ":" + address);
				}

				@Override
				public Optional<ResidentId> find(Channel channel, String address) {
					return Optional.of(resolve(channel, address));
				}

				@Override
				public Optional<String> addressOf(ResidentId resident) {
					return Optional.empty();
				}

				@Override
				public Optional<Channel> channelOf(ResidentId resident) {
					return Optional.empty();
				}

				@Override
				public void recordSource(ResidentId resident, String source) {
				}

				@Override
				public void optOut(ResidentId resident, String reason) {
				}

				@Override
				public void optIn(ResidentId resident) {
				}

				@Override
				public boolean isOptedOut(ResidentId resident) {
					return false;
				}
			};
		}

		@Bean
		Outbox outbox() {
			return new Outbox() {

				@Override
				public void enqueue(ResidentId resident, List<Reply> replies, Lane lane) {
					assertThat(lane).isEqualTo(Lane.SAFETY);
					ALERTED.add(resident.value());
				}

				@Override
				public void enqueueNotice(ResidentId resident, List<Reply> replies) {
				}

				@Override
				public void enqueueCampaign(ResidentId resident, List<Reply> replies, String campaignId) {
					throw new AssertionError("escalation sends no campaign");
				}

				@Override
				public int holdCampaign(String campaignId) {
					throw new AssertionError("escalation touches no campaign");
				}

				@Override
				public int releaseCampaign(String campaignId) {
					throw new AssertionError("escalation touches no campaign");
				}

				@Override
				public int cancelCampaign(String campaignId) {
					throw new AssertionError("escalation touches no campaign");
				}

				@Override
				public java.util.Map<String, Long> campaignProgress(String campaignId) {
					throw new AssertionError("escalation touches no campaign");
				}

				@Override
				public java.util.Map<String, Long> campaignFailures(String campaignId) {
					throw new AssertionError("escalation touches no campaign");
				}
			};
		}
	}
}
