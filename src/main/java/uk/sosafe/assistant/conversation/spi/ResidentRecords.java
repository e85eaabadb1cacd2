package uk.sosafe.assistant.conversation.spi;

import java.util.List;
import java.util.Map;

/**
 * A module's share of a subject-access request: what it holds about one resident, readable, for their
 * export, and what it keeps once they are forgotten. Every module that keeps data about residents provides
 * one, just as it erases its own data on {@link ResidentForgotten}.
 */
public interface ResidentRecords {

	/** The name of this share in the export, such as {@code conversation}. */
	String part();

	/** Everything this module holds about the resident, decrypted, as JSON-ready values; empty when nothing. */
	Map<String, Object> export(ResidentId resident);

	/** What stays after the resident is forgotten, and why, in words free of personal data. */
	default List<String> keptAfterForgetting(ResidentId resident) {
		return List.of();
	}
}
