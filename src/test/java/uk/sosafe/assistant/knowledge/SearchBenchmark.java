package uk.sosafe.assistant.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Search latency (p50/p99 from JMH's sample-time mode) on the real content and on a generated corpus of
 * 10,000 articles made from the real articles' words. Queries are the tuning questions, in turn.
 * Run with {@code ./mvnw -Pbench verify -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchBenchmark {

	@Param({ "real", "generated-10000" })
	public String corpus;

	private ArticleIndex index;

	private List<String> questions;

	private int next;

	@Setup(Level.Trial)
	public void build() throws IOException {
		Content real = Content.load(Path.of("content"));
		this.index = ArticleIndex.build("real".equals(this.corpus) ? real : generated(real, 10_000));
		this.questions = Files.readAllLines(Path.of("src/test/resources/eval/tuning/topics.tsv")).stream().skip(1)
			.map(line -> line.split("\t", 2)[1]).toList();
	}

	@Benchmark
	public Object search() {
		String question = this.questions.get(this.next++ % this.questions.size());
		return this.index.search(question);
	}

	static Content generated(Content real, int size) {
		Random random = new Random(42);
		List<Article> templates = new ArrayList<>(real.articles().values());
		List<String> words = new ArrayList<>();
		templates.forEach(article -> words.addAll(List.of(article.body().split("\\s+"))));
		Map<String, Article> articles = new LinkedHashMap<>();
		for (int i = 0; i < size; i++) {
			Article template = templates.get(i % templates.size());
			String id = template.id() + "-" + i;
			List<String> questions = template.questions().stream().map(q -> q + " " + words.get(random.nextInt(words.size())))
				.toList();
			StringBuilder body = new StringBuilder();
			for (int w = 0; w < 250; w++) {
				body.append(words.get(random.nextInt(words.size()))).append(' ');
			}
			articles.put(id, new Article(id, template.title() + " " + i, template.topic(), questions, template.summary(),
					body.toString(), template.routes(), List.of(), template.sources(), template.reviewed()));
		}
		return new Content(articles, real.synonyms(), "generated");
	}
}
