package org.dyad.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Builds WARC files for tests with jwarc's writer. */
final class WarcFiles {
  /** The crawl date of every record: later than the stories, so a test sees it is never used. */
  static final Instant CRAWLED = Instant.parse("2025-07-01T12:00:00Z");

  private WarcFiles() {
  }

  /**
   * Writes records to a file.
   *
   * @return the byte offset where each record ends
   */
  static List<Long> write(Path file, WarcCompression compression, List<WarcRecord> records)
      throws IOException {
    List<Long> ends = new ArrayList<>();
    try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), compression)) {
      for (WarcRecord record : records) {
        writer.write(record);
        ends.add(writer.position());
      }
    }
    return ends;
  }

  static WarcResponse response(String uri, int status, String contentType, byte[] body)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(contentType), body).build();
    return new WarcResponse.Builder(URI.create(uri)).date(CRAWLED).body(http).build();
  }

  static WarcResponse response(String uri, int status, String contentType, String body)
      throws IOException {
    return response(uri, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  static WarcRequest request(String uri) throws IOException {
    URI target = URI.create(uri);
    HttpRequest http = new HttpRequest.Builder("GET", target.getRawPath())
        .addHeader("Host", target.getHost()).build();
    return new WarcRequest.Builder(target).date(CRAWLED).body(http).build();
  }

  static WarcResource resource(String uri, String contentType, String body) {
    return new WarcResource.Builder(URI.create(uri)).date(CRAWLED)
        .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8)).build();
  }
}
