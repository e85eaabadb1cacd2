package uk.sosafe.assistant.conversation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.sosafe.assistant.privacy.PersonalData;
import uk.sosafe.assistant.privacy.Resealable;
import uk.sosafe.assistant.privacy.SealedColumns;
import uk.sosafe.assistant.privacy.SealedColumns.Column;

/**
 * The conversation module's part of a key rotation: addresses, transcript, inbox and outbox re-sealed, and
 * each resident's address hash re-made from their address, with their opt-out. Opt-outs of forgotten
 * residents cannot be re-made (their address is not held): they are counted as left.
 */
@Component
class ConversationKeys implements Resealable {

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	private final TransactionTemplate transactions;

	private final SealedColumns sealed;

	ConversationKeys(JdbcClient jdbc, PersonalData personalData, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.transactions = new TransactionTemplate(transactions);
		this.sealed = new SealedColumns("conversation", jdbc, personalData, transactions,
				Column.of("residents", "id", "address_enc"), Column.of("transcript_entries", "id", "body_enc"),
				Column.of("inbox", "id", "text_enc"), Column.of("outbox", "id", "body_enc"),
				Column.of("outbox", "id", "address_enc"));
	}

	@Override
	public String name() {
		return "conversation";
	}

	@Override
	public Resealed resealUnderCurrentKey() {
		Resealed resealed = this.sealed.resealUnderCurrentKey().plus(Resealed.of(rehashResidents()));
		long orphans = this.jdbc.sql("SELECT COUNT(*) FROM opt_outs WHERE hash_key IS NULL OR hash_key <> :key")
			.param("key", this.personalData.keyId()).query(Long.class).single();
		return orphans == 0 ? resealed : resealed.plus(new Resealed(0, (int) orphans,
				orphans + " opt-outs of forgotten residents stay hashed under the previous key (their address is not held)"));
	}

	private int rehashResidents() {
		record Known(String id, String channel, String hash, byte[] address) {
		}
		List<Known> residents = this.jdbc.sql("SELECT id, channel, address_hash, address_enc FROM residents")
			.query((rs, row) -> new Known(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
			.list();
		int rehashed = 0;
		for (Known resident : residents) {
			List<String> hashes = this.personalData.keyedHashes(resident.channel() + ":" + this.personalData.decrypt(resident.address()));
			String current = hashes.get(0);
			if (!current.equals(resident.hash())) {
				rehashed++;
			}
			this.transactions.executeWithoutResult(status -> {
				if (!current.equals(resident.hash())) {
					this.jdbc.sql("UPDATE residents SET address_hash = :current WHERE id = :id")
						.param("current", current).param("id", resident.id()).update();
				}
				hashes.stream().skip(1).forEach(previous -> moveOptOut(resident.channel(), previous, current));
			});
		}
		this.jdbc.sql("""
				UPDATE opt_outs SET hash_key = :key WHERE hash_key IS NULL AND EXISTS (SELECT 1 FROM residents r
				WHERE r.channel = opt_outs.channel AND r.address_hash = opt_outs.address_hash)""")
			.param("key", this.personalData.keyId()).update();
		return rehashed;
	}

	/** An opt-out under the previous key's hash, moved to the current key's: the address stays opted out. */
	private void moveOptOut(String channel, String previous, String current) {
		this.jdbc.sql("""
				INSERT INTO opt_outs (channel, address_hash, reason, created_at, hash_key)
				SELECT channel, :current, reason, created_at, :key FROM opt_outs WHERE channel = :channel AND address_hash = :previous
				ON CONFLICT (channel, address_hash) DO NOTHING""")
			.param("current", current).param("key", this.personalData.keyId()).param("channel", channel)
			.param("previous", previous).update();
		this.jdbc.sql("DELETE FROM opt_outs WHERE channel = :channel AND address_hash = :previous")
			.param("channel", channel).param("previous", previous).update();
	}
}
