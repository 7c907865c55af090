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
    rf"^(?:(?P<place>[A-Z][A-Za-z.'’ -]{{1,30}}?)(?:,\s*(?P<when>{_MONTH}\.?\s+\d{{1,2}}))?"
    rf"\s*\((?:{_AGENCIES})\)"
    rf"|(?P<month_only>{_MONTH})\.?\s+(?P<day_only>\d{{1,2}})\s*\((?:{_AGENCIES})\)"
    rf"|(?P<caps>[A-Z]{{3,}}(?:[ -][A-Z]{{3,}})*):"
    rf"|(?P<town>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+—)\s*(?:[-–—]+|:)?\s*"
)
# Credits that end a photo caption: "REUTERS/Guillermo Granja", "EPA-EFE/DAVID CHANG", "| License Photo".
_CREDIT = re.compile(
    r"(?:\b[A-Z][A-Z-]{1,20}/[A-Z][\w.' -]+$|\|\s*License Photo\s*$|\bPhoto(?:graph)?:\s*\S.*$"
    r"|^\(FILE\)|^\d+ of \d+ \|)"
)
# Lines of a page that are not part of the report.
_FURNITURE = re.compile(
    r"^(?:Advertisement|Top News|Jump to content|From Wikipedia, the free encyclopedia|\[edit\]|Share"
    r"|Flag as Inappropriate|Email this Article|World Library|Read more\b.*|Related\b.*|Follow us\b.*"
    r"|Sign up\b.*|Subscribe\b.*|Listen to this article.*|\(Reporting by .*\)|\(Editing by .*\))\s*$",
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
    """Where a dateline ends in its line, and the month and day it gives, if any."""

    end: int
    month: int | None
    day: int | None


def read_dateline(line: str) -> Dateline | None:
    """The wire dateline that opens a paragraph, if one does."""
    m = DATELINE.match(line)
    if m is None or m.end() >= len(line):
        return None
    when = m.group("when") or (
        f"{m.group('month_only')} {m.group('day_only')}" if m.group("month_only") else None
    )
    if when is None:
        return Dateline(m.end(), None, None)
    month_word, day = re.sub(r"\.", "", when).split()
    return Dateline(m.end(), _MONTHS[month_word[:3].lower()], int(day))


def is_caption(line: str) -> bool:
    """Whether a line is a photo caption or credit rather than a paragraph of the report."""
    return bool(_CREDIT.search(line.strip()))


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


def dateline_day(dateline: Dateline, years: list[int]) -> Period | None:
    """The day of a dateline without a year ("LONDON, Nov. 30"): in the latest year the page names."""
    if dateline.month is None or dateline.day is None or not years:
        return None
    try:
        return Period.day(date(max(years), dateline.month, dateline.day))
    except ValueError:
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
