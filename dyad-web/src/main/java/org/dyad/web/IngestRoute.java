package org.dyad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.dyad.model.article.IngestItem;

/**
 * {@code POST /api/ingest}: takes the articles of a {@code dyad ingest} run in another process while
 * this server holds the store ({@link HandoffFile}). Not part of the public API, which stays
 * read-only: a request must come from a loopback address (whatever address the server is bound to)
 * and carry the secret of the hand-over file in {@value HandoffFile#HEADER}, compared in constant
 * time; the body is read only after both checks and only up to {@value #MAX_BODY} bytes. The body is
 * {@link IngestItemsJson}; {@code ?date=YYYY-MM-DD} is the sender's {@code --date}. Answers the
 * counts of the ingest once everything is stored; hand-overs and the server's own watch are stored
 * one after the other, never at once.
 */
final class IngestRoute {
  /** The largest hand-over body: a sender splits its documents into batches below it. */
  static final int MAX_BODY = 64 * 1024 * 1024;

  private final HandoffFile handoff;
  private final IngestReceiver receiver;

  IngestRoute(HandoffFile handoff, IngestReceiver receiver) {
    this.handoff = handoff;
    this.receiver = receiver;
  }

  void register(Javalin app) {
    app.post("/api/ingest", this::handle);
  }

  private void handle(Context ctx) throws IOException, InterruptedException {
    if (!InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress()) {
      throw new ForbiddenResponse("articles are handed over from this machine only");
    }
    String given = ctx.header(HandoffFile.HEADER);
    if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        handoff.secret().getBytes(StandardCharsets.UTF_8))) {
      throw new UnauthorizedResponse("a hand-over needs the secret of " + HandoffFile.NAME
          + " in the store folder, in the " + HandoffFile.HEADER + " header");
    }
    List<IngestItem> items;
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        throw new IllegalArgumentException("a hand-over is at most " + MAX_BODY + " bytes: send smaller batches");
      }
      items = IngestItemsJson.read(new java.io.ByteArrayInputStream(body));
    }
    ctx.json(receiver.ingest(items, date(ctx.queryParam("date"))));
  }

  private static LocalDate date(String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date: '" + v + "' is not YYYY-MM-DD");
    }
  }
}
