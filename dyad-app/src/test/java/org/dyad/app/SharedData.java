package org.dyad.app;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (the development corpus and gold sets), skipping tests when it is absent. */
public final class SharedData {
  private SharedData() {}

  /** Gives a file under ../shared, or skips the calling test with a clear message. */
  public static Path require(String relative) {
    String root = System.getProperty("dyad.shared", "../shared");
    Path file = Path.of(root).resolve(relative).normalize();
    assumeTrue(Files.isRegularFile(file),
        "skipped: " + file + " is absent (the development data lives in ../shared beside the project)");
    return file;
  }

  /** The project's docs/ directory. */
  public static Path docs() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("docs")) && Files.isRegularFile(d.resolve("dyad"))) {
        return d.resolve("docs");
      }
    }
    throw new IllegalStateException("docs/ not found above " + Path.of("").toAbsolutePath());
  }
}
