package org.dyad.spark;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.article.Article;

/**
 * Codes a partition of articles on an executor with the executor's shared analyzer
 * ({@link ExecutorAnalyzers}), giving rows of {@link DatasetSchemas#ANALYSED}. An article over a
 * budget, or whose analysis fails (even with an OutOfMemoryError), is a row with its reason: the
 * task goes on, as {@code dyad ingest} does.
 */
final class ArticleCoder implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;
  private final List<String> options;

  /** @param options the analysis options' words ({@link AnalysisArgs#words}) */
  ArticleCoder(List<String> options) {
    this.options = List.copyOf(options);
  }

  /** Takes rows of {@link DatasetSchemas#ITEM} with {@code id} and {@code seq} added. */
  @Override
  public Iterator<Row> call(Iterator<Row> items) {
    ExecutorAnalyzers.Parts parts = ExecutorAnalyzers.get(options);
    AnalysisRows rows = new AnalysisRows();
    // one article at a time: a partition's analyses are never all in memory
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public Row next() {
        return code(items.next(), parts, rows);
      }
    };
  }

  private static Row code(Row r, ExecutorAnalyzers.Parts parts, AnalysisRows rows) {
    java.sql.Date published = r.getAs("published");
    Article a = new Article(r.getAs("doc_id"), r.getAs("title"), r.getAs("url"),
        published == null ? null : published.toLocalDate(), r.getAs("language"), r.getAs("text"),
        r.getAs("source"));
    long id = r.getAs("id");
    long seq = r.getAs("seq");
    String hash = r.getAs("content_hash");
    try {
      DocumentAnalysis d = parts.analyzer().analyze(a, parts.date(), false,
          warning -> System.err.println("dyad: " + a.source() + ": " + warning));
      return DocumentAnalysis.OK.equals(d.status()) ? rows.coded(id, seq, hash, a, d)
          : AnalysisRows.failed(id, seq, hash, a, d.reason());
    } catch (Throwable e) { // one huge page's OutOfMemoryError is that page's error
      return AnalysisRows.failed(id, seq, hash, a, "analysis failed: " + e);
    }
  }
}
