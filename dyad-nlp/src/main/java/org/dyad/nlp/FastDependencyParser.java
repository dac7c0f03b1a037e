package org.dyad.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * CoreNLP's English UD dependency parser, the model and transition system the {@code depparse}
 * annotator uses, with {@link TransitionScorer}'s forward pass and only the basic dependencies
 * built: the annotator also builds collapsed, CC-processed, enhanced and enhanced++ graphs, which
 * Dyad never reads (about a fifth of the parse time).
 *
 * <p>Gives, sentence for sentence, the basic dependency graph the annotator gives: same
 * transitions, scores equal to the last bit, same conversion to CoreNLP's grammatical structure
 * (including its corrections of passive subjects and names). The model's weights are read from the
 * loaded CoreNLP parser through reflection, which ties this class to CoreNLP 4.5.x; {@link #load}
 * says so and gives {@code null} when the fields are not there, and the caller then uses the stock
 * annotator. Thread-safe.
 */
final class FastDependencyParser {
  private final DependencyParser parser;
  private final ArcStandard system;
  private final List<String> transitions;
  private final TransitionScorer scorer;
  private final ThreadLocal<TransitionScorer.Scratch> scratch;

  private FastDependencyParser(DependencyParser parser, ArcStandard system, List<String> transitions,
                               TransitionScorer scorer) {
    this.parser = parser;
    this.system = system;
    this.transitions = List.copyOf(transitions);
    this.scorer = scorer;
    this.scratch = ThreadLocal.withInitial(scorer::scratch);
  }

  /**
   * Loads CoreNLP's default English UD model.
   *
   * @return the parser, or {@code null} when this CoreNLP's internals differ from 4.5.x's
   */
  static FastDependencyParser load() {
    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL,
        new Properties());
    try {
      Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
      ParsingSystem system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
      Config config = (Config) field(DependencyParser.class, "config").get(parser);
      @SuppressWarnings("unchecked")
      List<String> transitions = (List<String>) field(ParsingSystem.class, "transitions").get(system);
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
      double[][] saved = (double[][]) field(Classifier.class, "saved").get(classifier);
      if (!(system instanceof ArcStandard arc) || saved == null
          || config.language != Language.UniversalEnglish) {
        return null;
      }
      TransitionScorer scorer = new TransitionScorer(Config.numTokens, classifier.getE(),
          classifier.getW1(), classifier.getb1(), classifier.getW2(), preMap, saved,
          config.numCached != 0);
      if (scorer.transitions() != transitions.size()) {
        return null;
      }
      return new FastDependencyParser(parser, arc, transitions, scorer);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /**
   * Parses one sentence (tokens with part-of-speech tags) and sets its
   * {@link SemanticGraphCoreAnnotations.BasicDependenciesAnnotation}; an empty one is left without.
   */
  void annotate(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens.isEmpty()) {
      return;
    }
    Configuration c = system.initialConfiguration(sentence);
    TransitionScorer.Scratch s = scratch.get();
    int[] features = new int[Config.numTokens];
    while (!system.isTerminal(c)) {
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while parsing");
      }
      List<Integer> f = parser.getFeatures(c);
      for (int i = 0; i < features.length; i++) {
        features[i] = f.get(i);
      }
      double[] scores = scorer.score(features, s);
      double best = Double.NEGATIVE_INFINITY;
      String chosen = null;
      for (int t = 0; t < scores.length; t++) {
        if (scores[t] > best && system.canApply(c, transitions.get(t))) {
          best = scores[t];
          chosen = transitions.get(t);
        }
      }
      if (chosen == null) {
        // No transition applies: cannot happen with the arc-standard system, whose shift or
        // reduce is always open before the end; should it, the sentence stays unparsed.
        System.getLogger(FastDependencyParser.class.getName()).log(System.Logger.Level.WARNING,
            "no parser transition applies; sentence of " + tokens.size() + " tokens left unparsed");
        return;
      }
      system.apply(c, chosen);
    }
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic(c, tokens));
  }

  /** The basic graph, built as CoreNLP's parser and annotator build it from the finished configuration. */
  private static SemanticGraph basic(Configuration c, List<CoreLabel> tokens) {
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> deps = new ArrayList<>(tokens.size());
    for (int i = 1; i <= tokens.size(); i++) {
      int head = c.getHead(i);
      IndexedWord word = new IndexedWord(tokens.get(i - 1));
      IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(c.getLabel(i));
      deps.add(new TypedDependency(relation, governor, word));
    }
    GrammaticalStructure gs = new UniversalEnglishGrammaticalStructure(deps, new TreeGraphNode(root));
    return SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
        GrammaticalStructure.Extras.NONE, null);
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return known != null ? known
        : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
  }
}
