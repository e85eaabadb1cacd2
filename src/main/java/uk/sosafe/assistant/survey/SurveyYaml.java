package uk.sosafe.assistant.survey;

import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML as survey authors mean it: only {@code true} and {@code false} are booleans (so an answer
 * labelled "No" or valued "yes" stays text, not YAML 1.1's booleans), and dates stay text until
 * checked strictly (so 2026-02-30 is refused rather than rolled on to March).
 */
final class SurveyYaml {

	private static final Pattern BOOLEAN = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");

	private SurveyYaml() {
	}

	static Object load(String text) {
		LoaderOptions options = new LoaderOptions();
		DumperOptions dumper = new DumperOptions();
		return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, new PlainResolver())
			.load(text);
	}

	private static final class PlainResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.BOOL, BOOLEAN, "tTfF");
			addImplicitResolver(Tag.INT, INT, "-+0123456789");
			addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
			addImplicitResolver(Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(Tag.NULL, EMPTY, null);
		}
	}
}
