"""Countries as they were on the day of the story. A 1987 report from Moscow is about the
Soviet Union, one from Belgrade in 1990 about Yugoslavia, one from Prague in 1992 about
Czechoslovakia: the contract codes states that no longer exist with their ISO 3166-3 codes,
so a place or name of today's state is read as the state that held it then.

Dates are those of the successor states' independence or of the union's end (facts, from
ISO 3166-3 and the states' own dates of independence)."""

from __future__ import annotations

# today's code -> [(first day of the state as coded today, the code before it), ...],
# latest first
_BEFORE: dict[str, list[tuple[str, str]]] = {
    # the Soviet Union ended on 26 December 1991; the Baltic states were recognised on
    # 6 September 1991
    **{iso: [("1991-12-26", "SUN")] for iso in (
        "RUS", "UKR", "BLR", "MDA", "GEO", "ARM", "AZE", "KAZ", "KGZ", "TJK", "TKM", "UZB")},
    **{iso: [("1991-09-06", "SUN")] for iso in ("LTU", "LVA", "EST")},
    # Yugoslavia: Slovenia and Croatia left on 25 June 1991, Macedonia on 8 September 1991,
    # Bosnia on 3 March 1992; Serbia and Montenegro were Yugoslavia until 4 February 2003,
    # then Serbia and Montenegro (SCG) until June 2006
    "SVN": [("1991-06-25", "YUG")],
    "HRV": [("1991-06-25", "YUG")],
    "MKD": [("1991-09-08", "YUG")],
    "BIH": [("1992-03-03", "YUG")],
    "SRB": [("2006-06-05", "SCG"), ("2003-02-04", "YUG")],
    "MNE": [("2006-06-03", "SCG"), ("2003-02-04", "YUG")],
    # Czechoslovakia split on 1 January 1993
    "CZE": [("1993-01-01", "CSK")],
    "SVK": [("1993-01-01", "CSK")],
}


def era_code(iso: str | None, published: str | None) -> str | None:
    """`iso` as the state it belonged to on `published` (YYYY-MM-DD...), else unchanged."""
    if iso is None or not published or iso not in _BEFORE:
        return iso
    day = published[:10]
    code = iso
    for since, before in _BEFORE[iso]:
        if day < since:
            code = before
    return code
