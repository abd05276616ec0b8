"""Xuất dữ liệu (exports): JSON, JSON Lines, JSON Schema, SQLite and pandas, for apps.

Everything a :class:`~vn_digital_policy.corpus.Corpus` holds, or any query result,
leaves the library in a stable, documented shape:

* **JSON** (:func:`to_json`, :func:`write_json`, :func:`read_json`): a corpus is one
  object ``{"format": "vn_digital_policy.corpus", "format_version": 1,
  "library_version": ..., "articles": [...], "officials": [...], "organizations":
  [...], "resolutions": [...], "events": [...], "directives": [...], "targets":
  [...]}``; the articles hold everything extracted from each, the other lists are the
  corpus's merged views. Its JSON Schema is ``json_schema("Corpus")``. A model is its
  pydantic JSON; a list of results is a JSON array. Keys keep the models' field order;
  dates are ISO strings; enums carry their Vietnamese values; text is UTF-8, not
  escaped. Reading gives the models back exactly (``read_json(write_json(c))``).
* **JSON Lines** (:func:`to_jsonl`, :func:`write_jsonl`, :func:`read_jsonl`): one
  compact JSON object a line; a corpus gives one article a line.
* **JSON Schema** (:func:`json_schema`, :func:`json_schemas`) of every public model.
* **SQLite** (:func:`to_sqlite`, :func:`read_sqlite`), with the standard library only,
  written atomically (a temporary file in the same folder, then renamed: a reader
  never sees a half-written database). The tables:

  =======================  =================================================================
  ``meta``                 ``key``/``value``: ``format``, ``schema_version``, ``library_version``
  ``articles``             one row an article: metadata, ``text``, and ``json`` (the whole
                           :class:`~vn_digital_policy.models.Article`, for exact reloading)
  ``officials``            one row a person (merged): ``name``, ``name_folded``, ``honorifics``
  ``positions``            every title observed: ``official_id``, ``title``, ``title_folded``,
                           ``role``, ``organization_id``, ``observed``, ``article_id``, ``span_id``
  ``organizations``        bodies named in positions
  ``article_officials``    which article mentions which official
  ``resolutions``          one row a document (merged): ``kind``, ``code`` and its parts,
                           ``name``, ``title``, ``issuer``, ``date``, ``label``
  ``article_resolutions``  which article mentions which document
  ``events``               ``article_id``, ``kind``, ``name``, ``date``, ``location``,
                           ``format`` ...
  ``event_participants``   ``event_id``, ``role`` (``chair``, ``participant``, ``organiser``),
                           ``name``, ``official_id`` (when the name is a known official)
  ``connection_points``    remote sites of an event
  ``directives``           ``article_id``, ``issuer``, ``issuer_id``, ``verb``, ``content``,
                           ``label``, ``count``, ``count_mismatch``
  ``directive_items``      the items of a labelled set, in order
  ``targets``              ``article_id``, ``kind``, ``text``, ``value``, ``unit``, ``year`` ...
  ``spans``                all evidence: ``article_id``, ``entity_type``, ``entity_id``,
                           ``role`` (``mention``, ``position``, ``connection_point``,
                           ``evidence``, ``item``), ``start``, ``end``, ``text``
  =======================  =================================================================

  Dates are ISO text, enums their Vietnamese values, lists of strings JSON arrays.
  Foreign keys are declared (SQLite enforces them only on connections that run
  ``PRAGMA foreign_keys = ON``) and checked when writing; the usual join columns are
  indexed. ``substr(articles.text, spans.start + 1, spans."end" - spans.start)``
  equals ``spans.text``. The full DDL is :data:`SQLITE_SCHEMA`.
* **pandas** (:func:`to_dataframes`, :func:`to_dataframe`), an optional extra
  (``pip install vn-digital-policy[pandas]``): one DataFrame per table above, or one
  for a list of results.

>>> from vn_digital_policy.models import Span
>>> print(to_json(Span.of("Hà Nội", 0, 6), indent=None))
{"start":0,"end":6,"text":"Hà Nội","article_id":null}
>>> sorted(json_schemas())[:3]
['Article', 'ConnectionPoint', 'Corpus']
"""

from __future__ import annotations

import difflib
import importlib
import json
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any, ClassVar, Literal, TypeVar

import attrs
import pydantic
from pydantic import BaseModel, ConfigDict, Field

from vn_digital_policy._version import __version__
from vn_digital_policy.corpus import Corpus
from vn_digital_policy.errors import ExportError, MissingDependencyError
from vn_digital_policy.ids import official_id
from vn_digital_policy.models import (
    Article,
    ConnectionPoint,
    Directive,
    DirectiveItem,
    Event,
    Official,
    Organization,
    Position,
    Resolution,
    Span,
    Target,
)
from vn_digital_policy.query import ResultSet, SearchHit
from vn_digital_policy.text import fold

__all__ = [
    "CORPUS_FORMAT",
    "CORPUS_FORMAT_VERSION",
    "SQLITE_SCHEMA",
    "SQLITE_SCHEMA_VERSION",
    "CorpusDocument",
    "json_schema",
    "json_schemas",
    "read_json",
    "read_jsonl",
    "read_sqlite",
    "to_dataframe",
    "to_dataframes",
    "to_json",
    "to_jsonl",
    "to_sqlite",
    "write_json",
    "write_jsonl",
]

#: The ``format`` of a corpus JSON document.
CORPUS_FORMAT: Literal["vn_digital_policy.corpus"] = "vn_digital_policy.corpus"
#: The version of the corpus JSON document format.
CORPUS_FORMAT_VERSION = 1
SQLITE_FORMAT = "vn_digital_policy.sqlite"
#: The version of the SQLite schema (:data:`SQLITE_SCHEMA`), in the ``meta`` table.
SQLITE_SCHEMA_VERSION = 1

M = TypeVar("M", bound=BaseModel)


class CorpusDocument(BaseModel):
    """The JSON document of a whole corpus: its articles and its merged views.

    >>> CorpusDocument.model_json_schema()["title"]
    'Corpus'
    """

    model_config: ClassVar[ConfigDict] = ConfigDict(
        frozen=True, extra="forbid", strict=True, title="Corpus"
    )

    format: Literal["vn_digital_policy.corpus"] = Field(
        default=CORPUS_FORMAT, description="Always 'vn_digital_policy.corpus'."
    )
    format_version: int = Field(default=CORPUS_FORMAT_VERSION, description="Format version.")
    library_version: str = Field(default=__version__, description="Version that wrote it.")
    articles: tuple[Article, ...] = Field(default=(), description="Articles, with entities.")
    officials: tuple[Official, ...] = Field(default=(), description="Merged officials.")
    organizations: tuple[Organization, ...] = Field(default=(), description="Bodies.")
    resolutions: tuple[Resolution, ...] = Field(default=(), description="Merged documents.")
    events: tuple[Event, ...] = Field(default=(), description="Events, in date order.")
    directives: tuple[Directive, ...] = Field(default=(), description="Directives.")
    targets: tuple[Target, ...] = Field(default=(), description="Targets.")

    @classmethod
    def of(cls, corpus: Corpus) -> CorpusDocument:
        """The document of ``corpus``.

        >>> CorpusDocument.of(Corpus([])).format_version
        1
        """
        return cls(
            articles=corpus.articles,
            officials=tuple(corpus.officials),
            organizations=tuple(corpus.organizations),
            resolutions=tuple(corpus.resolutions),
            events=tuple(corpus.events),
            directives=tuple(corpus.directives),
            targets=tuple(corpus.targets),
        )


# --------------------------------------------------------------------------------------
# JSON and JSON Lines


def _jsonable(item: object) -> Any:  # noqa: ANN401 - JSON data
    if isinstance(item, BaseModel):
        return json.loads(item.model_dump_json())
    if isinstance(item, SearchHit):
        return item.to_dict()
    msg = f"cannot export {type(item).__name__} objects as JSON"
    raise ExportError(msg)


def _compact(item: object) -> str:
    if isinstance(item, BaseModel):
        return item.model_dump_json()
    return json.dumps(_jsonable(item), ensure_ascii=False, separators=(",", ":"))


def to_json(obj: object, *, indent: int | None = 2) -> str:
    """Serialise a corpus, a model, a search hit, or a list of them, as JSON text.

    A :class:`~vn_digital_policy.corpus.Corpus` gives a :class:`CorpusDocument`; a
    model its pydantic JSON; an iterable a JSON array.

    Raises:
        ExportError: ``obj`` (or an item) is not something this library exports.

    >>> from vn_digital_policy.models import Official
    >>> print(to_json([Official(id="official:x", name="Lê Thành Long")]))
    [
      {
        "id": "official:x",
        "name": "Lê Thành Long",
        "honorifics": [],
        "positions": [],
        "mentions": []
      }
    ]
    """
    if isinstance(obj, Corpus):
        return CorpusDocument.of(obj).model_dump_json(indent=indent)
    if isinstance(obj, BaseModel):
        return obj.model_dump_json(indent=indent)
    if isinstance(obj, SearchHit):
        return json.dumps(obj.to_dict(), ensure_ascii=False, indent=indent)
    if isinstance(obj, Iterable) and not isinstance(obj, str | bytes):
        return json.dumps([_jsonable(item) for item in obj], ensure_ascii=False, indent=indent)
    msg = f"cannot export {type(obj).__name__} objects as JSON"
    raise ExportError(msg)


def _lines(items: object) -> Iterator[str]:
    if isinstance(items, Corpus):
        items = items.articles
    if isinstance(items, BaseModel | SearchHit):
        items = (items,)
    if not isinstance(items, Iterable) or isinstance(items, str | bytes):
        msg = f"cannot export {type(items).__name__} objects as JSON Lines"
        raise ExportError(msg)
    for item in items:
        yield _compact(item)


def to_jsonl(items: object) -> str:
    """Serialise a corpus (one article a line), a list of results, or one model, as JSON Lines.

    Every line is one compact JSON object; the text ends with a newline unless empty.

    Raises:
        ExportError: an item is not something this library exports.

    >>> from vn_digital_policy.models import Span
    >>> print(to_jsonl([Span.of("ab", 0, 1), Span.of("ab", 1, 2)]), end="")
    {"start":0,"end":1,"text":"a","article_id":null}
    {"start":1,"end":2,"text":"b","article_id":null}
    """
    lines = list(_lines(items))
    return "".join(line + "\n" for line in lines)


def _temporary_beside(target: Path) -> Path:
    folder = target.parent
    if not folder.is_dir():
        msg = f"{folder}: no such folder"
        raise ExportError(msg)
    if target.is_dir():
        msg = f"{target}: is a folder"
        raise ExportError(msg)
    return folder / f".{target.name}.{secrets.token_hex(6)}.tmp"


def _sync(path: Path) -> None:
    """Flush a finished file to disk before it is renamed into place."""
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _write_atomically(path: str | os.PathLike[str], write: Callable[[Path], None]) -> Path:
    """Write through ``write(temporary)`` then rename over ``path``; clean up on failure."""
    target = Path(path)
    temporary = _temporary_beside(target)
    try:
        write(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def _write_text(path: str | os.PathLike[str], text: str) -> Path:
    def write(temporary: Path) -> None:
        try:
            with temporary.open("x", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
        except OSError as exc:
            msg = f"{path}: cannot write: {exc.strerror or exc}"
            raise ExportError(msg) from exc

    return _write_atomically(path, write)


def write_json(obj: object, path: str | os.PathLike[str], *, indent: int | None = 2) -> Path:
    """Write :func:`to_json` of ``obj`` to ``path``, atomically; return the path.

    Raises:
        ExportError: the folder is missing or not writable, or ``obj`` is not exportable.
    """
    return _write_text(path, to_json(obj, indent=indent) + "\n")


def write_jsonl(items: object, path_or_file: str | os.PathLike[str] | IO[str]) -> int:
    """Write :func:`to_jsonl` of ``items`` to a path (atomically) or an open text file.

    Returns:
        The number of lines written.

    Raises:
        ExportError: the folder is missing or not writable, or an item is not exportable.

    >>> import io
    >>> from vn_digital_policy.models import Span
    >>> write_jsonl([Span.of("ab", 0, 1)], io.StringIO())
    1
    """
    lines = list(_lines(items))
    text = "".join(line + "\n" for line in lines)
    if isinstance(path_or_file, str | os.PathLike):
        _write_text(path_or_file, text)
    else:
        path_or_file.write(text)
    return len(lines)


def _read_source(source: str | os.PathLike[str] | IO[str]) -> tuple[str, str]:
    """The text of a path or an open file, and a name for messages."""
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            msg = f"{path}: cannot read: {exc.strerror or exc}"
            raise ExportError(msg) from exc
        try:
            return data.decode("utf-8-sig"), str(path)
        except UnicodeDecodeError as exc:
            msg = f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
            raise ExportError(msg) from exc
    return source.read(), str(getattr(source, "name", "<stream>"))


def _first_error(exc: pydantic.ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"]) or "value"
    return f"{where}: {error['msg']}"


def read_jsonl(source: str | os.PathLike[str] | IO[str], model: type[M] | str) -> ResultSet[Any]:
    r"""Read JSON Lines of one model (a class, or a name such as ``"Official"``).

    Blank lines are skipped.

    Raises:
        ExportError: the file cannot be read, or a line is not a valid ``model``
            (the message gives the line number).

    >>> import io
    >>> read_jsonl(io.StringIO('{"start": 0, "end": 1, "text": "a"}\n'), "Span")[0].text
    'a'
    """
    cls = _model(model) if isinstance(model, str) else model
    text, name = _read_source(source)
    out: list[BaseModel] = []
    # Only "\n" ends a line: JSON leaves U+2028, U+0085 ... raw inside strings.
    for number, raw_line in enumerate(text.split("\n"), start=1):
        line = raw_line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            out.append(cls.model_validate_json(line))
        except pydantic.ValidationError as exc:
            msg = f"{name}:{number}: not a valid {cls.__name__}: {_first_error(exc)}"
            raise ExportError(msg) from exc
    return ResultSet(out)


def read_json(source: str | os.PathLike[str] | IO[str]) -> Corpus:
    """Read a corpus back from :func:`to_json` output (or a JSON array of articles).

    The merged views are recomputed from the articles.

    Raises:
        ExportError: the file cannot be read or is not a corpus document.

    >>> import io
    >>> read_json(io.StringIO(to_json(Corpus([])))).articles
    ()
    """
    text, name = _read_source(source)
    try:
        if text.lstrip().startswith("["):
            articles = pydantic.TypeAdapter(tuple[Article, ...]).validate_json(text)
            return Corpus(articles)
        return Corpus(CorpusDocument.model_validate_json(text).articles)
    except pydantic.ValidationError as exc:
        msg = f"{name}: not a {CORPUS_FORMAT} document: {_first_error(exc)}"
        raise ExportError(msg) from exc


# --------------------------------------------------------------------------------------
# JSON Schema

_MODELS: dict[str, type[BaseModel]] = {
    "Article": Article,
    "ConnectionPoint": ConnectionPoint,
    "Corpus": CorpusDocument,
    "Directive": Directive,
    "DirectiveItem": DirectiveItem,
    "Event": Event,
    "Official": Official,
    "Organization": Organization,
    "Position": Position,
    "Resolution": Resolution,
    "Span": Span,
    "Target": Target,
}


def _model_key(name: str) -> str:
    return "".join(char for char in name.lower() if char.isalnum())


def _model(name: str) -> type[BaseModel]:
    """The public model called ``name`` (any case, singular or plural, with or without _)."""
    keys = {_model_key(model_name): cls for model_name, cls in _MODELS.items()}
    key = _model_key(name)
    for candidate in (key, key.removesuffix("s"), key.removesuffix("es")):
        if candidate in keys:
            return keys[candidate]
    close = difflib.get_close_matches(name, list(_MODELS), n=3, cutoff=0.5)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    shown = name if len(name) <= 40 else name[:37] + "..."
    msg = f"unknown model {shown!r}{hint}; models: {', '.join(_MODELS)}"
    raise ExportError(msg)


def json_schema(
    model: str | type[BaseModel],
    *,
    mode: Literal["validation", "serialization"] = "serialization",
) -> dict[str, Any]:
    """The JSON Schema of a public model, by class or by name (``"official"``, ``"Targets"``).

    Raises:
        ExportError: no public model has that name.

    >>> json_schema("official")["title"]
    'Official'
    >>> json_schema("Corpus")["properties"]["format"]["const"]
    'vn_digital_policy.corpus'
    """
    cls = _model(model) if isinstance(model, str) else model
    return cls.model_json_schema(mode=mode)


def json_schemas(
    *, mode: Literal["validation", "serialization"] = "serialization"
) -> dict[str, dict[str, Any]]:
    """The JSON Schema of every public model (and of the corpus document), by name.

    >>> "Target" in json_schemas()
    True
    """
    return {name: cls.model_json_schema(mode=mode) for name, cls in _MODELS.items()}


# --------------------------------------------------------------------------------------
# Tables: SQLite and pandas

#: The DDL of the SQLite export (schema version :data:`SQLITE_SCHEMA_VERSION`).
SQLITE_SCHEMA = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE articles (
    id              TEXT PRIMARY KEY,
    title           TEXT,
    published       TEXT,             -- ISO date
    published_basis TEXT,
    publisher       TEXT,
    authors         TEXT NOT NULL,    -- JSON array of strings
    url             TEXT,
    file            TEXT,
    text            TEXT NOT NULL,
    json            TEXT NOT NULL     -- the whole Article, as JSON
);
CREATE TABLE organizations (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    abbreviation TEXT
);
CREATE TABLE officials (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,        -- lower case, no diacritics: 'pham minh chinh'
    honorifics  TEXT NOT NULL         -- JSON array of strings
);
CREATE TABLE article_officials (
    article_id  TEXT NOT NULL REFERENCES articles(id),
    official_id TEXT NOT NULL REFERENCES officials(id),
    PRIMARY KEY (article_id, official_id)
);
CREATE TABLE spans (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id),
    entity_type TEXT NOT NULL,        -- official, resolution, event, directive, target
    entity_id   TEXT NOT NULL,
    role        TEXT NOT NULL,        -- mention, position, connection_point, evidence, item
    start       INTEGER NOT NULL,     -- character offsets into articles.text
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    CHECK (start <= "end")
);
CREATE TABLE positions (
    id              INTEGER PRIMARY KEY,
    official_id     TEXT NOT NULL REFERENCES officials(id),
    ordinal         INTEGER NOT NULL,
    title           TEXT NOT NULL,
    title_folded    TEXT NOT NULL,
    role            TEXT,
    organization_id TEXT REFERENCES organizations(id),
    observed        TEXT,             -- ISO date the article attests it
    article_id      TEXT REFERENCES articles(id),
    span_id         INTEGER REFERENCES spans(id)
);
CREATE TABLE resolutions (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,        -- 'nghị quyết', 'quyết định', 'đề án' ...
    code        TEXT,                 -- canonical: '57-NQ/TW'
    code_number TEXT,
    code_year   INTEGER,
    code_type   TEXT,
    code_issuer TEXT,
    name        TEXT,
    title       TEXT,
    issuer      TEXT,
    date        TEXT,
    label       TEXT NOT NULL
);
CREATE TABLE article_resolutions (
    article_id    TEXT NOT NULL REFERENCES articles(id),
    resolution_id TEXT NOT NULL REFERENCES resolutions(id),
    PRIMARY KEY (article_id, resolution_id)
);
CREATE TABLE events (
    id          TEXT PRIMARY KEY,
    article_id  TEXT NOT NULL REFERENCES articles(id),
    kind        TEXT NOT NULL,        -- 'hội nghị', 'diễn đàn' ...
    name        TEXT,
    edition     INTEGER,
    theme       TEXT,
    date        TEXT,
    part_of_day TEXT,
    location    TEXT,
    format      TEXT,
    is_main     INTEGER NOT NULL      -- 0 or 1
);
CREATE TABLE event_participants (
    id          INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL REFERENCES events(id),
    role        TEXT NOT NULL CHECK (role IN ('chair', 'participant', 'organiser')),
    ordinal     INTEGER NOT NULL,
    name        TEXT NOT NULL,
    official_id TEXT REFERENCES officials(id)
);
CREATE TABLE connection_points (
    id          INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL REFERENCES events(id),
    ordinal     INTEGER NOT NULL,
    count       INTEGER,
    description TEXT NOT NULL,
    span_id     INTEGER REFERENCES spans(id)
);
CREATE TABLE directives (
    id             TEXT PRIMARY KEY,
    article_id     TEXT NOT NULL REFERENCES articles(id),
    issuer         TEXT,
    issuer_id      TEXT REFERENCES officials(id),
    verb           TEXT,
    addressees     TEXT NOT NULL,     -- JSON array of strings
    content        TEXT NOT NULL,
    label          TEXT,
    count          INTEGER,
    count_mismatch INTEGER NOT NULL   -- 0 or 1
);
CREATE TABLE directive_items (
    id           INTEGER PRIMARY KEY,
    directive_id TEXT NOT NULL REFERENCES directives(id),
    ordinal      INTEGER NOT NULL,
    text         TEXT NOT NULL,
    span_id      INTEGER REFERENCES spans(id)
);
CREATE TABLE targets (
    id         TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    value      REAL,                  -- the low end of a range
    value_max  REAL,                  -- the high end of a range
    unit       TEXT,
    qualifier  TEXT,
    year       INTEGER,
    start_year INTEGER,
    horizon    TEXT,
    subject    TEXT,
    source_id  TEXT                   -- a resolution, directive or event id
);
CREATE INDEX spans_article ON spans(article_id);
CREATE INDEX spans_entity ON spans(entity_type, entity_id);
CREATE INDEX officials_name ON officials(name_folded);
CREATE INDEX article_officials_official ON article_officials(official_id);
CREATE INDEX positions_official ON positions(official_id);
CREATE INDEX positions_title ON positions(title_folded);
CREATE INDEX positions_article ON positions(article_id);
CREATE INDEX resolutions_code ON resolutions(code);
CREATE INDEX resolutions_kind ON resolutions(kind);
CREATE INDEX article_resolutions_resolution ON article_resolutions(resolution_id);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_kind ON events(kind);
CREATE INDEX event_participants_event ON event_participants(event_id);
CREATE INDEX event_participants_official ON event_participants(official_id);
CREATE INDEX connection_points_event ON connection_points(event_id);
CREATE INDEX directives_article ON directives(article_id);
CREATE INDEX directives_issuer ON directives(issuer_id);
CREATE INDEX directive_items_directive ON directive_items(directive_id);
CREATE INDEX targets_article ON targets(article_id);
CREATE INDEX targets_year ON targets(year);
"""

_Row = tuple[Any, ...]


@attrs.define(slots=True)
class _Table:
    columns: tuple[str, ...]
    rows: list[_Row] = attrs.field(factory=list)


def _iso(value: Any) -> str | None:  # noqa: ANN401 - a date or None
    return None if value is None else str(value.isoformat())


def _enum(value: Any) -> str | None:  # noqa: ANN401 - an enum member or None
    return None if value is None else str(value.value)


def _json_list(values: Iterable[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "id",
        "title",
        "published",
        "published_basis",
        "publisher",
        "authors",
        "url",
        "file",
        "text",
        "json",
    ),
    "organizations": ("id", "name", "abbreviation"),
    "officials": ("id", "name", "name_folded", "honorifics"),
    "article_officials": ("article_id", "official_id"),
    "spans": ("id", "article_id", "entity_type", "entity_id", "role", "start", "end", "text"),
    "positions": (
        "id",
        "official_id",
        "ordinal",
        "title",
        "title_folded",
        "role",
        "organization_id",
        "observed",
        "article_id",
        "span_id",
    ),
    "resolutions": (
        "id",
        "kind",
        "code",
        "code_number",
        "code_year",
        "code_type",
        "code_issuer",
        "name",
        "title",
        "issuer",
        "date",
        "label",
    ),
    "article_resolutions": ("article_id", "resolution_id"),
    "events": (
        "id",
        "article_id",
        "kind",
        "name",
        "edition",
        "theme",
        "date",
        "part_of_day",
        "location",
        "format",
        "is_main",
    ),
    "event_participants": ("id", "event_id", "role", "ordinal", "name", "official_id"),
    "connection_points": ("id", "event_id", "ordinal", "count", "description", "span_id"),
    "directives": (
        "id",
        "article_id",
        "issuer",
        "issuer_id",
        "verb",
        "addressees",
        "content",
        "label",
        "count",
        "count_mismatch",
    ),
    "directive_items": ("id", "directive_id", "ordinal", "text", "span_id"),
    "targets": (
        "id",
        "article_id",
        "kind",
        "text",
        "value",
        "value_max",
        "unit",
        "qualifier",
        "year",
        "start_year",
        "horizon",
        "subject",
        "source_id",
    ),
}


class _TableBuilder:
    """Flattens a corpus into the rows of the relational tables."""

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.tables = {name: _Table(columns) for name, columns in _COLUMNS.items()}
        self.article_ids = {article.id for article in corpus}
        self.official_ids = {official.id for official in corpus.officials}

    def add(self, table: str, *row: Any) -> int:  # noqa: ANN401 - SQL values
        rows = self.tables[table].rows
        rows.append(row)
        return len(rows)

    def span(self, span: Span, entity_type: str, entity_id: str, role: str) -> int | None:
        if span.article_id not in self.article_ids:
            return None  # evidence of an article this corpus does not hold
        number = len(self.tables["spans"].rows) + 1
        self.add(
            "spans", number, span.article_id, entity_type, entity_id, role, span.start, span.end,
            span.text,
        )  # fmt: skip
        return number

    def article_of(self, entity: Event | Directive | Target) -> str:
        return self.corpus.articles_of(entity)[0].id

    def known_official(self, name: str | None, given_id: str | None = None) -> str | None:
        if given_id in self.official_ids:
            return given_id
        if name:
            candidate = official_id(name)
            if candidate in self.official_ids:
                return candidate
        return None

    def build(self) -> dict[str, _Table]:
        for article in self.corpus:
            self.add(
                "articles", article.id, article.title, _iso(article.published),
                article.published_basis, article.publisher, _json_list(article.authors),
                article.url, article.file, article.text, article.model_dump_json(),
            )  # fmt: skip
        for org in self.corpus.organizations:
            self.add("organizations", org.id, org.name, org.abbreviation)
        self._officials()
        self._resolutions()
        self._events()
        self._directives()
        self._targets()
        return self.tables

    def _officials(self) -> None:
        for official in self.corpus.officials:
            self.add(
                "officials", official.id, official.name, fold(official.name),
                _json_list(official.honorifics),
            )  # fmt: skip
            for article in self.corpus.articles_of(official):
                self.add("article_officials", article.id, official.id)
            for span in official.mentions:
                self.span(span, "official", official.id, "mention")
            for ordinal, position in enumerate(official.positions):
                span_id = (
                    None
                    if position.evidence is None
                    else self.span(position.evidence, "official", official.id, "position")
                )
                article_id = (
                    position.article_id if position.article_id in self.article_ids else None
                )
                org_id = None if position.organization is None else position.organization.id
                self.add(
                    "positions", len(self.tables["positions"].rows) + 1, official.id, ordinal,
                    position.title, fold(position.title), position.role, org_id,
                    _iso(position.observed), article_id, span_id,
                )  # fmt: skip

    def _resolutions(self) -> None:
        for doc in self.corpus.resolutions:
            code = doc.code
            self.add(
                "resolutions", doc.id, doc.kind.value, None if code is None else str(code),
                None if code is None else code.number, None if code is None else code.year,
                None if code is None else code.type, None if code is None else code.issuer,
                doc.name, doc.title, doc.issuer, _iso(doc.date), doc.label,
            )  # fmt: skip
            for article in self.corpus.articles_of(doc):
                self.add("article_resolutions", article.id, doc.id)
            for span in doc.mentions:
                self.span(span, "resolution", doc.id, "mention")

    def _events(self) -> None:
        for event in self.corpus.events:
            self.add(
                "events", event.id, self.article_of(event), event.kind.value, event.name,
                event.edition, event.theme, _iso(event.date), _enum(event.part_of_day),
                event.location, _enum(event.format), int(event.is_main),
            )  # fmt: skip
            for span in event.mentions:
                self.span(span, "event", event.id, "mention")
            for role, names in (
                ("chair", event.chairs),
                ("participant", event.participants),
                ("organiser", event.organisers),
            ):
                for ordinal, name in enumerate(names):
                    official = None if role == "organiser" else self.known_official(name)
                    self.add(
                        "event_participants", len(self.tables["event_participants"].rows) + 1,
                        event.id, role, ordinal, name, official,
                    )  # fmt: skip
            for ordinal, point in enumerate(event.connection_points):
                span_id = (
                    None
                    if point.evidence is None
                    else self.span(point.evidence, "event", event.id, "connection_point")
                )
                self.add(
                    "connection_points", len(self.tables["connection_points"].rows) + 1,
                    event.id, ordinal, point.count, point.description, span_id,
                )  # fmt: skip

    def _directives(self) -> None:
        for directive in self.corpus.directives:
            self.add(
                "directives", directive.id, self.article_of(directive), directive.issuer,
                self.known_official(directive.issuer, directive.issuer_id),
                _enum(directive.verb), _json_list(directive.addressees), directive.content,
                directive.label, directive.count, int(directive.count_mismatch),
            )  # fmt: skip
            for span in directive.evidence:
                self.span(span, "directive", directive.id, "evidence")
            for ordinal, item in enumerate(directive.items):
                span_id = self.span(item.evidence, "directive", directive.id, "item")
                self.add(
                    "directive_items", len(self.tables["directive_items"].rows) + 1,
                    directive.id, ordinal, item.text, span_id,
                )  # fmt: skip

    def _targets(self) -> None:
        for target in self.corpus.targets:
            self.add(
                "targets", target.id, self.article_of(target), target.kind.value, target.text,
                target.value, target.value_max, target.unit, target.qualifier, target.year,
                target.start_year,
                _enum(target.horizon), target.subject, target.source_id,
            )  # fmt: skip
            for span in target.evidence:
                self.span(span, "target", target.id, "evidence")


def _as_corpus(data: Corpus | Iterable[Article]) -> Corpus:
    return data if isinstance(data, Corpus) else Corpus(data)


# Insertion order: every table after the tables it references.
_INSERT_ORDER = (
    "articles",
    "organizations",
    "officials",
    "article_officials",
    "spans",
    "positions",
    "resolutions",
    "article_resolutions",
    "events",
    "event_participants",
    "connection_points",
    "directives",
    "directive_items",
    "targets",
)


def _fill(connection: sqlite3.Connection, tables: dict[str, _Table]) -> None:
    # A private temporary file: no journal, no syncing until the end (see _sync).
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.executescript(SQLITE_SCHEMA)
    meta = {
        "format": SQLITE_FORMAT,
        "schema_version": str(SQLITE_SCHEMA_VERSION),
        "library_version": __version__,
    }
    with connection:
        connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        for name in _INSERT_ORDER:
            table = tables[name]
            columns = ", ".join(f'"{column}"' for column in table.columns)
            marks = ", ".join("?" for _ in table.columns)
            connection.executemany(
                f"INSERT INTO {name} ({columns}) VALUES ({marks})",  # noqa: S608 - fixed names
                table.rows,
            )
    problems = connection.execute("PRAGMA foreign_key_check").fetchall()
    if problems:  # pragma: no cover - the builder only writes known keys
        msg = f"internal error: dangling references in the export: {problems[:3]}"
        raise ExportError(msg)


def to_sqlite(corpus: Corpus | Iterable[Article], path: str | os.PathLike[str]) -> Path:
    """Write a corpus to a SQLite database at ``path``, atomically; return the path.

    An existing file at ``path`` is replaced only once the new database is complete.
    See the module docs for the tables, and :data:`SQLITE_SCHEMA` for the DDL.

    Raises:
        ExportError: the folder is missing or not writable, or ``path`` is a folder.

    >>> import sqlite3, tempfile
    >>> from vn_digital_policy.corpus import load_corpus
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     db = to_sqlite(load_corpus(), Path(folder) / "corpus.db")
    ...     with sqlite3.connect(db) as con:
    ...         con.execute("SELECT count(*) FROM articles").fetchone()
    (5,)
    """
    tables = _TableBuilder(_as_corpus(corpus)).build()

    def write(temporary: Path) -> None:
        try:
            connection = sqlite3.connect(temporary)
        except sqlite3.Error as exc:
            msg = f"{path}: cannot create the database: {exc}"
            raise ExportError(msg) from exc
        try:
            _fill(connection, tables)
        except (sqlite3.Error, OverflowError) as exc:  # OverflowError: an int over 2**63
            msg = f"{path}: cannot write the database: {exc}"
            raise ExportError(msg) from exc
        finally:
            connection.close()
        _sync(temporary)

    return _write_atomically(path, write)


def read_sqlite(path: str | os.PathLike[str]) -> Corpus:
    """Read the corpus back from a database written by :func:`to_sqlite`.

    The articles are reloaded exactly (from ``articles.json``); the merged views are
    recomputed.

    Raises:
        ExportError: the file is missing or not such a database.
    """
    file = Path(path)
    if not file.is_file():
        msg = f"{file}: no such file"
        raise ExportError(msg)
    try:
        connection = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
        try:
            meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("format") != SQLITE_FORMAT:
                msg = f"{file}: not a {SQLITE_FORMAT} database"
                raise ExportError(msg)
            rows = connection.execute("SELECT json FROM articles ORDER BY rowid").fetchall()
        finally:
            connection.close()
        return Corpus(Article.model_validate_json(row[0]) for row in rows)
    except (sqlite3.Error, pydantic.ValidationError) as exc:
        msg = f"{file}: not a {SQLITE_FORMAT} database ({exc.__class__.__name__})"
        raise ExportError(msg) from exc


def _pandas() -> Any:  # noqa: ANN401 - the pandas module, optional
    try:
        return importlib.import_module("pandas")
    except ImportError as exc:
        msg = "pandas is not installed: pip install vn-digital-policy[pandas]"
        raise MissingDependencyError(msg) from exc


def to_dataframes(corpus: Corpus | Iterable[Article]) -> dict[str, Any]:
    """One pandas DataFrame per table of the SQLite export (``articles`` without ``json``).

    Needs the optional extra: ``pip install vn-digital-policy[pandas]``.

    Raises:
        MissingDependencyError: pandas is not installed.
    """
    pandas = _pandas()
    frames = {}
    for name, table in _TableBuilder(_as_corpus(corpus)).build().items():
        frame = pandas.DataFrame.from_records(table.rows, columns=list(table.columns))
        if name == "articles":
            frame = frame.drop(columns=["json"])
        frames[name] = frame
    return frames


def to_dataframe(items: Iterable[object]) -> Any:  # noqa: ANN401 - a pandas DataFrame
    """One pandas DataFrame of a list of results: a row an item, a column a field.

    Nested values (lists of spans, positions ...) stay as lists of dicts.

    Raises:
        MissingDependencyError: pandas is not installed.
        ExportError: an item is not something this library exports.
    """
    pandas = _pandas()
    return pandas.DataFrame.from_records([_jsonable(item) for item in items])
