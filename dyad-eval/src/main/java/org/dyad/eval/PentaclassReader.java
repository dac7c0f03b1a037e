package org.dyad.eval;

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
    return GoldReader.perLine(name, in, problems, (line, number, id) -> {
      int tab = line.lastIndexOf('\t');
      if (tab < 0) {
        throw new BadRecord("expected sentence<TAB>label, found no tab");
      }
      String text = line.substring(0, tab).strip();
      String label = line.substring(tab + 1).strip();
      if (!label.matches("[0-4]")) {
        if (number == 1 && !label.matches("-?\\d+")) {
          return null; // a header line such as "sentence<TAB>label"
        }
        throw new BadRecord("label '" + label + "' is not 0-4");
      }
      if (text.isEmpty()) {
        throw new BadRecord("empty sentence");
      }
      return new PentaclassSentence(id, text, Integer.parseInt(label));
    });
  }
}
