package org.dyad.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.app.output.AnalysisTextWriter;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.text.Dependency;
import org.dyad.model.text.ParsedDocument;
import org.dyad.model.text.Sentence;
import org.dyad.model.text.Token;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad explain "SENTENCE"}: shows a person how Dyad read a sentence — tokens with their
 * part of speech, entity tag and dependency arc, the actors and how each was coded, and for every
 * word that is a trigger in the event dictionary which rows were tried and why each did or did not
 * fire — then the events.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Show the parse, actors and event-pattern decisions for one sentence.")
public final class ExplainCommand implements Callable<Integer> {
  @Parameters(paramLabel = "SENTENCE", arity = "1..*", description = "The text to explain.")
  List<String> words = new ArrayList<>();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date relative dates resolve against (default: today).")
  LocalDate date;

  @CommandLine.Mixin
  AnalyzerOptions analyzerOptions = new AnalyzerOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    LocalDate day = date == null ? LocalDate.now() : date;
    PrintWriter out = spec.commandLine().getOut();
    ArticleAnalyzer analyzer = new ArticleAnalyzer(analyzerOptions.config());
    List<String> trace = new ArrayList<>();
    ParsedDocument[] parsed = new ParsedDocument[1];
    DocumentAnalysis result = analyzer.explain(String.join(" ", words), day, trace::add, p -> parsed[0] = p);
    out.println("Parse (index word/POS/entity  relation<-head)");
    for (Sentence s : parsed[0].sentences()) {
      for (Token t : s.tokens()) {
        out.printf("  %3d %-18s %-5s %-12s %s%n", t.index(), t.word(), t.pos(), t.isEntity() ? t.ner() : "",
            arc(s, t.index()));
      }
    }
    out.println();
    out.print(new AnalysisTextWriter().write(result));
    out.println("Actor codes");
    result.actors().forEach(a -> out.printf("  %-4s %-12s %s: %s%n", a.id(), a.code(), a.name(), a.basis()));
    out.println("Event patterns");
    if (trace.isEmpty()) {
      out.println("  no word of the text is a trigger in the event dictionary");
    }
    trace.forEach(line -> out.println("  " + line));
    if (result.events().isEmpty()) {
      out.println("No event coded.");
    } else {
      out.println("Event locations (a place in the event's clause, else its sentence, else the dateline)");
      result.events().forEach(e -> out.println("  " + e.id() + " " + (e.location() == null
          ? "nowhere: no place named in its clause or sentence"
          : AnalysisTextWriter.where(e.location()) + " from \"" + parsed[0].text().substring(e.location().span().begin(),
              e.location().span().end()) + "\"")));
    }
    out.flush();
    return 0;
  }

  private static String arc(Sentence s, int index) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == index) {
        return d.relation() + "<-" + (d.governor() < 0 ? "ROOT" : d.governor() + " " + s.tokens().get(d.governor()).word());
      }
    }
    return "";
  }
}
