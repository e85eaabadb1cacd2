package uk.sosafe.assistant.safety;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.privacy.PersonalData;
import uk.sosafe.assistant.privacy.Resealable;
import uk.sosafe.assistant.privacy.SealedColumns;
import uk.sosafe.assistant.privacy.SealedColumns.Column;

/**
 * The safety module's part of a key rotation: disclosures, follow-ups, drafts and officers' Telegram
 * accounts re-sealed, and the accounts' hashes re-made.
 */
@Component
class SafetyKeys implements Resealable {

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	private final SealedColumns sealed;

	SafetyKeys(JdbcClient jdbc, PersonalData personalData, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.sealed = new SealedColumns("safety", jdbc, personalData, transactions, Column.of("cases", "id", "disclosure_enc"),
				Column.of("case_followups", "id", "text_enc"), Column.of("case_drafts", "resident_id", "text_enc"),
				Column.of("case_drafts", "resident_id", "times_enc"), Column.of("officer_links", "staff_username", "account_enc"));
	}

	@Override
	public String name() {
		return "safety";
	}

	@Override
	public Resealed resealUnderCurrentKey() {
		return this.sealed.resealUnderCurrentKey().plus(Resealed.of(rehashOfficerAccounts()));
	}

	private int rehashOfficerAccounts() {
		record Link(String username, String channel, String hash, byte[] account) {
		}
		List<Link> links = this.jdbc.sql("SELECT staff_username, channel, account_hash, account_enc FROM officer_links")
			.query((rs, row) -> new Link(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
			.list();
		int rehashed = 0;
		for (Link link : links) {
			String current = this.personalData.keyedHash(OfficerLinks.accountInput(Channel.valueOf(link.channel()),
					this.personalData.decrypt(link.account())));
			if (!current.equals(link.hash())) {
				rehashed += this.jdbc.sql("UPDATE officer_links SET account_hash = :current WHERE staff_username = :user AND account_hash = :previous")
					.param("current", current).param("user", link.username()).param("previous", link.hash()).update();
			}
		}
		return rehashed;
	}
}
