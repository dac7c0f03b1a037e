package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server other machines can reach says so when it starts; a loopback one says nothing of the kind. */
class ServeExposureTest {
  @TempDir
  Path dir;

  private List<String> warningsServingOn(String host) {
    Reports.write(dir);
    List<String> warnings = new ArrayList<>();
    try (Store store = Store.open(dir, true);
         DyadServer server = DyadServer.start(store, new ServeConfig(host, 0, 1), warnings::add)) {
      assertTrue(server.port() > 0);
    }
    return warnings;
  }

  @Test
  void bindingEveryInterfaceWarns() {
    List<String> warnings = warningsServingOn("0.0.0.0");
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).startsWith("WARNING: serving on 0.0.0.0:"), warnings.get(0));
    assertTrue(warnings.get(0).contains("anyone on the network"), warnings.get(0));
    assertTrue(warnings.get(0).contains("--host 127.0.0.1"), warnings.get(0));
  }

  @Test
  void loopbackDoesNotWarn() {
    assertEquals(List.of(), warningsServingOn("127.0.0.1"));
  }

  @Test
  void loopbackIsTellingApartFromReachableAddresses() {
    for (String h : List.of("127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2", "LOCALHOST")) {
      assertTrue(HostCheck.loopbackOnly(h), h);
    }
    for (String h : List.of("0.0.0.0", "::", "192.168.1.20", "10.0.0.1", "no-such-host.invalid")) {
      assertFalse(HostCheck.loopbackOnly(h), h);
    }
  }
}
