package org.dyad.coder.quote;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Span;

/**
 * Builds actors by hand for a test text, the way the actor resolver would: every whole-word
 * occurrence of the given surface forms is a mention; a shorter form inside a longer one
 * ("Collins" in "Peter Collins") is the same mention, so give the longer forms first.
 */
final class TestActors {
  private final String text;
  private final List<Actor> actors = new ArrayList<>();

  TestActors(String text) {
    this.text = text;
  }

  TestActors person(String id, String name, String country, String sector, String role,
                    String... forms) {
    return add(id, name, "PERSON", country, sector, role, forms);
  }

  TestActors add(String id, String name, String kind, String country, String sector, String role,
                 String... forms) {
    List<String> sectors = sector == null ? List.of() : List.of(sector);
    String code = (country == null ? "" : country) + (sector == null ? "" : sector);
    actors.add(new Actor(id, name, kind, code, country, sectors, role, "test", mentions(forms)));
    return this;
  }

  List<Actor> build() {
    return List.copyOf(actors);
  }

  private List<Span> mentions(String... forms) {
    List<Span> spans = new ArrayList<>();
    for (String form : forms) {
      for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
        int end = i + form.length();
        boolean whole = (i == 0 || !Character.isLetter(text.charAt(i - 1)))
            && (end == text.length() || !Character.isLetter(text.charAt(end)));
        Span span = new Span(i, end);
        if (whole && spans.stream().noneMatch(s -> s.overlaps(span))) {
          spans.add(span);
        }
      }
    }
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("no mention of " + List.of(forms));
    }
    spans.sort(null);
    return spans;
  }
}
