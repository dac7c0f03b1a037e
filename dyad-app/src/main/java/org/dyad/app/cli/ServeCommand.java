package org.dyad.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.store.Store;
import org.dyad.web.DyadServer;
import org.dyad.web.ServeConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the web UI and REST API over a store, read-only, until stopped (Ctrl-C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve a store read-only: web UI at / and REST API at /api (OpenAPI: /api/openapi.json).")
public final class ServeCommand implements Callable<Integer> {
  @CommandLine.Mixin
  StoreOption store = new StoreOption();

  @Option(names = "--port", defaultValue = "7070", description = "TCP port. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind; only this machine can connect by default. Default: ${DEFAULT-VALUE}.")
  String host;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    java.io.PrintWriter err = spec.commandLine().getErr();
    Store s = Store.open(store.dir(), true);
    DyadServer server;
    try {
      server = DyadServer.start(s, new ServeConfig(host, port, 4), w -> err.println("dyad: " + w),
          ExportCommand.gdeltCountries());
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      s.close();
      stopped.countDown();
    }, "dyad-serve-stop"));
    spec.commandLine().getErr().printf("dyad serve: %s on http://%s:%d/ (Ctrl-C stops)%n", store.dir(), host,
        server.port());
    spec.commandLine().getErr().flush();
    stopped.await();
    return 0;
  }
}
