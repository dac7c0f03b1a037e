package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyad.coder.dict.DictionaryTable;
import org.dyad.coder.event.CameoOntology;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.Span;
import org.dyad.pipeline.analyze.AnalyzerConfig;

/** Hand-made events, the test gold files and ../shared for the evaluation tests. */
final class EvalFixtures {
  static final CameoOntology CAMEO = CameoOntology.load(null);

  private EvalFixtures() {}

  /** A predicted event with the fields scoring reads; Goldstein and QuadClass are made up. */
  static Event event(String source, String target, String cameo, String plover, String modality) {
    return event(source, target, cameo, plover, modality, 0.0, 1);
  }

  /** A predicted event with a given Goldstein value and QuadClass. */
  static Event event(String source, String target, String cameo, String plover, String modality,
                     double goldstein, int quadClass) {
    return Event.builder().id("e").span(new Span(0, 1)).trigger("trigger").sourceCode(source).targetCode(target)
        .cameo(cameo).plover(plover).goldstein(goldstein).quadClass(quadClass).modality(Modality.parse(modality))
        .dateBasis(Basis.PUBLISHED).confidence(0.5).sourceBasis(source == null ? null : Basis.TEXT)
        .targetBasis(target == null ? null : Basis.TEXT).build();
  }

  /** A predicted event with its actor mentions as written ({@code null}: no such actor). */
  static Event mention(String sourceText, String targetText, String cameo, String plover, String modality) {
    return Event.builder().id("e").span(new Span(0, 1)).trigger("trigger")
        .sourceCode(sourceText == null ? null : "SRC").targetCode(targetText == null ? null : "TGT")
        .sourceText(sourceText).targetText(targetText).cameo(cameo).plover(plover).quadClass(1)
        .modality(Modality.parse(modality)).dateBasis(Basis.PUBLISHED).confidence(0.5)
        .sourceBasis(sourceText == null ? null : Basis.TEXT).targetBasis(targetText == null ? null : Basis.TEXT)
        .build();
  }

  /** A gold event given by CAMEO code or root. */
  static GoldEvent gold(String source, String target, String root) {
    return new GoldEvent(source, target, root, null, null, null, null);
  }

  /** A gold event given by PLOVER type only. */
  static GoldEvent goldPlover(String source, String target, String plover) {
    return new GoldEvent(source, target, null, null, plover, null, null);
  }

  static GoldDocument doc(String id, GoldEvent... events) {
    return new GoldDocument(id, null, "text of " + id, List.of(events));
  }

  /** A test resource under {@code eval/} as a file. */
  static Path resource(String name) {
    URL url = EvalFixtures.class.getClassLoader().getResource("eval/" + name);
    if (url == null) {
      throw new IllegalStateException("test resource eval/" + name + " is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The small country table written for these tests (not Dyad's real one). */
  static CountryCodes smallCountries() throws IOException {
    try (InputStream in = Files.newInputStream(resource("countries-small.tsv"))) {
      return CountryCodes.of(DictionaryTable.parse("countries-small.tsv", "test", in,
          List.of("iso3", "cow", "name", "aliases", "demonyms", "capitals")));
    }
  }

  /** Reads a whole file with {@code reader}, collecting problems into {@code problems}. */
  static <T> List<T> readAll(GoldReader<T> reader, Path file, List<String> problems) throws IOException {
    Consumer<String> sink = problems::add;
    try (Stream<T> s = reader.read(file, sink)) {
      return new ArrayList<>(s.toList());
    }
  }

  /** A file under ../shared (system property {@code dyad.shared}), or skips the test with why. */
  static Path shared(String relative) {
    Path file = Path.of(System.getProperty("dyad.shared", "../shared")).resolve(relative).normalize();
    assumeTrue(Files.isRegularFile(file),
        "skipped: " + file + " is absent (the development data lives in ../shared beside the project)");
    return file;
  }

  /** Runs {@code options} with the default analyzer (the real models) and gives its JSON report. */
  static JsonNode runJson(GoldSetRun.Options options) throws IOException {
    StringWriter err = new StringWriter();
    String report = new GoldSetRun(options, AnalyzerConfig.defaults(), new PrintWriter(err, true)).report();
    assertNotNull(report, err::toString);
    return new ObjectMapper().readTree(report);
  }
}
