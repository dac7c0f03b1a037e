package org.dyad.coder.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A versioned tab-separated dictionary file: a header of {@code # key: value} lines (at least
 * {@code version}, {@code source} and {@code columns}), then rows with exactly that many columns.
 *
 * <p>Files are looked up first in a user's override directory (when one is given and holds a file
 * of the same name), else on the class path under {@code dyad/}. Every problem is reported as a
 * {@link DictionaryException} naming the file and line. A name ending in {@code .gz} is read gzip-compressed.
 *
 * @param name    the file name as shown in messages ({@code actors/countries.tsv})
 * @param origin  where it was read from (a path or {@code classpath:...})
 * @param header  the header keys and values
 * @param columns the column names
 * @param rows    the data rows
 */
public record DictionaryTable(String name, String origin, Map<String, String> header,
                              List<String> columns, List<DictionaryRow> rows) {

  /**
   * Loads a table.
   *
   * @param resource   path under {@code dyad/} on the class path, e.g. {@code actors/countries.tsv}
   * @param overrides  a directory whose file {@code resource} replaces the built-in one, or {@code null}
   * @param expected   the column names the caller needs, in order
   */
  public static DictionaryTable load(String resource, Path overrides, List<String> expected) {
    List<DictionaryRow> rows = new ArrayList<>();
    String[] origin = new String[1];
    Map<String, String> header = read(resource, overrides, expected,
        (line, fields) -> rows.add(new DictionaryRow(resource + ":" + line, List.of(fields))), origin);
    return new DictionaryTable(resource, origin[0], Map.copyOf(header), expected, List.copyOf(rows));
  }

  // Large generated tables (the gazetteer) ship compressed to keep the jar and the repository small.
  private static InputStream unzipped(String resource, InputStream in) throws IOException {
    return resource.endsWith(".gz") ? new java.util.zip.GZIPInputStream(in, 1 << 16) : in;
  }

  /** Parses a table from a stream; {@code name} is used in messages. */
  public static DictionaryTable parse(String name, String origin, InputStream in, List<String> expected)
      throws IOException {
    List<DictionaryRow> rows = new ArrayList<>();
    Map<String, String> header = scan(name, in, expected,
        (line, fields) -> rows.add(new DictionaryRow(name + ":" + line, List.of(fields))));
    return new DictionaryTable(name, origin, Map.copyOf(header), expected, List.copyOf(rows));
  }

  /** Takes a table's data rows one at a time: the line number and the fields ({@code -} as written). */
  @FunctionalInterface
  public interface RowSink {
    /** One data row; a problem with it is reported by throwing a {@link DictionaryException}. */
    void row(int line, String[] fields);
  }

  /**
   * Reads a table like {@link #load(String, Path, List)} but hands each row to {@code sink} instead of
   * keeping it, for tables too large to hold twice (the gazetteer's 140,000 rows).
   *
   * @return the header's keys and values
   */
  public static Map<String, String> scan(String resource, Path overrides, List<String> expected, RowSink sink) {
    return read(resource, overrides, expected, sink, new String[1]);
  }

  // Finds the file (the user's override, else the class path), tells where in origin[0], reads it.
  private static Map<String, String> read(String resource, Path overrides, List<String> expected, RowSink sink,
                                          String[] origin) {
    if (overrides != null) {
      Path file = overrides.resolve(resource);
      if (Files.isRegularFile(file)) {
        origin[0] = file.toString();
        try (InputStream in = unzipped(resource, Files.newInputStream(file))) {
          return scan(resource, in, expected, sink);
        } catch (IOException e) {
          throw new DictionaryException(file.toString(), "cannot read: " + e.getMessage());
        }
      }
    }
    String path = "dyad/" + resource;
    origin[0] = "classpath:" + path;
    try (InputStream in = DictionaryTable.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new DictionaryException(resource, "not found on the class path (" + path + ")");
      }
      return scan(resource, unzipped(resource, in), expected, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The one reader of the format: header lines, then rows with exactly the header's columns.
  private static Map<String, String> scan(String name, InputStream in, List<String> expected, RowSink sink)
      throws IOException {
    Map<String, String> header = new LinkedHashMap<>();
    List<String> columns = null;
    boolean data = false;
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        int colon = line.indexOf(':');
        if (!data && colon > 0) {
          String key = line.substring(1, colon).strip().toLowerCase();
          String value = line.substring(colon + 1).strip();
          if (!key.contains(" ")) {
            header.put(key, value);
            if (key.equals("columns")) {
              columns = List.of(value.split("\\s*\\t\\s*|\\s+"));
              if (!columns.equals(expected)) {
                throw new DictionaryException(name + ":" + number, "columns " + columns + " but Dyad reads " + expected);
              }
            }
          }
        }
        continue;
      }
      if (columns == null) {
        throw new DictionaryException(name + ":" + number, "data before the '# columns:' header line");
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != columns.size()) {
        throw new DictionaryException(name + ":" + number,
            "expected " + columns.size() + " tab-separated columns, found " + fields.length);
      }
      data = true;
      sink.row(number, fields);
    }
    for (String key : List.of("version", "source")) {
      if (!header.containsKey(key)) {
        throw new DictionaryException(name + ":1", "header '# " + key + ": ...' is missing");
      }
    }
    if (columns == null) {
      throw new DictionaryException(name + ":1", "header '# columns: ...' is missing");
    }
    return header;
  }

  /** The table's version from its header. */
  public String version() {
    return header.get("version");
  }
}
