"""The parts of a news page that are not its paragraphs (text/news.py), in English and in Spanish."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.periods import Period
from legation.text.documents import parse_text
from legation.text.news import day_first_reading, published_line, read_dateline


@pytest.mark.parametrize(
    ("line", "month", "day", "year"),
    [
        ("QUITO, March 4 (Reuters) - Ecuador said", 3, 4, None),
        ("LIMA, 6 de abril de 2024.- El Gobierno dijo", 4, 6, 2024),
        ("Caracas, 29 jul (EFE).- La cancillería", 7, 29, None),
        ("Madrid.- El gobierno español", None, None, None),
        ("BOGOTÁ (AFP) — El presidente", None, None, None),
    ],
)
def test_datelines_in_english_and_spanish(
    line: str, month: int | None, day: int | None, year: int | None
) -> None:
    found = read_dateline(line)
    assert found is not None
    assert (found.month, found.day, found.year) == (month, day, year)
    assert line[found.end :][:1].isupper()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("May 29, 2012", date(2012, 5, 29)),
        ("Published on 3 June 2019", date(2019, 6, 3)),
        ("26 enero 2018 | 19:28 hrs | Diario", date(2018, 1, 26)),
        ("Publicado el 5 de agosto de 2024", date(2024, 8, 5)),
        ("Lunes, 5 de agosto de 2024", date(2024, 8, 5)),
        ("sábado octubre 16, 2021", date(2021, 10, 16)),
    ],
)
def test_lines_that_say_when_a_page_was_published(line: str, expected: date) -> None:
    assert published_line(line) == Period.day(expected)


def test_a_sentence_that_opens_on_a_date_is_no_published_line() -> None:
    assert published_line("5 de agosto de 2024 fue el día en que cerraron la frontera") is None


def test_a_date_alone_at_the_foot_of_a_report_is_its_day() -> None:
    report = "".join(f"Chile y Perú firmaron el acuerdo número {i} este viernes.\n\n" for i in range(4))
    body = report + "Diario del Sur\n\nsábado octubre 16, 2021\n"
    assert parse_text(body).published == Period.day(date(2021, 10, 16))
    # Not where more of the report follows it.
    longer = body + "\n".join(f"Otro párrafo número {i} del informe." for i in range(4)) + "\n"
    assert parse_text(longer).published is None


def test_a_spanish_dateline_gives_the_report_its_day_and_is_not_read_as_a_sentence() -> None:
    doc = parse_text("CARACAS, 3 de mayo de 2023.- Venezuela cerró su embajada en Lima.\n")
    assert doc.published == Period.day(date(2023, 5, 3))
    assert doc.sentences[0].text == "Venezuela cerró su embajada en Lima."


@given(st.text(max_size=60))
def test_any_line_is_read_without_error(line: str) -> None:
    dateline = read_dateline(line)
    assert dateline is None or 0 < dateline.end < len(line)
    published_line(line)


def test_a_date_in_numbers_is_read_day_first_above_a_report_not_in_english() -> None:
    spanish = parse_text("Titular de la nota\n05/08/2024 | 4:00 pm\nEl canciller viajó a Lima el lunes.\n")
    english = parse_text("A headline here\n05/08/2024 | 4:00 pm\nThe minister flew to Lima on Monday.\n")
    only_one_way = parse_text("A headline here\n25/08/2024\nThe minister flew to Lima on Monday.\n")
    assert (str(spanish.published), str(english.published)) == ("2024-08-05", "2024-05-08")
    assert str(only_one_way.published) == "2024-08-25"
    assert day_first_reading("The 05/08/2024 meeting was long and tiring for all") is None


def test_a_published_line_may_open_on_a_short_weekday() -> None:
    assert str(published_line("Sun 9 Nov 2008, 15:11 GMT")) == "2008-11-09"
    assert str(published_line("Thu., March 3, 2011")) == "2011-03-03"


def test_a_dateline_with_a_country_and_any_source_in_brackets() -> None:
    line = "Villa Hermosa, Bolivia, Sept 27 (Some Wire / Another Desk) : Bolivia and Chile met."
    found = read_dateline(line)
    assert found is not None and (found.month, found.day) == (9, 27)
    assert line[found.end :].startswith("Bolivia and Chile")


def test_a_day_the_report_calls_this_one_is_its_day_where_no_date_line_is() -> None:
    spanish = parse_text(
        "Bolivia exigirá visa desde el 1 de mayo.\nLa norma se publicó este jueves 3 de abril de 2025.\n"
    )
    english = parse_text(
        "Chile will require visas from May 1. The rule was published this Thursday, April 3, 2025.\n"
    )
    undated = parse_text("Chile will require visas from May 1. The rule dates from April 3, 2025.\n")
    assert (str(spanish.published), str(english.published), undated.published) == (
        "2025-04-03",
        "2025-04-03",
        None,
    )
