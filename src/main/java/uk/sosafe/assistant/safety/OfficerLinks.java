package uk.sosafe.assistant.safety;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.privacy.PersonalData;
import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffAccount;
import uk.sosafe.assistant.staff.StaffDirectory;

/**
 * Which chat account belongs to which officer. An officer asks the staff API for a one-time code and
 * sends it to the bot; from then on the bot knows who pressed Claim. Codes last 15 minutes, are used
 * once and are stored only as hashes; the account is found by a keyed hash and kept encrypted.
 */
@Service
public class OfficerLinks {

	static final Duration CODE_LIFETIME = Duration.ofMinutes(15);

	private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final int CODE_LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A code to send to the bot, and until when it works. */
	public record LinkCode(String code, Instant expiresAt) {
	}

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	private final StaffDirectory staff;

	private final Clock clock;

	private final AuditTrail audit;

	OfficerLinks(JdbcClient jdbc, PersonalData personalData, StaffDirectory staff, Clock clock, AuditTrail audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.staff = staff;
		this.clock = clock;
	}

	/** A fresh one-time code for this officer; any earlier unused code stops working. */
	@Transactional
	public LinkCode issue(String username) {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		Instant expiresAt = this.clock.instant().plus(CODE_LIFETIME);
		this.jdbc.sql("DELETE FROM officer_link_codes WHERE staff_username = :user OR expires_at < :now")
			.param("user", username)
			.param("now", this.clock.millis())
			.update();
		this.jdbc.sql("INSERT INTO officer_link_codes (code_hash, staff_username, expires_at) VALUES (:hash, :user, :expires)")
			.param("hash", codeHash(code.toString()))
			.param("user", username)
			.param("expires", expiresAt.toEpochMilli())
			.update();
		return new LinkCode(code.toString(), expiresAt);
	}

	/**
	 * Links the account that sent a valid code to the code's officer, replacing any earlier link on
	 * either side; returns the officer's username, or empty when the code is wrong, used or out of date.
	 */
	@Transactional
	public Optional<String> redeem(Channel channel, String account, String code) {
		String hash = codeHash(code.strip().toUpperCase(java.util.Locale.ROOT));
		Optional<String> username = this.jdbc
			.sql("SELECT staff_username FROM officer_link_codes WHERE code_hash = :hash AND expires_at >= :now")
			.param("hash", hash)
			.param("now", this.clock.millis())
			.query(String.class)
			.optional();
		this.jdbc.sql("DELETE FROM officer_link_codes WHERE code_hash = :hash").param("hash", hash).update();
		username.ifPresent(user -> {
			String accountHash = accountHash(channel, account);
			this.jdbc.sql("DELETE FROM officer_links WHERE staff_username = :user OR account_hash IN (:hashes)")
				.param("user", user)
				.param("hashes", this.personalData.keyedHashes(accountInput(channel, account)))
				.update();
			this.jdbc.sql("""
					INSERT INTO officer_links (staff_username, channel, account_hash, account_enc, linked_at)
					VALUES (:user, :channel, :hash, :enc, :at)""")
				.param("user", user)
				.param("channel", channel.name())
				.param("hash", accountHash)
				.param("enc", this.personalData.encrypt(account))
				.param("at", this.clock.millis())
				.update();
			this.audit.record(user, "TELEGRAM_LINKED", "account:" + user, null);
		});
		return username;
	}

	/** Forgets an officer's link (they left, or changed phones). */
	@Transactional
	public boolean unlink(String username) {
		boolean unlinked = this.jdbc.sql("DELETE FROM officer_links WHERE staff_username = :user").param("user", username)
			.update() > 0;
		if (unlinked) {
			this.audit.record(username, "TELEGRAM_UNLINKED", "account:" + username, null);
		}
		return unlinked;
	}

	/** The enabled officer linked to this account, with their teams. */
	public Optional<CaseDesk.Officer> officerAt(Channel channel, String account) {
		return this.jdbc.sql("SELECT staff_username FROM officer_links WHERE account_hash IN (:hashes)")
			.param("hashes", this.personalData.keyedHashes(accountInput(channel, account)))
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.flatMap(this.staff::find)
			.filter(OfficerLinks::mayWorkCases)
			.map(found -> new CaseDesk.Officer(found.username(), found.teams()));
	}

	/** The chat account an officer linked, to send them case details privately. */
	public Optional<String> accountOf(String username, Channel channel) {
		return this.jdbc.sql("SELECT account_enc FROM officer_links WHERE staff_username = :user AND channel = :channel")
			.param("user", username)
			.param("channel", channel.name())
			.query((rs, row) -> this.personalData.decrypt(rs.getBytes(1)))
			.optional();
	}

	/** When this officer linked an account on the channel, if they have. */
	public Optional<Instant> linkedAt(String username, Channel channel) {
		return this.jdbc.sql("SELECT linked_at FROM officer_links WHERE staff_username = :user AND channel = :channel")
			.param("user", username)
			.param("channel", channel.name())
			.query(Long.class)
			.optional()
			.map(Instant::ofEpochMilli);
	}

	/** Whether this officer has linked an account on the channel. */
	public boolean isLinked(String username, Channel channel) {
		return accountOf(username, channel).isPresent();
	}

	/** The name colleagues know an officer by: their display name, or their username. */
	String nameOf(String username) {
		return this.staff.find(username).map(StaffAccount::displayName).filter(name -> name != null && !name.isBlank())
			.orElse(username);
	}

	private static boolean mayWorkCases(StaffAccount account) {
		return account.enabled() && account.roles().contains(Role.OFFICER);
	}

	private String accountHash(Channel channel, String account) {
		return this.personalData.keyedHash(accountInput(channel, account));
	}

	/** What an officer's account hash is made of (also re-made by {@link SafetyKeys} in a key rotation). */
	static String accountInput(Channel channel, String account) {
		return "officer:" + channel.name() + ":" + account;
	}

	private String codeHash(String code) {
		return this.personalData.keyedHash("link-code:" + code);
	}
}
