package uk.sosafe.assistant.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GOV.UK Frontend from its webjar under {@code /console/assets/}: the stylesheet adapted for a
 * service that is not on GOV.UK (no GDS Transport font, a system font stack instead; the templates
 * use no crown or GOV.UK logo), its JavaScript (pages work without it), and the console's own script.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleAssets implements WebMvcConfigurer {

	static final String SYSTEM_FONTS = "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif";

	private static final String WEBJAR = "META-INF/resources/webjars/govuk-frontend/";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/console/assets/govuk/*.min.js")
			.addResourceLocations("classpath:/" + WEBJAR + version() + "/dist/govuk/")
			.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)));
		registry.addResourceHandler("/console/assets/*.js")
			.addResourceLocations("classpath:/console-assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)));
	}

	/** GOV.UK Frontend's stylesheet without its font faces, in the system font stack, then the console's own rules. */
	static String stylesheet() {
		String govuk = read(WEBJAR + version() + "/dist/govuk/govuk-frontend.min.css")
			.replaceAll("@font-face\\{[^}]*\\}", "")
			.replace("font-family:GDS Transport,arial,sans-serif", "font-family:" + SYSTEM_FONTS);
		if (govuk.contains("GDS Transport")) {
			throw new IllegalStateException("The GOV.UK Frontend stylesheet still names GDS Transport");
		}
		return govuk + "\n" + read("console-assets/console.css");
	}

	static String version() {
		Properties pom = new Properties();
		try (InputStream in = new ClassPathResource("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")
			.getInputStream()) {
			pom.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The govuk-frontend webjar is missing", ex);
		}
		return pom.getProperty("version");
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + path, ex);
		}
	}
}
