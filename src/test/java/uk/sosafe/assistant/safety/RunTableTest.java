package uk.sosafe.assistant.safety;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunTableTest {

	@Test
	void findsEveryKeyFromASliceOfLongerText() {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < 5_000; i++) {
			index.put("r" + Integer.toString(i, 36), i);
		}
		RunTable table = new RunTable(index);

		index.forEach((key, id) -> {
			String text = "  " + key + " tail";
			assertThat(table.id(text, 2, 2 + key.length())).as(key).isEqualTo(id);
		});
	}

	@Test
	void keysAreToldApartAndUnknownSlicesAreNotFound() {
		// "Aa" and "BB" have the same String hash code; "\u0000a" and "a" differ only by a leading zero character
		RunTable table = new RunTable(Map.of("Aa", 1, "BB", 2, " st", 3, "\u0000a", 4, "a", 5));

		assertThat(table.id("xAax", 1, 3)).isEqualTo(1);
		assertThat(table.id("xBBx", 1, 3)).isEqualTo(2);
		assertThat(table.id(" stab", 0, 3)).isEqualTo(3);
		assertThat(table.id(" stab", 0, 4)).isEqualTo(-1);
		assertThat(table.id("Ab", 0, 2)).isEqualTo(-1);
		assertThat(table.id("", 0, 0)).isEqualTo(-1);
		assertThat(table.id("\u0000a", 0, 2)).isEqualTo(4);
		assertThat(table.id("\u0000a", 1, 2)).isEqualTo(5);
	}

	@Test
	void runsThatCannotBePackedAreFoundAsStrings() {
		RunTable table = new RunTable(Map.of("😂 ", 1, "a\u0151b", 2, "abcdefgh", 3, "abcdefg", 4));

		assertThat(table.id(" 😂 x", 1, 4)).isEqualTo(1);
		assertThat(table.id("a\u0151b", 0, 3)).isEqualTo(2);
		assertThat(table.id("xabcdefgh", 1, 9)).isEqualTo(3);
		assertThat(table.id("xabcdefgh", 1, 8)).isEqualTo(4);
		assertThat(table.id("a\u0152b", 0, 3)).isEqualTo(-1);
	}

	@Test
	void anEmptyIndexFindsNothing() {
		assertThat(new RunTable(Map.of()).id("anything", 0, 3)).isEqualTo(-1);
	}
}
