"""Spanish dates: read into the same mentions as English ones and resolved by the same rules."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legation.periods import Period
from legation.reading.dates import Anchor
from legation.reading.dates_es import find_dates
from legation.reading.dating import resolve_dates
from legation.reading.report_dates import latest_on_weekday

# 2024-04-10 was a Wednesday.
WEDNESDAY = Period.day(date(2024, 4, 10))


def dates_of(text: str, report: Period | None = WEDNESDAY) -> list[str]:
    anchor = Anchor(report, report, from_report=True) if report else Anchor()
    return [str(p) for _, p in resolve_dates(text, anchor, "es")[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El acuerdo se firmó el 29 de julio de 2024 en Lima.", ["2024-07-29"]),
        ("Se supo a finales de octubre de 2023.", ["2023-10-15..2023-10"]),
        ("Ocurrió a inicios de marzo de 2022.", ["2022-03..2022-03-10"]),
        ("Las relaciones se tensaron en la década de 1990.", ["1990..1999"]),
        ("El ministro habló este lunes con la prensa.", ["2024-04-08"]),
        ("La cancillería respondió ayer por la tarde.", ["2024-04-09"]),
        ("El embajador salió el 3 de los corrientes.", ["2024-04-03"]),
        ("El embajador salió el 28 de los corrientes.", ["2024-03-28"]),
        ("Lo anunció el jueves 4 en un comunicado.", ["2024-04-04"]),
        ("Llegó el pasado viernes a la capital.", ["2024-04-05"]),
        ("Las visitas cesaron hace dos años.", ["2022"]),
        ("El cierre se decidió el 2 de marzo.", ["2024-03-02"]),
        ("Firmaron el convenio el 12.03.2021 en Quito.", ["2021-03-12"]),
        ("El nuevo embajador llega mañana a Quito.", ["2024-04-11"]),
        ("El canciller habló esta mañana con su colega.", ["2024-04-10"]),
        ("Horas antes, el canciller había llamado a su embajador.", ["2024-04-10"]),
    ],
)
def test_spanish_dates_resolve_against_the_report(text: str, expected: list[str]) -> None:
    assert dates_of(text) == expected


def test_without_the_reports_day_a_relative_date_gives_nothing() -> None:
    assert dates_of("La cancillería respondió ayer.", report=None) == []


def test_a_year_after_de_names_an_occasion_and_a_name_names_a_thing() -> None:
    (election,) = find_dates("tras las elecciones de 2024 en el país")
    (treaty,) = find_dates("según la Convención de Viena sobre Relaciones Diplomáticas de 1961")
    (late,) = find_dates("la frontera se cerró a finales de 2015")
    assert (election.role, treaty.role) == ("attributive", "named")
    assert late.role == "point"


def test_a_start_after_an_hour_is_the_day_it_takes_effect() -> None:
    (start,) = find_dates("los vuelos cesan a partir de las ocho de la noche del viernes 2 de agosto de 2024")
    assert start.role == "effective"
    (other,) = find_dates("a partir de 2020, y en 2022 rompió relaciones")[1:]
    assert other.role == "point"


def test_a_weekday_before_a_day_and_month_tells_the_year() -> None:
    (mention,) = find_dates("informó este martes 30 de julio la decisión")
    assert mention.relative == ("monthday", 7, 30, 1)
    assert latest_on_weekday(7, 30, 1, today=date(2026, 11, 27)) == Period.day(date(2024, 7, 30))
    assert latest_on_weekday(2, 30, 1, today=date(2026, 11, 27)) is None


@given(st.text(alphabet=st.sampled_from(list("abcdeñó 0123456789,.de marzojulio")), max_size=80))
def test_any_text_gives_mentions_in_order_within_it(text: str) -> None:
    found = find_dates(text)
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(text[m.start : m.end] == m.text for m in found)


def test_a_morning_is_no_next_day() -> None:
    assert [m.text for m in find_dates("Se reunieron por la mañana y de la mañana a la noche.")] == []
