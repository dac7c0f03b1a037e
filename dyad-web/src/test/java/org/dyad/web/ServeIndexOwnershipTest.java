package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started on a database that is not the one its search index was built from says, among
 * its start-up warnings, that it rebuilds the index; one started on its own index says nothing.
 */
class ServeIndexOwnershipTest {
  @TempDir
  Path dir;

  private List<String> warningsOnStart() {
    List<String> warnings = new ArrayList<>();
    try (Store store = Store.open(dir, true);
         DyadServer server = DyadServer.start(store, new ServeConfig("127.0.0.1", 0, 1), warnings::add)) {
      assertTrue(server.port() > 0);
    }
    return warnings;
  }

  @Test
  void aDatabaseMadeAgainBesideAnOldIndexGetsItRebuiltWithOneWarning() throws IOException {
    Reports.write(dir);
    assertEquals(List.of(), warningsOnStart(), "the first start builds the index quietly");
    assertEquals(List.of(), warningsOnStart(), "and the second finds it its own");

    Files.delete(dir.resolve(Store.DATABASE));
    Files.deleteIfExists(dir.resolve(Store.DATABASE + ".wal"));
    Reports.write(dir);
    List<String> warnings = warningsOnStart();
    assertEquals(1, warnings.size(), warnings.toString());
    assertTrue(warnings.get(0).contains("another database") && warnings.get(0).contains("rebuilding"),
        warnings.get(0));
    assertEquals(List.of(), warningsOnStart(), "rebuilt once, then quiet");
  }
}
