package uk.sosafe.assistant.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Moves every module's sealed data and keyed hashes from the previous data key to the current one. It
 * runs by itself once the service has started with {@code SOSAFE_PRIVACY_PREVIOUS_DATA_KEY} set, and again
 * whenever an administrator asks. When its report says done, the previous key can be removed.
 */
@Service
public class KeyRotation {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	private final PersonalData personalData;

	private final List<Resealable> parts;

	KeyRotation(PersonalData personalData, List<Resealable> parts) {
		this.personalData = personalData;
		this.parts = parts;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		if (this.personalData.rotating()) {
			Thread rotation = new Thread(this::run, "key-rotation");
			rotation.setDaemon(true);
			rotation.start();
		}
	}

	/** Rewrites what is still under the previous key, module by module, and reports. */
	public synchronized Report run() {
		if (!this.personalData.rotating()) {
			return new Report(false, Map.of());
		}
		Map<String, Resealable.Resealed> done = new LinkedHashMap<>();
		for (Resealable part : this.parts) {
			try {
				done.put(part.name(), part.resealUnderCurrentKey());
			}
			catch (RuntimeException ex) {
				log.error("Key rotation of {} failed", part.name(), ex);
				done.put(part.name(), new Resealable.Resealed(0, 1, "failed: see the log"));
			}
		}
		Report report = new Report(true, done);
		log.info("Key rotation {}: {}", report.done() ? "done" : "not finished", done.entrySet().stream()
			.map(part -> part.getKey() + " " + part.getValue().rewritten() + " rewritten, " + part.getValue().left() + " left")
			.collect(Collectors.joining("; ")));
		return report;
	}

	/**
	 * What a rotation did, by module.
	 *
	 * @param rotating whether a previous key is configured at all
	 * @param parts each module's count of values rewritten and left under the previous key
	 */
	public record Report(boolean rotating, Map<String, Resealable.Resealed> parts) {

		/** Whether nothing is left under the previous key, so it can be removed. */
		public boolean done() {
			return this.rotating && this.parts.values().stream().allMatch(part -> part.left() == 0);
		}
	}
}
