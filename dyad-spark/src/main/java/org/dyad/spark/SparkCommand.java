package org.dyad.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.dyad.app.cli.DyadCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad spark}: codes a corpus with Apache Spark into Parquet datasets (see {@link CorpusJob}),
 * in this JVM ({@code --master local[N]}) or on a cluster; also the main class of the shaded jar
 * given to {@code spark-submit}, where the master comes from spark-submit. Prints a line per
 * finished stage and a summary; exits 0, or 1 when documents were skipped.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = "Code a corpus on Apache Spark into Parquet datasets (articles, actors, quotes, "
        + "event_mentions, events, errors); a second run into the same --out adds only new articles.")
public final class SparkCommand implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", arity = "1..*",
      description = "Files or folders of .jsonl, .txt, .html or WARC files: local, hdfs://, s3a:// paths.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master: local[N], spark://HOST:PORT, yarn, k8s://... Default: spark-submit's, "
          + "else local[*].")
  String master;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "dyad-spark-out",
      description = "Output folder (any Hadoop path). Default: ${DEFAULT-VALUE}.")
  String out;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Coding tasks. Default: twice Spark's default parallelism (the executors' cores).")
  Integer partitions;

  @Option(names = "--spark-ui", description = "Serve Spark's web UI (off by default).")
  boolean ui;

  @Mixin
  AnalysisArgs analysis = new AnalysisArgs();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    SparkConf conf = new SparkConf().setAppName("dyad")
        .setIfMissing("spark.ui.enabled", Boolean.toString(ui))
        .setIfMissing("spark.ui.showConsoleProgress", "false");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    List<String> words = AnalysisArgs.words(spec.commandLine().getParseResult());
    try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
      int n = partitions != null ? partitions : 2 * spark.sparkContext().defaultParallelism();
      JobSummary summary = new CorpusJob(spark, err).run(new CorpusJob.Settings(inputs, out, n, words));
      err.println(summary.line());
      err.flush();
      return summary.skipped().isEmpty() ? 0 : 1;
    }
  }

  /** Runs {@code dyad spark} with these arguments (those after the word {@code spark}) and exits with its code. */
  public static void main(String[] args) {
    System.exit(DyadCommand.configure(new CommandLine(new SparkCommand())).execute(args));
  }
}
