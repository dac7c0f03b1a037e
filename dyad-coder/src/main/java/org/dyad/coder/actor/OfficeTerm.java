package org.dyad.coder.actor;

import java.time.LocalDate;
import java.util.List;

/**
 * One person's term in one office, from the office-holders knowledge file.
 *
 * @param name    full name as usually written in English news
 * @param aliases other spellings and forms
 * @param country ISO alpha-3 or {@code null} (international organisations)
 * @param sectors CAMEO sectors the office gives
 * @param office  head_of_state, head_of_government, foreign_minister, defence_minister or other
 * @param start   first day in office
 * @param end     last day in office, {@code null} when still in office
 * @param source  {@code file:line}
 */
public record OfficeTerm(String name, List<String> aliases, String country, List<String> sectors,
                         String office, LocalDate start, LocalDate end, String source) {
  public OfficeTerm {
    aliases = List.copyOf(aliases);
    sectors = List.copyOf(sectors);
  }

  /** True when the person held this office on that day. */
  public boolean heldOn(LocalDate day) {
    return !day.isBefore(start) && (end == null || !day.isAfter(end));
  }

  /** True for head of state or government. */
  public boolean isLeader() {
    return office.equals("head_of_state") || office.equals("head_of_government");
  }

  /** The office as words for a person: {@code head of state}. */
  public String officeWords() {
    return office.replace('_', ' ');
  }
}
