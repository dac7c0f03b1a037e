package org.dyad.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a five-class conflict/cooperation gold set: tab-separated lines of sentence and label
 * (0 statement, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 * conflict), as in ConfliBERT's CAMEO pentaclass files.
 *
 * <p>The label is the last field, so a sentence containing a tab is still read whole. A first line
 * whose label is not a number is taken for a header and skipped. Sentences are called
 * {@code file:line}. A bad line is reported as {@code file:line: reason} and skipped.
 */
public final class PentaclassReader implements GoldReader<PentaclassSentence> {
  @Override
  public Stream<PentaclassSentence> read(String name, Reader in, Consumer<String> problems) {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String shortName = DyadGoldReader.shortName(name);
    int[] number = {0};
    return GoldReader.stream(lines, () -> {
      while (true) {
        String line;
        try {
          line = lines.readLine();
        } catch (IOException e) {
          problems.accept(name + ":" + (number[0] + 1) + ": cannot read: " + e.getMessage());
          return null;
        }
        if (line == null) {
          return null;
        }
        number[0]++;
        if (line.isBlank()) {
          continue;
        }
        int tab = line.lastIndexOf('\t');
        if (tab < 0) {
          problems.accept(name + ":" + number[0] + ": expected sentence<TAB>label, found no tab");
          continue;
        }
        String text = line.substring(0, tab).strip();
        String label = line.substring(tab + 1).strip();
        if (!label.matches("[0-4]")) {
          if (number[0] == 1 && !label.matches("-?\\d+")) {
            continue; // a header line such as "sentence<TAB>label"
          }
          problems.accept(name + ":" + number[0] + ": label '" + label + "' is not 0-4");
          continue;
        }
        if (text.isEmpty()) {
          problems.accept(name + ":" + number[0] + ": empty sentence");
          continue;
        }
        return new PentaclassSentence(shortName + ":" + number[0], text, Integer.parseInt(label));
      }
    });
  }
}
