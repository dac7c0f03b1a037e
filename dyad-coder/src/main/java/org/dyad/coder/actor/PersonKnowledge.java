package org.dyad.coder.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Completes persons from the office-holders file: who held which office on the article's date.
 *
 * <p>The text wins where it speaks (a title or apposition); the file fills what it leaves out. A
 * person found only in a past term is coded as an elite ({@code ELI}, "former head of state"), so
 * "Biden" is USAGOV in 2023 and USAELI in mid-2025.
 */
final class PersonKnowledge {
  private final ActorDictionary dictionary;

  PersonKnowledge(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** The single known person with this surname, by their term nearest the date, or {@code null}. */
  OfficeTerm bySurname(String surname, LocalDate day) {
    List<OfficeTerm> terms = new ArrayList<>(dictionary.holdersWithSurname(surname));
    if (terms.isEmpty()) {
      terms.addAll(dictionary.holdersNamed(surname)); // a surname a generated row lists as an alias
    }
    if (terms.isEmpty() || terms.stream().map(OfficeTerm::name).distinct().count() > 1) {
      return null;
    }
    return best(terms, day);
  }

  /** The leader of a country on a day that a title such as "leader" or "prime minister" means. */
  OfficeTerm leader(String country, String title, LocalDate day) {
    List<OfficeTerm> leaders = dictionary.leadersOf(country, day);
    if (leaders.isEmpty()) {
      return null;
    }
    boolean government = title.contains("prime") || title.contains("premier")
        || title.contains("chancellor");
    for (OfficeTerm t : leaders) {
      if (t.office().equals(government ? "head_of_government" : "head_of_state")) {
        return t;
      }
    }
    return leaders.get(0);
  }

  /** Sectors that belong to a state: a person holding one has a country even when unnamed. */
  private static final java.util.Set<String> NATIONAL = java.util.Set.of("GOV", "MIL", "LEG", "JUD",
      "COP", "SPY", "OPP");

  /**
   * Fills a person's name, country, sectors, role and basis from text roles and knowledge. A title
   * naming an international organisation gives its whole code; a known person keeps the country
   * of their office; only an unknown person with a national title and no country word
   * ("President Dos Santos") takes {@code mainCountry}, the article's only country, if any.
   */
  void complete(ActorBuilder p, LocalDate day, String mainCountry) {
    for (PersonRole r : p.roles) {
      if (r.code() != null) {
        OfficeTerm term = lookup(p, null, day);
        if (term != null && p.fullName == null) {
          p.name = term.name();
          p.fullName = term.name();
        }
        p.code = r.code();
        p.country = null;
        p.sectors = r.sectors();
        p.role = r.title();
        p.basis = r.basis() + (term == null ? "" : "; office holders " + term.source());
        return;
      }
    }
    PersonRole text = null;
    for (PersonRole r : p.roles) {
      if (r.country() != null || !r.sectors().isEmpty()) {
        if (text == null) {
          text = r;
        } else if (text.country() == null && r.country() != null) {
          text = new PersonRole(text.title(), r.country(), text.sectors(), text.leader(),
              text.basis() + "; " + r.basis(), text.tokens());
        }
      }
    }
    OfficeTerm term = lookup(p, text, day);
    if (term != null && p.fullName == null) {
      p.name = term.name();
      p.fullName = term.name();
    }
    boolean current = term != null && term.heldOn(day);
    boolean former = term != null && !current && term.start().isBefore(day);
    p.country = text != null && text.country() != null ? text.country()
        : term != null ? term.country() : null;
    if (text != null && !text.sectors().isEmpty()) {
      p.sectors = text.sectors();
      p.role = text.title();
      p.basis = text.basis();
    } else if (current) {
      p.sectors = term.sectors();
      p.role = term.officeWords();
      p.basis = "office holders " + term.source();
    } else if (former) {
      p.sectors = List.of("ELI");
      p.role = "former " + term.officeWords();
      p.basis = "office holders " + term.source() + " (term ended " + term.end() + ")";
    } else if (text != null) {
      p.role = text.title();
      p.basis = text.basis();
    }
    if (term != null && current && p.country == null && term.country() == null) {
      // a known international official ("Secretary-General Guterres"): the office, not a state
      p.sectors = term.sectors();
      p.basis = p.basis + "; office holders " + term.source();
    }
    if (p.country == null && term == null && text != null && text.leader()) {
      // "President Bush": which Bush is unclear, whose is not
      p.country = sharedCountry(p);
    }
    if (p.country == null && term == null && mainCountry != null && p.sectors.stream().anyMatch(NATIONAL::contains)) {
      p.country = mainCountry;
      p.basis = (p.basis == null ? "" : p.basis + "; ") + "country: the article's main country";
    }
    if (text != null && p.basis != null && !p.basis.startsWith("text") && text.basis() != null) {
      p.basis = text.basis() + "; " + p.basis;
    } else if (term != null && p.basis != null && p.basis.startsWith("text")) {
      p.basis = p.basis + "; office holders " + term.source();
    }
  }

  /**
   * The one country of every office holder, in any table, whose surname a leader's title comes
   * with, or {@code null} when they differ or none is known.
   */
  private String sharedCountry(ActorBuilder p) {
    return sharedCountry(p.surname());
  }

  /** As {@link #sharedCountry(ActorBuilder)}, for a surname. */
  String sharedCountry(String surname) {
    List<String> countries = dictionary.anyHoldersWithSurname(surname).stream().map(OfficeTerm::country)
        .distinct().toList();
    return countries.size() == 1 ? countries.get(0) : null;
  }

  private OfficeTerm lookup(ActorBuilder p, PersonRole text, LocalDate day) {
    List<OfficeTerm> terms = new ArrayList<>();
    if (p.fullName != null) {
      terms.addAll(dictionary.holdersNamed(p.fullName));
    }
    if (terms.isEmpty()) {
      String first = p.fullName == null ? null : PersonNames.firstName(p.fullName);
      for (OfficeTerm t : dictionary.holdersWithSurname(p.surname())) {
        if (PersonNames.compatibleFirstNames(PersonNames.firstName(t.name()), first)
            || t.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(p.fullName))) {
          terms.add(t);
        }
      }
    }
    if (text != null && text.country() != null) {
      terms.removeIf(t -> t.country() != null && !t.country().equals(text.country()));
    }
    if (text != null && text.leader() && terms.stream().anyMatch(OfficeTerm::isLeader)) {
      // "President Obama": of the Obamas who held office, the one who led a country
      terms.removeIf(t -> !t.isLeader());
    }
    if (terms.isEmpty() || terms.stream().map(OfficeTerm::name).distinct().count() > 1) {
      return null;
    }
    return best(terms, day);
  }

  /**
   * A term held on the day (leaders first), else the latest that started before it, else the first
   * after it: a person known to hold an office later is still of that office's country.
   */
  private static OfficeTerm best(List<OfficeTerm> terms, LocalDate day) {
    return terms.stream()
        .filter(t -> t.heldOn(day))
        .min(Comparator.comparing((OfficeTerm t) -> !t.isLeader()))
        .orElseGet(() -> terms.stream()
            .filter(t -> t.start().isBefore(day))
            .max(Comparator.comparing(OfficeTerm::start))
            .orElseGet(() -> terms.stream().min(Comparator.comparing(OfficeTerm::start)).orElse(null)));
  }
}
