package org.dyad.app.cli;

import java.util.concurrent.Callable;
import org.dyad.store.Store;
import org.dyad.store.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyad reindex}: rebuilds a store's search index from its database. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the full-text search index of a store from its database.")
public final class ReindexCommand implements Callable<Integer> {
  @CommandLine.Mixin
  StoreOption store = new StoreOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    int n;
    try (Store s = Store.open(store.dir(), true); SearchIndex index = new SearchIndex(s)) {
      n = index.rebuild();
    }
    spec.commandLine().getErr().printf("dyad reindex: %s indexed in %.1f s%n",
        org.dyad.app.output.Counted.of(n, "article"), (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
