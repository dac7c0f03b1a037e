package org.dyad.coder.ontology;

import java.nio.file.Path;
import java.util.Objects;
import org.dyad.coder.actor.ActorDictionary;
import org.dyad.coder.dict.OverrideDirectory;
import org.dyad.coder.event.CameoOntology;
import org.dyad.coder.event.EventDictionary;
import org.dyad.coder.geo.Gazetteer;

/**
 * Everything Dyad knows of the field, loaded once from one dictionary directory: the actors
 * (countries with their codes, names, demonyms and capitals; organisations, parties, office holders,
 * sector terms), the CAMEO table (names, Goldstein values, QuadClasses and PLOVER types of every code),
 * the verb patterns and word classes, and the gazetteer.
 *
 * <p>Takes the {@code --dictionaries} directory, or {@code null} for the built-in tables; a file in
 * the directory replaces the built-in file of the same path, and a file that is no dictionary fails
 * the load ({@link OverrideDirectory}), as does a bad row (with its {@code file:line}). Immutable and
 * shared between threads: the analyzer, its tag tables and parse gate, and {@code dyad eval} take
 * their tables from one instance, so what is coded and what is scored are the same tables. The closed
 * vocabularies that are no dictionary (modality, QuadClass names) are types in {@code dyad-model};
 * the English word lists the rules read are class-path resources under {@code dyad/lexicon/}.
 */
public final class Ontology {
  private final Path dictionaries;
  private final ActorDictionary actors;
  private final CameoOntology cameo;
  private final EventDictionary events;
  private final Gazetteer gazetteer;

  private Ontology(Path dictionaries, ActorDictionary actors, CameoOntology cameo, EventDictionary events,
                   Gazetteer gazetteer) {
    this.dictionaries = dictionaries;
    this.actors = actors;
    this.cameo = cameo;
    this.events = events;
    this.gazetteer = gazetteer;
  }

  /**
   * Loads every table.
   *
   * @param dictionaries the user's dictionary directory, or {@code null} for the built-in tables
   * @throws org.dyad.coder.dict.DictionaryException naming the file (and line) that could not be used
   */
  public static Ontology load(Path dictionaries) {
    OverrideDirectory.check(dictionaries);
    CameoOntology cameo = CameoOntology.load(dictionaries);
    return new Ontology(dictionaries, ActorDictionary.load(dictionaries), cameo,
        EventDictionary.load(dictionaries, cameo), Gazetteer.load(dictionaries));
  }

  /** The directory the tables were loaded from, or {@code null} for the built-in ones. */
  public Path dictionaries() {
    return dictionaries;
  }

  /** Whether these tables were loaded from {@code directory} ({@code null}: the built-in ones). */
  public boolean loadedFrom(Path directory) {
    return Objects.equals(dictionaries, directory);
  }

  /** The actor tables. */
  public ActorDictionary actors() {
    return actors;
  }

  /** The CAMEO table. */
  public CameoOntology cameo() {
    return cameo;
  }

  /** The verb patterns and word classes, with the CAMEO table they code into. */
  public EventDictionary events() {
    return events;
  }

  /** The gazetteer of places. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }
}
