package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the article files in a folder and all folders below it.
 *
 * <p>Takes a folder; gives its files in path order (stable from run to run, whatever the file system
 * lists first), each with {@code null} or a problem to report. A file is taken when its name has an
 * article extension ({@link FormatSniffer#isArticleFileName}), or may hold a feed ({@code .xml},
 * {@link FormatSniffer#mayHoldFeed}) and its first bytes are a feed's; others are ignored silently, as are hidden files and folders (names starting
 * with a dot: {@code .git}, editor backups). Symbolic links are followed; a folder loop, an article
 * file's link that leads nowhere (a missing target or a loop of links) or an unreadable folder is
 * reported, not thrown. Stateless and thread-safe.
 */
final class FolderWalker {
  private FolderWalker() {
  }

  /**
   * A file to read, or a place that could not be looked at.
   *
   * @param path    the file, or the folder or file that failed
   * @param problem {@code null} for a file to read, else a sentence naming the path
   */
  record Found(Path path, String problem) {
  }

  /** Lists the article files under {@code root} (itself a folder, hidden or not). */
  static List<Found> walk(Path root) {
    // Sorted by path; a problem takes the place of the file or folder it stands for.
    Map<Path, String> found = new TreeMap<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isSymbolicLink() && !hidden(file)
                  && FormatSniffer.isArticleFileName(file.getFileName().toString())) {
                // the walk follows links, so a link it hands over as a link leads nowhere
                found.put(file, "broken symbolic link (its target is missing, or links lead back to it): " + file);
              } else if (attrs.isRegularFile() && !hidden(file)) {
                String problem = wanted(file);
                if (problem == null || !problem.isEmpty()) {
                  found.put(file, problem);
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (!hidden(file)) {
                found.put(file, e instanceof FileSystemLoopException
                    ? "folder loop through a symbolic link: " + file
                    : FileReadProblem.of("file", file, e));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | RuntimeException e) {
      // The visitor throws nothing; this is the walk itself failing (e.g. access denied midway).
      found.put(root, e instanceof IOException io ? FileReadProblem.of("folder", root, io)
          : "cannot read folder " + root + " (" + e + ")");
    }
    List<Found> list = new ArrayList<>(found.size());
    found.forEach((path, problem) -> list.add(new Found(path, problem)));
    return list;
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** {@code null} to take the file, empty to ignore it, else a problem with it. */
  private static String wanted(Path file) {
    String name = file.getFileName().toString();
    if (FormatSniffer.isArticleFileName(name)) {
      return null;
    }
    if (!FormatSniffer.mayHoldFeed(name)) {
      return "";
    }
    // Sitemaps, configs and office files are .xml too: only feeds hold articles.
    try (InputStream in = Files.newInputStream(file)) {
      return FormatSniffer.isFeed(in.readNBytes(FormatSniffer.SAMPLE_BYTES)) ? null : "";
    } catch (IOException e) {
      return FileReadProblem.of("file", file, e);
    }
  }
}
