package org.dyad.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.dyad.ingest.FormatSniffer;

/**
 * Lists the files of the job's inputs on the driver, through Hadoop's file systems (a local path,
 * {@code hdfs://}, {@code s3a://} with the user's Hadoop configuration), in a fixed order: inputs as
 * given, a folder's files by path. A folder gives its article files ({@code .txt}, {@code .html},
 * {@code .jsonl}, {@code .warc.gz} ...: {@link FormatSniffer#isArticleFileName}) at any depth, leaving
 * out hidden ones ({@code .name}, {@code _name}); a file named as an input is read whatever its name.
 *
 * <p>Each file is named as {@code dyad ingest} names it (InputRelativeNames): from the folder the
 * user named, or from the folder holding a file the user named ({@code corpus/wire.jsonl}). That
 * name is the articles' {@code source} and, for articles without a URL, the outlet NumSources counts.
 */
final class InputFiles {
  /** One file to read: where it is, its name, its place in the input order. */
  record InputFile(String path, String name, int index) implements Serializable {}

  /** The listing: files to read, and inputs that are not there (as reasons, for the errors table). */
  record Listing(List<InputFile> files, List<String> missing) {}

  private InputFiles() {}

  static Listing list(List<String> inputs, Configuration conf) throws IOException {
    List<InputFile> files = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        missing.add(input);
        continue;
      }
      FileStatus status = fs.getFileStatus(path);
      Path qualified = status.getPath();
      if (!status.isDirectory()) {
        String parent = qualified.getParent() == null ? "" : qualified.getParent().getName();
        files.add(new InputFile(qualified.toString(), join(parent, qualified.getName()), files.size()));
        continue;
      }
      List<Path> found = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
      while (it.hasNext()) {
        Path p = it.next().getPath();
        String rest = p.toUri().getPath().substring(qualified.toUri().getPath().length());
        if (!hidden(rest) && FormatSniffer.isArticleFileName(p.getName())) {
          found.add(p);
        }
      }
      found.sort(null);
      for (Path p : found) {
        String rest = p.toUri().getPath().substring(qualified.toUri().getPath().length()).replaceFirst("^/", "");
        files.add(new InputFile(p.toString(), join(qualified.getName(), rest), files.size()));
      }
    }
    return new Listing(files, missing);
  }

  /** The key under which Spark's file reader reports a file: its path, scheme and host left out. */
  static String key(String path) {
    return new Path(path).toUri().getPath();
  }

  private static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static String join(String folder, String rest) {
    return folder.isEmpty() ? rest : folder + "/" + rest;
  }
}
