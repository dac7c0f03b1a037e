#!/usr/bin/env python3
"""Derives Dyad actor facts from PETRARCH2's dictionaries (Python 3 standard library only).

Reads   ../shared/dictionaries/petrarch2/ (or --source DIR): the Phoenix actor and agent files,
        whose format dictionaries.rst there describes, and Dyad's own hand-written tables.
Writes  four generated tables under dyad-coder/src/main/resources/dyad/actors/ (or --out DIR):
        international.tsv             IGO bodies and IGO titles ("UN Secretary General" -> IGOUNO)
        armed-groups.tsv              armed non-state groups (organizations.tsv columns)
        office-holders-petrarch2.tsv  persons' dated offices ending 1975 or later
        sector-terms-petrarch2.tsv    agent nouns Dyad's sector-terms.tsv lacks

Only facts are taken (a name, its code, its dates); Dyad's hand-written rows win on conflict: a
name the hand tables already hold is left out, and a person's generated term that overlaps a
hand-written term of the same person is dropped. The output is a pure function of the inputs, so
rerunning the script gives the same files (idempotent); hand-written files are never touched.

Usage:  python3 scripts/petrarch2/convert.py [--source DIR] [--out DIR]
"""
import argparse
import datetime
import os
import re
import sys

VERSION = "2026.11.1-p2"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
ACTORS = os.path.join(ROOT, "dyad-coder", "src", "main", "resources", "dyad", "actors")
# The Countries file was generated on this day; a term open at the end (">date") is known to run
# only until then, so it is closed there rather than claimed to last for ever.
SOURCE_DAY = datetime.date(2014, 1, 30)
EARLIEST_END = datetime.date(1975, 1, 1)
# Sectors that make a dated term an office worth knowing; ELI (before/after office) is left out
# because Dyad derives "former" itself from the end date.
OFFICE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "PTY", "REB"}
SMALL = {"of", "the", "and", "for", "in", "on", "to", "de", "al", "el", "la", "du", "des", "del",
         "da", "bin", "ibn", "von", "van", "der", "y", "at"}
TITLE_WORDS = {"SECRETARY", "SECRETARY-GENERAL", "CHIEF", "ENVOY", "HEAD", "DIRECTOR", "CHAIRMAN",
               "CHAIR", "PRESIDENT", "COMMISSIONER", "SPOKESMAN", "SPOKESWOMAN", "REPRESENTATIVE",
               "COORDINATOR", "RAPPORTEUR", "MONITOR", "MONITORS", "INSPECTOR", "INSPECTORS",
               "OBSERVER", "OBSERVERS", "PEACEKEEPER", "PEACEKEEPERS", "OFFICIAL", "OFFICIALS"}
BODY_WORDS = {"MINISTRY", "MINISTRIES", "COUNCIL", "COMMITTEE", "COMMISSION", "COURT", "AGENCY",
              "DEPARTMENT", "OFFICE", "SERVICE", "ASSOCIATION", "UNION", "BOARD", "ASSEMBLY",
              "PARLIAMENT", "SENATE", "ARMY", "NAVY", "POLICE", "GOVERNMENT", "ADMINISTRATION",
              "INSTITUTE", "FEDERATION", "BUREAU", "AUTHORITY", "DIRECTORATE", "CHAMBER", "GUARD",
              "CORPS", "TRIBUNAL", "CABINET", "CHANCELLERY", "SYNDICATE", "CONGRESS", "PARTY"}
PERSON_SUFFIX = re.compile(r"(ER|OR|IST|IAN|MAN|ANT|EE|ESS|ARY|IEF|ERAL|AIN|PERSON)$")
MIT_NOTICE = [
    "The MIT License (MIT)",
    "Copyright (c) 2014 Open Event Data",
    "Copyright (c) 2014 Open Event Data Alliance (Phoenix.Countries.actors.txt)",
    "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and"
    " associated documentation files (the \"Software\"), to deal in the Software without restriction,"
    " including without limitation the rights to use, copy, modify, merge, publish, distribute,"
    " sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is"
    " furnished to do so, subject to the following conditions:",
    "The above copyright notice and this permission notice shall be included in all copies or"
    " substantial portions of the Software.",
    "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT"
    " NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND"
    " NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,"
    " DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,"
    " OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.",
]


class Record:
    """One actor record: its phrases, the codes on its lines, and where it starts."""

    def __init__(self, phrase, line):
        self.phrases = [phrase]
        self.codes = []  # (code, start, end, open_end); start/end None when undated
        self.line = line
        self.info_lines = 0  # lines carrying a "CountryInfo.txt" note: >1 means merged people


def parse_date(s):
    s = s.strip()
    if not re.fullmatch(r"\d{6}|\d{8}", s):
        return None
    if len(s) == 6:
        yy = int(s[:2])
        # two-digit years in files made in 2014: 00-15 are 20xx, the rest 19xx
        s = ("20" if yy <= 15 else "19") + s
    try:
        return datetime.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return None


def parse_codes(text):
    out = []
    for body in re.findall(r"\[([^\]]*)\]", text):
        parts = body.split()
        if not parts or not re.fullmatch(r"[A-Z]{3,}", parts[0]):
            continue
        code = parts[0]
        if len(parts) == 1:
            out.append((code, None, None, False))
            continue
        r = "".join(parts[1:])
        if r.startswith(">"):
            d = parse_date(r[1:])
            if d:
                out.append((code, d, None, True))
        elif r.startswith("<"):
            continue  # "before a date": no start, not an office term Dyad can hold
        elif "-" in r:
            a, b = r.split("-", 1)
            da, db = parse_date(a), parse_date(b)
            if da and db and da <= db:
                out.append((code, da, db, False))
    return out


def read_actors(path):
    """Records of a PETRARCH actor file: primary phrase, '+' synonyms, tab-indented code lines."""
    records = []
    cur = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, raw in enumerate(f, 1):
            note = "CountryInfo.txt" in raw
            line = raw.split("#", 1)[0].rstrip().split(";", 1)[0].rstrip()
            if not line.strip():
                continue
            if raw[0] in "\t ":
                if cur is not None:
                    cur.codes.extend(parse_codes(line))
                continue
            if line.startswith("+"):
                if cur is not None:
                    phrase = line[1:].split("[", 1)[0].strip()
                    if phrase:
                        cur.phrases.append(phrase)
                    cur.codes.extend(parse_codes(line))
                    cur.info_lines += note
                continue
            phrase = line.split("[", 1)[0].strip()
            cur = Record(phrase, n)
            cur.info_lines += note
            cur.codes.extend(parse_codes(line))
            records.append(cur)
    return records


def words_of(phrase):
    return [w for w in re.split(r"[_ ]+", phrase.strip().strip("_")) if w]


def nice(phrase, acronyms):
    """PETRARCH's upper case as news writes it: 'UN_SECRETARY_GENERAL' -> 'UN Secretary General'."""
    out = []
    ws = words_of(phrase)
    for i, w in enumerate(ws):
        if w.upper() in acronyms or (len(ws) == 1 and len(w) <= 6) or "." in w \
                or not re.search(r"[AEIOUY]", w) or re.search(r"\d", w):
            out.append(w)
        elif i > 0 and w.lower() in SMALL:
            out.append(w.lower())
        else:
            out.append("-".join("'".join(p[:1].upper() + p[1:].lower() if len(p) > 1 or j == 0
                                         else p.lower() for j, p in enumerate(part.split("'")))
                                for part in w.split("-")))
    return re.sub(r"\s*\([^)]*\)\s*", " ", " ".join(out)).strip()


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for raw in f:
            if raw.startswith("#") or not raw.strip():
                continue
            rows.append(raw.rstrip("\n").split("\t"))
    return rows


def split_code(code, countries):
    """'RUSGOVBUS' -> ('RUS', ['GOV', 'BUS']); 'IGOUNOKID' -> (None, ['IGO', 'UNO', 'KID'])."""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if chunks and chunks[0] in countries:
        return chunks[0], chunks[1:]
    return None, chunks


class Hand:
    """What Dyad's hand-written tables already hold."""

    def __init__(self, actors):
        self.countries = {r[0] for r in read_tsv(os.path.join(actors, "countries.tsv"))}
        self.country_words = set()
        for r in read_tsv(os.path.join(actors, "countries.tsv")):
            for c in r[2:6]:
                self.country_words.update(w.lower() for w in c.split("|") if w != "-")
        self.words_of_country = {}
        for r in read_tsv(os.path.join(actors, "countries.tsv")):
            for c in r[2:6]:
                self.words_of_country.setdefault(r[0], []).extend(
                    w.lower() for w in c.split("|") if w != "-")
        self.org_names = set()
        self.acronyms = set()
        for r in read_tsv(os.path.join(actors, "organizations.tsv")):
            for n in [r[3]] + (r[4].split("|") if r[4] != "-" else []):
                self.org_names.add(strip_the(n).lower())
                for w in n.split():
                    if w.isupper() and len(w) > 1:
                        self.acronyms.add(w)
        terms = read_tsv(os.path.join(actors, "sector-terms.tsv"))
        self.sectors = {r[1] for r in terms}
        self.terms = {r[0].lower() for r in terms}
        self.title_words = {w for r in terms if r[2] == "TITLE" for w in r[0].lower().split()}
        self.people = {}
        for r in read_tsv(os.path.join(actors, "office-holders.tsv")):
            start = datetime.date.fromisoformat(r[5])
            end = datetime.date.fromisoformat(r[6]) if r[6] != "-" else datetime.date.max
            for n in [r[0]] + (r[1].split("|") if r[1] != "-" else []):
                self.people.setdefault(n.lower(), (r[0], []))[1].append((start, end))


def strip_the(s):
    return s[4:] if s.lower().startswith("the ") else s


def tsv(cells):
    return "\t".join(c if c else "-" for c in cells)


def header(title, columns, notes):
    lines = ["# Dyad actor dictionary: " + title,
             "# version: " + VERSION,
             "# source: generated by scripts/petrarch2/convert.py from PETRARCH2 dictionaries (MIT licence,"
             " Copyright (c) 2014 Open Event Data / Open Event Data Alliance) - facts only; do not edit by"
             " hand, rerun the script"]
    lines += ["# note: " + n for n in notes]
    lines += ["# licence: " + t for t in MIT_NOTICE]
    lines.append("# columns: " + "\t".join(columns))
    return lines


def organizations(records, hand, keep):
    """Rows (code, country, sectors, name, aliases) for undated records whose code passes keep."""
    rows, seen = [], set()
    for rec in records:
        default = [c for c in rec.codes if c[1] is None]
        if len(default) != 1 or len(rec.codes) != 1 or not keep(default[0][0]):
            continue
        code = default[0][0]
        names = []
        for p in rec.phrases:
            if looks_like_person(p, hand):
                continue
            for n in variants(nice(p, hand.acronyms), hand):
                k = strip_the(n).lower()
                if k in hand.org_names or k in hand.country_words or strip_the(n) in seen or len(k) < 3:
                    continue
                if " " not in k and not one_word_name(n):
                    continue  # one word ("Liberation", "Organization", "Youth") misleads in news
                seen.add(strip_the(n))
                names.append(strip_the(n))
        if not names:
            continue
        country, sectors = split_code(code, hand.countries)
        known = hand.sectors | {"IGO", "IMG", "NGO"}
        sec = ([s for s in sectors if s in known] or sectors)[:1]
        rows.append(tsv([code, country, "|".join(sec), names[0], "|".join(names[1:])]))
    return rows


# Upper-case single words in the sources that are English words, not acronyms.
NOT_ACRONYMS = {"YOUTH", "ZERO", "FALCON", "CAMO", "UNITY", "FRONT", "ARMY", "PEOPLE", "TIGERS", "EAGLE"}


def one_word_name(n):
    """An acronym (ETA, PFLP, KLA, FDLR) or an Arabic 'Al-' name; not a plain English word."""
    if re.search(r"\d", n):
        return False
    if n.isupper() or re.fullmatch(r"[A-Z]+-[A-Z]+", n):
        return 2 <= len(n) <= 7 and n.upper() not in NOT_ACRONYMS
    return bool(re.match(r"(?i)(al|ash|as|ad|an)-", n))


def looks_like_person(phrase, hand):
    ws = [w.upper() for w in words_of(phrase)]
    if not 2 <= len(ws) <= 4 or any(not re.fullmatch(r"[A-Z'\-.]+", w) for w in ws):
        return False
    org = TITLE_WORDS | BODY_WORDS | {a.upper() for a in hand.acronyms} | {
        "UNITED", "NATIONS", "ORGANIZATION", "ORGANISATION", "BANK", "FUND", "PROGRAM", "PROGRAMME",
        "FORCE", "FORCES", "MISSION", "INTERNATIONAL", "EUROPEAN", "AFRICAN", "ARAB", "WORLD", "GROUP",
        "ALLIANCE", "BRIGADE", "BRIGADES", "FRONT", "MOVEMENT", "ARMY", "LIBERATION", "ISLAMIC"}
    return not any(w in org or w.lower() in hand.terms or w.lower() in hand.country_words for w in ws)


def variants(name, hand):
    """A title phrase as news also writes it: 'UN Secretary General', 'UN secretary-general'."""
    out = [name]
    ws = name.split()
    if any(w.upper() in TITLE_WORDS for w in ws):
        low = " ".join(w.lower() if w.upper() in TITLE_WORDS or w.upper() == "GENERAL" else w for w in ws)
        out.append(low)
        for v in (name, low):
            h = re.sub(r"(?i)secretary general", lambda m: m.group(0).replace(" ", "-"), v)
            if h != v:
                out.append(h)
    return out


def office_holders(records, hand, dropped):
    rows, seen = [], {}
    for rec in records:
        dated = [c for c in rec.codes if c[1] is not None]
        if not dated or rec.info_lines > 1 or not looks_like_person(rec.phrases[0], hand):
            continue
        name = nice(rec.phrases[0], set())
        surname = name.split()[-1].lower()
        aliases = []
        for p in rec.phrases[1:]:
            if not looks_like_person(p, hand) and len(words_of(p)) != 1:
                continue
            a = nice(p, set())
            if a.split()[-1].lower() == surname and a != name and a not in aliases \
                    and not any(w.lower() in hand.title_words for w in a.split()):
                aliases.append(a)
        canon = next((seen[n.lower()] for n in [name] + aliases if n.lower() in seen), name)
        for n in [name] + aliases:
            seen.setdefault(n.lower(), canon)
        name = canon
        known = None
        for n in [name] + aliases:
            if n.lower() in hand.people and len(n.split()) > 1:
                known = hand.people[n.lower()]
                break
        for code, start, end, open_end in dated:
            if open_end:
                if start > SOURCE_DAY:
                    continue
                end = SOURCE_DAY
            if end < EARLIEST_END:
                continue
            country, sectors = split_code(code, hand.countries)
            if country:
                sectors = [s for s in sectors[:1] if s in OFFICE_SECTORS]
            elif sectors[:1] != ["IGO"]:
                continue
            if not sectors:
                continue
            if known and any(start <= e and s <= end for s, e in known[1]):
                dropped.append(name)
                continue  # Dyad's own term for this person wins
            rows.append(tsv([known[0] if known else name, "|".join(a for a in aliases if a != name), country,
                             "|".join(sectors), "other", start.isoformat(), end.isoformat()]))
    # one alias list per person, whichever record listed them
    names = {}
    for r in rows:
        c = r.split("\t")
        names.setdefault(c[0], []).extend(a for a in c[1].split("|") if a != "-" and a not in names.get(c[0], []))
    out = []
    for r in rows:
        c = r.split("\t")
        c[1] = "|".join(names[c[0]]) or "-"
        line = "\t".join(c)
        if line not in out:
            out.append(line)
    return out


def agents(path, hand):
    subs, rows, seen = {}, [], set(hand.terms)
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = [l.split("#", 1)[0].rstrip() for l in f]
    for l in lines:
        m = re.match(r"\s*(!\w+!)\s*=\s*(.*)", l)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
    for l in lines:
        m = re.match(r"\s*([^\[{=]+?)\s*(\{[^}]*\})?\s*\[([^\]~]*)~?([A-Z]*)[\]}]", l)
        if not m or "=" in l:
            continue
        phrase, plural, code = m.group(1), m.group(2), m.group(4) or m.group(3)
        sector = code[:3]
        if sector not in hand.sectors or sector in ("IGO",) or not re.fullmatch(r"[A-Z_!' \-]+", phrase):
            continue
        forms = [phrase]
        for marker, alts in subs.items():
            if marker in phrase:
                forms = [phrase.replace(marker, a) for a in alts]
        for form in [f for f in forms if "!" not in f]:
            singular = " ".join(words_of(form)).lower()
            if len(singular.split()) > 3 or re.search(r"\b(and|or|of|for)\b", singular):
                continue  # long descriptions match little and mislead when they do
            last = singular.split()[-1].upper()
            if last in BODY_WORDS:
                add_term(rows, seen, singular, sector, "BODY")
            elif PERSON_SUFFIX.search(last) or last.endswith("MEN"):
                kind_s = "GROUP" if last.endswith("MEN") else "TITLE"
                add_term(rows, seen, singular, sector, kind_s)
                if "!" not in phrase and kind_s == "TITLE":
                    if plural is not None:
                        inner = plural.strip("{}").strip()
                        if inner:
                            add_term(rows, seen, " ".join(words_of(inner)).lower(), sector, "GROUP")
                    else:
                        add_term(rows, seen, pluralize(singular), sector, "GROUP")
    return rows


def pluralize(s):
    if s.endswith("y") and not s.endswith(("ay", "ey", "oy")):
        return s[:-1] + "ies"
    if s.endswith(("ss", "sh", "ch", "x")):
        return s + "es"
    return s + "s"


def add_term(rows, seen, term, sector, kind):
    if term in seen or len(term) < 4:
        return
    seen.add(term)
    rows.append(tsv([term, sector, kind, None]))


def places(records, hand):
    """Cities, provinces and regions a country's record lists among its synonyms ('+KHARKIV_').

    A synonym is a place when it is none of the country's names, aliases, demonyms or capitals in
    Dyad's countries.tsv, no spelling variant of them (similarity 0.75 or more), does not contain the
    country's name, has one to three words of letters, and is no sector term; a name listed under two
    countries is left out.
    """
    import difflib
    by_name = {}
    for r in records:
        # the country the record stands for now: an undated or open-ended code of a country
        current = {c[0] for c in r.codes if c[2] is None and c[0] in hand.countries}
        if len(current) != 1:
            continue
        iso = next(iter(current))
        own = [" ".join(words_of(p)).lower() for p in r.phrases[:1]]
        own += [w for w in hand.words_of_country.get(iso, [])]
        for phrase in r.phrases[1:]:
            ws = words_of(phrase)
            name = " ".join(ws).lower()
            if not 1 <= len(ws) <= 3 or not all(re.fullmatch(r"[A-Za-z][A-Za-z'-]*", w) for w in ws):
                continue
            if name in hand.country_words or name in hand.terms or any(o and o in name for o in own):
                continue
            if any(difflib.SequenceMatcher(None, name, o).ratio() >= 0.75 for o in own if o):
                continue
            by_name.setdefault(name, set()).add(iso)
    out = []
    for name in sorted(by_name):
        isos = by_name[name]
        if len(isos) == 1:
            title = " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in name.split())
            out.append(tsv([title, next(iter(isos))]))
    return out


def write(path, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %s (%d rows)" % (os.path.relpath(path, ROOT),
                                  sum(1 for l in lines if not l.startswith("#"))))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", default=os.path.join(ROOT, "..", "shared", "dictionaries", "petrarch2"))
    ap.add_argument("--out", default=ACTORS)
    args = ap.parse_args()
    src = args.source
    if not os.path.isfile(os.path.join(src, "LICENSE")):
        sys.exit("convert.py: no PETRARCH2 dictionaries (with LICENSE) under " + src)
    hand = Hand(ACTORS)
    intl = read_actors(os.path.join(src, "Phoenix.International.actors.txt"))
    countries = read_actors(os.path.join(src, "Phoenix.Countries.actors.txt"))
    armed = read_actors(os.path.join(src, "Phoenix.MilNonState.actors.txt"))
    org_cols = ["code", "country", "sectors", "name", "aliases"]
    write(os.path.join(args.out, "international.tsv"),
          header("intergovernmental organisations, their bodies and titles that stand for them"
                 " (Phoenix.International.actors.txt)", org_cols,
                 ["IGO records only (no NGOs or companies); persons are in office-holders-petrarch2.tsv;"
                  " names the hand-written organizations.tsv holds are left out (Dyad's rows win)"])
          + organizations(intl, hand, lambda c: c.startswith("IGO")))
    write(os.path.join(args.out, "armed-groups.tsv"),
          header("armed non-state groups (Phoenix.MilNonState.actors.txt)", org_cols,
                 ["IMG codes are international militarised groups; names organizations.tsv holds are"
                  " left out (Dyad's rows win)"])
          + organizations(armed, hand, lambda c: True))
    dropped = []
    holder_cols = ["name", "aliases", "country", "sectors", "office", "start", "end"]
    people = office_holders(countries + intl, hand, dropped)
    write(os.path.join(args.out, "office-holders-petrarch2.tsv"),
          header("persons' dated offices (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt)",
                 holder_cols,
                 ["terms ending " + EARLIEST_END.isoformat() + " or later with a GOV, MIL, LEG, JUD, COP, SPY, OPP, PTY or REB"
                  " code, or an IGO code; office is always other; a term open in the source is closed on"
                  " " + SOURCE_DAY.isoformat() + ", the day the source was made",
                  "a term overlapping a term of the same person in office-holders.tsv is left out (Dyad's"
                  " facts win: %d left out); these persons are found by full name or listed alias only,"
                  " never by a bare surname" % len(dropped)])
          + people)
    write(os.path.join(args.out, "places-petrarch2.tsv"),
          header("cities, provinces and regions named as places (Phoenix.Countries.actors.txt)",
                 ["name", "country"],
                 ["the synonyms of a country's record that are not its names, variants, demonyms or"
                  " capitals; Dyad reads them only after 'in', 'at', 'near' ... as where an act happened"])
          + places(countries, hand))
    write(os.path.join(args.out, "sector-terms-petrarch2.tsv"),
          header("agent nouns Dyad's sector-terms.tsv lacks (Phoenix.agents.txt)",
                 ["term", "sector", "kind", "leader"],
                 ["only person nouns (TITLE, plural GROUP) and institution nouns (BODY) with a sector"
                  " Dyad uses; the first sector of a compound agent code"])
          + agents(os.path.join(src, "Phoenix.agents.txt"), hand))


if __name__ == "__main__":
    main()
