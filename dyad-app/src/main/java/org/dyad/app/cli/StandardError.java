package org.dyad.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, so that progress may redraw a line in place there and writes
 * plain lines, with no control characters, to a file or a pipe.
 *
 * <p>{@code System.console()} answers for standard input and output, not for standard error: with
 * {@code 2> log} it is still non-null, and a progress bar would fill the log with carriage returns.
 * On Linux the file descriptor's link says where standard error goes; elsewhere the console is the
 * best guess there is. {@code TERM=dumb} (editors' shells, CI) counts as no terminal.
 */
final class StandardError {
  private StandardError() {}

  /** True when standard error is (very likely) a terminal that can redraw a line. */
  static boolean isTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    try {
      return isTerminalDevice(Files.readSymbolicLink(fd).toString());
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** Whether a device path is a terminal: a pseudo-terminal or a console. */
  static boolean isTerminalDevice(String target) {
    return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
  }
}
