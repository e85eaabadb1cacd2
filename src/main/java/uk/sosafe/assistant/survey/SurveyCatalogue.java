package uk.sosafe.assistant.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.error.YAMLException;

/**
 * The surveys in {@code content/surveys} and the ward list in {@code content/wards.yaml}, read and
 * checked once at start. Anything wrong stops the start with every problem listed, so a broken survey
 * is found by whoever changed it, not by a resident halfway through.
 */
public final class SurveyCatalogue {

	/** Survey days are days in Stevenage. */
	static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final List<SurveyDefinition> surveys;

	private final List<Ward> wards;

	SurveyCatalogue(List<SurveyDefinition> surveys, List<Ward> wards) {
		this.surveys = List.copyOf(surveys);
		this.wards = List.copyOf(wards);
	}

	/** Reads the content folder; throws {@link SurveyDefinitionException} naming every problem. */
	static SurveyCatalogue load(Path contentDir) {
		List<String> problems = new ArrayList<>();
		List<Ward> wards = wards(contentDir.resolve("wards.yaml"), problems);
		List<SurveyDefinition> surveys = new ArrayList<>();
		Path folder = contentDir.resolve("surveys");
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
					String name = file.getFileName().toString();
					SurveyParser.parse(file.toString(), name.substring(0, name.length() - ".yaml".length()), read(file),
							wards, problems).ifPresent(surveys::add);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot list " + folder, ex);
			}
		}
		if (!problems.isEmpty()) {
			throw new SurveyDefinitionException(problems);
		}
		return new SurveyCatalogue(surveys, wards);
	}

	public List<SurveyDefinition> all() {
		return this.surveys;
	}

	public Optional<SurveyDefinition> find(String id) {
		return this.surveys.stream().filter(survey -> survey.id().equals(id)).findFirst();
	}

	/** The surveys residents can answer on this day, in file-name order. */
	public List<SurveyDefinition> openOn(LocalDate day) {
		return this.surveys.stream().filter(survey -> survey.isOpenOn(day)).toList();
	}

	/** Today in Stevenage, by this clock. */
	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), LONDON);
	}

	public List<Ward> wards() {
		return this.wards;
	}

	static List<Ward> wards(Path file, List<String> problems) {
		if (!Files.exists(file)) {
			return List.of();
		}
		Object loaded;
		try {
			loaded = SurveyYaml.load(read(file));
		}
		catch (YAMLException ex) {
			problems.add(file + ": is not valid YAML: " + ex.getMessage().lines().findFirst().orElse(""));
			return List.of();
		}
		Object entries = loaded instanceof Map<?, ?> root ? root.get("wards") : null;
		if (!(entries instanceof List<?> list) || list.isEmpty()) {
			problems.add(file + ": wards should be a list of entries with id and name");
			return List.of();
		}
		List<Ward> wards = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (Object entry : list) {
			Object id = entry instanceof Map<?, ?> fields ? fields.get("id") : null;
			Object name = entry instanceof Map<?, ?> fields ? fields.get("name") : null;
			if (id == null || name == null || !String.valueOf(id).matches("^[a-z0-9][a-z0-9-]{0,29}$")) {
				problems.add(file + ": each ward needs an id (lower-case letters, digits, hyphens) and a name: " + entry);
			}
			else if (!ids.add(String.valueOf(id))) {
				problems.add(file + ": ward " + id + " is listed twice");
			}
			else {
				wards.add(new Ward(String.valueOf(id), String.valueOf(name).strip()));
			}
		}
		return wards;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}
}
