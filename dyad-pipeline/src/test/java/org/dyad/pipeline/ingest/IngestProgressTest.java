package org.dyad.pipeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line keeps its width, pads counts with zeros, and never garbles with messages. */
class IngestProgressTest {
  @Test
  void theBarLineHasOneWidthFromStartToEnd() {
    IngestProgress p = new IngestProgress(1334, true, new PrintWriter(new StringWriter()), 10);
    String first = p.barLine(0, 0, 0, 0, 0.5);
    String middle = p.barLine(9, 7, 1, 1, 12.25);
    String end = p.barLine(1334, 1300, 30, 4, 900);
    assertEquals(first.length(), middle.length(), first + "\n" + middle);
    assertEquals(first.length(), end.length(), first + "\n" + end);
    assertTrue(middle.startsWith("0009/1334   1% [........]"), middle);
    assertTrue(end.length() < 80, "fits an 80-column terminal without wrapping: " + end);
    // 12.25 s for 9 documents: 1,325 more take 1,803 s.
    assertTrue(middle.contains(" 0007 stored 0001 dup 0001 err  0.57 art/s ETA 0:30:03"), middle);
    assertTrue(end.contains("100% [########]"), end);
  }

  @Test
  void aPlainLogHasNoControlCharacters() {
    StringWriter out = new StringWriter();
    IngestProgress p = new IngestProgress(12, false, new PrintWriter(out), 0);
    p.update(1, 1, 0, 0);
    p.messages().println("dyad: a warning");
    p.update(2, 1, 1, 0);
    p.close();
    assertFalse(out.toString().chars().anyMatch(c -> c < 0x20 && c != '\n'), out.toString());
    assertTrue(out.toString().startsWith("dyad ingest: 0001/0012 read, 0001 stored, 0000 duplicates, 0000 errors, "),
        out.toString());
  }

  @Test
  void aMessageBlanksTheBarAndTheBarComesBackBelowIt() {
    StringWriter out = new StringWriter();
    IngestProgress p = new IngestProgress(12, true, new PrintWriter(out), 0);
    p.update(1, 1, 0, 0);
    p.messages().println("dyad: x.txt: cut 1 run-on sentence");
    p.update(2, 2, 0, 0);
    p.close();
    String s = out.toString();
    assertFalse(s.contains("\u001b"), "no escape sequences: " + s);
    // Each line ends where it should: the bar blanked, the message on a line of its own, the bar again.
    String[] lines = s.split("\n", -1);
    String message = lines[0].substring(lines[0].lastIndexOf('\r') + 1);
    assertEquals("dyad: x.txt: cut 1 run-on sentence", message);
    assertTrue(lines[1].contains("0002/0012"), lines[1]);
    assertEquals("", lines[2]);
  }

  @Test
  void clockIsHoursMinutesSeconds() {
    assertEquals("0:00:07", IngestProgress.clock(7.4));
    assertEquals("1:01:01", IngestProgress.clock(3661));
  }
}
