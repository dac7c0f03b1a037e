package org.dyad.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.ArticleSource;
import org.dyad.model.article.Article;
import org.dyad.model.article.Skipped;

/**
 * The first usable articles of a corpus, read once before any timing so that reading (JSON,
 * language detection) is not measured. Records the source skips are counted and each is reported
 * on the progress writer.
 *
 * @param articles the articles, in corpus order
 * @param skipped  records skipped before the last article was reached
 */
record Corpus(List<Article> articles, int skipped) {
  /** Thrown through {@link ArticleSource} to stop reading once enough articles are in. */
  private static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super(null, null, false, false);
    }
  }

  /** Reads at most {@code max} articles of {@code input}. */
  static Corpus read(ArticleSource source, String input, int max, PrintWriter progress) {
    List<Article> articles = new ArrayList<>();
    int[] skipped = {0};
    try {
      source.read(input, item -> {
        if (item instanceof Article a) {
          articles.add(a);
          if (articles.size() >= max) {
            throw new Enough();
          }
        } else {
          skipped[0]++;
          progress.println("dyad bench: skipped " + ((Skipped) item).placed());
          progress.flush();
        }
      });
    } catch (Enough e) {
      // Enough articles: the rest of the corpus is not read.
    }
    return new Corpus(List.copyOf(articles), skipped[0]);
  }
}
