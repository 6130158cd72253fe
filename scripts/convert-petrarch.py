#!/usr/bin/env python3
"""Convert the PETRARCH2 / Phoenix dictionaries into Casus lexicon files (issue 13).

Reads ../shared/data/petrarch2/ (MIT, Open Event Data Alliance; see its SOURCES.md) and the
reviewed mapping data/lexicon/cameo-casus.tsv, and writes three generated files:

  data/lexicon/petrarch-people.tsv   leaders and officials with dated roles → the actor they speak
                                     for (same columns as people.tsv)
  data/lexicon/petrarch-offices.tsv  agent phrases ("foreign minister", "defence ministry",
                                     "spokesman") that, next to a state's name, are that state's voice
  data/lexicon/petrarch-verbs.tsv    CAMEO verbs, in their inflected forms, as tie cues (cues.tsv
                                     format) for the CAMEO codes mapped to a Casus tie type

What is kept and why (the review):
- People: only date ranges whose Phoenix code is a state's or a known organisation's government,
  military or intelligence role (sectors GOV*, MIL*, SPY*): elites out of office (ELI),
  opposition (OPP), legislators (LEG), business (BUS) do not speak for the state. Only names of
  two or more words (a lone surname or given name is too ambiguous to spot case-sensitively).
  People already in people.tsv (hand-curated, any alias) are left to it. Militant-group leaders
  come from Phoenix.MilNonState synonyms that look like a person's name (two words or more, no
  organisation word), for groups groups.tsv knows; they are undated there.
- Offices: agent phrases of government, military and intelligence sectors (plus a short Casus
  list: spokesman, officials, ...). Dropped: phrases that say nothing of speaking for a state
  (buildings, "regime", "deputy", ...; see DROP_OFFICES) and former/ex- offices.
- Verbs: a CAMEO verb block's verbs (and verbs with their own code) whose code maps to a Casus
  tie type in cameo-casus.tsv; regular forms generated as PETRARCH does; irregular forms from
  {...}. Dropped: verbs in DROP_VERBS (reviewed: too general or mostly non-political in news:
  "hit", "engage", "see", "say"...), any form that opens a cue in cues.tsv (Casus's own cue
  wins: it was written with context), and forms shorter than three letters. PETRARCH's
  syntactic patterns (the "- ..." lines) need a parse; only the simplest ("* WORD WORD",
  verb followed by literal words, the code mapped to a different Casus type than the verb)
  become cues.

usage: scripts/convert-petrarch.py [SHARED_DIR [OUT_DIR]]
       (default ../shared; writes into data/lexicon/, or OUT_DIR: the tests regenerate into a
       temporary folder and compare, so the checked-in files cannot drift from the script)
"""
import re
import sys
from collections import defaultdict
from pathlib import Path

shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
repo = Path(__file__).resolve().parent.parent
lexicon = repo / "data" / "lexicon"
source_dir = shared / "data" / "petrarch2"
out_dir = Path(sys.argv[2]) if len(sys.argv) > 2 else lexicon
SCRIPT = "scripts/convert-petrarch.py"

# ----------------------------------------------------------------------------- Casus data
def tsv_rows(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield line.split("\t")

def casus_actors():
    """id → (kind, set of names and aliases) from states.tsv and groups.tsv."""
    actors = {}
    for file in ("states.tsv", "groups.tsv"):
        for cells in tsv_rows(lexicon / file):
            names = {cells[2].strip()} | {a.strip().lstrip("~").strip() for a in (cells[3] if len(cells) > 3 else "").split("|") if a.strip()}
            actors[cells[0].strip()] = (cells[1].strip(), names)
    return actors

def cameo_country_codes():
    """CAMEO country code → Casus state id (country-codes.tsv), plus ISO3 ids themselves."""
    codes = {}
    for cells in tsv_rows(lexicon / "country-codes.tsv"):
        iso3 = cells[0].strip()
        codes[iso3] = iso3
        if len(cells) > 3 and cells[3].strip():
            codes[cells[3].strip()] = iso3
    return codes

def curated_people_names():
    names = set()
    for cells in tsv_rows(lexicon / "people.tsv"):
        names.add(cells[0].strip().lower())
        names |= {a.strip().lower() for a in cells[1].split("|") if a.strip()}
    return names

def cameo_mapping():
    """CAMEO code prefix → (tie type or None, flags)."""
    mapping = {}
    for cells in tsv_rows(lexicon / "cameo-casus.tsv"):
        if cells[0].strip() != "cameo":
            continue
        tie = cells[2].strip()
        mapping[cells[1].strip()] = (None if tie == "-" else tie, cells[3].strip() if len(cells) > 3 else "")
    return mapping

def map_code(mapping, code):
    code = code.strip()
    for length in range(len(code), 0, -1):
        if code[:length] in mapping:
            return mapping[code[:length]]
    return (None, "")

def casus_cue_first_words():
    """First words of every tie/state cue in cues.tsv and cues-*.tsv (after a leading {s}); '*'-stems kept as stems."""
    words, stems = set(), set()
    files = [lexicon / "cues.tsv"] + sorted(lexicon.glob("cues-*.tsv"))   # as the loader reads them
    for cells in (c for f in files for c in tsv_rows(f)):
        if cells[0].strip() not in ("tie", "state", "clause"):
            continue
        parts = [p for p in re.split(r"\s+", cells[2].strip()) if p and p != "{s}"]
        if not parts:
            continue
        first = parts[0].lower().replace("’", "'")
        (stems if first.endswith("*") else words).add(first.rstrip("*"))
    return words, stems

# ----------------------------------------------------------------------------- names
PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "del", "della", "di", "da", "do", "dos", "das",
             "du", "van", "von", "der", "den", "la", "le", "ter", "y", "e", "ul", "ud"}

def title_word(word, first):
    out = []
    for i, part in enumerate(word.split("-")):
        low = part.lower()
        if low in PARTICLES and not (first and i == 0 and len(word.split("-")) == 1):
            out.append(low)
        elif low.startswith("mc") and len(low) > 2:
            out.append("Mc" + low[2:].capitalize())
        elif "'" in low:
            out.append("'".join(p.capitalize() for p in low.split("'")))
        else:
            out.append(low.capitalize())
    return "-".join(out)

def phrase_name(raw):
    """'SERGEI_LAVROV_' → 'Sergei Lavrov' (None when it is not a usable name)."""
    text = raw.strip().strip("_").replace("_", " ")
    text = re.sub(r"\s+", " ", text).strip()
    if not text or re.search(r"[0-9!&{}\[\]()/]", text):
        return None
    words = text.split(" ")
    return " ".join(title_word(w, i == 0) for i, w in enumerate(words))

# ----------------------------------------------------------------------------- dates
def parse_date(text):
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):
        y, m, d = int(text[:4]), int(text[4:6]), int(text[6:])
    elif re.fullmatch(r"\d{6}", text):
        yy, m, d = int(text[:2]), int(text[2:4]), int(text[4:])
        y = 2000 + yy if yy <= 25 else 1900 + yy   # CountryInfo's two-digit years (data ends 2015)
    else:
        return None
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    d = min(d, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return f"{y:04d}-{m:02d}-{d:02d}"

def parse_restriction(body):
    """'RUSGOV >20040309' → ('RUSGOV', from, until); bare code → open range."""
    parts = body.split()
    if not parts:
        return None
    code = parts[0]
    if len(parts) == 1:
        return code, "", ""
    rng = parts[1]
    if rng.startswith(">"):
        return code, parse_date(rng[1:]) or "", ""
    if rng.startswith("<"):
        return code, "", parse_date(rng[1:]) or ""
    if "-" in rng:
        a, b = rng.split("-", 1)
        fa, fb = parse_date(a), parse_date(b)
        if fa and fb and fb < fa:
            return None
        return code, fa or "", fb or ""
    return code, "", ""

# ----------------------------------------------------------------------------- actor dictionaries
def read_actor_records(path):
    """Yields (names, restrictions, comment) per record of a TABARI/PETRARCH actor file."""
    record = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        line, _, comment = raw.partition("#")
        comment = comment.strip()
        codes = re.findall(r"\[([^\]]*)\]", line)
        head = re.sub(r"\[[^\]]*\]", " ", line)
        if raw[0] in " \t":       # a date restriction of the record above
            if record is not None:
                for c in codes:
                    r = parse_restriction(c)
                    if r: record[1].append((r, comment))
            continue
        if line.startswith("+"):
            if record is not None:
                record[0].append(head[1:].strip())
                for c in codes:
                    r = parse_restriction(c)
                    if r: record[1].append((r, comment))
            continue
        if record is not None:
            yield record
        record = ([head.strip()], [], comment)
        for c in codes:
            r = parse_restriction(c)
            if r: record[1].append((r, comment))
    if record is not None:
        yield record

SPEAKING_SECTORS = ("GOV", "MIL", "SPY")
ORG_WORDS = {"party", "front", "army", "movement", "organization", "organisation", "brigade", "brigades",
             "group", "forces", "force", "council", "jihad", "islamic", "resistance", "committee", "union",
             "league", "liberation", "revolutionary", "national", "popular", "martyrs", "militia", "the",
             "of", "and", "for", "al-qaeda", "hezbollah", "hamas", "mujahideen", "battalion", "battalions",
             "faction", "wing", "network", "alliance", "coalition", "legion", "guard", "guards", "cell"}
SECTOR_ROLE = {"GOV": "government", "MIL": "military", "SPY": "intelligence"}

def role_of(sector, comment):
    note = re.sub(r"CountryInfo\.txt|IGOrulers\.txt|NGO_Actors|\s+", " ", comment).strip(" ;#")
    base = SECTOR_ROLE.get(sector[:3], sector.lower())
    return f"{note} ({base}, Phoenix {sector})" if note else f"{base} (Phoenix {sector})"

def convert_people(actors, country_codes, curated):
    org_code_to_id = {}     # IGO/NGO/rebel Phoenix codes → Casus group id, from the records' names
    name_to_group = {}
    for actor_id, (kind, names) in actors.items():
        if kind != "state":
            for n in names:
                name_to_group[n.lower()] = actor_id
    rows = []
    stats = defaultdict(int)

    def person_rows(names, restrictions, resolve):
        clean = []
        for n in names:
            name = phrase_name(n)
            if name and name not in clean:
                clean.append(name)
        if not clean:
            return
        if any(n.lower() in curated for n in clean):
            stats["people left to people.tsv"] += 1
            return
        if len(clean[0].split()) < 2:
            stats["single-word names skipped"] += 1
            return
        aliases = [n for n in clean[1:] if len(n.split()) >= 2]
        seen = set()
        for (code, start, end), comment in restrictions:
            actor, sector = resolve(code)
            if actor is None:
                stats["roles of unknown actors"] += 1
                continue
            if not sector.startswith(SPEAKING_SECTORS):
                stats["roles not speaking for the actor (ELI, OPP, LEG, ...)"] += 1
                continue
            if end and end < "1990-01-01":
                stats["roles ended before 1990 (dropped: older than the news Casus reads)"] += 1
                continue
            key = (actor, start, end)
            if key in seen:
                continue
            seen.add(key)
            rows.append((clean[0], " | ".join(aliases), actor, role_of(sector, comment), start, end))
            stats["person roles kept"] += 1

    def resolve_country(code):
        if len(code) >= 3 and code[:3] in country_codes:
            return country_codes[code[:3]], code[3:]
        return None, ""

    def resolve_org(code):
        if code in org_code_to_id:
            # Officials of an organisation: the whole code names the organisation (IGOWSTNAT).
            return org_code_to_id[code], "GOV"
        return None, ""

    for names, restrictions, comment in read_actor_records(source_dir / "Phoenix.Countries.actors.txt"):
        if not restrictions or all(not r[0][1] and not r[0][2] and len(r[0][0]) == 3 for r in restrictions):
            continue           # a country block (name → [AFG]), not a person
        person_rows(names, restrictions, resolve_country)

    international = list(read_actor_records(source_dir / "Phoenix.International.actors.txt"))
    for names, restrictions, comment in international:
        codes = {r[0][0] for r in restrictions if not r[0][1] and not r[0][2]}
        for n in names:
            name = phrase_name(n)
            if name and len(codes) == 1 and name.lower() in name_to_group:
                org_code_to_id.setdefault(next(iter(codes)), name_to_group[name.lower()])
            # "NATO" is spelled NATO_ there; phrase_name gives "Nato", matched case-insensitively.
    for names, restrictions, comment in international:
        if any(r[0][1] or r[0][2] for r in restrictions):
            person_rows(names, [r for r in restrictions if r[0][1] or r[0][2]], resolve_org)

    for names, restrictions, comment in read_actor_records(source_dir / "Phoenix.MilNonState.actors.txt"):
        group = None
        for n in names:
            name = phrase_name(n)
            if name and name.lower() in name_to_group:
                group = name_to_group[name.lower()]
                break
        if group is None:
            continue
        for n in names[1:]:
            name = phrase_name(n)
            if not name or len(name.split()) < 2 or any(w.lower() in ORG_WORDS for w in name.split()):
                continue
            if name.lower() in curated or name.lower() in name_to_group:
                continue
            rows.append((name, "", group, "leader or member (Phoenix MilNonState, undated)", "", ""))
            stats["militant-group people kept"] += 1
    rows.sort(key=lambda r: (r[2], r[0], r[4], r[5]))
    return rows, dict(stats), org_code_to_id

# ----------------------------------------------------------------------------- agents → offices
DROP_OFFICES = {
    # buildings and places, not voices
    "diplomatic building", "diplomatic building in", "presidential palace", "embassy in", "police post",
    "police district", "prison", "state prison", "prison house",
    # too general after a demonym: "Russian deputy" is not Russia speaking
    "deputy", "regime", "administrative unit", "advisory board", "official source", "official news agency",
    "administrative body", "government employer", "government run firm", "government lawmaker",
}
# Casus additions: voices the agents file codes elsewhere (SPOKES!PERSON! is ~MED) or lacks.
CASUS_OFFICES = [("spokesman", "GOV"), ("spokeswoman", "GOV"), ("spokesperson", "GOV"), ("spokesmen", "GOV"),
                 ("official", "GOV"), ("officials", "GOV"), ("envoy", "GOV"), ("foreign ministry spokesman", "GOV"),
                 ("foreign ministry spokeswoman", "GOV"), ("defence ministry", "GOVMIL"), ("defense ministry", "GOVMIL"),
                 ("foreign office", "GOV"), ("state department", "GOV"), ("defense department", "GOVMIL")]

def expand_agent(phrase, subs):
    """One agents-file phrase → its surface forms (lower case), with plural and !SUB! expansion."""
    phrase = phrase.strip()
    irregular = None
    m = re.search(r"\{([^}]*)\}", phrase)
    if m:
        irregular = [p.strip() for p in m.group(1).split() if p.strip()]
        phrase = (phrase[:m.start()] + phrase[m.end():]).strip()
    forms = [phrase]
    for name, values in subs.items():
        forms = [f2 for f in forms for f2 in ([f.replace(f"!{name}!", v) for v in values] if f"!{name}!" in f else [f])]
    out = []
    for f in forms:
        no_plural = f.endswith("_") or irregular is not None
        f = f.strip("_").replace("_", " ").lower()
        f = re.sub(r"\s+", " ", f).strip()
        if not f:
            continue
        words = f.split(" ")
        if words[-1] == "minist":    # the agents file's stem: minister(s), ministry, ministries
            base = " ".join(words[:-1])
            out += [f"{base} {w}".strip() for w in ("minister", "ministers", "ministry", "ministries")]
            continue
        out.append(f)
        if not no_plural:
            last = words[-1]
            plural = last[:-1] + "ies" if last.endswith("y") and last[-2:-1] not in "aeiou" else (last + "es" if last.endswith(("ss", "sh", "ch", "x")) else last + "s")
            out.append(" ".join(words[:-1] + [plural]))
    for p in irregular or []:
        out.append(p.strip("_").replace("_", " ").replace("+", "").lower())
    return [o for o in out if o]

def convert_offices():
    subs = {}
    rows = {}
    stats = defaultdict(int)
    for raw in (source_dir / "Phoenix.agents.txt").read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.*)$", line)
        if m:
            subs[m.group(1)] = [v.strip() for v in m.group(2).split(",") if v.strip()]
            continue
        m = re.match(r"^(.*?)\s*\[~([A-Z]+)\]\s*$", line)
        if not m:
            continue
        phrase, sector = m.group(1), m.group(2)
        if not sector.startswith(SPEAKING_SECTORS):
            stats["agents of other sectors"] += 1
            continue
        for form in expand_agent(phrase, subs):
            form = re.sub(r"^(a|an|the) ", "", form)
            if not re.fullmatch(r"[a-z][a-z\- ]*[a-z]", form):
                stats["office forms not plain words"] += 1
                continue
            if form in DROP_OFFICES or form.startswith(("former ", "ex-", "ex ")) or form.endswith((" in", " of", " to", " for", " at")):
                stats["office forms dropped by review"] += 1
                continue
            rows.setdefault(form, (sector, "Phoenix.agents.txt"))
    for form, sector in CASUS_OFFICES:
        rows.setdefault(form, (sector, "Casus addition"))
    stats["office forms kept"] = len(rows)
    return sorted((f, s, n) for f, (s, n) in rows.items()), dict(stats)

# ----------------------------------------------------------------------------- verbs → cues
# The review. Importing every verb of every mapped block is noise: CAMEO's generic blocks (the
# codes ending in 0) hold hundreds of loosely related verbs ("abate", "increase" and "provide"
# under 060 cooperate; "collapse", "arrive" under 040 consult; "protect", "look after" under 180
# assault; "mourn", "weep" under 110 disapprove). So each Casus tie type takes the verbs listed
# here, and only those the dictionary itself holds under a CAMEO code mapped to a Casus type;
# a listed verb the dictionary lacks is reported, never written. A listed verb may carry
# literal words after it ("meet with", "wage war on"). The type is the one listed (the
# reviewed reading for news), which for most verbs is the type of the verb's own CAMEO code.
ALLOWED = {
    "contact": ["meet", "meet with", "confer", "converse", "phone", "telephone", "visit", "host", "convene",
                "negotiate", "consult", "communicate with"],
    "demand": ["urge", "appeal", "implore", "beseech", "exhort", "request", "petition", "demand", "warn", "entreat"],
    "condemnation": ["condemn", "denounce", "criticize", "criticise", "deplore", "decry", "censure", "castigate",
                     "rebuke", "lambaste", "chastise", "berate", "admonish", "reproach", "accuse", "blame",
                     "lash out at", "deride", "disparage", "pillory",
                     # second review (issue 13): verbs of scolding. Not "blast" (CAMEO files it as an explosion)
                     # nor "slam" (its first entry is CRASH, without irregular forms); "slammed" is cues-news.tsv's.
                     "reprimand", "scold", "chide"],
    "support": ["praise", "endorse", "hail", "congratulate", "salute", "commend", "applaud"],
    "alignment": ["ally", "collaborate", "cooperate", "coordinate", "side with"],
    "attack": ["attack", "ambush", "assail", "assault", "besiege", "blitz", "bomb", "bombard", "shell", "strike",
               "invade", "overrun", "raid", "massacre", "assassinate", "wage war on", "wage war against",
               "retaliate against", "shoot down",
               # second review: "pounded", "stormed" (the bare "pound", "storm" are nouns: excluded below)
               "pound", "storm"],
    "threat": ["threaten"],
    "economic_ties": ["finance", "invest in", "import from"],
    "arms_supply": ["equip"],
    "mediation": ["broker", "mediate"],
    "promise": ["pledge", "vow"],
    # "denial" (CAMEO 016 deny responsibility): a bare "deny" has no counterpart in its clause
    # ("Ankara and Baku both deny it"); the denial cues are Casus's own (cues-news.tsv).
}
# Forms that in news are mostly nouns or adjectives of something else.
EXCLUDE_FORMS = {"shell", "shells", "bombs", "arms", "armed", "strikes", "strike", "pledge", "pledges", "raids",
                 "appeals", "request", "requests", "demands", "finance", "host", "hosts", "meeting", "meetings",
                 "visits", "attacks", "striking", "demanding",
                 # adjectives more often than verbs: "allied soldiers", "negotiating team", "visiting minister"
                 "allied", "negotiating", "visiting", "assaults", "petition", "petitions", "appeal", "demand", "bomb", "attack",
                 "raid", "ally", "allies", "vow", "vows", "visit", "assault", "ambush", "blitz", "massacre",
                 "pound", "pounds", "storm", "storms"}
IRREGULAR = {"strike": ["strikes", "struck", "striking"], "shoot": ["shoots", "shot", "shooting"],
             "meet": ["meets", "met", "meeting"], "overrun": ["overruns", "overran", "overrunning"],
             "wage": ["wages", "waged", "waging"], "lash": ["lashes", "lashed", "lashing"]}

def verb_forms(word, irregular):
    word = word.lower()
    if word in IRREGULAR:
        return [word] + IRREGULAR[word]
    if irregular:
        return [word] + [f.lower() for f in irregular]
    if word.endswith("e"):
        return [word, word + "s", word + "d", word[:-1] + "ing"]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return [word, word[:-1] + "ies", word[:-1] + "ied", word + "ing"]
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return [word, word + "es", word + "ed", word + "ing"]
    forms = [word, word + "s", word + "ed", word + "ing"]
    if re.search(r"(^|[^aeiou])[aeiou][bdgklmnprt]$", word) and len(word) <= 4:
        forms += [word + word[-1] + "ed", word + word[-1] + "ing"]   # plan → planned
    return forms

def dictionary_verbs():
    """base verb (lower case, first word of a multi-word entry) → (CAMEO code, block, irregular forms)."""
    text = (source_dir / "CAMEO.verbpatterns.150430.txt").read_text(encoding="latin-1")
    body = text.split("####### VERB PATTERNS #######", 1)[1]
    verbs = {}
    block_code = block_name = None
    patterns = 0
    for raw in body.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = re.match(r"^---\s*(.*?)\s*\[([^\]]*)\]\s*---", line)
        if m:
            block_name, block_code = m.group(1).strip(), m.group(2).strip()
            continue
        if block_code is None:
            continue
        if line.startswith("-"):
            patterns += 1
            continue
        vm = re.match(r"^\s*([+A-Z][A-Z_+'\-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*$", line)
        if not vm:
            continue
        entry = vm.group(1).strip("_").replace("+", "").lower()
        irregular = [f for f in vm.group(2)[1:-1].split() if "_" not in f] if vm.group(2) else None
        code = (vm.group(3)[1:-1].strip() if vm.group(3) else block_code).split(":")[0]
        base = entry.split("_")[0]
        verbs.setdefault(base, (code, block_name, irregular))
    return verbs, patterns

def convert_verbs(mapping, first_words, first_stems):
    verbs, patterns = dictionary_verbs()
    stats = defaultdict(int)
    stats["verb entries in the dictionary"] = len(verbs)
    stats["syntactic patterns not imported (they need a parse)"] = patterns
    cues = {}
    missing = []

    def covered(form):
        first = form.split(" ")[0]
        return first in first_words or any(first.startswith(s) for s in first_stems if len(s) >= 3)

    for tie, listed in ALLOWED.items():
        for phrase in listed:
            words = phrase.split(" ")
            if words[0] not in verbs:
                missing.append(phrase)
                continue
            code, block, irregular = verbs[words[0]]
            mapped, _ = map_code(mapping, code)
            if mapped is None and code != "---":
                stats["listed verbs whose CAMEO code Casus does not map (still the reviewed type)"] += 1
            for form in verb_forms(words[0], irregular):
                cue = " ".join([form] + words[1:])
                if cue in EXCLUDE_FORMS:
                    stats["forms excluded (mostly nouns in news)"] += 1
                    continue
                if covered(cue):
                    stats["forms left to cues.tsv"] += 1
                    continue
                if cue in cues:
                    continue
                cues[cue] = (tie, "", f"CAMEO {code}: {block}")
            stats["verbs kept"] += 1
    if missing:
        print("listed verbs the dictionary lacks (not written): " + ", ".join(missing), file=sys.stderr)
    stats["listed verbs the dictionary lacks"] = len(missing)
    stats["cue forms written"] = len(cues)
    return sorted(((t, f, fl, n) for f, (t, fl, n) in cues.items()), key=lambda r: (r[0], r[1])), dict(stats)

# ----------------------------------------------------------------------------- output
def header(what, sources, stats, columns):
    lines = [f"# {what}",
             f"# GENERATED by {SCRIPT} — do not edit by hand; change the script or its review lists and rerun.",
             "# Sources: " + ", ".join(f"../shared/data/petrarch2/{s}" for s in sources) + ",",
             "#   openeventdata/petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf; licence MIT (Copyright (c) 2014",
             "#   Open Event Data Alliance; see ../shared/data/petrarch2/SOURCES.md and LICENSE.petrarch2.txt).",
             "#   Mapping: data/lexicon/cameo-casus.tsv (reviewed by hand).",
             "# Counts: " + "; ".join(f"{k}: {v}" for k, v in sorted(stats.items()))]
    lines.append("# " + "\t".join(columns))
    return "\n".join(lines) + "\n"

def write(name, head, rows):
    path = out_dir / name
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(head)
        for row in rows:
            out.write("\t".join(row) + "\n")
    print(f"wrote {path}: {len(rows)} rows", file=sys.stderr)

def main():
    if not source_dir.is_dir():
        sys.exit(f"convert-petrarch: {source_dir} not found (pass the shared directory)")
    actors = casus_actors()
    country_codes = cameo_country_codes()
    mapping = cameo_mapping()
    people, pstats, orgs = convert_people(actors, country_codes, curated_people_names())
    write("petrarch-people.tsv",
          header("People with dated roles → the actor they speak for (format: people.tsv; README.md).",
                 ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"],
                 {**pstats, "organisation codes mapped": len(orgs)}, ["name", "aliases", "actor", "role", "from", "until"]),
          people)
    offices, ostats = convert_offices()
    write("petrarch-offices.tsv",
          header("Office and agent phrases that, next to a state's name, speak for it (\"Iran's foreign minister\").",
                 ["Phoenix.agents.txt"], ostats, ["phrase", "sector", "source"]),
          offices)
    words, stems = casus_cue_first_words()
    verbs, vstats = convert_verbs(mapping, words, stems)
    write("petrarch-verbs.tsv",
          header("CAMEO verbs as tie cues (format: cues.tsv; README.md). Casus's own cues.tsv wins where both apply.",
                 ["CAMEO.verbpatterns.150430.txt"], vstats, ["kind", "value", "pattern", "flags", "notes"]),
          [("tie", t, f, fl, n) for t, f, fl, n in verbs])

if __name__ == "__main__":
    main()
