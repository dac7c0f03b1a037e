package org.dyad.bench.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.dyad.model.analysis.Basis;
import org.dyad.model.analysis.DatePrecision;
import org.dyad.model.analysis.Modality;
import org.dyad.store.Store;
import org.dyad.store.StoreException;

/**
 * Fills an empty store with synthetic events for query benchmarks: {@code events} events with one
 * mention each, ten per article, over 2015–2025, among {@link #ACTORS} and a spread of CAMEO codes
 * with their real Goldstein values and QuadClasses. Generated inside DuckDB with a fixed seed, so a
 * million rows take seconds and every run makes the same store.
 */
final class SyntheticStore {
  private static final String ASSERTED = Modality.ASSERTED.label();
  /** Actor codes the events use; the first three letters are the country except for IGOs. */
  static final String[] ACTORS = {"RUSGOV", "UKRGOV", "USAGOV", "RUSMIL", "UKRMIL", "CHNGOV", "DEUGOV",
      "FRAGOV", "GBRGOV", "POLGOV", "TURGOV", "IRNGOV", "ISRGOV", "IGOEU", "IGONATO", "USALEG", "RUS", "UKR",
      "BLRGOV", "HUNGOV"};

  /** CAMEO code, name, Goldstein, QuadClass, PLOVER type (CAMEO 1.1b3 and PLOVER tables). */
  private static final String CODES = "('010','Make statement',0.0,1,NULL),('036','Express intent to meet or"
      + " negotiate',4.0,1,'CONSULT'),('040','Consult',1.0,1,'CONSULT'),('042','Make a visit',1.9,1,"
      + "'CONSULT'),('043','Host a visit',2.8,1,'CONSULT'),('046','Engage in negotiation',7.0,1,'CONSULT'),"
      + "('057','Sign formal agreement',8.0,1,'AGREE'),('070','Provide aid',7.0,2,'AID'),('071','Provide"
      + " economic aid',7.4,2,'AID'),('072','Provide military aid',8.3,2,'AID'),('100','Demand',-5.0,3,"
      + "'REQUEST'),('111','Criticize or denounce',-2.0,3,'ACCUSE'),('112','Accuse',-2.0,3,'ACCUSE'),"
      + "('120','Reject',-4.0,3,'REJECT'),('130','Threaten',-4.4,3,'THREATEN'),('163','Impose embargo,"
      + " boycott, or sanctions',-8.0,4,'SANCTION'),('173','Arrest, detain',-5.0,4,'COERCE'),('190','Use"
      + " conventional military force',-10.0,4,'ASSAULT'),('193','Fight with small arms and light"
      + " weapons',-10.0,4,'ASSAULT'),('195','Employ aerial weapons',-10.0,4,'ASSAULT')";

  private SyntheticStore() {}

  /** Fills the store; it must be empty. */
  static void fill(Store store, long events) {
    long articles = Math.max(1, events / 10);
    String actors = "['" + String.join("','", ACTORS) + "']";
    try (Connection conn = store.connect(); Statement st = conn.createStatement()) {
      st.execute("SELECT setseed(0.42)");
      st.execute("CREATE TEMP TABLE codes(code VARCHAR, name VARCHAR, goldstein DOUBLE, quad INTEGER,"
          + " plover VARCHAR)");
      st.execute("INSERT INTO codes VALUES " + CODES);
      st.execute("CREATE TEMP TABLE coded AS SELECT row_number() OVER () AS k, * FROM codes");
      st.execute("INSERT INTO articles SELECT i, 'synthetic-' || i, md5(i::VARCHAR), i, 'Synthetic article ' || i,"
          + " 'https://outlet' || (i % 50) || '.example.org/' || i, 'outlet' || (i % 50) || '.example.org',"
          + " DATE '2015-01-01' + CAST(i * 4000 / " + articles + " AS INTEGER), 'synthetic', 'en',"
          + " 'Synthetic article number ' || i || ' about talks, aid and sanctions.', NULL, 10, 0,"
          + " current_timestamp FROM range(1, " + (articles + 1) + ") t(i)");
      st.execute("CREATE TEMP TABLE ev AS SELECT i, " + actors + "[1 + CAST(floor(random() * "
          + ACTORS.length + ") AS INTEGER)] AS s, " + actors + "[1 + CAST(floor(random() * " + ACTORS.length
          + ") AS INTEGER)] AS t, 1 + CAST(floor(random() * 20) AS INTEGER) AS k, DATE '2015-01-01'"
          + " + CAST(floor(random() * 4000) AS INTEGER) AS day, 1 + (i - 1) // 10 AS article"
          + " FROM range(1, " + (events + 1) + ") r(i)");
      st.execute("INSERT INTO events SELECT ev.i, 'synthetic|' || ev.i, strftime(ev.day, '%Y-%m-%d'), ev.day,"
          + " ev.s, ev.s, CASE WHEN ev.s LIKE 'IGO%' THEN NULL ELSE substr(ev.s, 1, 3) END,"
          + " CASE WHEN length(ev.s) > 3 AND ev.s NOT LIKE 'IGO%' THEN ' ' || substr(ev.s, 4) || ' ' ELSE ' ' END,"
          + " ev.t, ev.t, CASE WHEN ev.t LIKE 'IGO%' THEN NULL ELSE substr(ev.t, 1, 3) END,"
          + " CASE WHEN length(ev.t) > 3 AND ev.t NOT LIKE 'IGO%' THEN ' ' || substr(ev.t, 4) || ' ' ELSE ' ' END,"
          + " c.code, c.name, substr(c.code, 1, 2), c.plover, NULL, c.goldstein, c.quad, '" + ASSERTED + "',"
          + " 1 + CAST(floor(random() * 3) AS INTEGER), 1, 1, 0.8, ev.article, 'said',"
          + " 'Synthetic evidence sentence ' || ev.i || '.', NULL, current_timestamp, ev.i % 3 = 0,"
          + " '" + Basis.TEXT + "', '" + Basis.TEXT + "', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL," // no places (geo_*)
          + " '" + DatePrecision.DAY.label() + "'" // date_precision: every synthetic event has a day
          + " FROM ev JOIN coded c ON c.k = ev.k");
      st.execute("INSERT INTO event_mentions SELECT e.id, e.first_article, 0, e.first_sentence, 0, 40, 'said',"
          + " e.source_name, e.target_name, 'synthetic', 0.8, '" + ASSERTED + "', e.event_date, '"
          + Basis.PUBLISHED + "',"
          + " e.source_basis, e.target_basis FROM events e");
      st.execute("DROP TABLE ev");
      st.execute("CHECKPOINT");
    } catch (SQLException e) {
      throw new StoreException("cannot generate synthetic events: " + e.getMessage(), e);
    }
  }
}
