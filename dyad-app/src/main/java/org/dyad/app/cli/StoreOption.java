package org.dyad.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option of the commands that work on a store; {@code ./dyad-data} by default. */
public final class StoreOption {
  @Option(names = "--store", paramLabel = "DIR", defaultValue = "dyad-data",
      description = "The store folder (DuckDB database and search index). Default: ${DEFAULT-VALUE}.")
  Path store = Path.of("dyad-data");

  /** The folder. */
  public Path dir() {
    return store;
  }
}
