package org.dyad.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyad.app.load.AnalysisRecordJson;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.analysis.Event;
import org.dyad.model.analysis.Location;
import org.dyad.model.analysis.Modality;
import org.dyad.model.analysis.Quote;
import org.dyad.model.article.Article;
import org.dyad.store.write.RowRules;

/**
 * Turns one analysed article into a row of {@link DatasetSchemas#ANALYSED}: the values the store's
 * writer would put in its tables for it, taken with the writer's own rules ({@link RowRules}), so a
 * Spark output and a store built from the same input agree.
 *
 * <p>Takes the article as read, its analysis, its id and input position (each event carries its
 * CAMEO code's name). Mentions are numbered as the store numbers them: grouped by event, in order of each event's
 * first mention.
 */
final class AnalysisRows {
  /** The row of an article analysed without trouble. */
  Row coded(long id, long seq, String hash, Article read, DocumentAnalysis doc) {
    Article a = RowRules.limited(read, new ArrayList<>());
    List<Row> actors = new ArrayList<>();
    for (Actor x : doc.actors()) {
      actors.add(RowFactory.create(x.id(), x.name(), x.kind(), x.code(), x.country(), RowRules.sectors(x),
          x.role(), x.basis(), RowRules.mentions(x)));
    }
    List<Row> quotes = new ArrayList<>();
    int n = 0;
    for (Quote q : doc.quotes()) {
      Actor speaker = q.speaker() == null ? null : doc.actor(q.speaker());
      quotes.add(RowFactory.create(n++, q.text(), q.span().begin(), q.span().end(), q.speaker(),
          speaker != null ? speaker.name() : q.speakerName(), speaker != null ? speaker.code() : null, q.cue()));
    }
    return RowFactory.create(id, seq, null, a.id(), hash, a.title(), a.url(), RowRules.outlet(a),
        date(doc.published()), a.source(), read.language(), read.text(), doc.events().size(), doc.quotes().size(),
        AnalysisRecordJson.write(doc), seq(actors), seq(quotes), seq(mentions(id, a, doc)));
  }

  /** The row of an article that could not be coded: the reason is its error. */
  static Row failed(long id, long seq, String hash, Article a, String reason) {
    return RowFactory.create(id, seq, reason, a.id(), hash, a.title(), a.url(), null, date(a.published()),
        a.source(), a.language(), null, 0, 0, null, seq(List.of()), seq(List.of()), seq(List.of()));
  }

  /** Mentions grouped by event key, as ArticleWriter writes them. */
  private List<Row> mentions(long articleId, Article a, DocumentAnalysis doc) {
    String published = doc.published() == null ? null : doc.published().toString();
    String[] keys = RowRules.eventKeys(doc, articleId);
    Map<String, List<Event>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      byKey.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(doc.events().get(i));
    }
    int leadEnd = RowRules.leadEnd(a.text(), a.title());
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, List<Event>> entry : byKey.entrySet()) {
      Event first = entry.getValue().get(0);
      String keyDate = first.date() != null ? first.date() : published;
      Row head = head(first, doc, a.url(), leadEnd);
      for (Event e : entry.getValue()) {
        rows.add(RowFactory.create(entry.getKey(), keyDate, date(RowRules.firstDay(keyDate)),
            RowRules.datePrecision(keyDate), n++, e.sentence(),
            e.span().begin(), e.span().end(), e.trigger(), e.sourceText(), e.targetText(), e.rule(),
            e.confidence(), Modality.labelOf(e.modality()), e.date(), e.dateBasis(), e.sourceBasis(), e.targetBasis(), head,
            geo(e.location())));
      }
    }
    return rows;
  }

  /** What a new event row takes from its first mention (EventUpserter.upsert's values). */
  private Row head(Event first, DocumentAnalysis doc, String url, int leadEnd) {
    Actor src = first.source() == null ? null : doc.actor(first.source());
    Actor tgt = first.target() == null ? null : doc.actor(first.target());
    return RowFactory.create(first.sourceCode(), RowRules.sideName(src, first.sourceText()),
        src == null ? null : src.country(), RowRules.sectors(src), first.targetCode(),
        RowRules.sideName(tgt, first.targetText()), tgt == null ? null : tgt.country(), RowRules.sectors(tgt),
        first.cameo(), first.cameoName(), RowRules.cameoRoot(first.cameo()), first.plover(),
        first.ploverMode(), first.goldstein(), first.quadClass(), Modality.labelOf(first.modality()), first.trigger(),
        first.sentence(), url, first.span().begin() < leadEnd);
  }

  private static Row geo(Location l) {
    return l == null ? null : RowFactory.create(l.name(), l.geonamesId(), l.country(), l.admin1(), l.admin1Name(),
        l.lat(), l.lon(), l.feature(), l.basis());
  }

  /** Spark's row encoder takes Scala sequences for array columns, not Java lists. */
  private static scala.collection.immutable.Seq<Row> seq(List<Row> rows) {
    return scala.jdk.javaapi.CollectionConverters.asScala(rows).toList();
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
