package org.dyad.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.dyad.app.cli.DyadCommand;
import picocli.CommandLine;

/** Runs the real {@code dyad} command line in-process and keeps what it printed. */
public final class CliRun {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs {@code dyad ARGS...}; gives the exit code. */
  public int run(String... args) {
    CommandLine cli = DyadCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  /** Standard output so far. */
  public String out() {
    return out.toString();
  }

  /** Standard error so far. */
  public String err() {
    return err.toString();
  }
}
