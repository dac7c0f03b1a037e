package org.dyad.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Says in a person's words why a file or folder could not be read. Java's file exceptions carry
 * little more than the path as their message ({@code AccessDeniedException: a.txt}), which made
 * "cannot read file: a.txt (a.txt)"; the kind of failure is in the exception's class instead.
 */
final class FileReadProblem {
  private FileReadProblem() {}

  /**
   * The reason for {@code what} ("file" or "folder") at {@code path}: "permission denied: PATH",
   * "no such file: PATH", else "cannot read WHAT: PATH (the system's reason)".
   */
  static String of(String what, Object path, IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied: " + path;
    }
    if (e instanceof NoSuchFileException) {
      return "no such " + what + ": " + path;
    }
    String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (reason == null || reason.isBlank() || reason.equals(String.valueOf(path))) {
      reason = e.getClass().getSimpleName();
    }
    return "cannot read " + what + ": " + path + " (" + reason + ")";
  }
}
