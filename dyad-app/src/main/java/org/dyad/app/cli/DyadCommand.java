package org.dyad.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dyad} command line: political event data from news text.
 *
 * <p>Exit codes follow picocli: 0 success, 1 when some input could not be read or analysed
 * (the rest is still processed and the bad one reported), 2 for a usage error.
 */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
    description = "Turns news articles into political event data: actors, dates, quotes, events.",
    subcommands = {AnalyzeCommand.class, IngestCommand.class, ServeCommand.class, ExportCommand.class, ImportCommand.class,
        ReindexCommand.class, StatsCommand.class, ApiBenchCommand.class, ExplainCommand.class, EvalCommand.class, TrainRankerCommand.class, BenchCommand.class,
        CommandLine.HelpCommand.class})
public final class DyadCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'dyad analyze FILE'");
  }

  /** Reads a {@code --date} value; a bad one is a usage error naming the value. */
  static java.time.LocalDate date(String value) {
    try {
      return java.time.LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a date of the form YYYY-MM-DD");
    }
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line (also used by tests). */
  public static CommandLine commandLine() {
    return configure(new CommandLine(new DyadCommand()));
  }

  /**
   * Gives a command line Dyad's settings: enum values in any case, dates as YYYY-MM-DD, and a user's
   * error (a bad dictionary, an unwritable file, a store problem) said in one line. Also for commands
   * outside this module ({@code dyad spark}).
   */
  public static CommandLine configure(CommandLine commandLine) {
    return commandLine.setCaseInsensitiveEnumValuesAllowed(true)
        .registerConverter(java.time.LocalDate.class, DyadCommand::date)
        .setExecutionExceptionHandler((e, cl, parsed) -> {
          // A bad dictionary or an unwritable file is the user's to fix: say what and where,
          // without a stack trace. Anything else is a bug and keeps its trace.
          if (e instanceof org.dyad.coder.dict.DictionaryException
              || e instanceof java.io.UncheckedIOException || e instanceof java.io.IOException
              || e instanceof org.dyad.store.StoreException) {
            cl.getErr().println("dyad: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
          }
          throw e;
        });
  }
}
