package org.dyad.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.app.cli.AnalyzerOptions;
import org.dyad.app.cli.DyadCommand;
import org.dyad.app.cli.InputOptions;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of {@code dyad spark} that decide how an article is read and coded: the same
 * {@code --nlp}, {@code --dictionaries}, budgets and input options as {@code dyad ingest}, and
 * {@code --date}. Executors get them as the words typed ({@link #words}) and parse them again
 * ({@link #parse}): the options' classes are not serializable, their words are.
 */
@CommandLine.Command(name = "analysis-options")
public final class AnalysisArgs {
  @Mixin
  AnalyzerOptions analyzer = new AnalyzerOptions();

  @Mixin
  InputOptions input = new InputOptions();

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for articles that carry none (default: the day each is coded).")
  LocalDate date;

  /** The options as the user typed them, for {@link #parse} on an executor. */
  static List<String> words(CommandLine.ParseResult parsed) {
    Set<String> mine = new TreeSet<>();
    for (CommandLine.Model.OptionSpec o : new CommandLine(new AnalysisArgs()).getCommandSpec().options()) {
      mine.addAll(List.of(o.names()));
    }
    List<String> words = new ArrayList<>();
    for (CommandLine.Model.OptionSpec o : parsed.matchedOptions()) {
      if (mine.contains(o.longestName())) {
        for (String value : o.originalStringValues()) {
          words.add(o.longestName());
          words.add(value);
        }
        if (o.originalStringValues().isEmpty()) {
          words.add(o.longestName()); // a flag
        }
      }
    }
    return words;
  }

  /** Parses what {@link #words} gave. */
  static AnalysisArgs parse(List<String> words) {
    AnalysisArgs args = new AnalysisArgs();
    DyadCommand.configure(new CommandLine(args)).parseArgs(words.toArray(String[]::new));
    return args;
  }
}
