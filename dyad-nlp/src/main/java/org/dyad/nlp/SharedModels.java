package org.dyad.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.ref.SoftReference;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The loaded CoreNLP pipelines and parser of a JVM, shared by every {@link CoreNlpParser} that
 * asks for the same properties: a second parser of the same configuration (the tests make dozens,
 * a command line run one) then costs nothing instead of several seconds of model loading.
 *
 * <p>Why not CoreNLP's own annotator pool: it keeps one annotator per name, so the two NER
 * pipelines of one parser (with SUTime and without, {@link NlpConfig#timeGate()}) replace each
 * other in it and every new parser loads NER again. Entries are held softly: the collector frees
 * the models of configurations no parser uses when the heap runs short, and they load again when
 * asked for. Thread-safe; a model loads once even when several threads ask for it at once.
 */
final class SharedModels {
  /** Stands for a loader's {@code null} (a fast parser that does not fit this CoreNLP). */
  private static final Object NONE = new Object();
  private static final Map<String, SoftReference<Object>> LOADED = new HashMap<>();

  private SharedModels() {}

  /** The pipeline for these properties, loaded on the first call with them. */
  static StanfordCoreNLP pipeline(Properties properties) {
    return shared("pipeline\n" + signature(properties), () -> new StanfordCoreNLP(properties));
  }

  /** The fast dependency parser, or {@code null} when it does not fit this CoreNLP. */
  static FastDependencyParser fastParser() {
    return shared("fast-dependency-parser", FastDependencyParser::load);
  }

  /** Forgets every model; parsers that hold them keep them. */
  static synchronized void clear() {
    LOADED.clear();
  }

  /** The properties in a stable order, one {@code key=value} a line: equal configurations, equal keys. */
  static String signature(Properties properties) {
    StringBuilder s = new StringBuilder();
    for (String key : new TreeSet<>(properties.stringPropertyNames())) {
      s.append(key).append('=').append(properties.getProperty(key)).append('\n');
    }
    return s.toString();
  }

  // One lock for all: loads are rare, and two threads loading the same models at once would only
  // double the wait and the heap.
  @SuppressWarnings("unchecked")
  private static synchronized <T> T shared(String key, Supplier<T> load) {
    SoftReference<Object> ref = LOADED.get(key);
    Object value = ref == null ? null : ref.get();
    if (value == null) {
      T loaded = load.get();
      value = loaded == null ? NONE : loaded;
      LOADED.put(key, new SoftReference<>(value));
    }
    return value == NONE ? null : (T) value;
  }
}
