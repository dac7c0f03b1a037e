package org.dyad.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/** Texts written for these tests, and access to the shared corpus. */
final class Texts {
  private Texts() {
  }

  static final String TITLE = "Harbor talks end without a ceasefire deal";

  static final List<String> BODY = List.of(
      "Delegations from Eastland and Westmark met for six hours in the port city of Halvik on "
          + "Tuesday but failed to agree on a ceasefire, officials from both sides said.",
      "Eastland's foreign minister, Mara Olsen, accused Westmark of shelling a grain terminal on "
          + "the eve of the meeting. \"You cannot talk peace in the morning and fire rockets at "
          + "night,\" she told reporters.",
      "Westmark's envoy, Piotr Lind, rejected the charge and said his government remained ready "
          + "to exchange prisoners. He proposed a second round of talks next month in Geneva.",
      "The United Nations called on both governments to keep the humanitarian corridor open. "
          + "Aid agencies say more than 40,000 people have left the border districts since March.",
      "Analysts in the region expect the fighting to continue through the winter unless the "
          + "outside powers that arm both sides agree to reduce their deliveries.");

  /** Title, blank line, paragraphs separated by blank lines. */
  static String article() {
    return TITLE + "\n\n" + String.join("\n\n", BODY);
  }

  static final String REPLY_FORM = "Leave a Reply\n\n"
      + "Your email address will not be published. Required fields are marked *";

  static final String RUSSIAN = "Переговоры между делегациями двух стран продолжались шесть часов, "
      + "но стороны так и не договорились о прекращении огня. Министр иностранных дел заявил "
      + "журналистам, что следующая встреча может состояться в следующем месяце в Женеве. "
      + "Гуманитарные организации просят открыть коридор для мирных жителей.";

  static final String SPANISH = "Las delegaciones de los dos países se reunieron durante seis "
      + "horas en la ciudad portuaria, pero no lograron acordar un alto el fuego. La ministra de "
      + "Relaciones Exteriores acusó al otro gobierno de bombardear una terminal de granos y pidió "
      + "a las Naciones Unidas que envíe observadores a la frontera.";

  static final String FRENCH = "Le ministre a déclaré à la presse que la réunion à Genève était "
      + "très importante : « Nous espérons un accord avant l'été », a-t-il ajouté. Les délégués "
      + "étrangers ont quitté la salle après deux heures de négociations difficiles.";

  /** The shared data folder, or a skipped test when it is absent. */
  static Path shared(String relative) {
    Path base = Path.of(System.getProperty("dyad.shared", "../shared"));
    Path file = base.resolve(relative);
    Assumptions.assumeTrue(Files.isRegularFile(file),
        "shared data not found at " + file.toAbsolutePath() + " (set -Ddyad.shared); skipping");
    return file;
  }

  static String readShared(String relative) throws IOException {
    return Files.readString(shared(relative), StandardCharsets.UTF_8);
  }

  /** Paragraphs of a text: split at blank lines, each with white space collapsed. */
  static List<String> paragraphs(String text) {
    return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
        .map(HtmlText::normalizeSpace).filter(s -> !s.isEmpty()).collect(Collectors.toList());
  }
}
