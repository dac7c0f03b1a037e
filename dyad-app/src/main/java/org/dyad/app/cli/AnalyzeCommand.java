package org.dyad.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.app.output.AnalysisJsonWriter;
import org.dyad.app.output.AnalysisTextWriter;
import org.dyad.app.output.PloverJsonWriter;
import org.dyad.ingest.ArticleSource;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad analyze}: reads articles (files, saved web pages, JSONL, URLs, {@code -} for standard
 * input) and prints, per document, its actors, dates and quotes in Dyad's JSON contract.
 *
 * <p>With no input it analyses a short built-in example article. Bad documents are reported on
 * standard error and as {@code "status": "skipped"} records; the batch goes on.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Analyse articles: actors, dates and quotes (JSON, JSONL or text).")
public final class AnalyzeCommand implements Callable<Integer> {
  static final String EXAMPLE = "dyad/examples/istanbul-talks.html";

  /** Output formats. */
  enum Format { json, jsonl, text, plover }

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Files (.txt, .html, .jsonl), http(s) URLs, or - for standard input. "
          + "None: the built-in example article.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--format", defaultValue = "json",
      description = "json (indented, one object per document), jsonl (one line per document) or "
          + "text (a summary) or plover (one PLOVER record per event, COW country codes). "
          + "Default: ${DEFAULT-VALUE}.")
  Format format;

  @CommandLine.Mixin
  InputOptions inputOptions = new InputOptions();

  @Option(names = "--with-text", description = "Include the analysed text, which all offsets index.")
  boolean withText;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for documents that carry none; relative dates resolve "
          + "against it (default: today, and the output says so).")
  LocalDate date;

  @CommandLine.Mixin
  AnalyzerOptions analyzerOptions = new AnalyzerOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleAnalyzer analyzer = new ArticleAnalyzer(analyzerOptions.config());
    ArticleSource source = inputOptions.source(w -> err.println("dyad: " + w));
    int[] failures = {0};
    java.util.function.Consumer<IngestItem> sink = item -> {
      DocumentAnalysis result;
      if (item instanceof Article a) {
        try {
          result = analyzer.analyze(a, date, withText, w -> err.println("dyad: " + a.source() + ": " + w));
        } catch (RuntimeException e) {
          result = ArticleAnalyzer.skipped(new Skipped(a.id(), a.title(), a.url(), a.source(),
              "analysis failed: " + e));
        }
      } else {
        result = ArticleAnalyzer.skipped((Skipped) item);
      }
      if (!DocumentAnalysis.OK.equals(result.status())) {
        if (!result.reason().startsWith("not English")) {
          failures[0]++;
        }
        err.println("dyad: skipped " + Skipped.placed(item.source(), result.reason()));
      }
      String rendered = render(result, analyzer);
      if (!rendered.isEmpty()) {
        out.println(rendered.endsWith("\n") ? rendered.substring(0, rendered.length() - 1) : rendered);
      }
      out.flush();
    };
    if (inputs.isEmpty()) {
      err.println("dyad: no input given; analysing the built-in example article (" + EXAMPLE + ")");
      try (InputStream in = AnalyzeCommand.class.getClassLoader().getResourceAsStream(EXAMPLE)) {
        source.read("example:istanbul-talks.html", in, sink);
      }
    }
    for (String input : inputs) {
      source.read(input, sink);
    }
    err.flush();
    return failures[0] == 0 ? 0 : 1;
  }

  private String render(DocumentAnalysis result, ArticleAnalyzer analyzer) {
    return switch (format) {
      case plover -> new PloverJsonWriter(analyzer::cowCode).write(result);
      case json -> new AnalysisJsonWriter(true).write(result);
      case jsonl -> new AnalysisJsonWriter(false).write(result);
      case text -> new AnalysisTextWriter().write(result);
    };
  }

}
