package org.dyad.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.app.load.SparkOutputImporter;
import org.dyad.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dyad import}: loads what {@code dyad spark} wrote into a store (see {@link SparkOutputImporter}). */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Load the output folder of 'dyad spark' into a store, so 'dyad serve' browses it. "
        + "Articles the store holds already are left out.")
public final class ImportCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The --out folder of 'dyad spark' (a local path).")
  Path dir;

  @CommandLine.Mixin
  StoreOption store = new StoreOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    SparkOutputImporter.Report r;
    try (Store s = Store.open(store.dir(), false)) {
      try {
        r = new SparkOutputImporter(s, err).run(dir);
      } catch (IllegalArgumentException e) {
        err.println("dyad: " + e.getMessage());
        return CommandLine.ExitCode.USAGE;
      }
    }
    err.printf("dyad import: %d articles read, %d stored, %d already stored, %d errors recorded; %.1f s into %s%n",
        r.articles(), r.stored(), r.duplicates(), r.errors(), (System.nanoTime() - start) / 1e9, store.dir());
    err.flush();
    return 0;
  }
}
