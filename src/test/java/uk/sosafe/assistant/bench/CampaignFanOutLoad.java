package uk.sosafe.assistant.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.sosafe.assistant.SosafeAssistantApplication;
import uk.sosafe.assistant.campaign.Campaign;
import uk.sosafe.assistant.campaign.CampaignDesk;
import uk.sosafe.assistant.campaign.CampaignStatus;
import uk.sosafe.assistant.campaign.CampaignTopic;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;

/**
 * How long the fan-out takes to resolve a campaign's audience and queue it in the outbox: creates N
 * confirmed Telegram subscribers on a throwaway SQLite file, sends an approved campaign, and times it
 * until every recipient is queued (sending is off, so only resolving and queueing is measured). A
 * harness, not a test: {@code ./mvnw -Pbench verify -DskipTests} (argument: recipients).
 */
public final class CampaignFanOutLoad {

	private CampaignFanOutLoad() {
	}

	public static void main(String[] args) throws Exception {
		int recipients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path data = Files.createTempDirectory("sosafe-bench-campaign-");
		ConfigurableApplicationContext app = SpringApplication.run(SosafeAssistantApplication.class, "--server.port=0",
				"--sosafe.data-dir=" + data, "--sosafe.knowledge.reload-check=0s", "--logging.level.root=WARN",
				"--SOSAFE_ADMIN_PASSWORD=benchmark-only-password", "--sosafe.outbox.dispatch=false",
				"--sosafe.campaigns.fan-out-check=20ms", "--sosafe.campaigns.batch-size=2000",
				"--sosafe.campaigns.max-queued=100000000");
		try {
			Residents residents = app.getBean(Residents.class);
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
			long setUp = System.nanoTime();
			for (int start = 0; start < recipients; start += 5_000) {
				int from = start;
				transactions.executeWithoutResult(status -> {
					for (int i = from; i < Math.min(from + 5_000, recipients); i++) {
						ResidentId resident = residents.resolve(Channel.TELEGRAM, String.valueOf(7_000_000_000L + i));
						jdbc.sql("""
								INSERT INTO subscriptions (resident_id, topic, channel, status, created_at, confirmed_at)
								VALUES (:resident, 'scams', 'TELEGRAM', 'CONFIRMED', 0, 0)""").param("resident", resident.value()).update();
					}
				});
			}
			System.out.printf("set up %,d subscribers in %.1f s%n", recipients, (System.nanoTime() - setUp) / 1e9);

			CampaignDesk desk = app.getBean(CampaignDesk.class);
			Campaign campaign = desk.write("bench.author", new Campaign.Content("Bench " + UUID.randomUUID(),
					"Scam alert: fake police officers are phoning older residents.", null, Set.of(CampaignTopic.SCAMS), Set.of(),
					Set.of(Channel.TELEGRAM), true));
			desk.approve(campaign.id(), "bench.approver");
			long started = System.nanoTime();
			desk.send(campaign.id(), null);
			while (desk.find(campaign.id()).status() != CampaignStatus.QUEUED_ALL
					&& desk.find(campaign.id()).status() != CampaignStatus.FINISHED) {
				Thread.sleep(20);
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			long queued = jdbc.sql("SELECT COUNT(*) FROM outbox WHERE campaign_id = :id").param("id", campaign.id())
				.query(Long.class).single();
			System.out.printf("campaign fan-out: %,d recipients resolved and queued in %.1f s (%,.0f a second)%n", queued, seconds,
					queued / seconds);
		}
		finally {
			app.close();
		}
	}
}
