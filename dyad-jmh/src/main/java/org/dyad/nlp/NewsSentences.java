package org.dyad.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;

/** The benchmarks' text: {@code dyad/jmh/news.txt}, sentences written for them, one per line. */
public final class NewsSentences {
  private NewsSentences() {}

  /** The sentences joined into one text, comment lines left out. */
  public static String text() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        NewsSentences.class.getResourceAsStream("/dyad/jmh/news.txt"), "dyad/jmh/news.txt"),
        StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
          .collect(Collectors.joining(" "));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
