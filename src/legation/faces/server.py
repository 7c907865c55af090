"""The HTTP API and the web page: a FastAPI app that only reads the store and calls the library.

Errors are `{"ok": false, "error": "..."}`: an unknown country is 404 (naming the closest matches),
a bad date or parameter 422, anything else the library refuses 400.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import asdict
from importlib import metadata, resources
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import WithJsonSchema
from starlette.exceptions import HTTPException as StarletteHTTPException

from legation.claims import stored_record
from legation.countries import load_lexicon
from legation.errors import DateFormatError, LegationError, QueryError, UnknownCountryError
from legation.faces.guard import Guard
from legation.faces.live import LiveStore
from legation.faces.models import (
    CountryBody,
    DocumentBody,
    EnvoysBody,
    ErrorBody,
    EventBody,
    EventTypeBody,
    FactsBody,
    PairBody,
    StateBody,
    TimelineBody,
)
from legation.faces.serving import LOOPBACK_NAMES
from legation.periods import Period, parse_day
from legation.state.envoys import envoys
from legation.state.facts import facts
from legation.state.queries import check_pair, country_relations, state_from_timeline, timeline_record
from legation.state.timeline import Timeline
from legation.store import Store
from legation.vocabulary import check_event_types, event_kinds, event_types

STATIC = resources.files("legation").joinpath("faces", "web")
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": words}
    for code, words in ((404, "an unknown country or document"), (422, "a bad date or parameter"))
}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"ok": False, "error": message}, status_code=status)


@contextmanager
def _reading(app: FastAPI) -> Iterator[Store]:
    # A DuckDB connection serves one call at a time, and FastAPI may run a dependency and its endpoint
    # in different threads: each reader gets a cursor of its own, on the snapshot of the moment.
    live: LiveStore = app.state.live
    snapshot, view = live.reader()
    try:
        yield view
    finally:
        view.close()
        del snapshot  # held until here, so that a swap does not free what this request reads


def _reader(request: Request) -> Iterator[Store]:
    with _reading(request.app) as view:
        yield view


def _timelines(request: Request) -> Callable[[str, str], Timeline]:
    live: LiveStore = request.app.state.live
    return live.current().timeline


def _code(name: str) -> str:
    return load_lexicon().resolve(name)


Reader = Annotated[Store, Depends(_reader)]
Timelines = Annotated[Callable[[str, str], Timeline], Depends(_timelines)]
# The schema lists the vocabulary; the route itself refuses an unknown type with the known ones.
EventTypeName = Annotated[str, WithJsonSchema({"type": "string", "enum": event_types()})]
Day = Annotated[str, Query(description="a day, as YYYY-MM-DD (YYYY-MM or YYYY: its first day)")]
router = APIRouter(prefix="/api", responses=ERRORS)


@router.get("/types", response_model=list[EventTypeBody])
def types() -> list[dict[str, Any]]:
    """The event types Legation reads: their words, codes, and whether they change a pair's state."""
    return [asdict(kind) for kind in event_kinds().values()]


@router.get("/countries", response_model=list[CountryBody])
def countries(reader: Reader) -> list[dict[str, Any]]:
    """Every state Legation knows, with how many stored events name it."""
    lexicon = load_lexicon()
    counts: dict[str, int] = {}
    for a, b, n in reader.pairs():
        counts[a] = counts.get(a, 0) + n
        counts[b] = counts.get(b, 0) + n
    return [
        {"code": c.code, "name": c.name, "historical": c.historical, "events": counts.get(c.code, 0)}
        for c in sorted(lexicon.countries.values(), key=lambda c: c.name)
    ]


@router.get("/pairs", response_model=list[PairBody])
def pairs(reader: Reader) -> list[dict[str, Any]]:
    """The pairs of states with stored events, most events first."""
    lexicon = load_lexicon()
    return [
        {"pair": [a, b], "names": [lexicon.name(a), lexicon.name(b)], "events": n}
        for a, b, n in reader.pairs()
    ]


@router.get("/pairs/{a}/{b}/state", response_model=StateBody, response_model_exclude_unset=True)
def state(a: str, b: str, on: Day, timelines: Timelines) -> dict[str, Any]:
    """The state of the pair on a day (the evaluation's state object), with the reasons for each value."""
    return state_from_timeline(timelines(_code(a), _code(b)), parse_day(on)).to_json(explain=True)


@router.get("/pairs/{a}/{b}/timeline", response_model=TimelineBody, response_model_exclude_unset=True)
def timeline(a: str, b: str, timelines: Timelines) -> dict[str, Any]:
    """Every value of the pair's state as intervals, and the events between the two."""
    result = timelines(_code(a), _code(b))
    return timeline_record(result, [load_lexicon().name(c) for c in result.pair])


@router.get("/events", response_model=list[EventBody], response_model_exclude_unset=True)
def events(
    reader: Reader,
    country: str | None = None,
    pair: Annotated[str | None, Query(description="two states, 'PER,VEN'")] = None,
    type: Annotated[list[EventTypeName] | None, Query(description="an event type (repeat for more)")] = None,
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
        sides = check_pair(_code(parts[0]), _code(parts[1]))
    found = reader.events(
        pair=sides,
        country=_code(country) if country else None,
        types=type or (),
        start=Period.parse(start).start if start else None,
        end=Period.parse(end).end if end else None,
        text=text,
        limit=limit,
    )
    return [stored_record(e) for e in found]


@router.get("/countries/{a}/relations", response_model=list[StateBody], response_model_exclude_unset=True)
def relations(a: str, on: Day, reader: Reader) -> list[dict[str, Any]]:
    """The state on a day of every pair the state has stored events with."""
    return [s.to_json() for s in country_relations(reader, _code(a), parse_day(on))]


OptionalDay = Annotated[
    str | None,
    Query(description="a day, as YYYY-MM-DD (default today): where memberships and missions stand"),
]


@router.get("/countries/{a}/facts", response_model=FactsBody, response_model_exclude_unset=True)
def country_facts(a: str, reader: Reader, on: OptionalDay = None) -> dict[str, Any]:
    """The state's memberships (with their dates), the migration figures naming it, and the missions
    of it or in it, each with its evidence, like `legation facts A`."""
    return facts(reader, _code(a), on=parse_day(on) if on else None).to_json()


@router.get("/pairs/{a}/{b}/facts", response_model=FactsBody, response_model_exclude_unset=True)
def pair_facts(a: str, b: str, reader: Reader, on: OptionalDay = None) -> dict[str, Any]:
    """Both states' memberships (and which they share), the migration figures between them and each
    one's missions in the other, each with its evidence, like `legation facts A B`."""
    return facts(reader, _code(a), _code(b), on=parse_day(on) if on else None).to_json()


@router.get("/pairs/{a}/{b}/envoys", response_model=EnvoysBody, response_model_exclude_unset=True)
def pair_envoys(a: str, b: str, reader: Reader) -> dict[str, Any]:
    """Each side's heads of mission in the other over time, like `legation envoys A B`."""
    return envoys(reader, _code(a), _code(b)).to_json()


@router.get("/documents/{document_id}", response_model=DocumentBody)
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


def _handle_errors(app: FastAPI) -> None:
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

    @app.exception_handler(StarletteHTTPException)
    def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            message = f"nothing at {request.url.path}; the API's routes are listed in /openapi.json"
        elif exc.status_code == 405:
            message = f"{request.method} is not answered here: the API only reads (GET or HEAD)"
        else:
            message = str(exc.detail)
        return JSONResponse({"ok": False, "error": message}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path"))
        return _error(422, f"{where}: {first.get('msg', 'invalid')}".strip(": "))


def create_app(db: str, *, hosts: tuple[str, ...] | None = LOOPBACK_NAMES) -> FastAPI:
    """The app serving the store at `db`, answering requests addressed to `hosts` (None: any).

    It reads a snapshot of the store, renewed when the file changes (see `live.py`)."""
    live = LiveStore(db)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        live.close()

    app = FastAPI(
        title="Legation",
        version=metadata.version("legation"),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.live = live
    _handle_errors(app)
    app.include_router(router)

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(str(STATIC.joinpath("index.html")))

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.add_middleware(Guard, hosts=hosts)
    return app
