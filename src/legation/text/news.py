"""The parts of a page that are not its paragraphs: the date line, a wire dateline, photo captions,
credits and page furniture; and the day the report was published, read from them.

News pages as saved or excerpted carry these around the report itself. They are segments of their
own: a caption is readable, but its date is not the date of the paragraph after it, and "Read more"
or "Advertisement" is not read at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from legation.literals import Screen
from legation.periods import Period

# "date 2023-11-15 ..." opening a saved page: the day (or month) the page gives for itself.
DATE_LINE = re.compile(r"^date\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?=\s|$)\s*")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_AGENCIES = (
    r"Reuters|AP|AFP|UPI|EFE|dpa|DPA|Xinhua|TASS|IANS|PTI|ANI|Bloomberg|Anadolu|IRNA|WAM|SPA|KUNA|Yonhap"
    r"|Kyodo|Bernama|Prensa Latina|Europa Press|[A-Z][\w.]*\.(?:com|net|org)"
)
# A wire dateline: "LONDON, Nov. 30 (UPI) --", "QUITO (Reuters) -", "July. 20 (Jowhar.com)-",
# "RIYADH:", "Cape Town —". It names where (and sometimes when) the report was filed.
DATELINE = re.compile(
    rf"^(?:(?P<place>[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ.'’ -]{{1,30}}?)(?:,\s*(?P<when>{_MONTH}\.?\s+\d{{1,2}}))?"
    rf"\s*\((?:{_AGENCIES})\)"
    # "San Antonio del Táchira, Venezuela, Sept 27 (UrduPoint / ...) :": a place, its country and a day
    # say it is a dateline, whatever source the brackets name.
    rf"|(?P<place2>[A-ZÁÉÍÓÚÑ][^,()\n\d]{{1,30}}?),\s*(?:[A-Z][^,()\n\d]{{1,25}}?,\s*)?"
    rf"(?P<when2>{_MONTH}\.?\s+\d{{1,2}})\s*\([^()]{{2,80}}\)"
    rf"|(?P<month_only>{_MONTH})\.?\s+(?P<day_only>\d{{1,2}})\s*\((?:{_AGENCIES})\)"
    rf"|(?P<capsplace>[A-Z]{{3,}}(?:[ -][A-Z]{{3,}})*),\s*(?P<capswhen>{_MONTH}\.?\s+\d{{1,2}})\s*[:—–-]"
    rf"|(?P<caps>[A-Z]{{3,}}(?:[ -][A-Z]{{3,}})*):"
    rf"|(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+—)\s*\.?(?:[-–—]+|:)?\s*"
)
_MES = r"(?:ene|feb|mar|abr|may|jun|jul|ago|sept?|set|oct|nov|dic)[a-z]*"
# A Spanish dateline: "LIMA, 6 de abril de 2024.-", "Caracas, 29 jul (EFE).-", "Quito, 3 abr. —".
_AÑO = r"(?:de\s+|del\s+)?(?P<year>\d\.?\d{3})"
SPANISH_DATELINE = re.compile(
    rf"^(?P<place>[A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ.'’ -]{{1,30}}?),\s*"
    rf"(?:(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo),?\s+)?"
    rf"(?:(?P<day>\d{{1,2}})\s+(?:de\s+)?(?P<month>{_MES})\.?(?:\s+{_AÑO})?"
    rf"|(?P<month_first>{_MES})\.?\s+(?P<day_after>\d{{1,2}})(?:,?\s+{_AÑO.replace('year', 'year_after')})?"
    rf"|(?P<day_alone>\d{{1,2}})(?=\s*\())"
    rf"\s*(?:\((?:{_AGENCIES}|[A-Z][\w ]{{1,20}})\))?\s*\.?(?:[-–—]+|:|$)\s*",
    re.I,
)
# "Madrid.-", "CARACAS.—": a Spanish dateline of the place alone.
_PLACE_DOT_DASH = re.compile(r"^[A-ZÁÉÍÓÚÑ][\wÁÉÍÓÚÑáéíóúñ ]{1,30}?\.\s*[-–—]+\s*")
_MESES = {
    m: i
    for i, m in enumerate(
        ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"], start=1
    )
}
_MESES["set"] = 9
# Credits that end a photo caption: "REUTERS/Guillermo Granja", "EPA-EFE/DAVID CHANG", "| License Photo".
_CREDIT = re.compile(
    r"(?:\b[A-Z][A-Z-]{1,20}/[A-Z][\w.' -]+$|\|\s*License Photo\s*$|\bPhoto(?:graph)?:\s*\S.*$"
    r"|^\(FILE\)|^\d+ of \d+ \||\s/\s*(?:Reuters|AP|AFP|Getty Images|EPA|Xinhua|Anadolu)\s*$)"
)
_CREDIT_SCREEN = Screen([_CREDIT])
# Lines of a page that are not part of the report.
_FURNITURE = re.compile(
    r"^(?:Advertisement|Top News|Jump to content|From Wikipedia, the free encyclopedia|\[edit\]|Share"
    r"|Flag as Inappropriate|Email this Article|World Library|Read more\b.*|Related\b.*|Follow us\b.*"
    r"|Sign up\b.*|Subscribe\b.*|Listen to this article.*|\(Reporting by .*\)|\(Editing by .*\)"
    r"|By [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}|SOURCE:.*|Source:.*)\s*$",
    re.I,
)
_URL = re.compile(r"https?://\S+")
_MONTHS = {
    name: i
    for i, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1
    )
}
_CAPTION_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}}),\s+(\d{{4}})\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class Dateline:
    """Where a dateline ends in its line (at its end where it stands alone), and the day, month and
    year it gives, if any."""

    end: int
    month: int | None
    day: int | None
    year: int | None = None


def read_dateline(line: str) -> Dateline | None:
    """The wire dateline that opens a paragraph, if one does."""
    if (bare := _PLACE_DOT_DASH.match(line)) and bare.end() < len(line):
        return Dateline(bare.end(), None, None)
    if es := SPANISH_DATELINE.match(line):
        # "LIMA, 6 de abril de 2024.-", "Cúcuta, agosto 20 de 2.015.-", "MADRID, 24 (EUROPA PRESS)".
        month_word = es.group("month") or es.group("month_first")
        year = es.group("year") or es.group("year_after")
        day = es.group("day") or es.group("day_after") or es.group("day_alone")
        return Dateline(
            es.end(),
            _MESES[month_word[:3].lower()] if month_word else None,
            int(day),
            int(year.replace(".", "")) if year else None,
        )
    m = DATELINE.match(line)
    if m is None or m.end() >= len(line):
        return None
    when = (
        m.group("when")
        or m.group("when2")
        or m.group("capswhen")
        or (f"{m.group('month_only')} {m.group('day_only')}" if m.group("month_only") else None)
    )

    if when is None:
        return Dateline(m.end(), None, None)
    month_word, day = re.sub(r"\.", "", when).split()
    return Dateline(m.end(), _MONTHS[month_word[:3].lower()], int(day))


def is_caption(line: str) -> bool:
    """Whether a line is a photo caption or credit rather than a paragraph of the report."""
    stripped = line.strip()
    return _CREDIT_SCREEN.possible(stripped)[0] and bool(_CREDIT.search(stripped))


def is_furniture(line: str) -> bool:
    """Whether a line is page furniture (menus, "Advertisement", "Read more", bare links)."""
    stripped = line.strip()
    return bool(_FURNITURE.match(stripped)) or bool(_URL.fullmatch(stripped))


def date_line_period(match: re.Match[str]) -> Period:
    """The day or month a `date YYYY-MM[-DD]` line gives."""
    year, month, day = match.group(1), match.group(2), match.group(3)
    if day:
        return Period.day(date(int(year), int(month), int(day)))
    return Period.month(int(year), int(month))


def dateline_day(dateline: Dateline, years: list[int], month: Period | None = None) -> Period | None:
    """The day of a dateline: without a year ("LONDON, Nov. 30"), in the latest year the page names;
    without a month ("MADRID, 24 (EUROPA PRESS)"), in the month the page's date line gives."""
    if dateline.day is None:
        return None
    if dateline.month is None and month is not None and month.precision == "month":
        return Period.day(date(month.start.year, month.start.month, min(dateline.day, month.end.day)))
    if dateline.month is None or not (years or dateline.year):
        return None
    try:
        return Period.day(date(dateline.year or max(years), dateline.month, dateline.day))
    except ValueError:
        return None


# A full date said as this one ("se publicó este viernes 20 de agosto del 2021", "this Friday, August
# 20, 2021"): the report's own day, where the page gives no date line.
_THIS_DAY = re.compile(
    rf"\b(?:este|esta)\s+(?:(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\s+)?"
    rf"(?P<d1>\d{{1,2}})\s+de\s+(?P<m1>{_MES})\s+(?:de|del)\s+(?P<y1>\d{{4}})"
    rf"|\bthis\s+(?:[A-Z][a-z]+day,?\s+)?(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}),\s+(?P<y2>\d{{4}})",
    re.I,
)


def day_said_as_this(text: str) -> Period | None:
    """The day a report calls "this" one with its full date, the report's own; None where none is."""
    m = _THIS_DAY.search(text)
    if m is None:
        return None
    try:
        if m.group("m1"):
            return Period.day(date(int(m.group("y1")), _MESES[m.group("m1")[:3].lower()], int(m.group("d1"))))
        return Period.day(date(int(m.group("y2")), _MONTHS[m.group("m2")[:3].lower()], int(m.group("d2"))))
    except (ValueError, KeyError):
        return None


def years_named(text: str) -> list[int]:
    """The years (1800–2099) a text names anywhere."""
    return [int(y) for y in _YEAR.findall(text)]


def caption_day(caption: str) -> Period | None:
    """The last full date a caption gives ("... Lago Agrio March 3, 2008."), the day the photo was taken."""
    found = _CAPTION_DAY.findall(caption)
    if not found:
        return None
    month, day, year = found[-1]
    try:
        return Period.day(date(int(year), _MONTHS[month[:3].lower()], int(day)))
    except ValueError:
        return None


_FULL_DATE = (
    rf"(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d5>\d{{1,2}})\s+(?:de\s+)?(?P<m5>{_MES})\.?,?\s+(?:de\s+|del\s+)?(?P<y5>\d{{4}})"
    rf"|(?P<m6>{_MES})\.?\s+(?P<d6>\d{{1,2}}),?\s+(?:de\s+)?(?P<y6>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<n3>\d{2})-(?P<d3>\d{2})"
    r"|(?P<n4>\d{1,2})[/-](?P<d4>\d{1,2})[/-](?P<y4>\d{2}(?:\d{2})?))"
)
# A line that says when the page was published: a date alone ("1/23/19", "May 29, 2012"), or one after
# "published", "updated", "posted" or in a byline ("By Jane Roe | May 29, 2012").
_PUBLISHED_LINE = re.compile(
    rf"^(?:[-–—•*]\s*)?(?:.{{0,40}}?\b(?:published|updated|posted|dated?|publicado|actualizado)\b.{{0,40}}?"
    rf"|by\b[^|]{{0,60}}\|\s*|from\s+[^,]{{2,40}},\s*"
    rf"|(?:(?:[A-Z][a-z]+day|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?|lunes|martes|miércoles|jueves|viernes|sábado|domingo),?\s+)?)"
    rf"(?P<date>{_FULL_DATE})(?:[\s:,.]|$)",
    re.I,
)


def published_line(line: str) -> Period | None:
    """The day a page says it was published on, where the line is one that says so. A date of
    numbers only ("05/08/2024") is read month first, as English pages write it; see
    `day_first_reading` for pages in other languages."""
    m = _published_match(line)
    if m is None:
        return None
    try:
        if m.group("m5") or m.group("m6"):
            month = _MESES[(m.group("m5") or m.group("m6"))[:3].lower()]
            day, year = int(m.group("d5") or m.group("d6")), int(m.group("y5") or m.group("y6"))
        elif m.group("m1") or m.group("m2"):
            month = _MONTHS[(m.group("m1") or m.group("m2"))[:3].lower()]
            day = int(m.group("d1") or m.group("d2"))
            year = int(m.group("y1") or m.group("y2"))
        elif m.group("y3"):
            year, month, day = int(m.group("y3")), int(m.group("n3")), int(m.group("d3"))
        else:
            month, day, year = int(m.group("n4")), int(m.group("d4")), _full_year(m.group("y4"))
        return Period.day(date(year, month, day))
    except ValueError:
        return None


def day_first_reading(line: str) -> Period | None:
    """The day of a published line written in numbers only, read day first ("05/08/2024" is 5 August
    in a Spanish page); None for any other line."""
    m = _published_match(line)
    if m is None or not m.group("n4"):
        return None
    try:
        return Period.day(date(_full_year(m.group("y4")), int(m.group("d4")), int(m.group("n4"))))
    except ValueError:
        return None


def _full_year(written: str) -> int:
    year = int(written)
    return year + (2000 if year <= date.today().year % 100 else 1900) if year < 100 else year


def _published_match(line: str) -> re.Match[str] | None:
    """The date of a line that says when the page was published, not of a sentence opening with one."""
    stripped = line.strip()
    m = _PUBLISHED_LINE.match(stripped)
    if m is None or len(stripped.split()) > 16:
        return None
    said = re.search(
        r"\b(?:published|updated|posted|dated?|by|publicado|actualizado)\b", stripped[: m.start("date")], re.I
    )
    # "26 enero 2018 | 19:28 hrs | Proceso": what follows a bar is the page's, not a sentence's.
    rest = stripped[m.end() :].split("|")[0].split()
    if not said and (len(rest) > 3 or any(w.isalpha() and w.islower() for w in rest)):
        return None  # a date opening a sentence of the report, not a line about the page
    return m
