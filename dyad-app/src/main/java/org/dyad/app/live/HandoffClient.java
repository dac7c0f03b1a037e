package org.dyad.app.live;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.pipeline.ingest.CorpusIngester;
import org.dyad.pipeline.ingest.IngestReport;
import org.dyad.model.article.IngestItem;
import org.dyad.web.HandoffFile;
import org.dyad.web.IngestItemsJson;

/**
 * The {@code dyad ingest} side of a hand-over: reads the documents here, as a batch ingest would
 * (same options, same checks), and sends them in batches to the server that holds the store
 * ({@link HandoffFile}), which analyses and stores them and answers each batch's counts. Batches hold
 * at most {@value #BATCH_DOCUMENTS} documents or about {@value #BATCH_BYTES} bytes, below the
 * server's limit on one request. Takes the hand-over file and where progress lines go.
 */
public final class HandoffClient {
  static final int BATCH_DOCUMENTS = 100;
  static final int BATCH_BYTES = 8 * 1024 * 1024;

  /** The server could not be reached before anything was sent: the caller may wait instead. */
  public static final class Unreachable extends IOException {
    private static final long serialVersionUID = 1L;

    Unreachable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final HandoffFile handoff;
  private final PrintWriter err;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** Sends to the server the file names. */
  public HandoffClient(HandoffFile handoff, PrintWriter err) {
    this.handoff = handoff;
    this.err = err;
  }

  /**
   * Reads the documents and hands them over; gives the counts of all batches.
   *
   * @param date the {@code --date} for articles that carry none, or {@code null}
   * @throws Unreachable when the first batch finds no server (a file left by a server that died)
   * @throws IOException when the server refuses a batch or fails part way (what was stored stays)
   */
  public IngestReport send(CorpusIngester.Documents documents, LocalDate date) throws IOException {
    long start = System.nanoTime();
    IngestReport[] total = {new IngestReport(0, 0, 0, 0, 0, 0, 0)};
    List<String> batch = new ArrayList<>();
    long[] bytes = {0};
    boolean[] sentAny = {false};
    IOException[] failed = {null};
    documents.readInto((IngestItem item) -> {
      if (failed[0] != null) {
        return;
      }
      String line = IngestItemsJson.line(item);
      if (!batch.isEmpty() && (batch.size() >= BATCH_DOCUMENTS || bytes[0] + line.length() > BATCH_BYTES)) {
        failed[0] = flush(batch, date, total, sentAny);
        bytes[0] = 0;
      }
      batch.add(line);
      bytes[0] += line.length() + 1;
    });
    if (failed[0] == null && (!batch.isEmpty() || !sentAny[0])) {
      failed[0] = flush(batch, date, total, sentAny);
    }
    if (failed[0] != null) {
      throw failed[0];
    }
    IngestReport t = total[0];
    return new IngestReport(t.read(), t.stored(), t.duplicates(), t.errors(), t.mentions(), t.newEvents(),
        (System.nanoTime() - start) / 1e9);
  }

  /** Sends one batch and adds its counts; gives the failure instead of throwing it from a sink. */
  private IOException flush(List<String> batch, LocalDate date, IngestReport[] total, boolean[] sentAny) {
    String body = String.join("\n", batch) + "\n";
    batch.clear();
    String url = handoff.url() + (date == null ? "" : "?date=" + date);
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .header(HandoffFile.HEADER, handoff.secret())
        .header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return sentAny[0] ? new IOException("the server at " + handoff.url() + " stopped answering (" + e + ");"
          + " what it stored stays stored, and a rerun skips it", e)
          : new Unreachable("no server answers at " + handoff.url() + " (" + e + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new IOException("interrupted while handing over to " + handoff.url(), e);
    }
    sentAny[0] = true;
    if (response.statusCode() != 200) {
      return new IOException("the server at " + handoff.url() + " refused the hand-over: HTTP "
          + response.statusCode() + " " + response.body());
    }
    try {
      IngestReport r = json.readValue(response.body(), IngestReport.class);
      total[0] = total[0].plus(r);
      err.printf("dyad ingest: handed over %d documents: %d stored, %d already stored, %d errors%n", r.read(),
          r.stored(), r.duplicates(), r.errors());
      err.flush();
      return null;
    } catch (IOException e) {
      return new IOException("the server at " + handoff.url() + " answered what is no ingest report: "
          + response.body(), e);
    }
  }
}
