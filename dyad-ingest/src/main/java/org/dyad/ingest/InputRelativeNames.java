package org.dyad.ingest;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Names an article read from a local file by where it lies under the input the user named, not by
 * its path on this machine: {@code Article.source} is stored and shown by {@code dyad serve}, and an
 * absolute path ({@code /home/alice/leaks/...}) says more about the machine than about the article.
 *
 * <p>The name starts with the input folder's own name ({@code corpus/2025/06/a.html} for the input
 * {@code /home/alice/corpus}), or, for an input file, with the name of the folder holding it
 * ({@code corpus/wire.jsonl:17} for {@code ../data/corpus/wire.jsonl}): a page keeps the folder
 * that holds it, which is the outlet it counts for when it has no URL. What follows a file (a JSONL
 * line, a WARC record, a feed entry) is kept. Names that do not start with the input as typed
 * (URLs, standard input) are left as they are.
 */
final class InputRelativeNames {
  private InputRelativeNames() {}

  /**
   * The renaming for the items of one input.
   *
   * @param input  the path as the user typed it
   * @param folder whether it is a folder (else a file)
   */
  static UnaryOperator<String> under(String input, boolean folder) {
    Path typed;
    try {
      typed = Path.of(input);
    } catch (InvalidPathException e) {
      return UnaryOperator.identity();
    }
    // A folder's items are named from Path.of(input) (FolderWalker resolves against it); a file's
    // from the input string itself.
    String prefix = folder ? typed.toString() : input;
    Path absolute = typed.toAbsolutePath().normalize();
    Path root = folder ? absolute : absolute.getParent();
    String rootName = root == null || root.getFileName() == null ? "" : root.getFileName().toString();
    String start = folder ? rootName : join(rootName, absolute.getFileName().toString());
    return source -> {
      if (source == null || !source.startsWith(prefix)) {
        return source;
      }
      String rest = source.substring(prefix.length());
      if (folder && rest.startsWith(typed.getFileSystem().getSeparator())) {
        return join(rootName, rest.substring(1));
      }
      return start + rest;
    };
  }

  private static String join(String folder, String rest) {
    return folder.isEmpty() ? rest : folder + "/" + rest;
  }
}
