package org.dyad.ingest;

import java.net.URI;

/**
 * The ids documents get from where they were read: a file name without folders and extension
 * ({@code news/2024/a.jsonl} → {@code a}), a URL's last path segment without extension, else its
 * host. Used by {@link ArticleSource} and the readers that name a document after its container or
 * link; stateless.
 */
final class DocumentIds {
  private DocumentIds() {
  }

  /** A file name without folders and without its last extension; the name itself when that is empty. */
  static String ofName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    String base = name.substring(slash + 1);
    int dot = base.lastIndexOf('.');
    String id = dot > 0 ? base.substring(0, dot) : base;
    return id.isEmpty() ? name : id;
  }

  /** The last path segment of a URL without extension, else its host, else the URL itself. */
  static String ofUrl(String url) {
    try {
      URI uri = URI.create(url);
      String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
      String id = path.isEmpty() ? "" : ofName(path);
      return id.isEmpty() ? (uri.getHost() == null ? url : uri.getHost()) : id;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
