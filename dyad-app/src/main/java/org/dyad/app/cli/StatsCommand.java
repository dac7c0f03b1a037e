package org.dyad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.Callable;
import org.dyad.store.Store;
import org.dyad.store.query.ArticleQueries;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dyad stats}: a store's counts as one JSON line (articles, events, mentions, quotes, errors, dates). */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Print a store's counts as JSON: articles, events, mentions, quotes, errors, date range.")
public final class StatsCommand implements Callable<Integer> {
  @CommandLine.Mixin
  StoreOption store = new StoreOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (Store s = Store.open(store.dir(), true)) {
      ArticleQueries.Stats stats = ArticleQueries.stats(s);
      spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(stats));
    }
    return 0;
  }
}
