package org.dyad.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a watch has seen of its sources, so that each poll reads only what changed
 * ({@link ArticleSource#poll}): for each file under a watched folder its size and modification time,
 * for each watched URL the validators its server sent ({@code ETag}, {@code Last-Modified}) for a
 * conditional GET. Starts empty (the first poll reads everything); held in memory only, so a restarted
 * server reads its sources once more and the store skips what it holds. Thread-safe.
 */
public final class WatchState {
  /** A URL's validators for a conditional GET; either may be {@code null}. */
  public record Validators(String etag, String lastModified) {}

  private record Signature(long size, long modified) {}

  private final Map<Path, Signature> files = new ConcurrentHashMap<>();
  private final Map<String, Validators> urls = new ConcurrentHashMap<>();

  /** True, and remembered, when the file is new or changed since the last call for it. */
  boolean fileChanged(Path file) {
    Signature now;
    try {
      now = new Signature(java.nio.file.Files.size(file),
          java.nio.file.Files.getLastModifiedTime(file).toMillis());
    } catch (java.io.IOException e) {
      return true; // let the reader report what is wrong with it
    }
    return !now.equals(files.put(file.toAbsolutePath().normalize(), now));
  }

  Validators validators(String url) {
    return urls.get(url);
  }

  void remember(String url, Validators v) {
    if (v.etag() != null || v.lastModified() != null) {
      urls.put(url, v);
    }
  }
}
