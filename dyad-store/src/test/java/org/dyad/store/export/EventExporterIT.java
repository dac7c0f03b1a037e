package org.dyad.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.store.fixture.Corpus;
import org.dyad.store.fixture.CorpusStore;
import org.dyad.store.query.EventFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Exports of the corpus's nine events (see Corpus) in every format. */
class EventExporterIT {
  @RegisterExtension
  static final CorpusStore CORPUS = new CorpusStore();

  /** The columns docs/export.md promises for csv, jsonl and parquet. */
  private static final List<String> COLUMNS = List.of("id", "date", "date_precision", "day", "source_code", "source_name",
      "source_country", "source_sectors", "target_code", "target_name", "target_country", "target_sectors",
      "cameo", "cameo_name", "cameo_root", "plover", "plover_mode", "goldstein", "quad_class", "modality",
      "num_mentions", "num_articles", "num_sources", "confidence", "article_id", "source_url", "trigger",
      "sentence", "date_added", "is_root", "source_basis", "target_basis", "geo_name", "geo_id", "geo_country",
      "geo_admin1", "geo_admin1_name", "geo_lat", "geo_lon", "geo_feature", "geo_basis");

  @TempDir
  Path tmp;

  private static EventFilter filter(String name, String value) {
    return EventFilter.parse(Map.of(name, value)::get);
  }

  private Path export(EventFilter filter, ExportFormat format, String file, long expected) {
    Path out = tmp.resolve(file);
    assertEquals(expected, new EventExporter(CORPUS.store()).export(filter, format, out));
    assertTrue(Files.isRegularFile(out));
    return out;
  }

  private static List<String> lines(Path p) throws IOException {
    return Files.readAllLines(p, StandardCharsets.UTF_8);
  }

  @Test
  void csvHasAHeaderAndOneRowPerEvent() throws IOException {
    List<String> all = lines(export(EventFilter.ALL, ExportFormat.CSV, "it's all.csv", Corpus.EVENTS));
    assertEquals(COLUMNS, List.of(all.get(0).split(",")));
    assertEquals(1 + Corpus.EVENTS, all.size());
    List<String> conflict = lines(export(filter("quad", "4"), ExportFormat.CSV, "quad4.csv", 2));
    assertEquals(3, conflict.size());
    int cameo = COLUMNS.indexOf("cameo");
    assertEquals(List.of("150", "163"), List.of(csv(conflict.get(1)).get(cameo), csv(conflict.get(2)).get(cameo)));
    List<String> negated = csv(conflict.get(2));
    assertEquals(COLUMNS.size(), negated.size());
    // A year stays a year; its first day only where one day is needed.
    assertEquals(List.of("2024", "year", "2024-01-01", "USALEG", "United States Senate", "USA", "LEG", "IRN",
        "negated"), List.of(negated.get(1), negated.get(2), negated.get(3), negated.get(4), negated.get(5),
        negated.get(6), negated.get(7), negated.get(8), negated.get(COLUMNS.indexOf("modality"))));
    assertEquals(Corpus.senateVote().analysis().events().get(0).sentence(),
        negated.get(COLUMNS.indexOf("sentence")));
    assertEquals(List.of("text", "text"), List.of(negated.get(COLUMNS.indexOf("source_basis")),
        negated.get(COLUMNS.indexOf("target_basis"))));
  }

  @Test
  void jsonLinesParseAndCarryTheColumns() throws IOException {
    List<String> rows = lines(export(EventFilter.ALL, ExportFormat.JSONL, "events.jsonl", Corpus.EVENTS));
    assertEquals(Corpus.EVENTS, rows.size());
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> byCode = new HashMap<>();
    for (String line : rows) {
      JsonNode row = json.readTree(line);
      List<String> names = new ArrayList<>();
      row.fieldNames().forEachRemaining(names::add);
      assertEquals(COLUMNS, names);
      byCode.put(row.get("cameo").asText(), row);
    }
    JsonNode accusation = byCode.get("112");
    assertEquals("2025-06-03", accusation.get("date").asText());
    assertEquals("Irina Valeva", accusation.get("source_name").asText());
    assertEquals("GOV", accusation.get("source_sectors").asText());
    assertEquals(-2.0, accusation.get("goldstein").asDouble());
    assertTrue(accusation.get("goldstein").isNumber());
    assertEquals(List.of(2, 2, 2), List.of(accusation.get("num_mentions").asInt(),
        accusation.get("num_articles").asInt(), accusation.get("num_sources").asInt()));
    assertEquals(Corpus.grainAccusation().url(), accusation.get("source_url").asText());
    assertEquals("accused", accusation.get("trigger").asText());
    assertTrue(byCode.get("0333").get("source_country").isNull(), "the EU has no country");
    assertTrue(byCode.get("130").get("sentence").asText().contains("a 40% tariff"));
    assertEquals(List.of("text", "text"), List.of(accusation.get("source_basis").asText(),
        accusation.get("target_basis").asText()));
    JsonNode signed = byCode.get("057");
    assertEquals(List.of("context", "context"), List.of(signed.get("source_basis").asText(),
        signed.get("target_basis").asText()), "'The two leaders signed' names neither");
    assertEquals("context", byCode.get("120").get("target_basis").asText());
  }

  @Test
  void parquetReadsBackInAFreshDuckDb() throws SQLException {
    Path all = export(EventFilter.ALL, ExportFormat.PARQUET, "events.parquet", Corpus.EVENTS);
    Path russia = export(filter("country", "RUS"), ExportFormat.PARQUET, "russia.parquet", 4);
    try (Connection conn = DriverManager.getConnection("jdbc:duckdb:"); Statement st = conn.createStatement()) {
      assertEquals(List.of(String.valueOf(Corpus.EVENTS)), rows(st, "SELECT count(*) FROM read_parquet('"
          + all + "')"));
      assertEquals(COLUMNS, rows(st, "SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet('" + all
          + "'))"));
      assertEquals(List.of("112 2", "120 1", "130 1", "150 1"), rows(st, "SELECT cameo || ' ' || num_mentions"
          + " FROM read_parquet('" + russia + "') ORDER BY cameo"));
      assertEquals(List.of("DOUBLE", "DATE", "INTEGER"), rows(st, "SELECT column_type FROM (DESCRIBE SELECT"
          + " goldstein, day, quad_class FROM read_parquet('" + all + "'))"));
      assertEquals(List.of("057 context context", "112 text text", "120 text context"), rows(st,
          "SELECT concat_ws(' ', cameo, source_basis, target_basis) FROM read_parquet('" + all + "')"
          + " WHERE cameo IN ('057', '112', '120') ORDER BY cameo"));
    }
  }

  @Test
  void gdeltRowsHave61ColumnsInGdeltsOrder() throws IOException {
    List<String> rows = lines(export(EventFilter.ALL, ExportFormat.GDELT, "events.gdelt.tsv", Corpus.EVENTS));
    assertEquals(Corpus.EVENTS, rows.size());
    Map<String, String[]> byCode = new HashMap<>();
    for (String row : rows) {
      String[] f = row.split("\t", -1);
      assertEquals(61, f.length, row);
      assertTrue(f[1].matches("\\d{8}"), "Day " + f[1]);
      assertTrue(f[59].matches("\\d{14}"), "DATEADDED " + f[59]);
      byCode.put(f[26], f);
    }
    // GDELT columns are 1-based in its codebook: column n is f[n - 1]
    String[] a = byCode.get("112");
    assertEquals(List.of("20250603", "202506", "2025"), List.of(a[1], a[2], a[3]));
    assertEquals("2025.5014", a[4], "FractionDate = 2025 + (6 * 30 + 3) / 365");
    assertEquals(List.of("RUSGOV", "IRINA VALEVA", "RUS", "", "", "", "", "GOV", "", ""),
        List.of(a).subList(5, 15), "Actor1");
    assertEquals(List.of("UKR", "UKRAINE", "UKR", "", "", "", "", "", "", ""),
        List.of(a).subList(15, 25), "Actor2");
    assertEquals(List.of("112", "112", "11", "3"), List.of(a[26], a[27], a[28], a[29]));
    assertEquals(-2.0, Double.parseDouble(a[30]), "GoldsteinScale");
    assertEquals(List.of("2", "2", "2"), List.of(a[31], a[32], a[33]), "NumMentions, NumSources, NumArticles");
    assertEquals(Corpus.grainAccusation().url(), a[60]);
    for (int geo = 35; geo <= 58; geo++) {
      assertEquals("", a[geo], "geography column " + (geo + 1));
    }
    String[] aid = byCode.get("0333");
    assertEquals(List.of("20250608", "IGOEUREEC", "", "033", "03", "1"),
        List.of(aid[1], aid[5], aid[7], aid[27], aid[28], aid[29]));
    assertEquals(5.2, Double.parseDouble(aid[30]));
    String[] vote = byCode.get("163");
    assertEquals(List.of("20240101", "USALEG", "UNITED STATES SENATE", "USA", "LEG", "IRN", "4", "1"),
        List.of(vote[1], vote[5], vote[6], vote[7], vote[12], vote[15], vote[29], vote[31]));
    assertEquals("", vote[60], "no URL");
  }

  @Test
  void gdeltAppliesTheFilter() throws IOException {
    List<String> rows = lines(export(filter("source", "DEU"), ExportFormat.GDELT, "deu.tsv", 2));
    assertEquals(2, rows.size());
    for (String row : rows) {
      assertEquals("DEUGOV", row.split("\t", -1)[5]);
    }
  }

  /** A CSV record's fields (RFC 4180 quoting, no line breaks inside). */
  private static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }

  private static List<String> rows(Statement st, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
