package org.dyad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.dyad.store.export.CountryCodes;
import org.dyad.store.export.EventExporter;
import org.dyad.store.query.ArticleQueries;
import org.dyad.store.query.ChartQueries;
import org.dyad.store.query.PlaceQueries;
import org.dyad.store.query.ConnectionPool;
import org.dyad.store.query.EventQueries;
import org.dyad.store.query.QuoteQueries;
import org.dyad.store.query.VocabularyQueries;
import org.dyad.store.search.SearchIndex;

/**
 * {@code dyad serve}: the read-only REST API (docs/api.md, {@code /api/openapi.json}) and the browser
 * UI (static files under {@code /}) over one store.
 *
 * <p>Takes an open {@link Store} (read-only is enough; the search index is brought up to date at
 * start) and a {@link ServeConfig}. Every answer carries the {@link SecurityHeaders}, and every error
 * is JSON ({@link ApiErrors}). Bound to a loopback address, it answers only requests addressed to a
 * loopback name ({@link HostCheck}), so a web page elsewhere cannot reach it by DNS rebinding; bound
 * to any other address, it warns at start that other machines can read the store.
 */
public final class DyadServer implements AutoCloseable {
  private final ConnectionPool pool;
  private final SearchIndex search;
  private final Javalin app;
  private final HandoffFile handoff;
  private final java.nio.file.Path storeDir;

  private DyadServer(ConnectionPool pool, SearchIndex search, Javalin app, HandoffFile handoff,
                     java.nio.file.Path storeDir) {
    this.pool = pool;
    this.search = search;
    this.app = app;
    this.handoff = handoff;
    this.storeDir = storeDir;
  }

  /**
   * Starts serving; warnings (among them a loud one when the address is not loopback-only) go to
   * standard error; gives the running server (see {@link #port()}).
   */
  public static DyadServer start(Store store, ServeConfig config) {
    return start(store, config, w -> System.err.println("dyad: " + w));
  }

  /**
   * Starts serving; gives the running server (see {@link #port()}).
   *
   * @param warnings gets what the user should know but that does not stop the server, such as a bind
   *                 to an address other machines can reach
   * @throws StoreException when the port cannot be bound (the message names it)
   */
  public static DyadServer start(Store store, ServeConfig config, java.util.function.Consumer<String> warnings) {
    return start(store, config, warnings, CountryCodes.NONE);
  }

  /**
   * Starts serving; gives the running server (see {@link #port()}).
   *
   * @param warnings  as above
   * @param countries the FIPS codes and names GDELT downloads put in their geography columns
   *                  ({@link CountryCodes#NONE}: none)
   * @throws StoreException when the port cannot be bound (the message names it)
   */
  public static DyadServer start(Store store, ServeConfig config, java.util.function.Consumer<String> warnings,
                                 CountryCodes countries) {
    return start(store, config, warnings, new SearchIndex(store, warnings), null, countries);
  }

  /**
   * Starts serving a store that this process may also write to: with a {@code receiver}, a
   * {@code dyad ingest} of another process hands its articles to it ({@link IngestRoute}) through the
   * {@link HandoffFile} written into the store folder once the port is known (not when bound to an
   * address other than loopback or the wildcard: the hand-over comes over loopback).
   *
   * @param search    the store's search index, shared with whatever writes to the store in this
   *                  process (the server closes it when it stops)
   * @param receiver  stores handed-over articles, or {@code null} to take none
   * @param countries as above
   */
  public static DyadServer start(Store store, ServeConfig config, java.util.function.Consumer<String> warnings,
                                 SearchIndex search, IngestReceiver receiver, CountryCodes countries) {
    try {
      search.catchUp();
    } catch (RuntimeException e) {
      // A second server on the same store holds the index lock: search still reads the last commit.
      warnings.accept("search index not updated (" + e.getMessage() + ")");
    }
    ConnectionPool pool = new ConnectionPool(store, Math.max(1, config.connections()));
    EventQueries events = new EventQueries(pool);
    ApiRoutes api = new ApiRoutes(events, new ChartQueries(pool), new PlaceQueries(pool),
        new ArticleQueries(pool), search, store.schemaVersion(), new QuoteQueries(pool),
        new VocabularyQueries(pool), new ExportRoute(new EventExporter(store, countries), events));
    ObjectMapper mapper = new ObjectMapper();
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.jsonMapper(new JavalinJackson(mapper, false));
      cfg.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/dyad/web";
        files.location = Location.CLASSPATH;
      });
      ApiErrors.configure(cfg);
    });
    HostCheck hosts = new HostCheck(config.host());
    app.before(ctx -> {
      // Headers first: a refused host gets them too.
      SecurityHeaders.addTo(ctx);
      hosts.check(ctx.header("Host"));
    });
    api.register(app);
    String local = handoffHost(config.host());
    HandoffFile handoff = receiver == null || local == null ? null
        : HandoffFile.create("http://" + local + ":%d/api/ingest");
    if (handoff != null) {
      new IngestRoute(handoff, receiver).register(app);
    }
    try {
      app.start(config.host(), config.port());
    } catch (RuntimeException e) {
      pool.close();
      search.close();
      throw new StoreException("cannot serve on " + config.host() + ":" + config.port() + " ("
          + rootMessage(e) + ")", e);
    }
    if (!HostCheck.loopbackOnly(config.host())) {
      // Read-only is not private: the store's articles may be confidential, and there is no login.
      warnings.accept("WARNING: serving on " + config.host() + ":" + app.port() + ", which other machines can"
          + " reach: anyone on the network can read this store's articles, events and search, without a"
          + " login; use --host 127.0.0.1 unless that is what you want");
    }
    if (receiver != null && local == null) {
      warnings.accept("a 'dyad ingest' cannot hand its articles to this server: it takes them over loopback,"
          + " and the server listens on " + config.host() + " only");
    }
    HandoffFile written = null;
    if (handoff != null) {
      written = new HandoffFile(String.format(handoff.url(), app.port()), handoff.secret());
      try {
        written.write(store.dir());
      } catch (java.io.IOException e) {
        warnings.accept("a 'dyad ingest' cannot hand its articles to this server (" + e.getMessage() + ")");
        written = null;
      }
    }
    return new DyadServer(pool, search, app, written, store.dir());
  }

  /** The loopback address a hand-over reaches a server bound to {@code host} on, or null. */
  private static String handoffHost(String host) {
    String h = host.strip();
    if (h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) {
      return "127.0.0.1";
    }
    return HostCheck.loopbackOnly(h) ? (h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h) : null;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  /** The port listened on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    if (handoff != null) {
      handoff.delete(storeDir);
    }
    app.stop();
    pool.close();
    search.close();
  }
}
