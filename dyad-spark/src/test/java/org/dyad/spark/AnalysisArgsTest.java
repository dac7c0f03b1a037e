package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.app.cli.DyadCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AnalysisArgsTest {
  @Test
  void executorsGetTheAnalysisOptionsTypedAndNothingElse() {
    CommandLine cl = DyadCommand.configure(new CommandLine(new SparkCommand()));
    CommandLine.ParseResult parsed = cl.parseArgs("--master", "local[2]", "--out", "o", "--nlp", "COMPLETE",
        "--date", "2025-06-04", "--max-document-tokens", "500", "in.jsonl");
    List<String> words = AnalysisArgs.words(parsed);
    assertEquals(List.of("--nlp", "COMPLETE", "--date", "2025-06-04", "--max-document-tokens", "500"), words);
    AnalysisArgs again = AnalysisArgs.parse(words);
    assertEquals(LocalDate.of(2025, 6, 4), again.date);
    assertEquals(500, again.analyzer.config().nlp().maxDocumentTokens());
  }
}
