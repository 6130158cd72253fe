#!/usr/bin/env python3
"""Derive data/lexicon/country-codes.tsv (iso3, cow_num, cow_abb, cameo).

COW codes come from the COW country-code list, matched to states.tsv by name or alias;
the few names COW spells differently are mapped by hand below (reviewed). Only COW states
still in the system at the end of the list (2016) are used, so Germany is GMY 255, not GFR.
CAMEO country codes come from the Phoenix country dictionary (petrarch2): the open-ended
three-letter code of each country block.

usage: scripts/derive-country-codes.py ../shared > data/lexicon/country-codes.tsv
"""
import csv, io, re, sys
from pathlib import Path

shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
repo = Path(__file__).resolve().parent.parent

# COW names that match no name or alias in states.tsv (reviewed by hand).
COW_NAME_TO_ISO3 = {
    "United States of America": "USA", "Antigua & Barbuda": "ATG", "St. Lucia": "LCA",
    "St. Vincent and the Grenadines": "VCT", "St. Kitts and Nevis": "KNA",
    "Czech Republic": "CZE", "Macedonia": "MKD", "Cape Verde": "CPV",
    "Sao Tome and Principe": "STP", "Ivory Coast": "CIV", "Congo": "COG",
    "Democratic Republic of the Congo": "COD", "Swaziland": "SWZ", "Gambia": "GMB",
    "Myanmar": "MMR", "East Timor": "TLS", "Federated States of Micronesia": "FSM",
    "Kosovo": "XKX", "Taiwan": "TWN", "Yugoslavia": "SRB", "Korea": None,  # Korea (730) ended 1905; COW keeps 345 YUG for Serbia
}

def states():
    rows = {}
    for line in (repo / "data/lexicon/states.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        iso, _, name, aliases, *_ = line.split("\t")
        forms = [name] + [a.strip().lstrip("~") for a in aliases.split("|") if a.strip()]
        rows[iso] = forms
    return rows

def cow_current():
    text = (shared / "data/cow-states/states2016.csv").read_text(encoding="utf-8-sig")
    alive = {}
    for r in csv.reader(io.StringIO(text.replace("\r\n", "\n"))):
        if r and r[0] != "stateabb" and r[6] == "2016":
            alive[int(r[1])] = (r[0], r[2])
    return alive

def cameo_codes():
    codes, block_has_code = set(), False
    text = (shared / "data/petrarch2/Phoenix.Countries.actors.txt").read_text(encoding="latin-1")
    for m in re.finditer(r"\[([A-Z]{3})(?:\s*>\d+)?\]", text):
        codes.add(m.group(1))
    return codes

def main():
    st = states()
    form_to_iso = {f: iso for iso, forms in st.items() for f in forms}
    cameo = cameo_codes()
    out = {}
    for num, (abb, name) in sorted(cow_current().items()):
        iso = COW_NAME_TO_ISO3.get(name, form_to_iso.get(name))
        if iso is None:
            print(f"unmatched COW state: {num} {abb} {name}", file=sys.stderr)
            continue
        out[iso] = (num, abb)
    print("# iso3\tcow_num\tcow_abb\tcameo")
    print("# COW: Correlates of War state system v2016; CAMEO: Phoenix/PETRARCH2 country codes.")
    print("# Empty cell: no code in that scheme (state not in COW 2016, or no CAMEO code).")
    for iso in sorted(st):
        num, abb = out.get(iso, ("", ""))
        cam = iso if iso in cameo else CAMEO_EXCEPTIONS.get(iso, "")
        print(f"{iso}\t{num}\t{abb}\t{cam}")

# CAMEO codes that differ from ISO3 (Phoenix uses the World Bank code for Kosovo).
CAMEO_EXCEPTIONS = {"XKX": "KSV", "TLS": "TMP"}

if __name__ == "__main__":
    main()
