package org.dyad.ingest;

import java.util.List;

/** Short news stories written for the WARC, feed and folder tests, each long enough to be a story. */
final class Stories {
  private Stories() {
  }

  /** A story: headline, paragraphs and the address it is published at. */
  record Story(String title, List<String> body, String url) {
    /** The paragraphs alone, separated by blank lines. */
    String bodyText() {
      return String.join("\n\n", body);
    }

    /** Headline, blank line, paragraphs: what a page built by {@link Pages} gives. */
    String pageText() {
      return title + "\n\n" + bodyText();
    }

    /** The story as a web page with a publication date in its metadata. */
    String page(String isoDate) {
      return Pages.wrapped(title, body, "<meta property=\"article:published_time\" content=\""
          + isoDate + "\">", true);
    }

    /** The body as HTML paragraphs, as feeds carry it. */
    String html() {
      StringBuilder s = new StringBuilder();
      for (String p : body) {
        s.append("<p>").append(org.jsoup.nodes.Entities.escape(p)).append("</p>\n");
      }
      return s.toString();
    }
  }

  static final Story GRAIN = new Story("Grain corridor reopens after a week of talks", List.of(
      "Cargo ships began leaving the port of Halvik on Monday after negotiators from Eastland and "
          + "Westmark agreed to reopen the grain corridor that had been closed since late May.",
      "The deal, brokered by Turkish and United Nations mediators, allows inspected vessels to pass "
          + "the minefields along a marked route. Insurers said premiums would stay high for weeks.",
      "Farmers in the south of Eastland welcomed the news but warned that silos were already full "
          + "and that much of last year's harvest had spoiled while the ships stood idle."),
      "https://herald.example/world/grain-corridor-reopens");

  static final Story VOTE = new Story("Parliament delays vote on border treaty", List.of(
      "Westmark's parliament postponed a vote on the border treaty with Eastland on Wednesday "
          + "after opposition deputies walked out of the chamber in protest.",
      "The speaker, Anna Brandt, said the debate would resume next week. Opposition leaders accuse "
          + "the government of giving away farmland in the river valley without asking its residents.",
      "Diplomats in Halvik said the delay would not change the ceasefire terms agreed in March, but "
          + "warned that a long stalemate could encourage hardliners on both sides."),
      "https://herald.example/politics/border-treaty-vote");

  static final Story CONVOY = new Story("Aid convoy reaches flooded valley towns", List.of(
      "A convoy of forty trucks carrying food, water filters and medicine reached the flooded towns "
          + "of the Lower Vel valley on Thursday, the Red Cross said.",
      "Roads into the valley had been cut for nine days after the river burst its banks. Local "
          + "officials estimate that twelve thousand people lost their homes in the flooding.",
      "Eastland's government promised emergency payments to families who lost their houses and "
          + "asked neighbouring countries to send pumps and engineers to rebuild the dykes."),
      "https://herald.example/world/aid-convoy-valley");
}
