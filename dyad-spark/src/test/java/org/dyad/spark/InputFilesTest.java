package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir
  Path dir;

  @Test
  void namesFilesAsIngestDoesInPathOrderLeavingOutHiddenAndOtherFiles() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.createDirectories(corpus.resolve("2025/06"));
    Files.createDirectories(corpus.resolve(".cache"));
    Files.writeString(corpus.resolve("b.jsonl"), "{}\n");
    Files.writeString(corpus.resolve("2025/06/a.html"), "<p>x</p>");
    Files.writeString(corpus.resolve(".cache/c.txt"), "x");
    Files.writeString(corpus.resolve("_SUCCESS.txt"), "x");
    Files.writeString(corpus.resolve("notes.pdf"), "x");
    Path single = Files.writeString(dir.resolve("wire.jsonl"), "{}\n");

    InputFiles.Listing l = InputFiles.list(List.of(corpus.toString(), single.toString(),
        dir.resolve("gone").toString()), new Configuration());

    assertEquals(List.of("corpus/2025/06/a.html", "corpus/b.jsonl", dir.getFileName() + "/wire.jsonl"),
        l.files().stream().map(InputFiles.InputFile::name).toList());
    assertEquals(List.of(0, 1, 2), l.files().stream().map(InputFiles.InputFile::index).toList());
    assertEquals(List.of(dir.resolve("gone").toString()), l.missing());
    assertEquals(corpus.resolve("b.jsonl").toString(), InputFiles.key(l.files().get(1).path()));
  }
}
