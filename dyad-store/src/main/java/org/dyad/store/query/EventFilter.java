package org.dyad.store.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.QuadClass;

/**
 * Which events a query covers: the filters of the event table, timeline, network and export.
 * Every field is optional ({@code null}: no condition). See docs/api.md for their meaning.
 *
 * <p>{@link #parse} reads them from named parameters and fails with an
 * {@link IllegalArgumentException} naming the bad parameter and value; {@link #where} gives a
 * parameterised SQL condition on the {@code events} table aliased {@code e}.
 */
public record EventFilter(String source, String target, String actor, String country, String sector,
                          String root, String code, String plover, Integer quad, String modality,
                          LocalDate from, LocalDate to, String text, Bbox bbox, String place,
                          String placeCountry, boolean eitherDirection, boolean targetedStatementsOnly) {
  /** The parameter names, in the order of the fields. */
  public static final List<String> PARAMETERS = List.of("source", "target", "actor", "country", "sector",
      "root", "code", "plover", "quad", "modality", "from", "to", "text", "bbox", "place", "place_country",
      "direction", "statements");
  /** The modalities an event can have, in the order the UI lists them ({@link Modality}'s). */
  public static final List<String> MODALITIES = Modality.labels();
  /** No condition. */
  public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null,
      null, null, null, null, null);

  /** The filters without a place condition. */
  public EventFilter(String source, String target, String actor, String country, String sector, String root,
                     String code, String plover, Integer quad, String modality, LocalDate from, LocalDate to,
                     String text) {
    this(source, target, actor, country, sector, root, code, plover, quad, modality, from, to, text, null, null,
        null);
  }

  /** The filters with place conditions, one direction, every statement. */
  public EventFilter(String source, String target, String actor, String country, String sector, String root,
                     String code, String plover, Integer quad, String modality, LocalDate from, LocalDate to,
                     String text, Bbox bbox, String place, String placeCountry) {
    this(source, target, actor, country, sector, root, code, plover, quad, modality, from, to, text, bbox, place,
        placeCountry, false, false);
  }

  /**
   * A box of longitude and latitude, in degrees; events located inside it (edges included). West may
   * be greater than east for a box across the 180th meridian.
   */
  public record Bbox(double west, double south, double east, double north) {
    /** Reads {@code west,south,east,north}, failing with a message naming the parameter. */
    static Bbox parse(String v) {
      String[] p = v.split(",");
      if (p.length != 4) {
        throw new IllegalArgumentException("bbox: '" + v + "' is not west,south,east,north in degrees");
      }
      double[] d = new double[4];
      for (int i = 0; i < 4; i++) {
        try {
          d[i] = Double.parseDouble(p[i].strip());
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("bbox: '" + p[i].strip() + "' is not a number of degrees");
        }
        double limit = i % 2 == 0 ? 180 : 90;
        if (!(Math.abs(d[i]) <= limit)) {
          throw new IllegalArgumentException("bbox: '" + p[i].strip() + "' is outside ±" + (int) limit + " degrees");
        }
      }
      if (d[1] > d[3]) {
        throw new IllegalArgumentException("bbox: south " + d[1] + " is north of north " + d[3]);
      }
      return new Bbox(d[0], d[1], d[2], d[3]);
    }
  }

  private static final Pattern CODE = Pattern.compile("[A-Z0-9]{2,24}");

  /** A condition as SQL with its parameters in order. */
  public record Sql(String condition, List<Object> params) {
    /** Sets the parameters on a statement, the first at index {@code first}; gives the next index. */
    public int bind(java.sql.PreparedStatement ps, int first) throws java.sql.SQLException {
      int i = first;
      for (Object p : params) {
        ps.setObject(i++, p);
      }
      return i;
    }

    /** How many rows of {@code from} (a table and its alias, {@code events e}) the condition keeps. */
    public long count(java.sql.Connection conn, String from) throws java.sql.SQLException {
      try (java.sql.PreparedStatement ps = conn.prepareStatement("SELECT count(*) FROM " + from + " WHERE "
          + condition)) {
        bind(ps, 1);
        try (java.sql.ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }
  }

  /** Reads the filters from named parameters; blank values count as absent. */
  public static EventFilter parse(Function<String, String> param) {
    return new EventFilter(code(param, "source"), code(param, "target"), actorOf(param),
        code(param, "country"), code(param, "sector"), digits(param, "root", 2, 2),
        digits(param, "code", 2, 4), plover(param), quad(param), modality(param), date(param, "from"),
        date(param, "to"), value(param, "text"), value(param, "bbox") == null ? null : Bbox.parse(value(param, "bbox")),
        placeName(param), code(param, "place_country"),
        choice(param, "direction", "source to target", "forward", "either"),
        choice(param, "statements", "statements shown", "all", "targeted"));
  }

  /** False for the default value (or none), true for the other; anything else is refused. */
  private static boolean choice(Function<String, String> param, String name, String what, String dflt,
                                String other) {
    String v = value(param, name);
    if (v == null || v.equalsIgnoreCase(dflt)) {
      return false;
    }
    if (v.equalsIgnoreCase(other)) {
      return true;
    }
    throw new IllegalArgumentException(name + ": '" + v + "' is not " + dflt + " or " + other + " (" + what + ")");
  }

  /** The condition; {@code "TRUE"} when there is none. */
  public Sql where() {
    List<String> parts = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    if (eitherDirection && (source != null || target != null)) {
      // Either way round: source acting on target, or target acting on source.
      List<String> there = new ArrayList<>();
      List<String> back = new ArrayList<>();
      side("e.source", source, there, params);
      side("e.target", target, there, params);
      side("e.target", source, back, params);
      side("e.source", target, back, params);
      parts.add("((" + String.join(" AND ", there) + ") OR (" + String.join(" AND ", back) + "))");
    } else {
      side("e.source", source, parts, params);
      side("e.target", target, parts, params);
    }
    if (targetedStatementsOnly) {
      // A statement with no one it is addressed to says little about a relation: the UI hides them.
      parts.add("NOT (e.cameo_root = '01' AND e.target_code IS NULL AND e.target_name IS NULL)");
    }
    if (actor != null) {
      if (CODE.matcher(actor).matches()) {
        // NATO, UN, FARC look like codes and are names too: match both.
        parts.add("(e.source_code LIKE ? OR e.target_code LIKE ? OR e.source_name ILIKE ? ESCAPE '\\'"
            + " OR e.target_name ILIKE ? ESCAPE '\\')");
        params.add(actor + "%");
        params.add(actor + "%");
        params.add(contains(actor));
        params.add(contains(actor));
      } else {
        parts.add("(e.source_name ILIKE ? ESCAPE '\\' OR e.target_name ILIKE ? ESCAPE '\\')");
        params.add(contains(actor));
        params.add(contains(actor));
      }
    }
    if (country != null) {
      parts.add("(e.source_country = ? OR e.target_country = ?)");
      params.add(country);
      params.add(country);
    }
    if (sector != null) {
      parts.add("(e.source_sectors LIKE ? OR e.target_sectors LIKE ?)");
      params.add("% " + sector + " %");
      params.add("% " + sector + " %");
    }
    add(parts, params, "e.cameo_root = ?", root);
    add(parts, params, "e.cameo LIKE ?", code == null ? null : code + "%");
    add(parts, params, "e.plover = ?", plover);
    add(parts, params, "e.quad_class = ?", quad);
    add(parts, params, "e.modality = ?", modality);
    add(parts, params, "e.day >= ?", from == null ? null : java.sql.Date.valueOf(from));
    add(parts, params, "e.day <= ?", to == null ? null : java.sql.Date.valueOf(to));
    add(parts, params, "EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND m.sentence"
        + " ILIKE ? ESCAPE '\\')", text == null ? null : contains(text));
    if (bbox != null) {
      parts.add("e.geo_lat BETWEEN ? AND ?");
      params.add(bbox.south());
      params.add(bbox.north());
      // A box across the 180th meridian holds the longitudes east of its west edge or west of its east edge.
      parts.add(bbox.west() <= bbox.east() ? "e.geo_lon BETWEEN ? AND ?" : "(e.geo_lon >= ? OR e.geo_lon <= ?)");
      params.add(bbox.west());
      params.add(bbox.east());
    }
    add(parts, params, "e.geo_name = ?", place);
    add(parts, params, "e.geo_country = ?", placeCountry);
    return new Sql(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), List.copyOf(params));
  }

  private static String placeName(Function<String, String> param) {
    String v = value(param, "place");
    if (v != null && v.length() > 200) {
      throw new IllegalArgumentException("place: longer than 200 characters");
    }
    return v;
  }

  private static void side(String column, String value, List<String> parts, List<Object> params) {
    if (value != null) {
      parts.add("(" + column + "_code LIKE ? OR " + column + "_country = ?)");
      params.add(value + "%");
      params.add(value);
    }
  }

  private static void add(List<String> parts, List<Object> params, String sql, Object value) {
    if (value != null) {
      parts.add(sql);
      params.add(value);
    }
  }

  private static String contains(String s) {
    return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private static String value(Function<String, String> param, String name) {
    String v = param.apply(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String code(Function<String, String> param, String name) {
    String v = value(param, name);
    if (v == null) {
      return null;
    }
    String up = v.toUpperCase(Locale.ROOT);
    if (!CODE.matcher(up).matches()) {
      throw new IllegalArgumentException(name + ": '" + v + "' is not an actor, country or sector code"
          + " (letters and digits, e.g. RUS, RUSGOV, GOV)");
    }
    return up;
  }

  private static String actorOf(Function<String, String> param) {
    String v = value(param, "actor");
    if (v != null && v.length() > 200) {
      throw new IllegalArgumentException("actor: longer than 200 characters");
    }
    return v;
  }

  private static String digits(Function<String, String> param, String name, int min, int max) {
    String v = value(param, name);
    if (v != null && !v.matches("\\d{" + min + "," + max + "}")) {
      throw new IllegalArgumentException(name + ": '" + v + "' is not a CAMEO " + (max == 2 ? "root (two digits,"
          + " e.g. 19)" : "code (2 to 4 digits, e.g. 112)"));
    }
    return v;
  }

  private static String plover(Function<String, String> param) {
    String v = value(param, "plover");
    if (v != null && !v.matches("[A-Za-z]{3,12}")) {
      throw new IllegalArgumentException("plover: '" + v + "' is not a PLOVER type (e.g. ACCUSE)");
    }
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }

  private static Integer quad(Function<String, String> param) {
    String v = value(param, "quad");
    if (v != null && !(v.matches("\\d") && QuadClass.isNumber(Integer.parseInt(v)))) {
      throw new IllegalArgumentException(
          "quad: '" + v + "' is not a QuadClass (1 to " + QuadClass.values().length + ")");
    }
    return v == null ? null : Integer.valueOf(v);
  }

  private static String modality(Function<String, String> param) {
    String v = value(param, "modality");
    if (v != null && !MODALITIES.contains(v.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("modality: '" + v + "' is not one of " + new java.util.TreeSet<>(MODALITIES));
    }
    return v == null ? null : v.toLowerCase(Locale.ROOT);
  }

  private static LocalDate date(Function<String, String> param, String name) {
    String v = value(param, name);
    try {
      return v == null ? null : LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": '" + v + "' is not a date of the form YYYY-MM-DD");
    }
  }
}
