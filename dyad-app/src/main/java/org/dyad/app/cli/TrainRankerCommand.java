package org.dyad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.pipeline.analyze.ArticleAnalyzer;
import org.dyad.eval.ConflibertNerReader;
import org.dyad.eval.GoldFormat;
import org.dyad.eval.GoldReader;
import org.dyad.eval.PairSentence;
import org.dyad.eval.PlvReader;
import org.dyad.eval.rank.RankerSamples;
import org.dyad.eval.rank.RankerTrainer;
import org.dyad.eval.rank.RankerWeightsWriter;
import org.dyad.coder.dict.DictionaryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad train-ranker}: learns the target ranking ({@code dyad/rank/target-ranker.tsv}) from gold
 * sets with marked source and target spans ({@code plv}, {@code conflibert-ner}). Codes every
 * sentence; for each event whose target the sentence structure did not give and whose source and
 * type match a gold pair, the candidates become training instances, the gold target's the positive
 * one. Prints held-out figures (whole sentences per fold) and writes the weights with their
 * provenance. Exit codes: 0 written, 1 a gold file could not be read or gave no choices, 2 usage.
 */
@Command(name = "train-ranker", mixinStandardHelpOptions = true,
    description = "Learn the ranking of target candidates from gold sets with marked source and target "
        + "spans (plv, conflibert-ner) and write it as a dictionary file.")
public final class TrainRankerCommand implements Callable<Integer> {
  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "A gold set in plv or conflibert-ner format; repeat for several.")
  List<Path> gold;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Where to write the weights (for a dictionary directory: DIR/rank/target-ranker.tsv).")
  Path out;

  @Option(names = "--folds", defaultValue = "5", paramLabel = "N",
      description = "Folds for the held-out figures and the threshold. Default: ${DEFAULT-VALUE}.")
  int folds;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date of the gold sentences (they carry none; default: today).")
  LocalDate date;

  @CommandLine.Mixin
  AnalyzerOptions analyzerOptions = new AnalyzerOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (folds < 2) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--folds must be 2 or more");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      ArticleAnalyzer analyzer = new ArticleAnalyzer(analyzerOptions.config());
      RankerSamples samples = new RankerSamples(analyzer, date == null ? LocalDate.now() : date);
      List<String> sources = new ArrayList<>();
      for (Path g : gold) {
        GoldFormat f = GoldFormat.detect(g);
        if (f != GoldFormat.PLV && f != GoldFormat.CONFLIBERT_NER) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              g + " is not a plv or conflibert-ner gold set (read as " + f + ")");
        }
        GoldReader<PairSentence> reader = f == GoldFormat.PLV ? new PlvReader() : new ConflibertNerReader();
        int before = samples.sentences();
        try (var sentences = reader.read(g, m -> err.println("dyad: " + m))) {
          sentences.forEach(s -> samples.add(g.getFileName().toString(), s, err));
        }
        sources.add(g.getFileName() + " (" + (samples.sentences() - before) + " sentences)");
      }
      if (samples.samples().isEmpty()) {
        err.println("dyad: the gold sets gave no event whose target the ranker would choose");
        err.flush();
        return 1;
      }
      RankerTrainer.Trained t = new RankerTrainer(RankerTrainer.DEFAULT_C).train(samples.samples(), folds);
      RankerTrainer.Figures h = t.heldOut();
      String figures = String.format(java.util.Locale.ROOT,
          "%d choices from %d sentences; gold target among the candidates in %d; held out (%d folds) at "
              + "threshold %.2f: %d picks, %d right (precision %.2f, %.2f of the answerable)",
          h.choices(), samples.sentences(), h.answerable(), folds, t.threshold(), h.picks(), h.right(),
          h.precision(), h.answerable() == 0 ? 0 : (double) h.right() / h.answerable());
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(out, RankerWeightsWriter.write(t, sources, figures, RankerTrainer.DEFAULT_C));
      stdout.println(figures);
      stdout.println("wrote " + out);
      stdout.flush();
      return 0;
    } catch (IOException | DictionaryException e) {
      err.println("dyad: " + e.getMessage());
      err.flush();
      return 1;
    }
  }
}
