package org.dyad.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the PLOVER gold-standard records (Open Event Data Alliance): a JSON array of records with
 * {@code id}, {@code date}, {@code text}, {@code event} (a PLOVER 0.5b1 type) and {@code source} /
 * {@code target} lists of {@code {actorText, code, sector}}.
 *
 * <p>Each record is one document with one gold event type. Types are mapped to PLOVER 1.0
 * ({@link PloverTypes#LEGACY}); country codes to ISO alpha-3 through {@link CountryCodes} (PLOVER
 * uses Correlates-of-War codes); a sector that is a CAMEO sector code is appended ({@code RUS} +
 * {@code GOV} = {@code RUSGOV}), except to IGO codes, where PLOVER's plain {@code IGO} must stay a
 * prefix that any IGO matches. A record listing several actors ("Hungarian and Romanian officials
 * agreed") holds one gold event per source-target pair, as PETRARCH and GDELT code compound actors;
 * a missing or empty list means any actor. The {@code DOCUMENT} record that documents the file is
 * skipped. A bad record is reported as {@code file: record N (id): reason}, counting from 1.
 */
public final class PloverGsrReader implements GoldReader<GoldDocument> {
  private static final ObjectMapper JSON = new ObjectMapper();
  // CAMEO's non-state actor codes, which are not countries and need no mapping.
  private static final Set<String> GROUPS = Set.of("NGO", "IMG", "MNC", "UIS", "UAF", "NGM");
  /**
   * Country abbreviations this set writes that are neither ISO nor COW codes, read as the country
   * their records name (checked by hand: "Japanese Prime Minister", "Italy announced", "Vietnamese-led").
   */
  private static final Map<String, String> LEGACY_COUNTRIES = Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM");
  private final CountryCodes countries;
  private final Map<String, Integer> cowMapped = new TreeMap<>();
  private final Map<String, Integer> typesMapped = new TreeMap<>();
  private final Map<String, Integer> unknownCodes = new TreeMap<>();
  private int compounds;

  /** Maps country codes with {@code countries}. */
  public PloverGsrReader(CountryCodes countries) {
    this.countries = countries;
  }

  @Override
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    notes.add(PloverTypes.LEGACY_NOTE + (typesMapped.isEmpty() ? "" : "; here " + counts(typesMapped)));
    notes.add(PloverTypes.V05_NOTE);
    if (!cowMapped.isEmpty()) {
      notes.add("Correlates-of-War and older country codes mapped to ISO alpha-3: " + counts(cowMapped));
    }
    if (!unknownCodes.isEmpty()) {
      notes.add("codes neither ISO nor COW in Dyad's country table, kept as they are (their events "
          + "cannot match on the dyad): " + counts(unknownCodes));
    }
    if (compounds > 0) {
      notes.add("records listing several sources or targets: " + compounds + ", each read as one gold "
          + "event per source-target pair, as dyadic event data codes compound actors");
    }
    notes.add("one event type per record: further true events Dyad finds in the same sentence "
        + "count as false positives, so precision reads low");
    return notes;
  }

  @Override
  public Stream<GoldDocument> read(String name, Reader in, Consumer<String> problems) {
    JsonParser parser;
    try {
      parser = JSON.getFactory().createParser(in);
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_ARRAY) {
        problems.accept(name + ": not a JSON array of PLOVER records");
        return GoldReader.stream(in, () -> null);
      }
    } catch (IOException e) {
      problems.accept(name + ": not a JSON array of PLOVER records (" + e.getMessage() + ")");
      return GoldReader.stream(in, () -> null);
    }
    int[] record = {0};
    boolean[] done = {false};
    String shortName = DyadGoldReader.shortName(name);
    return GoldReader.stream(in, () -> {
      while (!done[0]) {
        JsonNode node;
        try {
          JsonToken t = parser.nextToken();
          if (t == null || t == JsonToken.END_ARRAY) {
            done[0] = true;
            return null;
          }
          record[0]++;
          node = JSON.readTree(parser);
        } catch (IOException e) {
          // JSON syntax errors leave the parser lost: what follows cannot be read.
          problems.accept(name + ": record " + (record[0] == 0 ? 1 : record[0]) + ": malformed JSON ("
              + e.getMessage().lines().findFirst().orElse("") + "); the rest of the file is not read");
          done[0] = true;
          return null;
        }
        String where = name + ": record " + record[0];
        if (node == null || !node.isObject()) {
          problems.accept(where + ": not a JSON object");
          continue;
        }
        if ("DOCUMENT".equals(node.path("event").asText())) {
          continue; // PLOVER's documentation record, not an event
        }
        try {
          return parse(node, shortName + ": record " + record[0]);
        } catch (BadRecord e) {
          String id = node.path("id").asText("");
          problems.accept(where + (id.isEmpty() ? "" : " (" + id + ")") + ": " + e.getMessage());
        }
      }
      return null;
    });
  }

  private GoldDocument parse(JsonNode node, String defaultId) throws BadRecord {
    String id = JsonFields.text(node, "id");
    String text = JsonFields.required(node, "text");
    String type = JsonFields.required(node, "event");
    String plover = PloverTypes.normalize(type);
    if (plover == null) {
      throw new BadRecord("event '" + type + "' is not a PLOVER type");
    }
    String upper = type.toUpperCase(Locale.ROOT);
    if (!upper.equals(plover)) {
      typesMapped.merge(upper + "→" + plover, 1, Integer::sum);
    }
    List<Actor> sources = actors(node, "source");
    List<Actor> targets = actors(node, "target");
    List<GoldEvent> events = new ArrayList<>();
    Set<String> pairs = new LinkedHashSet<>();
    for (Actor s : sources) {
      for (Actor t : targets) {
        if (pairs.add(s.code + "|" + t.code)) {
          events.add(new GoldEvent(s.code, t.code, null, null, plover, s.text, t.text));
        }
      }
    }
    if (events.size() > 1) {
      compounds++;
    }
    return new GoldDocument(id != null ? id : defaultId, JsonFields.date(node, "date"), text, events);
  }

  /** One listed actor; a null code and text stand for "any actor" where the record lists none. */
  private record Actor(String code, String text) {}

  private List<Actor> actors(JsonNode node, String field) throws BadRecord {
    JsonNode list = node.get(field);
    if (list == null || list.isNull() || list.isTextual() && list.asText().isBlank()
        || list.isArray() && list.isEmpty()) {
      return List.of(new Actor(null, null));
    }
    if (!list.isArray()) {
      throw new BadRecord(field + " is " + JsonFields.brief(list) + ", not a list of actors");
    }
    List<Actor> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode a = list.get(i);
      if (!a.isObject()) {
        throw new BadRecord(field + "[" + i + "] is " + JsonFields.brief(a) + ", not an actor");
      }
      String code = JsonFields.text(a, "code");
      if (code == null) {
        throw new BadRecord(field + "[" + i + "] has no code");
      }
      out.add(new Actor(code(code, JsonFields.text(a, "sector")), JsonFields.text(a, "actorText")));
    }
    return out;
  }

  private String code(String raw, String sector) {
    String c = raw.strip().toUpperCase(Locale.ROOT);
    if (c.startsWith("IGO")) {
      return c;
    }
    String country = c.length() >= 3 ? c.substring(0, 3) : c;
    String iso = LEGACY_COUNTRIES.getOrDefault(country, countries.toIso(country));
    if (!iso.equals(country)) {
      cowMapped.merge(country + "→" + iso, 1, Integer::sum);
    } else if (!countries.isIso(iso) && !GROUPS.contains(iso)) {
      unknownCodes.merge(iso, 1, Integer::sum);
    }
    return iso + c.substring(country.length()) + sectorCode(sector);
  }

  // PLOVER sectors are CAMEO codes, sometimes with an ethnic or religious tail in lower case
  // ("CVLalb") or a placeholder ("***"); only the upper-case three-letter codes are kept.
  private static String sectorCode(String sector) {
    if (sector == null) {
      return "";
    }
    int end = 0;
    while (end < sector.length() && sector.charAt(end) >= 'A' && sector.charAt(end) <= 'Z') {
      end++;
    }
    return sector.substring(0, end - end % 3);
  }

  private static String counts(Map<String, Integer> m) {
    List<String> parts = new ArrayList<>();
    m.forEach((k, v) -> parts.add(k + " ×" + v));
    return String.join(", ", parts);
  }
}
