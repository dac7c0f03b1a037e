package org.dyad.pipeline.ingest;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.dyad.model.analysis.DocumentAnalysis;
import org.dyad.model.article.Article;
import org.dyad.model.article.Skipped;
import org.dyad.model.article.IngestItem;
import org.dyad.store.search.SearchIndex;
import org.dyad.store.write.ArticleWriter;
import org.dyad.store.write.WriteResult;

/**
 * The ingest's writer thread: takes analysed documents from the queue and stores them in input
 * order (a small reorder buffer holds the ones that finished early), so article ids, story groups
 * and each event's first mention are the same in every run, whatever the threads' timing.
 *
 * <p>A document that could not be read or analysed is recorded as an ingest error and the run
 * goes on. A document the store fails to write is not: its fields are already bounded and its
 * transaction rolled back, so the failure is the store's (a full disk, a broken database), and
 * recording it would leave an error row for an article that a rerun stores. The failure is kept,
 * the loop only drains the queue, so no producer ever blocks on it, and the ingest stops with it.
 */
final class StoreWriterLoop implements Runnable {
  /**
   * One input document in the queue, numbered in input order; an analysed article carries its
   * content hash, which stays in the set of texts in flight until the article is written (after a
   * failed analysis it stays, so copies of that text in the same run are not analysed again).
   */
  record Work(long seq, IngestItem item, DocumentAnalysis analysis, String reason, String hash) {
    /** A document read again that is stored already: counted, not written. */
    boolean duplicate() {
      return analysis == null && reason == null && item != null;
    }
  }

  /** Ends the loop; sent once, after every document. */
  static final Work END = new Work(Long.MAX_VALUE, null, null, null, null);

  private final BlockingQueue<Work> queue;
  private final ArticleWriter writer;
  private final SearchIndex index;
  private final IngestProgress progress;
  private final IngestCounts counts;
  private final Set<String> pending;
  private final PrintWriter err;
  private final AtomicReference<Throwable> failure;
  private final int indexEvery;

  StoreWriterLoop(BlockingQueue<Work> queue, ArticleWriter writer, SearchIndex index, IngestProgress progress,
                  IngestCounts counts, Set<String> pending, PrintWriter err, AtomicReference<Throwable> failure,
                  int indexEvery) {
    this.queue = queue;
    this.writer = writer;
    this.index = index;
    this.progress = progress;
    this.counts = counts;
    this.pending = pending;
    this.err = err;
    this.failure = failure;
    this.indexEvery = indexEvery;
  }

  @Override
  public void run() {
    Map<Long, Work> early = new HashMap<>();
    long next = 0;
    long sinceIndex = 0;
    try {
      while (true) {
        Work w = queue.take();
        if (w == END) {
          return;
        }
        if (failure.get() != null) {
          continue; // draining: the run is stopping
        }
        early.put(w.seq(), w);
        for (Work ready = early.remove(next); ready != null; ready = early.remove(++next)) {
          try {
            if (store(ready) && ++sinceIndex >= indexEvery) {
              index.catchUp();
              sinceIndex = 0;
            }
          } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            break;
          }
          progress.update(counts.read, counts.stored, counts.duplicates, counts.errors);
        }
      }
    } catch (InterruptedException e) {
      failure.compareAndSet(null, e);
      Thread.currentThread().interrupt();
    }
  }

  /** Stores one document; true when an article was written. */
  private boolean store(Work w) {
    counts.read++;
    if (w.reason() != null) {
      error(w.item(), w.reason());
      return false;
    }
    if (w.duplicate()) {
      counts.duplicates++;
      return false;
    }
    Article a = (Article) w.item();
    WriteResult r;
    try {
      // A StoreException ends the run (see the class comment): run() keeps it as the failure.
      r = writer.write(a, w.analysis());
    } finally {
      pending.remove(w.hash());
    }
    if (r.duplicate()) {
      counts.duplicates++;
      return false;
    }
    counts.stored++;
    for (String note : r.notes()) {
      err.println("dyad: " + a.source() + ": " + note);
    }
    counts.mentions += r.mentions();
    counts.newEvents += r.newEvents();
    return true;
  }

  private void error(IngestItem item, String reason) {
    counts.errors++;
    writer.recordError(item.id(), item.source(), reason);
    err.println("dyad: skipped " + Skipped.placed(item.source(), reason));
  }
}
