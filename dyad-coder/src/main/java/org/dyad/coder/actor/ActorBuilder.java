package org.dyad.coder.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.dyad.model.analysis.Actor;
import org.dyad.model.analysis.Span;

/** Collects one actor's mentions and role facts while a document is resolved; not shared. */
final class ActorBuilder {
  final String kind;
  String name;
  String country;
  List<String> sectors = List.of();
  String code;
  String role;
  String basis;
  /** A person's full name once seen; surname-only mentions join through it. */
  String fullName;
  final TreeSet<Span> mentions = new TreeSet<>();
  final List<PersonRole> roles = new ArrayList<>();

  ActorBuilder(String kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  String surname() {
    return PersonNames.surname(fullName != null ? fullName : name);
  }

  int first() {
    return mentions.isEmpty() ? Integer.MAX_VALUE : mentions.first().begin();
  }

  Actor build(String id) {
    String c = code != null ? code : ActorCodes.compose(country, sectors);
    return new Actor(id, name, kind, c, country, sectors, role, basis, new ArrayList<>(mentions));
  }
}
