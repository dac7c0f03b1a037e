package org.dyad.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.dict.DictionaryException;
import org.dyad.coder.dict.DictionaryRow;
import org.dyad.coder.dict.DictionaryTable;

/**
 * One row of a location gold file: where the events of one corpus sentence took place, as the text
 * says. The file is a Dyad dictionary-style TSV (header {@code # version}, {@code # source},
 * {@code # corpus: FILE.jsonl}, {@code # columns: article offset place country admin1 lat lon note});
 * sentences are referenced by article id and the character offset where the sentence starts in the
 * article's text as Dyad reads it, so the file holds no corpus text.
 *
 * @param where   {@code file:line} of the row
 * @param article the corpus article's id
 * @param offset  where the sentence starts in the article's text
 * @param place   the place's name, or {@code null} when the sentence names no place for its events
 * @param country ISO alpha-3, or {@code null} when no place
 * @param admin1  GeoNames division key ({@code MX.28}), or {@code null} where the text does not say
 * @param lat     latitude of a point place, or {@code NaN} where the text names no point
 * @param lon     longitude, or {@code NaN}
 */
public record LocationGold(String where, String article, int offset, String place, String country,
                           String admin1, double lat, double lon) {
  /** The column names of the file. */
  public static final List<String> COLUMNS = List.of("article", "offset", "place", "country", "admin1", "lat",
      "lon", "note");

  /** The sentence names a place for its events. */
  public boolean given() {
    return place != null;
  }

  /** The gold rows and the corpus file named in the header. */
  public record File(String corpus, List<LocationGold> rows) {}

  /** Reads a gold file; a bad row or header fails with {@code file:line}. */
  public static File read(Path file) throws IOException {
    DictionaryTable t;
    try (InputStream in = Files.newInputStream(file)) {
      t = DictionaryTable.parse(file.toString(), file.toString(), in, COLUMNS);
    }
    String corpus = t.header().get("corpus");
    if (corpus == null) {
      throw new DictionaryException(file + ":1", "header '# corpus: FILE.jsonl' is missing");
    }
    List<LocationGold> rows = new ArrayList<>();
    for (DictionaryRow r : t.rows()) {
      String place = r.text(2);
      rows.add(new LocationGold(r.where(), r.required(0, "article"), whole(r, 1), place,
          place == null ? null : r.required(3, "country"), known(r.text(4)), degrees(r, 5), degrees(r, 6)));
    }
    return new File(corpus, List.copyOf(rows));
  }

  private static String known(String v) {
    return v == null || v.equals("?") ? null : v;
  }

  private static int whole(DictionaryRow r, int i) {
    try {
      return Integer.parseInt(r.required(i, "offset"));
    } catch (NumberFormatException e) {
      throw new DictionaryException(r.where(), "offset '" + r.text(i) + "' is not a whole number");
    }
  }

  private static double degrees(DictionaryRow r, int i) {
    String v = known(r.text(i));
    if (v == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new DictionaryException(r.where(), "'" + v + "' is not a number of degrees");
    }
  }
}
