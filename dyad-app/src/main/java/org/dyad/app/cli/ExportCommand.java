package org.dyad.app.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.store.Store;
import org.dyad.store.export.EventExporter;
import org.dyad.store.export.ExportFormat;
import org.dyad.store.query.EventFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad export}: a store's events as CSV, JSON Lines, Parquet or GDELT 2.0 rows, filtered with
 * the same filters as the API ({@code --where source=RUS --where root=19}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export events: csv, jsonl, parquet (needs --out) or gdelt (GDELT 2.0 event columns).")
public final class ExportCommand implements Callable<Integer> {
  @CommandLine.Mixin
  StoreOption store = new StoreOption();

  @Option(names = "--format", defaultValue = "csv",
      description = "csv, jsonl, parquet or gdelt. Default: ${DEFAULT-VALUE}.")
  ExportFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
  Path out;

  @Option(names = "--where", paramLabel = "NAME=VALUE",
      description = "A filter, repeatable: source, target, actor, country, sector, root, code, plover, quad, "
          + "modality, from, to, text (see docs/api.md), e.g. --where source=RUS --where from=2025-05-01.")
  List<String> where = new ArrayList<>();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Map<String, String> params = new HashMap<>();
    for (String w : where) {
      int eq = w.indexOf('=');
      String name = eq < 0 ? w : w.substring(0, eq).strip();
      if (eq < 0 || !EventFilter.PARAMETERS.contains(name)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--where '" + w + "': expected NAME=VALUE"
            + " with NAME one of " + EventFilter.PARAMETERS);
      }
      if (params.put(name, w.substring(eq + 1)) != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--where " + name + " is given twice");
      }
    }
    EventFilter filter;
    try {
      filter = EventFilter.parse(params::get);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--where " + e.getMessage());
    }
    if (format == ExportFormat.PARQUET && out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format parquet needs --out FILE");
    }
    long n;
    try (Store s = Store.open(store.dir(), true)) {
      EventExporter exporter = format == ExportFormat.GDELT ? new EventExporter(s, gdeltCountries())
          : new EventExporter(s);
      if (out != null) {
        n = exporter.export(filter, format, out);
      } else if (format == ExportFormat.GDELT) {
        OutputStream os = new BufferedOutputStream(System.out);
        n = exporter.gdelt(filter, os);
        os.flush();
      } else {
        Path tmp = Files.createTempFile("dyad-export", "." + format.name().toLowerCase(java.util.Locale.ROOT));
        try {
          n = exporter.export(filter, format, tmp);
          Files.copy(tmp, System.out);
          System.out.flush();
        } finally {
          Files.deleteIfExists(tmp);
        }
      }
    }
    spec.commandLine().getErr().printf("dyad export: %s%s%n", org.dyad.app.output.Counted.of(n, "event"),
        out == null ? "" : " to " + out);
    return 0;
  }

  /** GDELT's geography columns speak FIPS: the codes come from the gazetteer's country table. */
  static org.dyad.store.export.CountryCodes gdeltCountries() {
    java.util.Map<String, org.dyad.coder.geo.CountryInfo> byIso3 = org.dyad.coder.geo.Gazetteer.countries(null);
    return new org.dyad.store.export.CountryCodes() {
      @Override
      public String fips(String iso3) {
        org.dyad.coder.geo.CountryInfo c = iso3 == null ? null : byIso3.get(iso3);
        return c == null ? null : c.fips();
      }

      @Override
      public String name(String iso3) {
        org.dyad.coder.geo.CountryInfo c = iso3 == null ? null : byIso3.get(iso3);
        return c == null ? null : c.name();
      }
    };
  }
}
