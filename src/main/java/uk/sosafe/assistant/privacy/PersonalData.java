package uk.sosafe.assistant.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

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

	private final SecretKeySpec cipherKey;

	private final SecretKeySpec hashKey;

	private final SecureRandom random = new SecureRandom();

	public PersonalData(byte[] dataKey) {
		if (dataKey.length != 32) {
			throw new IllegalArgumentException("The data key must be 32 bytes");
		}
		this.cipherKey = new SecretKeySpec(derive(dataKey, "cipher"), "AES");
		this.hashKey = new SecretKeySpec(derive(dataKey, "hash"), "HmacSHA256");
	}

	/** Encrypts text; the result holds the nonce followed by the ciphertext and tag. */
	public byte[] encrypt(String plain) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.cipherKey, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	/** Decrypts what {@link #encrypt} produced; fails if it was altered or made with another key. */
	public String decrypt(byte[] sealed) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.cipherKey, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
			byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Decryption failed: data altered or key changed", ex);
		}
	}

	/** A stable keyed hash for look-ups; equal inputs give equal hashes under the same key. */
	public String keyedHash(String value) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(this.hashKey, value.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] derive(byte[] key, String purpose) {
		return hmac(new SecretKeySpec(key, "HmacSHA256"), ("sosafe/" + purpose).getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] hmac(SecretKeySpec key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}
}
