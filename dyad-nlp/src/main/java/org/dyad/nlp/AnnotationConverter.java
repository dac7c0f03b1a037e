package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.text.Dependency;
import org.dyad.model.text.EntityMention;
import org.dyad.model.text.TimeExpression;

/** Turns CoreNLP sentence annotations into Dyad records; package-private helper of the adapter. */
final class AnnotationConverter {
  private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  private AnnotationConverter() {}

  /** The enhanced++ arcs would duplicate edges; the basic UD tree is what the coder walks. */
  static List<Dependency> dependencies(CoreMap sentence) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    List<Dependency> arcs = new ArrayList<>();
    if (graph == null) {
      return arcs;
    }
    for (IndexedWord root : graph.getRoots()) {
      arcs.add(new Dependency("root", -1, root.index() - 1));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      arcs.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1,
          e.getDependent().index() - 1));
    }
    return arcs;
  }

  static void mentions(CoreMap sentence, int sentenceIndex, List<EntityMention> entities,
                       List<TimeExpression> times) {
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return;
    }
    String lastTid = null;
    for (CoreMap m : mentions) {
      String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      String text = m.get(CoreAnnotations.TextAnnotation.class);
      int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (TIME_TYPES.contains(type)) {
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        String tid = timex == null ? null : timex.tid();
        String value = timexValue(m, timex);
        String timeType = value != null && value.contains("/") ? "DATE" : type;
        // A range ("from X to Y") arrives as several mentions sharing one TIMEX: join them.
        if (tid != null && tid.equals(lastTid) && !times.isEmpty()) {
          TimeExpression prev = times.remove(times.size() - 1);
          String joined = prev.text() + sentenceText(sentence, prev.end(), begin) + text;
          times.add(new TimeExpression(joined, timeType, value, prev.begin(), end, sentenceIndex));
        } else {
          times.add(new TimeExpression(text, timeType, value, begin, end, sentenceIndex));
        }
        lastTid = tid;
        continue;
      }
      lastTid = null;
      List<CoreLabel> tokens = m.get(CoreAnnotations.TokensAnnotation.class);
      int first = tokens.get(0).index() - 1;
      int last = tokens.get(tokens.size() - 1).index();
      entities.add(new EntityMention(text, type, begin, end, sentenceIndex, first, last));
    }
  }

  private static String sentenceText(CoreMap sentence, int from, int to) {
    String text = sentence.get(CoreAnnotations.TextAnnotation.class);
    int base = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    if (text == null || from < base || to - base > text.length() || from > to) {
      return " ";
    }
    return text.substring(from - base, to - base);
  }

  /** TIMEX value; a range with known ends becomes an ISO 8601 interval {@code begin/end}. */
  private static String timexValue(CoreMap mention, Timex timex) {
    String value = timex == null ? null : timex.value();
    // Every TIMEX has a range; only a duration-valued one ("from X to Y") needs it as its value.
    if (timex != null && (value == null || value.startsWith("P")) && timex.range() != null
        && isDate(timex.range().begin) && isDate(timex.range().end)) {
      return timex.range().begin + "/" + timex.range().end;
    }
    if (value == null) {
      value = mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }
    return value;
  }

  private static boolean isDate(String value) {
    return value != null && value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
  }
}
