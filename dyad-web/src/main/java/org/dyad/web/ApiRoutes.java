package org.dyad.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.dyad.store.StoreException;
import org.dyad.store.query.ArticleQueries;
import org.dyad.store.query.ChartQueries;
import org.dyad.store.query.EventFilter;
import org.dyad.store.query.EventQueries;
import org.dyad.store.query.PlaceQueries;
import org.dyad.store.query.QuoteQueries;
import org.dyad.store.query.VocabularyQueries;
import org.dyad.store.search.SearchIndex;

/**
 * The REST endpoints of docs/api.md on a Javalin app. Parameters are checked here or in
 * {@link EventFilter}; a bad one is a 400 naming it, a missing id a 404, a store failure a 500, all
 * as JSON ({@link ApiErrors}).
 */
final class ApiRoutes {
  private final EventQueries events;
  private final ChartQueries charts;
  private final PlaceQueries places;
  private final ArticleQueries articles;
  private final SearchIndex search;
  private final int schemaVersion;
  private final QuoteQueries quotes;
  private final VocabularyQueries vocabulary;
  private final ExportRoute export;

  ApiRoutes(EventQueries events, ChartQueries charts, PlaceQueries places, ArticleQueries articles,
            SearchIndex search, int schemaVersion, QuoteQueries quotes, VocabularyQueries vocabulary,
            ExportRoute export) {
    this.quotes = quotes;
    this.vocabulary = vocabulary;
    this.export = export;
    this.events = events;
    this.charts = charts;
    this.places = places;
    this.articles = articles;
    this.search = search;
    this.schemaVersion = schemaVersion;
  }

  void register(Javalin app) {
    app.get("/api/stats", ctx -> ctx.json(articles.stats(schemaVersion)));
    app.get("/api/events", ctx -> {
      String after = ctx.queryParam("after");
      if (after != null && !after.isBlank()) {
        // Following the stream: oldest first from the cursor, so sort, order and page do not apply.
        ctx.json(events.after(filter(ctx), longParam("after", after), intParam(ctx, "size", 50)));
      } else {
        ctx.json(events.page(filter(ctx), ctx.queryParam("sort"), descending(ctx), intParam(ctx, "page", 1),
            intParam(ctx, "size", 50)));
      }
    });
    app.get("/api/events/{id}", ctx -> {
      EventQueries.EventDetail d = events.event(id(ctx));
      if (d == null) {
        notFound(ctx, "event");
      } else {
        ctx.json(new EventWithMentions(d));
      }
    });
    app.get("/api/timeline", ctx -> ctx.json(charts.timeline(filter(ctx), ctx.queryParam("bucket"))));
    app.get("/api/network", ctx -> ctx.json(charts.network(filter(ctx), ctx.queryParam("level"),
        intParam(ctx, "min", 1), intParam(ctx, "limit", 60))));
    app.get("/api/places", ctx -> ctx.json(places.counts(filter(ctx), ctx.queryParam("level"),
        intParam(ctx, "limit", 500))));
    app.get("/api/articles", ctx -> ctx.json(articles.page(intParam(ctx, "page", 1),
        intParam(ctx, "size", 50))));
    app.get("/api/articles/{id}", ctx -> {
      ArticleQueries.ArticleDetail d = articles.article(id(ctx));
      if (d == null) {
        notFound(ctx, "article");
      } else {
        ctx.json(d);
      }
    });
    app.get("/api/search", ctx -> ctx.json(search.search(ctx.queryParam("q"), ctx.queryParam("type"),
        intParam(ctx, "limit", 20))));
    app.get("/api/quotes", ctx -> ctx.json(quotes.page(QuoteQueries.Filter.parse(ctx::queryParam),
        intParam(ctx, "page", 1), intParam(ctx, "size", 50))));
    app.get("/api/vocabulary", ctx -> ctx.json(vocabulary.vocabulary()));
    app.get("/api/export", export::handle);
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
    ApiErrors.register(app);
  }

  /** An event's fields and its mentions side by side, as docs/api.md shows them. */
  record EventWithMentions(@com.fasterxml.jackson.annotation.JsonUnwrapped EventQueries.EventRow event,
                           java.util.List<EventQueries.Mention> mentions) {
    EventWithMentions(EventQueries.EventDetail d) {
      this(d.event(), d.mentions());
    }
  }

  private static EventFilter filter(Context ctx) {
    return EventFilter.parse(ctx::queryParam);
  }

  private static long id(Context ctx) {
    String v = ctx.pathParam("id");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("id: '" + v + "' is not a number");
    }
  }

  /** {@code order=asc|desc}, descending when absent. */
  private static boolean descending(Context ctx) {
    String v = ctx.queryParam("order");
    if (v == null || v.isBlank() || v.strip().equalsIgnoreCase("desc")) {
      return true;
    }
    if (v.strip().equalsIgnoreCase("asc")) {
      return false;
    }
    throw new IllegalArgumentException("order: '" + v + "' is not asc or desc");
  }

  private static int intParam(Context ctx, String name, int dflt) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": '" + v + "' is not a whole number");
    }
  }

  private static long longParam(String name, String v) {
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": '" + v + "' is not a whole number");
    }
  }

  private static void notFound(Context ctx, String what) {
    ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "no " + what + " " + ctx.pathParam("id")));
  }

  private static byte[] openApi() throws IOException {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("/dyad/web/openapi.json")) {
      if (in == null) {
        throw new StoreException("openapi.json missing from the classpath");
      }
      return in.readAllBytes();
    }
  }
}
