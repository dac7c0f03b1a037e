package org.dyad.spark;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * Prints a line when a Spark stage finishes: what the job was doing (the description {@link CorpusJob}
 * sets before each step), its tasks and time, and a failure's reason, so a run without Spark's web
 * UI can be followed. Registered on the driver.
 */
final class StageProgress extends SparkListener {
  private final PrintWriter err;
  private final Map<Integer, String> steps = new ConcurrentHashMap<>();

  StageProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void onJobStart(SparkListenerJobStart start) {
    String step = start.properties() == null ? null : start.properties().getProperty("spark.job.description");
    if (step != null) {
      for (Object id : scala.jdk.javaapi.CollectionConverters.asJava(start.stageIds())) {
        steps.put((Integer) id, step);
      }
    }
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted completed) {
    StageInfo s = completed.stageInfo();
    double seconds = s.completionTime().isDefined() && s.submissionTime().isDefined()
        ? ((Long) s.completionTime().get() - (Long) s.submissionTime().get()) / 1000.0 : 0;
    String step = steps.getOrDefault(s.stageId(), s.name().replaceFirst(" at .*", ""));
    if (step.equals(CorpusJob.SUMMARY) && s.failureReason().isEmpty()) {
      return; // the summary's many small counts: their result is the summary line
    }
    String failure = s.failureReason().isDefined() ? ", failed: " + s.failureReason().get().lines().findFirst()
        .orElse("") : "";
    err.println(String.format(Locale.ROOT, "dyad spark: stage %d (%s): %d tasks, %.1f s%s", s.stageId(), step,
        s.numTasks(), seconds, failure.length() > 300 ? failure.substring(0, 300) + "..." : failure));
    err.flush();
  }
}
