package org.dyad.web;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.javalin.http.ForbiddenResponse;
import org.junit.jupiter.api.Test;

class HostCheckTest {
  @Test
  void aLoopbackServerAnswersOnlyLoopbackNames() {
    HostCheck check = new HostCheck("127.0.0.1");
    assertDoesNotThrow(() -> check.check("127.0.0.1:7070"));
    assertDoesNotThrow(() -> check.check("localhost:7070"));
    assertDoesNotThrow(() -> check.check("LOCALHOST"));
    assertDoesNotThrow(() -> check.check("[::1]:7070"));
    assertDoesNotThrow(() -> check.check(null));
    assertThrows(ForbiddenResponse.class, () -> check.check("attacker.example:7070"));
    assertThrows(ForbiddenResponse.class, () -> check.check("127.0.0.1.attacker.example"));
  }

  @Test
  void aServerBoundElsewhereOnPurposeAcceptsAnyHost() {
    HostCheck check = new HostCheck("0.0.0.0");
    assertDoesNotThrow(() -> check.check("dyad.lab.example:7070"));
  }
}
