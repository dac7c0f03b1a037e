package org.dyad.spark;

import java.io.InputStream;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.dyad.model.article.Article;
import org.dyad.model.article.IngestItem;
import org.dyad.model.article.Skipped;
import org.dyad.store.dedup.ContentHash;
import scala.Tuple2;

/**
 * Reads one input file on an executor into rows of {@link DatasetSchemas#ITEM}, with Dyad's own
 * readers ({@link org.dyad.ingest.ArticleSource}: JSON Lines, WARC, HTML, text, by name and first
 * bytes), so a file gives the same articles and skipped documents as in {@code dyad ingest}. A file
 * that cannot be read is a skipped row with its reason, never a failed task.
 */
final class ItemReader implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {
  private static final long serialVersionUID = 1L;
  private final List<String> options;
  private final Map<String, InputFiles.InputFile> files;

  /**
   * @param options the analysis options' words ({@link AnalysisArgs#words})
   * @param files   the listed files by {@link InputFiles#key}
   */
  ItemReader(List<String> options, Map<String, InputFiles.InputFile> files) {
    this.options = List.copyOf(options);
    this.files = Map.copyOf(files);
  }

  @Override
  public Iterator<Row> call(Tuple2<String, PortableDataStream> file) {
    InputFiles.InputFile f = files.get(InputFiles.key(file._1()));
    if (f == null) {
      throw new IllegalStateException("a file that was not listed: " + file._1());
    }
    List<Row> rows = new ArrayList<>();
    long[] n = {0};
    try (InputStream in = file._2().open()) {
      ExecutorAnalyzers.source(options).read(f.name(), in, item -> rows.add(row(f.index(), n[0]++, item)));
    } catch (Exception e) {
      rows.add(row(f.index(), n[0]++, new Skipped(f.name(), null, null, f.name(),
          "cannot read " + f.name() + " (" + e.getMessage() + ")")));
    }
    return rows.iterator();
  }

  private static Row row(int file, long item, IngestItem x) {
    if (x instanceof Article a) {
      return RowFactory.create(file, item, a.id(), a.title(), a.url(),
          a.published() == null ? null : Date.valueOf(a.published()), a.language(), a.text(), a.source(), null,
          ContentHash.of(a.text()));
    }
    Skipped s = (Skipped) x;
    return RowFactory.create(file, item, s.id(), s.title(), s.url(), null, null, null, s.source(), s.reason(),
        null);
  }
}
