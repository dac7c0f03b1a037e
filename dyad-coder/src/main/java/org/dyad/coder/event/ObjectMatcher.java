package org.dyad.coder.event;

import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.tree.SentenceTree;

/**
 * Checks a pattern row's object constraint ({@code =lemma} or {@code @CLASS}) against a trigger's
 * dependents: for verbs the direct (or the parser's indirect) object, an xcomp, or a prepositional
 * phrase where there is no object; for nouns their compound, adjective and "of" modifiers; and the
 * "of" phrase of a quantity ("25,000 tons of food"). Two-word class members match a compound
 * ("air defense"). {@code %PERSON} holds when a verb's direct object names a person ("called King
 * Salman": a phone call, where "called a snap election" is not).
 */
final class ObjectMatcher {
  /** The object constraint met by a direct object the tagger marks as a person's name. */
  static final String PERSON = "%PERSON";

  private final EventDictionary dictionary;

  ObjectMatcher(EventDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** True when some object-like dependent of trigger {@code t} meets the constraint. */
  boolean holds(SentenceTree tree, int t, String constraint, boolean noun) {
    if (constraint.equals(PERSON)) {
      return !noun && objects(tree, t).stream().anyMatch(o -> person(tree, o));
    }
    List<Integer> objects = new ArrayList<>();
    if (noun) {
      for (int c : tree.children(t)) {
        String r = tree.relation(c);
        if (r.equals("compound") || r.equals("amod") || r.startsWith("nmod")) {
          objects.add(c); // "military aid", "arms supplies", "the supply of weapons"
        }
      }
    } else {
      objects.addAll(objects(tree, t));
      boolean noObject = objects.isEmpty();
      for (int c : tree.children(t)) {
        String r = tree.relation(c);
        // A prepositional phrase stands in for the object only where there is none ("engage in
        // fighting"); otherwise "suspended talks in protest" would read as a protest.
        if (r.equals("xcomp") || (r.startsWith("obl") && noObject && !r.equals("obl:tmod"))) {
          objects.add(c);
        } else if (r.startsWith("obl") && tree.caseWord(c).equals("with")) {
          objects.add(c); // "provided Ukraine with weapons": the thing given is the "with" phrase
        } else if ((r.startsWith("obl") || r.startsWith("advcl")) && tree.caseWord(c).equals("as")) {
          objects.add(c); // "described Russia as the main threat": what it is called is the "as" phrase
        }
      }
    }
    // "25,000 tons of food", "a package of weapons": the quantity's "of" phrase is the object
    for (int o : new ArrayList<>(objects)) {
      for (int c : tree.children(o)) {
        if (tree.relation(c).startsWith("nmod") && tree.child(c, "case") >= 0
            && tree.token(tree.child(c, "case")).word().equalsIgnoreCase("of")) {
          objects.add(c);
        }
      }
    }
    for (int o : objects) {
      String lemma = tree.lemma(o);
      if (constraint.startsWith("=") ? constraint.substring(1).equals(lemma)
          : classHolds(tree, o, constraint.substring(1), lemma)) {
        return true;
      }
    }
    return false;
  }

  private boolean classHolds(SentenceTree tree, int o, String cls, String lemma) {
    if (dictionary.inClass(cls, lemma)) {
      return true;
    }
    for (int c : tree.children(o)) {
      if (tree.relation(c).equals("compound") || tree.relation(c).equals("amod")) {
        String first = tree.lemma(c);
        if (dictionary.inClass(cls, first + " " + lemma) || dictionary.inClass(cls, first)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The direct object, or the parser's indirect object where it took the thing for the recipient. */
  static List<Integer> objects(SentenceTree tree, int t) {
    List<Integer> out = new ArrayList<>(ArgumentFinder.fill(tree, t, "obj", false));
    out.addAll(ArgumentFinder.fill(tree, t, "iobj", false));
    return out;
  }

  /** "King Salman", "his counterpart, Michel Aoun": a person's name heads the object or stands beside it. */
  private static boolean person(SentenceTree tree, int o) {
    if ("PERSON".equals(tree.token(o).ner())) {
      return true;
    }
    for (int c : tree.children(o)) {
      if (tree.relation(c).equals("appos") && "PERSON".equals(tree.token(c).ner())) {
        return true;
      }
    }
    return false;
  }
}
