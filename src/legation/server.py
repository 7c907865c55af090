"""The HTTP API and the web page: a FastAPI app that only reads the store and calls the library.

Errors are `{"ok": false, "error": "..."}`: an unknown country is 404 (naming the closest matches),
a bad date or parameter 422, anything else the library refuses 400.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from legation import __version__
from legation.claims import to_record
from legation.countries import load_lexicon
from legation.dates import Period, parse_day
from legation.errors import DateFormatError, LegationError, QueryError, UnknownCountryError
from legation.queries import check_event_types, country_relations, pair_timeline, state_from_timeline
from legation.store import Store, StoredEvent
from legation.timeline import Interval, Timeline

STATIC = resources.files("legation").joinpath("web")
Day = Annotated[str, Query(description="a day, as YYYY-MM-DD")]


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message}, status_code=status)


def _event_json(stored: StoredEvent) -> dict[str, Any]:
    record = to_record(stored.event)
    record.update(document_id=stored.document_id, ordinal=stored.ordinal, source=stored.source)
    return record


def _interval_json(i: Interval) -> dict[str, Any]:
    kind, _, direction = i.field.partition(":")
    return {
        "field": i.field,
        "kind": kind,
        "direction": direction or None,
        "value": i.value,
        "since": i.since.isoformat() if i.since else None,
        "until": i.until.isoformat() if i.until else None,
        "certain": i.certain,
        "event": _event_json(i.event) if i.event else None,
    }


@contextmanager
def _reading(app: FastAPI) -> Iterator[Store]:
    # A DuckDB connection serves one call at a time, and FastAPI may run a dependency and its endpoint
    # in different threads: each reader gets a cursor of its own.
    with app.state.lock:
        view = Store.view(app.state.store)
    try:
        yield view
    finally:
        view.close()


def _reader(request: Request) -> Iterator[Store]:
    with _reading(request.app) as view:
        yield view


Reader = Annotated[Store, Depends(_reader)]


def create_app(db: str) -> FastAPI:
    """The app serving the store at `db` (opened read-only once; each request reads through a cursor)."""
    app = FastAPI(title="Legation", version=__version__, docs_url=None, redoc_url=None)
    lexicon = load_lexicon()
    app.state.store = Store(db, read_only=True)
    app.state.lock = threading.Lock()

    # The store is open read-only for the life of the app, so a pair's timeline never changes under it.
    @lru_cache(maxsize=4096)
    def cached_timeline(a: str, b: str) -> Timeline:
        with _reading(app) as reader:
            return pair_timeline(reader, a, b)

    def code(name: str) -> str:
        return lexicon.resolve(name)

    @app.exception_handler(UnknownCountryError)
    def _unknown(_: Request, exc: UnknownCountryError) -> JSONResponse:
        return _error(404, str(exc))

    @app.exception_handler(DateFormatError)
    @app.exception_handler(QueryError)
    def _bad_parameter(_: Request, exc: LegationError) -> JSONResponse:
        return _error(422, str(exc))

    @app.exception_handler(LegationError)
    def _refused(_: Request, exc: LegationError) -> JSONResponse:
        return _error(400, str(exc))

    @app.exception_handler(RequestValidationError)
    def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path"))
        return _error(422, f"{where}: {first.get('msg', 'invalid')}".strip(": "))

    @app.get("/api/countries")
    def countries(reader: Reader) -> list[dict[str, Any]]:
        """Every state Legation knows, with how many stored events name it."""
        counts: dict[str, int] = {}
        for a, b, n in reader.pairs():
            counts[a] = counts.get(a, 0) + n
            counts[b] = counts.get(b, 0) + n
        return [
            {"code": c.code, "name": c.name, "historical": c.historical, "events": counts.get(c.code, 0)}
            for c in sorted(lexicon.countries.values(), key=lambda c: c.name)
        ]

    @app.get("/api/pairs")
    def pairs(reader: Reader) -> list[dict[str, Any]]:
        """The pairs of states with stored events, most events first."""
        return [
            {"pair": [a, b], "names": [lexicon.name(a), lexicon.name(b)], "events": n}
            for a, b, n in reader.pairs()
        ]

    @app.get("/api/pairs/{a}/{b}/state")
    def state(
        a: str, b: str, reader: Reader, on: Annotated[str, Query(description="YYYY-MM-DD")]
    ) -> dict[str, Any]:
        """The state of the pair on a day (the evaluation's state object), with the reasons for each value."""
        return state_from_timeline(cached_timeline(code(a), code(b)), parse_day(on)).to_json(explain=True)

    @app.get("/api/pairs/{a}/{b}/timeline")
    def timeline(a: str, b: str, reader: Reader) -> dict[str, Any]:
        """Every value of the pair's state as intervals, and the events between the two."""
        result = cached_timeline(code(a), code(b))
        return {
            "pair": list(result.pair),
            "names": [lexicon.name(c) for c in result.pair],
            "intervals": [_interval_json(i) for i in result.intervals()],
            "events": [_event_json(e) for e in result.events],
            # Events the text gives no date for: kept, but not placed on the timeline.
            "undated": [_event_json(e) for e in result.undated],
        }

    @app.get("/api/events")
    def events(
        reader: Reader,
        country: str | None = None,
        pair: Annotated[str | None, Query(description="two states, 'PER,VEN'")] = None,
        type: Annotated[list[str] | None, Query()] = None,
        start: Annotated[str | None, Query(alias="from")] = None,
        end: Annotated[str | None, Query(alias="to")] = None,
        text: str | None = None,
        limit: Annotated[int, Query(ge=1, le=10000)] = 1000,
    ) -> list[dict[str, Any]]:
        """The stored events that pass the filters, like `legation events`."""
        check_event_types(type or [])
        sides = None
        if pair:
            parts = [p for p in pair.split(",") if p.strip()]
            if len(parts) != 2:
                raise QueryError("pair takes two states separated by a comma, such as PER,VEN")
            sides = (code(parts[0]), code(parts[1]))
        found = reader.events(
            pair=sides,
            country=code(country) if country else None,
            types=type or (),
            start=Period.parse(start).start if start else None,
            end=Period.parse(end).end if end else None,
            text=text,
            limit=limit,
        )
        return [_event_json(e) for e in found]

    @app.get("/api/countries/{a}/relations")
    def relations(
        a: str, reader: Reader, on: Annotated[str, Query(description="YYYY-MM-DD")]
    ) -> list[dict[str, Any]]:
        """The state on a day of every pair the state has stored events with."""
        return [s.to_json() for s in country_relations(reader, code(a), parse_day(on))]

    @app.get("/api/documents/{document_id}")
    def document(document_id: str, reader: Reader) -> Any:
        """A stored document's text, with the span of every event read from it."""
        found = reader.document_text(document_id)
        if found is None:
            return _error(
                404, f"no document {document_id!r} in the store; see /api/pairs or `legation documents`"
            )
        source, text, title = found
        spans = [
            {
                "ordinal": e.ordinal,
                "type": e.event.type,
                "date": e.event.date,
                "start": e.event.evidence.start,
                "end": e.event.evidence.end,
            }
            for e in reader.events(document=document_id)
        ]
        return {"id": document_id, "source": source, "title": title, "text": text, "evidence": spans}

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(str(STATIC.joinpath("index.html")))

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    return app
