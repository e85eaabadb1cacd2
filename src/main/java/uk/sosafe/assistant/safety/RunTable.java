package uk.sosafe.assistant.safety;

import java.util.HashMap;
import java.util.Map;

/**
 * The feature numbers of known letter runs, looked up straight from a slice of a message's characters. A
 * message has a few hundred letter runs; making a string of each, and hashing it twice (to count it, then
 * to find its number), was most of the cost of reading a message with the learnt models.
 *
 * <p>A run of one to seven characters, each below 256, is packed into a {@code long} (its characters, then its
 * length) and looked up by open addressing in a table at most half full, with no string and no pointer to
 * follow. Any other run (a rare one, with a character such as an emoji) is looked up as a string.
 */
final class RunTable {

	private static final int LONGEST_PACKED = 7;

	/** Packed keys; 0 is an empty slot (a packed key always holds its length, at least 1). */
	private final long[] keys;

	private final int[] ids;

	private final int shift;

	private final Map<String, Integer> unpacked = new HashMap<>();

	RunTable(Map<String, Integer> index) {
		int size = Integer.highestOneBit(Math.max(4, index.size() * 2 - 1)) << 1;
		this.keys = new long[size];
		this.ids = new int[size];
		this.shift = 64 - Integer.numberOfTrailingZeros(size);
		index.forEach((key, id) -> {
			long packed = pack(key, 0, key.length());
			if (packed == 0) {
				this.unpacked.put(key, id);
				return;
			}
			int at = slot(packed);
			while (this.keys[at] != 0) {
				at = (at + 1) & (this.keys.length - 1);
			}
			this.keys[at] = packed;
			this.ids[at] = id;
		});
	}

	/** The number of the run {@code chars[from, to)}, or -1 when it is not a known run. */
	int id(CharSequence chars, int from, int to) {
		long packed = pack(chars, from, to);
		if (packed == 0) {
			return this.unpacked.getOrDefault(chars.subSequence(from, to).toString(), -1);
		}
		for (int at = slot(packed); this.keys[at] != 0; at = (at + 1) & (this.keys.length - 1)) {
			if (this.keys[at] == packed) {
				return this.ids[at];
			}
		}
		return -1;
	}

	/** The characters and length of a short run of characters below 256, or 0 for any other run. */
	private static long pack(CharSequence chars, int from, int to) {
		int length = to - from;
		if (length < 1 || length > LONGEST_PACKED) {
			return 0;
		}
		long packed = 0;
		for (int i = from; i < to; i++) {
			char c = chars.charAt(i);
			if (c > 0xFF) {
				return 0;
			}
			packed = (packed << 8) | c;
		}
		return (packed << 3) | length;
	}

	private int slot(long packed) {
		return (int) ((packed * 0x9E3779B97F4A7C15L) >>> this.shift);
	}
}
