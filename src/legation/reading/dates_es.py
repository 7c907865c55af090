"""Dates written in Spanish: "el 29 de julio de 2024", "a finales de octubre de 2023", "este martes",
"ayer", "el jueves 25", "el 28 de los corrientes", "la década de 1990", "hace dos años".

They become the same `DateMention`s as English dates, resolved by the same rules (`dates.py`,
`report_dates.py`): a day and month without a year is the latest such day not after the report's, a
weekday the latest such day not after it.
"""

from __future__ import annotations

import re
from datetime import date

from legation.periods import Period, month_end
from legation.reading.dates import (
    FIRST_TIME_SINCE,
    NOT_UNTIL,
    DateGrammar,
    DateMention,
    Role,
    scan_dates,
    with_weekday,
)

MONTHS = {
    name: i
    for i, name in enumerate(
        [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre",
        ],
        start=1,
    )
}  # fmt: skip
MONTHS["setiembre"] = 9
# A year of the last thousand years or this century ("entre 2500 y 3000" soldados are none).
_YEAR = r"(1\d{3}|20\d{2})"
_MONTH = (
    r"(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
)
_WEEKDAY = r"(lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)"
WEEKDAYS = {
    "lunes": "monday", "martes": "tuesday", "miércoles": "wednesday", "miercoles": "wednesday",
    "jueves": "thursday", "viernes": "friday", "sábado": "saturday", "sabado": "saturday",
    "domingo": "sunday",
}  # fmt: skip
_WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAY}\s*,?\s*$", re.I)
# "a inicios de", "a mediados de", "a finales de": a part of the month or year that follows.
_PART = r"(?:a\s+|hacia\s+|desde\s+)?(inicios|principios|comienzos|mediados|finales|fines)\s+de\s+"
_PARTS = {"inicios": (1, 10), "principios": (1, 10), "comienzos": (1, 10), "mediados": (11, 20)}
_NUMBERS = {"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "diez": 10}

_ABSOLUTE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b"), "dotted"),
    (re.compile(rf"\b(\d{{1,2}})\s+de\s+{_MONTH}\s+(?:de(?:l)?\s+)?{_YEAR}\b", re.I), "dmy"),
    (re.compile(rf"\b{_PART}{_MONTH}\s+(?:de(?:l)?\s+)?{_YEAR}\b", re.I), "part_my"),
    (re.compile(rf"\b{_MONTH}\s+de(?:l)?\s+{_YEAR}\b", re.I), "my"),
    (re.compile(r"\bdécada\s+de(?:\s+los)?\s+(\d{3})0\b", re.I), "decade"),
    (re.compile(rf"\b(?:desde|entre)\s+{_YEAR}\s*(?:y|a|hasta|–|-)\s*{_YEAR}\b", re.I), "year_range"),
    (re.compile(r"\b(\d{1,2})\s+de\s+los\s+corrientes\b", re.I), "this_month_day"),
    (
        re.compile(rf"\b(\d{{1,2}})\s+de\s+{_MONTH}\s+del?\s+(?:presente\s+año|año\s+en\s+curso)\b", re.I),
        "this_year_dm",
    ),
    (re.compile(rf"\b(\d{{1,2}})\s+de\s+{_MONTH}\b(?!\s+(?:de(?:l)?\s+)?\d{{4}})", re.I), "dm"),
    (re.compile(rf"\b{_PART}{_MONTH}\b(?!\s+(?:de(?:l)?\s+)?\d{{4}})", re.I), "part_m"),
    (
        re.compile(
            rf"\b(?:en|desde|hasta|durante|este|esta)\s+{_MONTH}\b(?!\s+(?:de(?:l)?\s+)?\d{{4}})", re.I
        ),
        "m",
    ),
    (
        re.compile(r"(?<![\d,.$€#])\b(1[0-9]{3}|20[0-9]{2})\b(?![,.]\d|\s*%|\s*(?:km|kilómetros|personas))"),
        "year",
    ),
]
_RELATIVE: list[tuple[re.Pattern[str], tuple[str | int, ...]]] = [
    (
        re.compile(rf"\b(?:el\s+)?pasado\s+{_WEEKDAY}\b|\b(?:el\s+)?{_WEEKDAY}\s+pasado\b", re.I),
        ("weekday", "last"),
    ),
    (re.compile(rf"\b(?:el\s+)?próximo\s+{_WEEKDAY}\b", re.I), ("weekday", "next")),
    (re.compile(rf"\b(?:este|el|esta)\s+{_WEEKDAY}\b(?!\s+\d)", re.I), ("weekday", "recent")),
    (re.compile(rf"\b(?:el\s+)?{_WEEKDAY}\s+(\d{{1,2}})\b(?!\s+de\s+{_MONTH})", re.I), ("weekday_day",)),
    (re.compile(r"\b(?:ayer|anoche)\b", re.I), ("report", "yesterday")),
    (re.compile(r"\b(?:hoy|esta\s+(?:mañana|tarde|noche))\b", re.I), ("report", "today")),
    # "Mañana" is the next day except as a morning ("esta mañana", "por la mañana") or the future at
    # large ("el día de mañana").
    (
        re.compile(r"(?<!\bla\s)(?<!\bde\s)(?<!\besta\s)\bmañana\b(?!\s+(?:de|por))", re.I),
        ("report", "tomorrow"),
    ),
    (re.compile(r"\b(?:el\s+)?fin\s+de\s+semana(?:\s+pasado)?\b", re.I), ("report", "last_weekend")),
    (re.compile(r"\b(?:la\s+)?semana\s+pasada\b", re.I), ("report", "last_week")),
    (re.compile(r"\besta\s+semana\b", re.I), ("report", "this_week")),
    (re.compile(r"\b(?:el\s+)?mes\s+pasado\b", re.I), ("report", "last_month")),
    (re.compile(r"\beste\s+mes\b", re.I), ("report", "this_month")),
    (re.compile(r"\b(?:el\s+)?año\s+pasado\b", re.I), ("report", "last_year")),
    (re.compile(r"\beste\s+año\b", re.I), ("report", "this_year")),
    (
        re.compile(r"\bhace\s+(un|una|dos|tres|cuatro|cinco|seis|diez|\d+)\s+(año|años|mes|meses)\b", re.I),
        ("ago",),
    ),
    (re.compile(r"\bal\s+día\s+siguiente\b|\bun\s+día\s+después\b", re.I), ("shift", "day", 1)),
    (
        re.compile(r"\bese\s+(?:mismo\s+)?día\b|\bhoras\s+(?:antes|después|más\s+tarde)\b", re.I),
        ("same", "day"),
    ),
    (re.compile(r"\b(?:ese|aquel)\s+(?:mismo\s+)?año\b", re.I), ("same", "year")),
    (re.compile(r"\b(?:ese|aquel)\s+(?:mismo\s+)?mes\b", re.I), ("same", "month")),
]
_SINCE = re.compile(r"\bdesde\s+(?:el\s+|la\s+)?$", re.I)
_UNTIL = re.compile(r"\bhasta\s+(?:el\s+|la\s+)?$", re.I)
# "a partir del miércoles", "a partir de las 8 de la noche del miércoles 31": the day an act takes
# effect, which may follow the hour it starts at (but no comma: "a partir de 2020, y en 2022").
_EFFECTIVE = re.compile(r"\ba\s+partir\s+de[^.;,]{0,70}$|\bentrará\s+en\s+vigor\s+(?:el\s+)?$", re.I)
_BEFORE_YEAR = re.compile(
    r"(?:\b(?:en|de|del|desde|hasta|entre|y|o|a|durante|hacia|el|año)|[,(;:–])\s*$", re.I
)
_AFTER_YEAR = re.compile(
    r"\s*(?:[,.;:)\]'\"”»]|$|(?:y|o|a|cuando|tras|antes|después|hasta|el|la|los|las|se|que|con|en|por|para)\b)",
    re.I,
)


# "la Convención de Viena de 1961", "las elecciones de 2024": a year after "de" names an occasion, as
# "the 1961 convention" does, unless the word before is one of time ("a finales de 1992").
_NAMED_BEFORE = re.compile(r"\b[A-ZÁÉÍÓÚÑ][\w-]+\s+del?\s*$")
_OCCASION_YEAR = re.compile(r"(\w+)\s+del?\s*$")
_TIME_WORDS = frozenset(
    {
        "año", "años", "fines", "finales", "inicios", "principios", "comienzos", "mediados", "partir",
        "antes", "después", "luego", "década", "verano", "invierno", "otoño", "primavera", "mes", "meses",
        "través", "cerca", "alrededor", "hace", "dentro", "fecha", *MONTHS,
    }
)  # fmt: skip


def _role(text: str, start: int, end: int, kind: str) -> Role:
    before = text[max(0, start - 30) : start]
    if FIRST_TIME_SINCE.search(before):
        return "earlier"
    if _UNTIL.search(before):
        # "not restored until 2003", "no se restauraron hasta 2003": then, and not before.
        return "point" if NOT_UNTIL.search(text, max(0, start - 80), start) else "until"
    if _SINCE.search(before):
        return "since"
    if _EFFECTIVE.search(text, max(0, start - 90), start):
        return "effective"
    if kind == "year":
        if _NAMED_BEFORE.search(before):
            return "named"
        occasion = _OCCASION_YEAR.search(before)
        if occasion and occasion.group(1).lower() not in _TIME_WORDS:
            return "attributive"
        if not _BEFORE_YEAR.search(before) and not _AFTER_YEAR.match(text, end):
            return "attributive"
    return "point"


def _absolute(kind: str, g: tuple[str, ...]) -> tuple[Period | None, tuple[str | int, ...] | None]:
    if kind == "dotted":
        return Period.day(date(int(g[2]), int(g[1]), int(g[0]))), None
    if kind == "dmy":
        return Period.day(date(int(g[2]), MONTHS[g[1].lower()], int(g[0]))), None
    if kind == "my":
        return Period.month(int(g[1]), MONTHS[g[0].lower()]), None
    if kind == "part_my":
        year, month = int(g[2]), MONTHS[g[1].lower()]
        first, last = _PARTS.get(g[0].lower(), (15, month_end(year, month).day))
        return Period(date(year, month, first), date(year, month, last), "range"), None
    if kind == "decade":
        base = int(g[0]) * 10
        return Period.years(base, base + 9), None
    if kind == "year_range":
        return Period.years(int(g[0]), int(g[1])), None
    if kind == "this_month_day":
        return None, ("this_month_day", int(g[0]))
    if kind == "this_year_dm":
        return None, ("this_year_day", MONTHS[g[1].lower()], int(g[0]))
    if kind == "dm":
        return None, ("monthday", MONTHS[g[1].lower()], int(g[0]))
    if kind in ("m", "part_m"):
        return None, ("month", MONTHS[g[-1].lower()])
    return Period.year(int(g[0])), None


# What any Spanish date mention holds: a digit, or a word of time.
_ANY_DATE = re.compile(
    r"\d|\b(?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic|lun|mi[ée]r|jue|vie|s[áa]b|dom"
    r"|ayer|anoche|hoy|mañana|horas|siguiente|después|semana|mes|año|década|hace|día|esta|este|ese|aquel|pasado|próximo|corrientes)",
    re.I,
)


def _add_weekday(relative: tuple[str | int, ...] | None, before: str) -> tuple[str | int, ...] | None:
    return with_weekday(relative, before, _WEEKDAY_BEFORE, WEEKDAYS)


def _relative(relative: tuple[str | int, ...], m: re.Match[str]) -> tuple[str | int, ...] | None:
    kind = relative[0]
    if kind == "weekday":
        name = next(g for g in m.groups() if g)
        return (*relative, WEEKDAYS[name.lower()])
    if kind == "weekday_day":
        return ("weekday_day", int(m.group(2)))
    if kind == "ago":
        word = m.group(1).lower()
        n = int(word) if word.isdigit() else _NUMBERS.get(word, 1)
        unit = "year" if m.group(2).lower().startswith("año") else "month"
        return ("report", f"{unit}s_ago", n)
    return relative


SPANISH = DateGrammar(_ANY_DATE, _ABSOLUTE, _absolute, _role, _add_weekday, _RELATIVE, _relative)


def find_dates(text: str) -> list[DateMention]:
    """The date mentions of a Spanish sentence, in text order."""
    return scan_dates(text, SPANISH)
