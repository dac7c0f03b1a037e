package org.dyad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.pipeline.analyze.AnalyzerConfig;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.coder.geo.EventLocator;
import org.dyad.coder.geo.Gazetteer;
import org.dyad.ingest.TextDecoder;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.article.Article;
import org.dyad.model.text.ParsedDocument;

/**
 * How much of Dyad's analysis time the geocoder takes: analyses the first articles of a JSONL corpus
 * after warm-up ones, and times the geocoder alone (finding, resolving and choosing places, five
 * times per article) on each article's parse, actors and events. Run by hand, never by the build:
 * <pre>
 * mvn -q -o -DskipTests install && mvn -q -o -pl dyad-bench test-compile
 * java -Xmx3g -cp dyad-bench/target/test-classes:$(cat dyad-app/target/classpath.txt) \
 *   org.dyad.bench.GeocodingShare ../shared/corpus/insightcrime.jsonl [ARTICLES] [WARMUP]
 * </pre>
 */
public final class GeocodingShare {
  private GeocodingShare() {}

  /** Arguments: the corpus, then how many articles to time (120) after how many warm-up ones (20). */
  public static void main(String[] args) throws Exception {
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 120;
    int warm = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    ObjectMapper json = new ObjectMapper();
    ParsedDocument[] last = new ParsedDocument[1];
    ArticleAnalyzer analyzer = new ArticleAnalyzer(AnalyzerConfig.defaults(), null,
        p -> (text, ref) -> last[0] = p.parse(text, ref));
    long t0 = System.nanoTime();
    EventLocator locator = new EventLocator(Gazetteer.load(null));
    System.out.printf("gazetteer load in this JVM: %.3f s%n", (System.nanoTime() - t0) / 1e9);
    long total = 0;
    long geo = 0;
    int events = 0;
    int located = 0;
    int sentences = 0;
    for (int i = 0; i < warm + n && i < lines.size(); i++) {
      JsonNode j = json.readTree(lines.get(i));
      Article a = new Article(j.get("id").asText(), null, null, null, "en",
          TextDecoder.normalize(j.get("text").asText()), "bench");
      long s = System.nanoTime();
      DocumentAnalysis d = analyzer.analyze(a, LocalDate.of(2020, 1, 1), false);
      long e = System.nanoTime();
      List<Event> got = d.events();
      long g0 = System.nanoTime();
      for (int k = 0; k < 5; k++) {
        got = locator.locate(last[0], d.actors(), d.events());
      }
      long g = (System.nanoTime() - g0) / 5;
      if (i >= warm) {
        total += e - s;
        geo += g;
        events += got.size();
        sentences += last[0].sentences().size();
        located += (int) got.stream().filter(x -> x.location() != null).count();
      }
    }
    System.out.printf("%d articles, %d sentences, %d events (%d located): analysis %.2f s, geocoding %.3f s = %.2f %%%n",
        n, sentences, events, located, total / 1e9, geo / 1e9, 100.0 * geo / total);
  }
}
