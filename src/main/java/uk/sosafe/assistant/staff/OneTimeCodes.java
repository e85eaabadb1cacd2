package uk.sosafe.assistant.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.privacy.PersonalData;

/**
 * Time-based one-time codes (RFC 6238: six digits, 30 seconds, SHA-1, as authenticator apps expect) for
 * the accounts that need them. The app's secret is kept encrypted; a code is accepted from the step
 * before to the step after now (clock drift), each step once only; five wrong codes in a row lock the
 * account like five wrong passwords.
 */
@Service
public class OneTimeCodes {

	/** The name an authenticator app shows for the account. */
	static final String ISSUER = "SoSafe Stevenage";

	private static final int PERIOD_SECONDS = 30;

	private static final int DIGITS = 6;

	/** What became of a code. */
	public enum Result {
		ACCEPTED, WRONG, LOCKED
	}

	/** A new app's secret, to type in, and the same as an otpauth URI, for a QR code. */
	public record Setup(String secret, String uri) {
	}

	private final StaffAccounts accounts;

	private final PersonalData sealing;

	private final AuditTrail audit;

	private final Clock clock;

	private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

	OneTimeCodes(StaffAccounts accounts, PersonalData sealing, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.sealing = sealing;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The secret for an account that has no confirmed app yet: the one waiting for confirmation, or a
	 * new one. Empty when the account has an app already.
	 */
	@Transactional
	public Optional<Setup> setUp(String username) {
		StaffAccount account = this.accounts.findByUsername(username).orElseThrow();
		if (account.hasOneTimeCode()) {
			return Optional.empty();
		}
		String secret;
		if (account.totpSecretEnc() == null) {
			secret = new DefaultSecretGenerator(32).generate();
			account.startCodeSetup(this.sealing.encrypt(secret));
			this.accounts.save(account);
		}
		else {
			secret = this.sealing.decrypt(account.totpSecretEnc());
		}
		QrData uri = new QrData.Builder().label(ISSUER + ":" + account.username()).secret(secret).issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
		return Optional.of(new Setup(secret, uri.getUri()));
	}

	/** Checks a code from the account's app; the first accepted code confirms a new app. */
	@Transactional
	public Result check(String username, String code) {
		StaffAccount account = this.accounts.findByUsername(username).orElse(null);
		Instant now = this.clock.instant();
		if (account == null || !account.enabled() || account.totpSecretEnc() == null) {
			return Result.WRONG;
		}
		if (account.lockedAt(now)) {
			return Result.LOCKED;
		}
		boolean confirming = !account.hasOneTimeCode();
		Optional<Long> step = matchingStep(account, code == null ? "" : code.replaceAll("\\s", ""), now);
		if (step.isPresent()) {
			account.codeAccepted(step.get());
			this.accounts.save(account);
			if (confirming) {
				this.audit.record(account.username(), "ONE_TIME_CODE_SET_UP", account.username(), null);
			}
			return Result.ACCEPTED;
		}
		account.codeFailed(now);
		this.accounts.save(account);
		this.audit.record(account.username(), "SIGN_IN_FAILED", account.username(), "wrong one-time code");
		if (account.lockedAt(now)) {
			this.audit.record("system", "ACCOUNT_LOCKED", account.username(), "too many wrong one-time codes");
			return Result.LOCKED;
		}
		return Result.WRONG;
	}

	private Optional<Long> matchingStep(StaffAccount account, String code, Instant now) {
		if (!code.matches("\\d{" + DIGITS + "}")) {
			return Optional.empty();
		}
		String secret = this.sealing.decrypt(account.totpSecretEnc());
		long current = now.getEpochSecond() / PERIOD_SECONDS;
		for (long step = current - 1; step <= current + 1; step++) {
			if (account.mayUseCodeOf(step) && sameDigits(codeAt(secret, step), code)) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}

	private String codeAt(String secret, long step) {
		try {
			return this.codes.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("Cannot compute a one-time code", ex);
		}
	}

	private static boolean sameDigits(String expected, String given) {
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
	}
}
