package uk.sosafe.assistant.conversation;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.cluster.CommittedReads;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.ResidentOptedIn;
import uk.sosafe.assistant.conversation.spi.ResidentOptedOut;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.privacy.PersonalData;

/**
 * The one place channel addresses are kept: encrypted, found by keyed hash, and mapped to a random
 * resident id that the rest of the system uses instead.
 */
@Component
class ResidentDirectory implements Residents {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final CommittedReads reads;

	private final PersonalData personalData;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ResidentDirectory(JdbcClient jdbc, CommittedReads reads, PersonalData personalData, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.reads = reads;
		this.personalData = personalData;
		this.clock = clock;
	}

	@Override
	@Transactional
	public ResidentId resolve(Channel channel, String address) {
		List<String> hashes = hashes(channel, address);
		long now = this.clock.millis();
		Optional<ResidentId> known = findByHashes(channel, hashes);
		if (known.isPresent()) {
			this.jdbc.sql("UPDATE residents SET last_seen_at = :now WHERE id = :id")
				.param("now", now).param("id", known.get().value()).update();
			return known.get();
		}
		this.jdbc.sql("""
				INSERT INTO residents (id, channel, address_hash, address_enc, created_at, last_seen_at)
				VALUES (:id, :channel, :hash, :address, :now, :now)
				ON CONFLICT (channel, address_hash) DO UPDATE SET last_seen_at = excluded.last_seen_at""")
			.param("id", newId())
			.param("channel", channel.name())
			.param("hash", hashes.get(0))
			.param("address", this.personalData.encrypt(address))
			.param("now", now)
			.update();
		return findByHashes(channel, hashes).orElseThrow();
	}

	@Override
	public Optional<ResidentId> find(Channel channel, String address) {
		return findByHashes(channel, hashes(channel, address));
	}

	@Override
	public Optional<String> addressOf(ResidentId resident) {
		return this.jdbc.sql("SELECT address_enc FROM residents WHERE id = :id")
			.param("id", resident.value())
			.query((rs, row) -> this.personalData.decrypt(rs.getBytes(1)))
			.optional();
	}

	@Override
	public Optional<Channel> channelOf(ResidentId resident) {
		return this.jdbc.sql("SELECT channel FROM residents WHERE id = :id")
			.param("id", resident.value())
			.query((rs, row) -> Channel.valueOf(rs.getString(1)))
			.optional();
	}

	@Override
	public void recordSource(ResidentId resident, String source) {
		this.jdbc.sql("UPDATE residents SET source = :source WHERE id = :id AND source IS NULL")
			.param("source", source)
			.param("id", resident.value())
			.update();
	}

	@Override
	public void optOut(ResidentId resident, String reason) {
		if (this.personalData.rotating() && isOptedOut(resident)) {
			return;
		}
		int added = this.jdbc.sql("""
				INSERT INTO opt_outs (channel, address_hash, reason, created_at, hash_key)
				SELECT channel, address_hash, :reason, :now, :key FROM residents WHERE id = :id
				ON CONFLICT (channel, address_hash) DO NOTHING""")
			.param("reason", reason)
			.param("key", this.personalData.keyId())
			.param("now", this.clock.millis())
			.param("id", resident.value())
			.update();
		if (added > 0) {
			channelOf(resident).ifPresent(channel -> this.events.publishEvent(new ResidentOptedOut(resident, channel, reason)));
		}
	}

	@Override
	public void optIn(ResidentId resident) {
		int removed = addressHashes(resident).map(known -> this.jdbc.sql("""
				DELETE FROM opt_outs WHERE channel = :channel AND address_hash IN (:hashes)""")
			.param("channel", known.channel().name())
			.param("hashes", known.hashes())
			.update()).orElse(0);
		if (removed > 0) {
			channelOf(resident).ifPresent(channel -> this.events.publishEvent(new ResidentOptedIn(resident, channel, "came back")));
		}
	}

	/** Whether the resident's address opted out, under either key while the data key is being rotated. */
	@Override
	public boolean isOptedOut(ResidentId resident) {
		return addressHashes(resident).map(known -> this.jdbc.sql("""
				SELECT COUNT(*) FROM opt_outs WHERE channel = :channel AND address_hash IN (:hashes)""")
			.param("channel", known.channel().name())
			.param("hashes", known.hashes())
			.query(Integer.class)
			.single() > 0).orElse(false);
	}

	/**
	 * The hashes an address may be stored under: the resident's own, and while rotating the data key, both
	 * keys' hashes of their address (an opt-out may predate the rotation).
	 */
	private Optional<AddressHashes> addressHashes(ResidentId resident) {
		return this.jdbc.sql("SELECT channel, address_hash, address_enc FROM residents WHERE id = :id")
			.param("id", resident.value())
			.query((rs, row) -> {
				Channel channel = Channel.valueOf(rs.getString(1));
				List<String> hashes = this.personalData.rotating()
						? hashes(channel, this.personalData.decrypt(rs.getBytes(3))) : List.of(rs.getString(2));
				return new AddressHashes(channel, hashes);
			})
			.optional();
	}

	private record AddressHashes(Channel channel, List<String> hashes) {
	}

	/** Notes that a resident was heard from now, for their retention period. */
	void seen(ResidentId resident) {
		this.jdbc.sql("UPDATE residents SET last_seen_at = :now WHERE id = :id")
			.param("now", this.clock.millis())
			.param("id", resident.value())
			.update();
	}

	@EventListener
	@Transactional
	void on(ResidentForgotten event) {
		this.jdbc.sql("DELETE FROM residents WHERE id = :id").param("id", event.resident().value()).update();
	}

	private Optional<ResidentId> findByHashes(Channel channel, List<String> hashes) {
		return this.reads.sql("SELECT id FROM residents WHERE channel = :channel AND address_hash IN (:hashes)")
			.param("channel", channel.name())
			.param("hashes", hashes)
			.query((rs, row) -> new ResidentId(rs.getString(1)))
			.list()
			.stream()
			.findFirst();
	}

	/** The keyed hashes of an address: the current key's first. */
	private List<String> hashes(Channel channel, String address) {
		return this.personalData.keyedHashes(channel.name() + ":" + address);
	}

	private static String newId() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		return "r_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
