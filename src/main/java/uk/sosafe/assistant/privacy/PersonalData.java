package uk.sosafe.assistant.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest (AES-256-GCM, a fresh nonce each time) and makes keyed hashes
 * (HMAC-SHA-256) so that phone numbers and chat ids can be found without being stored in clear.
 * Two sub-keys are derived from one data key, so a hash never reveals anything about the cipher key.
 */
public final class PersonalData {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final Keys current;

	private final Keys previous;

	private final SecureRandom random = new SecureRandom();

	/** Looking a cipher or MAC up by name costs more than using it; each thread keeps its own (neither is thread-safe). */
	private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> instance(() -> Cipher.getInstance("AES/GCM/NoPadding")));

	private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> instance(() -> Mac.getInstance("HmacSHA256")));

	public PersonalData(byte[] dataKey) {
		this(dataKey, null);
	}

	/**
	 * With a previous key during a key rotation: what was sealed under it still opens, and its keyed
	 * hashes still match, until {@code KeyRotation} has rewritten everything under the current key.
	 */
	public PersonalData(byte[] dataKey, byte[] previousDataKey) {
		this.current = Keys.of(dataKey);
		this.previous = previousDataKey == null ? null : Keys.of(previousDataKey);
	}

	/** Encrypts text under the current key; the result holds the nonce followed by the ciphertext and tag. */
	public byte[] encrypt(String plain) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = AES_GCM.get();
			cipher.init(Cipher.ENCRYPT_MODE, this.current.cipher(), new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	/**
	 * Decrypts what {@link #encrypt} produced, under the current key or else the previous one; fails if it
	 * was altered or made with another key.
	 */
	public String decrypt(byte[] sealed) {
		try {
			return open(sealed, this.current);
		}
		catch (GeneralSecurityException ex) {
			if (this.previous != null) {
				try {
					return open(sealed, this.previous);
				}
				catch (GeneralSecurityException notEither) {
					// the same answer as for one key, below
				}
			}
			throw new IllegalStateException("Decryption failed: data altered or key changed", ex);
		}
	}

	/** Whether this was sealed under the current key (nothing to rewrite). */
	public boolean sealedUnderCurrentKey(byte[] sealed) {
		try {
			open(sealed, this.current);
			return true;
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	/** A stable keyed hash under the current key: what is stored for look-ups. */
	public String keyedHash(String value) {
		return hash(this.current, value);
	}

	/** The keyed hashes to look a value up by: under the current key, and the previous one while rotating. */
	public List<String> keyedHashes(String value) {
		return this.previous == null ? List.of(hash(this.current, value))
				: List.of(hash(this.current, value), hash(this.previous, value));
	}

	/**
	 * A fingerprint of the current key (a keyed hash of a fixed word, which reveals nothing of the key), to
	 * note which key a stored hash was made under.
	 */
	public String keyId() {
		return hash(this.current, "sosafe/key-id").substring(0, 12);
	}

	/** Whether a previous key is still configured. */
	public boolean rotating() {
		return this.previous != null;
	}

	private static String open(byte[] sealed, Keys keys) throws GeneralSecurityException {
		Cipher cipher = AES_GCM.get();
		cipher.init(Cipher.DECRYPT_MODE, keys.cipher(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
		return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.UTF_8);
	}

	private static String hash(Keys keys, String value) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(keys.hash(), value.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] derive(byte[] key, String purpose) {
		return hmac(new SecretKeySpec(key, "HmacSHA256"), ("sosafe/" + purpose).getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] hmac(SecretKeySpec key, byte[] data) {
		try {
			Mac mac = HMAC.get();
			mac.init(key);
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

	private static <T> T instance(Lookup<T> lookup) {
		try {
			return lookup.get();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM or HMAC-SHA-256 is not available", ex);
		}
	}

	private interface Lookup<T> {

		T get() throws GeneralSecurityException;
	}

	/** The two sub-keys of one data key. */
	private record Keys(SecretKeySpec cipher, SecretKeySpec hash) {

		static Keys of(byte[] dataKey) {
			if (dataKey.length != 32) {
				throw new IllegalArgumentException("The data key must be 32 bytes");
			}
			return new Keys(new SecretKeySpec(derive(dataKey, "cipher"), "AES"), new SecretKeySpec(derive(dataKey, "hash"), "HmacSHA256"));
		}
	}
}
