package org.dyad.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import org.dyad.store.dedup.ContentHash;

/**
 * Codes a corpus on a Spark cluster into Parquet datasets under one output folder:
 * {@code articles}, {@code actors}, {@code quotes}, {@code event_mentions} and {@code errors} with the
 * store's columns, and {@code events} with the columns of {@code dyad export --format parquet}.
 *
 * <p>Stages: list the input files on the driver ({@link InputFiles}); read each file on an executor
 * into articles and skipped documents ({@link ItemReader}); number them in input order; drop texts
 * seen earlier in this run or stored by an earlier run (content hash, as {@code dyad ingest});
 * code the rest, {@code partitions} at a time ({@link ArticleCoder}); write this run's rows; rebuild
 * the events from every run's mentions ({@link EventMerge}).
 *
 * <p>Each run writes its rows to {@code OUT/_staging/run=N/} and only then moves each table's folder
 * to {@code OUT/TABLE/run=N}, the articles last: a run is committed when its articles are in place,
 * and the run numbers come from the articles' folders, so what a run that died left behind is
 * replaced by the next run, never counted. The events are written beside the old ones and swapped
 * in. Takes a session, the inputs, the output folder, the number of coding partitions and the
 * analysis options' words ({@link AnalysisArgs#words}).
 */
public final class CorpusJob {
  /** What the progress lines call the counting at the end. */
  static final String SUMMARY = "summary";

  /** The tables a run adds to, in the order they are moved into place. */
  static final List<String> RUN_TABLES = List.of("errors", "actors", "quotes", "event_mentions", "articles");

  /**
   * What to run.
   *
   * @param inputs     files or folders, any Hadoop file-system path
   * @param out        the output folder (created; an earlier run's output there is added to)
   * @param partitions coding partitions (the articles are spread over this many tasks)
   * @param options    the analysis options' words
   */
  public record Settings(List<String> inputs, String out, int partitions, List<String> options) {}

  private final SparkSession spark;
  private final PrintWriter err;

  /** Runs on this session; a line per finished stage goes to {@code err} ({@link StageProgress}). */
  public CorpusJob(SparkSession spark, PrintWriter err) {
    this.spark = spark;
    this.err = err;
  }

  /** Runs the job; gives its summary. */
  public JobSummary run(Settings s) throws IOException {
    StageProgress progress = new StageProgress(err);
    spark.sparkContext().addSparkListener(progress);
    try {
      return runSteps(s);
    } finally {
      spark.sparkContext().removeSparkListener(progress);
    }
  }

  private JobSummary runSteps(Settings s) throws IOException {
    long start = System.nanoTime();
    spark.conf().set("spark.sql.session.timeZone", "UTC"); // stored times are UTC, as the store's
    spark.udf().register("dyad_error_key", (UDF2<String, String, String>) (source, reason) ->
        ContentHash.of(source + "\n" + reason), DataTypes.StringType);
    spark.udf().register("dyad_reason_kind", (UDF2<String, String, String>) JobSummary::kind, DataTypes.StringType);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path out = new Path(s.out());
    FileSystem fs = out.getFileSystem(conf);
    int run = nextRun(fs, new Path(out, "articles"));
    Dataset<Row> previous = run > 1 ? spark.read().parquet(new Path(out, "articles").toString()) : null;

    InputFiles.Listing listing = InputFiles.list(s.inputs(), conf);
    step("read " + listing.files().size() + " files");
    Dataset<Row> items = read(listing, s).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> numbered = numbered(items, listing);
    Dataset<Row> articles = numbered.where("reason IS NULL");
    Dataset<Row> toCode = fresh(articles, previous);
    JavaRDD<Row> codedRows = toCode.repartition(Math.max(1, s.partitions())).javaRDD()
        .mapPartitions(new ArticleCoder(s.options()));
    Dataset<Row> analysed = spark.createDataFrame(codedRows, DatasetSchemas.ANALYSED)
        .persist(StorageLevel.MEMORY_AND_DISK());

    commit(fs, out, run, tables(analysed, numbered, listing.missing()));
    step("merge events");
    Path events = new Path(out, "events");
    Path next = new Path(out, "_events_next");
    fs.delete(next, true);
    EventMerge.export(spark, EventMerge.events(spark, spark.read().parquet(new Path(out, "event_mentions")
        .toString()))).write().parquet(next.toString());
    fs.delete(events, true);
    move(fs, next, events);

    step(SUMMARY);
    Map<String, Long> skipped = new LinkedHashMap<>();
    for (Row r : spark.read().parquet(new Path(out, "errors/run=" + run).toString())
        .groupBy(expr("dyad_reason_kind(reason, source) AS why")).count()
        .orderBy(col("count").desc()).collectAsList()) {
      skipped.put(r.getString(0), r.getLong(1));
    }
    JobSummary summary = new JobSummary(run, items.count() + listing.missing().size(),
        analysed.where("reason IS NULL").count(), articles.count() - toCode.count(), skipped,
        spark.read().parquet(new Path(out, "event_mentions/run=" + run).toString()).count(),
        spark.read().parquet(events.toString()).count(), (System.nanoTime() - start) / 1e9);
    items.unpersist();
    analysed.unpersist();
    return summary;
  }

  /** The items with {@code seq}, their place in the whole input: files in order, then items in a file. */
  private Dataset<Row> numbered(Dataset<Row> items, InputFiles.Listing listing) {
    Map<Integer, Long> perFile = new HashMap<>();
    for (Row r : items.groupBy("file_index").count().collectAsList()) {
      perFile.put(r.getInt(0), r.getLong(1));
    }
    List<Row> offsets = new ArrayList<>();
    long at = 0;
    for (InputFiles.InputFile f : listing.files()) {
      offsets.add(RowFactory.create(f.index(), at));
      at += perFile.getOrDefault(f.index(), 0L);
    }
    Dataset<Row> starts = spark.createDataFrame(offsets, DataTypes.createStructType(List.of(
        DataTypes.createStructField("file_index", DataTypes.IntegerType, false),
        DataTypes.createStructField("offset", DataTypes.LongType, false))));
    return items.join(broadcast(starts), "file_index").withColumn("seq", expr("offset + item_index"))
        .drop("offset");
  }

  /**
   * The articles to code, with ids: the first copy of each text in input order, less the texts an
   * earlier run coded; ids go on from the highest earlier one, in input order.
   */
  private Dataset<Row> fresh(Dataset<Row> articles, Dataset<Row> previous) {
    step("find texts coded by earlier runs");
    Dataset<Row> firsts = articles.groupBy("content_hash").agg(expr("min(seq) AS seq"));
    Dataset<Row> fresh = articles.join(firsts, asSeq("content_hash", "seq"), "left_semi");
    long base = 0;
    if (previous != null) {
      fresh = fresh.join(previous.select("content_hash"), asSeq("content_hash"), "left_anti");
      Row max = previous.agg(expr("max(id)")).first();
      base = max.isNullAt(0) ? 0 : max.getLong(0);
    }
    return fresh.withColumn("id", expr("seq + " + (base + 1)));
  }

  /**
   * Writes the run's tables under {@code OUT/_staging/run=N}, then moves each to
   * {@code OUT/TABLE/run=N}, the articles last (see the class comment).
   */
  private void commit(FileSystem fs, Path out, int run, Map<String, Dataset<Row>> tables) throws IOException {
    Path staging = new Path(out, "_staging/run=" + run);
    fs.delete(staging, true); // what a failed run with this number left
    for (Map.Entry<String, Dataset<Row>> t : tables.entrySet()) {
      step(t.getKey().equals("articles") ? "code articles, write articles" : "write " + t.getKey());
      t.getValue().write().mode(SaveMode.ErrorIfExists).parquet(new Path(staging, t.getKey()).toString());
    }
    for (String table : RUN_TABLES) {
      Path dir = new Path(out, table);
      fs.mkdirs(dir);
      // a run=N folder here is what a run with this number left when it died moving its tables:
      // that run never committed (its articles were to move last), so it is replaced
      fs.delete(new Path(dir, "run=" + run), true);
      move(fs, new Path(staging, table), new Path(dir, "run=" + run));
    }
    fs.delete(new Path(out, "_staging"), true);
  }

  private static void move(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("cannot move " + from + " to " + to);
    }
  }

  /** Names what the next Spark jobs do, for the progress lines and Spark's UI. */
  private void step(String what) {
    spark.sparkContext().setJobDescription(what);
  }

  private Dataset<Row> read(InputFiles.Listing listing, Settings s) {
    if (listing.files().isEmpty()) {
      return spark.createDataFrame(List.of(), DatasetSchemas.ITEM);
    }
    Map<String, InputFiles.InputFile> byKey = new HashMap<>();
    List<String> paths = new ArrayList<>();
    for (InputFiles.InputFile f : listing.files()) {
      byKey.put(InputFiles.key(f.path()), f);
      paths.add(f.path());
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Row> rows = jsc.binaryFiles(String.join(",", paths), Math.max(1, s.partitions()))
        .flatMap(new ItemReader(s.options(), byKey));
    return spark.createDataFrame(rows, DatasetSchemas.ITEM);
  }

  /** This run's rows of each table, by table name. */
  private Map<String, Dataset<Row>> tables(Dataset<Row> analysed, Dataset<Row> numbered, List<String> missing) {
    Dataset<Row> ok = analysed.where("reason IS NULL");
    Map<String, Dataset<Row>> t = new LinkedHashMap<>();
    t.put("articles", ok.selectExpr("id", "doc_id", "content_hash", "id AS story_id", "title", "url", "outlet",
        "published", "source", "language", "text", "n_events", "n_quotes", "localtimestamp() AS ingested_at",
        "analysis"));
    t.put("actors", ok.selectExpr("id AS article_id", "explode(actors) AS a").selectExpr("article_id", "a.*"));
    t.put("quotes", ok.selectExpr("id AS article_id", "explode(quotes) AS q").selectExpr("article_id", "q.*"));
    t.put("event_mentions", ok.selectExpr("id AS article_id", "outlet", "explode(mentions) AS m")
        .selectExpr("xxhash64(m.event_key) AS event_id", "article_id", "m.mention_no", "m.sentence",
            "m.start_offset", "m.end_offset", "m.trigger", "m.source_text", "m.target_text", "m.rule",
            "m.confidence", "m.modality", "m.event_date", "m.date_basis", "m.source_basis", "m.target_basis",
            "m.event_key", "m.key_date", "m.key_day", "m.key_precision", "outlet", "m.head", "m.geo"));
    List<Row> gone = new ArrayList<>();
    for (String input : missing) {
      gone.add(RowFactory.create(input, input, "file not found: " + input));
    }
    Dataset<Row> notFound = spark.createDataFrame(gone, DataTypes.createStructType(List.of(
        DataTypes.createStructField("doc_id", DataTypes.StringType, true),
        DataTypes.createStructField("source", DataTypes.StringType, true),
        DataTypes.createStructField("reason", DataTypes.StringType, true))));
    t.put("errors", numbered.where("reason IS NOT NULL").select("doc_id", "source", "reason")
        .unionByName(analysed.where("reason IS NOT NULL").select("doc_id", "source", "reason"))
        .unionByName(notFound)
        .selectExpr("dyad_error_key(source, reason) AS error_key", "doc_id", "source", "reason",
            "localtimestamp() AS recorded_at")
        .dropDuplicates("error_key"));
    return t;
  }

  /** One more than the highest {@code run=N} folder under the articles table; 1 for a new output. */
  private static int nextRun(FileSystem fs, Path articles) throws IOException {
    if (!fs.exists(articles)) {
      return 1;
    }
    int max = 0;
    for (FileStatus st : fs.listStatus(articles)) {
      String name = st.getPath().getName();
      if (name.startsWith("run=")) {
        max = Math.max(max, Integer.parseInt(name.substring(4)));
      }
    }
    return max + 1;
  }

  private static scala.collection.immutable.Seq<String> asSeq(String... columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toList();
  }
}
