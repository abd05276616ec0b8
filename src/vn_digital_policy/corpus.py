"""Kho bài viết (corpus): articles parsed together, what they mention merged, and queries.

:func:`load_corpus` returns the seed articles shipped inside the package, each parsed
by :func:`vn_digital_policy.parse_article`; the result is cached, so repeated calls
are free. Your own articles load with :meth:`Corpus.from_texts`,
:meth:`Corpus.from_files` or :meth:`Corpus.from_folder` (a folder of ``.txt`` files
with an optional ``metadata.json`` in the seeds' format), or ``load_corpus(folder)``.

A :class:`Corpus` merges what its articles mention (one :class:`Official` per person,
one :class:`Resolution` per document, events in date order) and answers questions
about it with keyword filters that combine (see :mod:`vn_digital_policy.query`):

>>> corpus = load_corpus()
>>> len(corpus)
5
>>> corpus["s004"].published.isoformat()
'2024-07-19'
>>> pm_directives = corpus.find_directives(issuer="Thủ tướng")
>>> due_by_2030 = corpus.find_targets(due_by=2030)
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import hashlib
import importlib.resources
import json
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast, overload

import attrs

from vn_digital_policy._version import __version__
from vn_digital_policy.enums import (
    DirectiveVerb,
    DocumentKind,
    EventKind,
    HorizonKind,
    TargetKind,
)
from vn_digital_policy.errors import CorpusError
from vn_digital_policy.ids import article_id_for_text, resolution_id, slugify
from vn_digital_policy.models import (
    Article,
    Directive,
    Event,
    Official,
    Organization,
    Resolution,
    Span,
    Target,
)
from vn_digital_policy.query import (
    DateBound,
    EnumFilter,
    ResultSet,
    SearchHit,
    find_directives,
    find_events,
    find_officials,
    find_resolutions,
    find_targets,
    search,
)

__all__ = [
    "Corpus",
    "SeedRecord",
    "article_from_record",
    "decode_article_bytes",
    "load_corpus",
    "parse_metadata",
    "read_article_text",
    "seed_records",
]

T = TypeVar("T")

_SEED_FOLDER = "seeds"
_METADATA_FILE = "metadata.json"


@attrs.frozen(slots=True)
class SeedRecord:
    """Metadata of one article: the record a metadata file holds for it.

    >>> record = seed_records()[0]
    >>> record.id, record.file
    ('s000', '000_815f94008f93f3ff.txt')
    """

    id: str
    file: str
    title: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    published: dt.date | None = None
    published_year: int | None = None
    published_basis: str | None = None

    @classmethod
    def from_json(cls, raw: dict[str, Any], *, source: str) -> SeedRecord:
        """Build a record from one JSON object, validating its fields.

        Raises:
            CorpusError: a required field is missing or a field has the wrong type.
        """
        try:
            published = raw.get("published")
            authors = raw.get("authors") or []
            if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
                msg = "authors must be a list of strings"
                raise TypeError(msg)
            year = raw.get("published_year")
            if year is not None and not isinstance(year, int):
                msg = "published_year must be an integer"
                raise TypeError(msg)
            return cls(
                id=_required_str(raw, "id"),
                file=_required_str(raw, "file"),
                title=_optional_str(raw, "title"),
                publisher=_optional_str(raw, "publisher"),
                authors=tuple(authors),
                url=_optional_str(raw, "url"),
                published=dt.date.fromisoformat(published) if published else None,
                published_year=year,
                published_basis=_optional_str(raw, "published_basis"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            msg = f"{source}: bad metadata record {raw.get('id', '?')!r}: {exc}"
            raise CorpusError(msg) from exc


def _required_str(raw: dict[str, Any], key: str) -> str:
    value = raw[key]
    if not isinstance(value, str) or not value:
        msg = f"{key} must be a non-empty string"
        raise TypeError(msg)
    return value


def _optional_str(raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is not None and not isinstance(value, str):
        msg = f"{key} must be a string or null"
        raise TypeError(msg)
    return value


def _seed_folder() -> Any:  # noqa: ANN401 - a Traversable or a Path
    """The folder of bundled seeds: package data, or the checkout's ``seeds/`` in dev mode."""
    packaged = importlib.resources.files("vn_digital_policy").joinpath(_SEED_FOLDER)
    if packaged.is_dir():
        return packaged
    # An editable install serves the package from src/, where the seeds are not copied.
    checkout = Path(__file__).resolve().parents[2] / _SEED_FOLDER
    if checkout.is_dir():
        return checkout
    msg = "the bundled seed articles are missing from this installation"
    raise CorpusError(msg)


def parse_metadata(raw_json: str, *, source: str) -> tuple[SeedRecord, ...]:
    """Read a metadata file: ``{"articles": [record, ...]}`` or a bare list of records.

    >>> parse_metadata('[{"id": "x", "file": "x.txt"}]', source="test")[0].id
    'x'

    Raises:
        CorpusError: the JSON is malformed, a record is invalid, or ids repeat.
    """
    try:
        data = json.loads(raw_json)
    except json.JSONDecodeError as exc:
        msg = f"{source}: not valid JSON: {exc}"
        raise CorpusError(msg) from exc
    records_raw = data.get("articles") if isinstance(data, dict) else data
    if not isinstance(records_raw, list) or not all(isinstance(r, dict) for r in records_raw):
        msg = f"{source}: expected a list of article records"
        raise CorpusError(msg)
    records = tuple(SeedRecord.from_json(raw, source=source) for raw in records_raw)
    ids = [record.id for record in records]
    if len(set(ids)) != len(ids):
        msg = f"{source}: article ids repeat"
        raise CorpusError(msg)
    return records


@functools.cache
def seed_records() -> tuple[SeedRecord, ...]:
    """The metadata records of the bundled seed articles, in file order.

    >>> [r.id for r in seed_records()]
    ['s000', 's001', 's002', 's003', 's004']
    """
    folder = _seed_folder()
    raw = folder.joinpath(_METADATA_FILE).read_text(encoding="utf-8")
    return parse_metadata(raw, source=f"{_SEED_FOLDER}/{_METADATA_FILE}")


def article_from_record(record: SeedRecord, text: str, *, parse: bool = True) -> Article:
    """Build the :class:`Article` of ``text`` with ``record``'s metadata, parsed or not.

    >>> record = SeedRecord(id="x", file="x.txt", published=dt.date(2024, 7, 19))
    >>> article_from_record(record, "Sáng 19-7, hội nghị.", parse=False).published
    datetime.date(2024, 7, 19)
    """
    return _make_article(text, attrs.asdict(record, recurse=False), parse=parse)


_METADATA_KEYS = frozenset(attrs.fields_dict(SeedRecord))


def _metadata_fields(meta: object, *, source: str) -> dict[str, Any]:
    """Check and convert a metadata record given in Python (keys as in ``metadata.json``)."""
    if meta is None:
        return {}
    if isinstance(meta, SeedRecord):
        return attrs.asdict(meta, recurse=False)
    if not isinstance(meta, Mapping):
        msg = f"{source}: metadata must be a mapping or a SeedRecord, not {type(meta).__name__}"
        raise CorpusError(msg)
    unknown = sorted(str(key) for key in meta if key not in _METADATA_KEYS)
    if unknown:
        known = ", ".join(sorted(_METADATA_KEYS))
        msg = f"{source}: unknown metadata field {unknown[0]!r} (known: {known})"
        raise CorpusError(msg)
    fields = dict(meta)
    published = fields.get("published")
    if isinstance(published, dt.datetime):
        fields["published"] = published.date()
    elif isinstance(published, str):
        try:
            fields["published"] = dt.date.fromisoformat(published)
        except ValueError as exc:
            msg = f"{source}: published must be an ISO date (YYYY-MM-DD), not {published!r}"
            raise CorpusError(msg) from exc
    elif published is not None and not isinstance(published, dt.date):
        msg = f"{source}: published must be a date or an ISO date string"
        raise CorpusError(msg)
    authors = fields.get("authors") or ()
    if isinstance(authors, str):
        authors = (authors,)
    if not isinstance(authors, list | tuple) or not all(isinstance(a, str) for a in authors):
        msg = f"{source}: authors must be a list of strings"
        raise CorpusError(msg)
    fields["authors"] = tuple(authors)
    year = fields.get("published_year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
        msg = f"{source}: published_year must be an integer"
        raise CorpusError(msg)
    for key in ("id", "file", "title", "publisher", "url", "published_basis"):
        value = fields.get(key)
        if value is not None and not isinstance(value, str):
            msg = f"{source}: {key} must be a string or null"
            raise CorpusError(msg)
    return fields


def _make_article(text: str, fields: Mapping[str, Any], *, parse: bool) -> Article:
    from vn_digital_policy.extract import parse_article  # noqa: PLC0415 - import cycle

    published = fields.get("published")
    if not parse:
        return Article(
            id=fields.get("id") or article_id_for_text(text),
            text=text,
            title=fields.get("title"),
            publisher=fields.get("publisher"),
            authors=tuple(fields.get("authors", ())),
            url=fields.get("url"),
            file=fields.get("file"),
            published=published,
            published_basis=fields.get("published_basis"),
        )
    return parse_article(
        text,
        published=published,
        year_hint=fields.get("published_year") or (published.year if published else None),
        article_id=fields.get("id") or None,
        title=fields.get("title"),
        publisher=fields.get("publisher"),
        authors=tuple(fields.get("authors", ())),
        url=fields.get("url"),
        file=fields.get("file"),
        published_basis=fields.get("published_basis"),
    )


def read_article_text(path: str | os.PathLike[str]) -> str:
    r"""Read an article file as UTF-8 text (a byte-order mark is dropped, line ends become ``\n``).

    Raises:
        CorpusError: the file is missing, unreadable or not UTF-8; the message names it.

    >>> read_article_text("/no/such/file.txt")
    Traceback (most recent call last):
    ...
    vn_digital_policy.errors.CorpusError: /no/such/file.txt: no such file
    """
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        msg = f"{file}: no such file"
        raise CorpusError(msg) from None
    except IsADirectoryError:
        msg = f"{file}: is a folder, not a file"
        raise CorpusError(msg) from None
    except OSError as exc:
        msg = f"{file}: cannot read: {exc.strerror or exc}"
        raise CorpusError(msg) from None
    return decode_article_bytes(data, source=str(file))


def decode_article_bytes(data: bytes, *, source: str) -> str:
    r"""Decode article bytes as UTF-8 (dropping a byte-order mark), line ends as ``\n``.

    Raises:
        CorpusError: the bytes are not UTF-8; the message names ``source`` and the byte.

    >>> decode_article_bytes("Hà Nội\r\n".encode(), source="x")
    'Hà Nội\n'
    >>> decode_article_bytes(b"H\xe0 N\xf4i", source="x.txt")
    Traceback (most recent call last):
    ...
    vn_digital_policy.errors.CorpusError: x.txt: not UTF-8 text (byte 0xe0 at offset 1)
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        msg = f"{source}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        raise CorpusError(msg) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _records_from(
    metadata: str | os.PathLike[str] | Iterable[SeedRecord] | None,
) -> tuple[SeedRecord, ...]:
    if metadata is None:
        return ()
    if isinstance(metadata, str | os.PathLike):
        path = Path(metadata)
        return parse_metadata(read_article_text(path), source=str(path))
    records = tuple(metadata)
    if not all(isinstance(record, SeedRecord) for record in records):
        msg = "metadata must be a metadata file or SeedRecord objects"
        raise CorpusError(msg)
    return records


# --------------------------------------------------------------------------------------
# Merging what the articles mention


_Kind = str  # "official", "organization", "resolution", "event", "directive", "target"
M = TypeVar("M", Official, Resolution, Event, Directive, Target)


def _tag(span: Span, article_id: str) -> Span:
    """The span with its article id set (left alone if already set)."""
    if span.article_id is not None:
        return span
    return span.model_copy(update={"article_id": article_id})


def _unique(items: Iterable[T]) -> tuple[T, ...]:
    return tuple(dict.fromkeys(items))


def _undated_last(day: dt.date | None) -> tuple[bool, dt.date]:
    return (day is None, day or dt.date.min)


def _merge_officials(articles: Sequence[Article]) -> list[tuple[tuple[str, ...], Official]]:
    groups: dict[str, list[tuple[Article, Official]]] = {}
    for article in articles:
        for official in article.officials:
            groups.setdefault(official.id, []).append((article, official))
    merged = []
    for official_id, members in groups.items():
        positions = [
            position.model_copy(
                update={
                    "observed": position.observed or article.published,
                    "article_id": position.article_id or article.id,
                    "evidence": None
                    if position.evidence is None
                    else _tag(position.evidence, article.id),
                }
            )
            for article, official in members
            for position in official.positions
        ]
        positions = sorted(_unique(positions), key=lambda p: _undated_last(p.observed))
        official = Official(
            id=official_id,
            name=members[0][1].name,
            honorifics=_unique(h for _, o in members for h in o.honorifics),
            positions=tuple(positions),
            mentions=_unique(_tag(s, a.id) for a, o in members for s in o.mentions),
        )
        merged.append((_unique(article.id for article, _ in members), official))
    return merged


def _resolution_key(resolution: Resolution, article_id: str) -> tuple[str, ...]:
    if resolution.code is not None:
        return ("code", slugify(str(resolution.code)))
    label = resolution.name or resolution.title
    if label and slugify(label):
        return ("name", resolution_id(name=label, kind=resolution.kind.value))
    return ("unnamed", article_id, resolution.id)  # nothing to identify it: never merged


def _first(values: Iterable[T | None]) -> T | None:
    return next((value for value in values if value is not None), None)


def _merge_resolutions(articles: Sequence[Article]) -> list[tuple[tuple[str, ...], Resolution]]:
    groups: dict[tuple[str, ...], list[tuple[Article, Resolution]]] = {}
    for article in articles:
        for resolution in article.resolutions:
            key = _resolution_key(resolution, article.id)
            groups.setdefault(key, []).append((article, resolution))
    merged = []
    for members in groups.values():
        docs = [resolution for _, resolution in members]
        resolution = Resolution(
            id=docs[0].id,
            kind=docs[0].kind,
            code=_first(d.code for d in docs),
            name=_first(d.name for d in docs),
            title=_first(d.title for d in docs),
            issuer=_first(d.issuer for d in docs),
            date=_first(d.date for d in docs),
            mentions=_unique(_tag(s, a.id) for a, d in members for s in d.mentions),
        )
        merged.append((_unique(article.id for article, _ in members), resolution))
    return merged


def _tag_event(event: Event, article_id: str) -> Event:
    points = tuple(
        point
        if point.evidence is None
        else point.model_copy(update={"evidence": _tag(point.evidence, article_id)})
        for point in event.connection_points
    )
    mentions = tuple(_tag(span, article_id) for span in event.mentions)
    return event.model_copy(update={"mentions": mentions, "connection_points": points})


def _tag_directive(directive: Directive, article_id: str) -> Directive:
    items = tuple(
        item.model_copy(update={"evidence": _tag(item.evidence, article_id)})
        for item in directive.items
    )
    evidence = tuple(_tag(span, article_id) for span in directive.evidence)
    return directive.model_copy(update={"evidence": evidence, "items": items})


def _tag_target(target: Target, article_id: str) -> Target:
    evidence = tuple(_tag(span, article_id) for span in target.evidence)
    return target.model_copy(update={"evidence": evidence})


def _with_unique_ids(
    entries: list[tuple[tuple[str, ...], M]],
) -> list[tuple[tuple[str, ...], M]]:
    """Give every entity a distinct id: exact repeats go, clashing ids get ``~2``, ``~3`` ..."""
    taken = {entity.id for _, entity in entries}
    first: dict[str, tuple[tuple[str, ...], M]] = {}
    out: list[tuple[tuple[str, ...], M]] = []
    for article_ids, entity in entries:
        if entity.id not in first:
            first[entity.id] = (article_ids, entity)
            out.append((article_ids, entity))
            continue
        if first[entity.id] == (article_ids, entity):
            continue
        number = 2
        while f"{entity.id}~{number}" in taken:
            number += 1
        renamed = entity.model_copy(update={"id": f"{entity.id}~{number}"})
        taken.add(renamed.id)
        out.append((article_ids, renamed))
    return out


@attrs.frozen(slots=True)
class _Merged:
    officials: ResultSet[Official]
    organizations: ResultSet[Organization]
    resolutions: ResultSet[Resolution]
    events: ResultSet[Event]
    directives: ResultSet[Directive]
    targets: ResultSet[Target]
    links: dict[tuple[_Kind, str], tuple[str, ...]]

    @classmethod
    def of(cls, articles: Sequence[Article]) -> _Merged:
        officials = _merge_officials(articles)
        resolutions = _with_unique_ids(_merge_resolutions(articles))
        events = _with_unique_ids(
            [((a.id,), _tag_event(e, a.id)) for a in articles for e in a.events]
        )
        events.sort(key=lambda entry: _undated_last(entry[1].date))
        directives = _with_unique_ids(
            [((a.id,), _tag_directive(d, a.id)) for a in articles for d in a.directives]
        )
        targets = _with_unique_ids(
            [((a.id,), _tag_target(t, a.id)) for a in articles for t in a.targets]
        )
        links: dict[tuple[_Kind, str], tuple[str, ...]] = {}
        organizations: dict[str, Organization] = {}
        for kind, entries in (
            ("official", officials),
            ("resolution", resolutions),
            ("event", events),
            ("directive", directives),
            ("target", targets),
        ):
            for article_ids, entity in entries:
                links[kind, entity.id] = article_ids
        for article_ids, official in officials:
            for position in official.positions:
                org = position.organization
                if org is not None and org.id not in organizations:
                    organizations[org.id] = org
                    links["organization", org.id] = article_ids
        return cls(
            officials=ResultSet(entity for _, entity in officials),
            organizations=ResultSet(organizations.values()),
            resolutions=ResultSet(entity for _, entity in resolutions),
            events=ResultSet(entity for _, entity in events),
            directives=ResultSet(entity for _, entity in directives),
            targets=ResultSet(entity for _, entity in targets),
            links=links,
        )


_KIND_OF: dict[type, _Kind] = {
    Official: "official",
    Organization: "organization",
    Resolution: "resolution",
    Event: "event",
    Directive: "directive",
    Target: "target",
}


def _is_article(value: object) -> bool:
    return isinstance(value, Article)


class Corpus:
    """An ordered collection of :class:`Article` objects, and what they mention, merged.

    Build one from parsed articles, or with :meth:`from_texts`, :meth:`from_files`,
    :meth:`from_folder` (or :func:`load_corpus` for the bundled seeds). Articles are
    addressable by position and by id. The merged views (:attr:`officials`,
    :attr:`resolutions`, :attr:`events`, :attr:`directives`, :attr:`targets`,
    :attr:`organizations`) are computed once, on first use, and are deterministic:

    * **officials**: one per id (the id comes from the folded full name, so spelling
      variants meet); ``positions`` holds every position from every article, with
      ``observed`` set to the article's publication date (when the position does not
      say) and ``article_id`` set, in date order (undated last); ``mentions`` keep
      their spans, with ``article_id`` set. The name is the first one met.
    * **resolutions**: one per document: by code, else by kind and folded name (a
      document with neither stays apart); code, name, title, issuer and date are the
      first ones stated; mentions from every article.
    * **events**: in date order, undated last (ties keep corpus order).
    * **directives**, **targets**: in corpus order.

    Every span of a merged entity carries its ``article_id``; :meth:`articles_of` gives
    the articles an entity comes from. Ids are unique within each view: an entity whose
    id repeats with different content (hand-built data) gets ``~2``, ``~3`` appended.

    >>> corpus = load_corpus()
    >>> [article.id for article in corpus][:2]
    ['s000', 's001']
    >>> corpus[0] is corpus["s000"]
    True
    >>> "s999" in corpus
    False
    >>> isinstance(corpus.find_targets(due_by=2030), ResultSet)
    True
    """

    __slots__ = ("_articles", "_by_id", "_memo", "_merged")

    def __init__(self, articles: Iterable[Article]) -> None:
        self._articles = tuple(articles)
        for article in self._articles:
            if not _is_article(article):
                msg = (
                    f"a Corpus holds Article objects, not {type(article).__name__} "
                    "(use Corpus.from_texts for strings)"
                )
                raise CorpusError(msg)
        self._by_id = {article.id: article for article in self._articles}
        if len(self._by_id) != len(self._articles):
            counts = collections.Counter(article.id for article in self._articles)
            repeated = next(key for key, count in counts.items() if count > 1)
            msg = f"article ids must be unique within a corpus: {repeated!r} repeats"
            raise CorpusError(msg)
        self._merged: _Merged | None = None
        self._memo: dict[object, Any] = {}

    # -- building ---------------------------------------------------------------------

    @classmethod
    def from_texts(
        cls,
        texts: Iterable[str | tuple[str, Mapping[str, Any] | SeedRecord | None]],
        *,
        parse: bool = True,
    ) -> Corpus:
        """Parse article texts, each alone or paired with its metadata.

        Metadata is a mapping with the keys of a ``metadata.json`` record (``id``,
        ``title``, ``publisher``, ``authors``, ``url``, ``published`` as a date or ISO
        string, ``published_year``, ``published_basis``, ``file``), or a
        :class:`SeedRecord`. Articles without an ``id`` get one from their text.

        Raises:
            CorpusError: bad metadata, or two articles with the same id.

        >>> corpus = Corpus.from_texts(
        ...     [
        ...         "Sáng 19-7, Thủ tướng chủ trì Hội nghị về chuyển đổi số.",
        ...         ("Chiều 6/12, Diễn đàn.", {"id": "mine", "published": "2021-12-06"}),
        ...     ]
        ... )
        >>> corpus["mine"].published
        datetime.date(2021, 12, 6)
        >>> corpus[0].id.startswith("a-")
        True
        """
        articles = []
        for number, given in enumerate(texts, start=1):
            entry: object = given
            if isinstance(entry, str):
                text, meta = entry, None
            elif isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], str):
                text, meta = entry
            else:
                msg = f"text {number}: give a string or a (text, metadata) pair"
                raise CorpusError(msg)
            fields = _metadata_fields(meta, source=f"text {number}")
            articles.append(_make_article(text, fields, parse=parse))
        return cls(articles)

    @classmethod
    def from_files(
        cls,
        paths: Iterable[str | os.PathLike[str]],
        *,
        metadata: str | os.PathLike[str] | Iterable[SeedRecord] | None = None,
        parse: bool = True,
    ) -> Corpus:
        """Parse article files (UTF-8 text), in the order given.

        Args:
            paths: the files.
            metadata: a metadata file (the format of the seeds' ``metadata.json``, see
                :func:`parse_metadata`) or :class:`SeedRecord` objects; a file takes the
                record whose ``file`` is its name. Files without a record get their
                stem as id.
            parse: run the extractors (the default), or keep texts and metadata only.

        Raises:
            CorpusError: a file is missing or not UTF-8 (the message names it), the
                metadata is malformed, or two articles get the same id.
        """
        by_file = {record.file: record for record in _records_from(metadata)}
        articles = []
        for raw_path in paths:
            path = Path(raw_path)
            text = read_article_text(path)
            record = by_file.get(path.name)
            fields = (
                _metadata_fields(record, source=str(path))
                if record is not None
                else {"id": path.stem, "file": path.name}
            )
            articles.append(_make_article(text, fields, parse=parse))
        return cls(articles)

    @classmethod
    def from_folder(
        cls,
        folder: str | os.PathLike[str],
        *,
        metadata_file: str | os.PathLike[str] | None = _METADATA_FILE,
        pattern: str = "*.txt",
        parse: bool = True,
    ) -> Corpus:
        """Parse every ``.txt`` file of a folder, in file-name order, with its metadata.

        Args:
            folder: the folder.
            metadata_file: the metadata file, relative to the folder (the default
                ``metadata.json`` is used when present); ``None`` ignores metadata.
            pattern: which files to read (a glob, e.g. ``"**/*.txt"`` to recurse).
            parse: run the extractors (the default), or keep texts and metadata only.

        Raises:
            CorpusError: the folder is missing, a file is not UTF-8, the metadata is
                malformed or lists a file the folder lacks, or ids repeat.

        >>> Corpus.from_folder("/no/such/folder")
        Traceback (most recent call last):
        ...
        vn_digital_policy.errors.CorpusError: /no/such/folder: no such folder
        """
        root = Path(folder)
        if not root.is_dir():
            reason = "not a folder" if root.exists() else "no such folder"
            msg = f"{root}: {reason}"
            raise CorpusError(msg)
        records: tuple[SeedRecord, ...] = ()
        if metadata_file is not None:
            meta_path = root / metadata_file
            if meta_path.is_file():
                records = _records_from(meta_path)
            elif Path(metadata_file) != Path(_METADATA_FILE):
                msg = f"{meta_path}: no such metadata file"
                raise CorpusError(msg)
        files = sorted(path for path in root.glob(pattern) if path.is_file())
        names = {path.name for path in files}
        missing = [record.file for record in records if record.file not in names]
        if missing:
            msg = f"{root}: the metadata lists {missing[0]!r}, which the folder lacks"
            raise CorpusError(msg)
        return cls.from_files(files, metadata=records, parse=parse)

    # -- the articles -----------------------------------------------------------------

    @property
    def articles(self) -> tuple[Article, ...]:
        """The articles, in order."""
        return self._articles

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._by_id

    @overload
    def __getitem__(self, key: int) -> Article: ...
    @overload
    def __getitem__(self, key: str) -> Article: ...
    def __getitem__(self, key: int | str) -> Article:
        if isinstance(key, str):
            try:
                return self._by_id[key]
            except KeyError:
                msg = f"no article with id {key!r} in this corpus"
                raise KeyError(msg) from None
        return self._articles[key]

    def __add__(self, other: Corpus) -> Corpus:
        """Join two corpora (article ids must stay unique).

        >>> len(load_corpus() + Corpus([]))
        5
        """
        if not isinstance(other, Corpus):
            return NotImplemented
        return Corpus((*self._articles, *other._articles))

    def __repr__(self) -> str:
        return f"<Corpus of {len(self)} articles>"

    def _repr_html_(self) -> str:
        from vn_digital_policy.html import render_table  # noqa: PLC0415 - import cycle

        return render_table(self._articles, caption=f"Corpus of {len(self)} articles")

    # -- merged views -----------------------------------------------------------------

    def _memoized(self, key: object, compute: Callable[[], T]) -> T:
        """A value computed once per corpus (search keys, folded texts ...)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return cast("T", self._memo[key])

    def _views(self) -> _Merged:
        if self._merged is None:
            self._merged = _Merged.of(self._articles)
        return self._merged

    @property
    def officials(self) -> ResultSet[Official]:
        """One :class:`Official` per person across the articles (see the class docs)."""
        return self._views().officials

    @property
    def organizations(self) -> ResultSet[Organization]:
        """The bodies named in the officials' positions, one per id, first met first."""
        return self._views().organizations

    @property
    def resolutions(self) -> ResultSet[Resolution]:
        """One :class:`Resolution` per document across the articles."""
        return self._views().resolutions

    @property
    def events(self) -> ResultSet[Event]:
        """Every event, in date order (undated last)."""
        return self._views().events

    @property
    def directives(self) -> ResultSet[Directive]:
        """Every directive, in corpus order."""
        return self._views().directives

    @property
    def targets(self) -> ResultSet[Target]:
        """Every target, in corpus order."""
        return self._views().targets

    def articles_of(
        self, entity: Article | Official | Organization | Resolution | Event | Directive | Target
    ) -> tuple[Article, ...]:
        """The articles a merged entity comes from, in corpus order (empty if unknown).

        >>> corpus = load_corpus()
        >>> all(corpus.articles_of(event) for event in corpus.events)
        True
        """
        if isinstance(entity, Article):
            return (entity,) if self._by_id.get(entity.id) == entity else ()
        kind = _KIND_OF.get(type(entity))
        if kind is None:
            return ()
        ids = self._views().links.get((kind, entity.id), ())
        return tuple(self._by_id[article_id] for article_id in ids)

    def get(
        self, entity_id: str
    ) -> Article | Official | Organization | Resolution | Event | Directive | Target | None:
        """The article or merged entity with this id, or ``None``.

        >>> load_corpus().get("s004").id
        's004'
        >>> load_corpus().get("nothing") is None
        True
        """
        if entity_id in self._by_id:
            return self._by_id[entity_id]
        views = self._views()
        for view in (
            views.officials,
            views.organizations,
            views.resolutions,
            views.events,
            views.directives,
            views.targets,
        ):
            for entity in view:
                if entity.id == entity_id:
                    return entity
        return None

    # -- queries ----------------------------------------------------------------------

    def officials_named(self, name: str, *, exact: bool = False) -> ResultSet[Official]:
        """Officials whose name matches ``name`` (diacritic- and case-insensitive).

        >>> isinstance(load_corpus().officials_named("pham minh chinh"), ResultSet)
        True
        """
        return find_officials(self.officials, name=name, exact=exact)

    def find_officials(
        self,
        *,
        name: str | None = None,
        title: str | None = None,
        year: int | None = None,
        exact: bool = False,
    ) -> ResultSet[Official]:
        """Officials by name and/or title; see :func:`vn_digital_policy.query.find_officials`.

        >>> len(load_corpus().find_officials(title="Thủ tướng")) <= len(load_corpus().officials)
        True
        """
        return find_officials(self.officials, name=name, title=title, year=year, exact=exact)

    def find_events(
        self,
        *,
        kind: EnumFilter[EventKind] | None = None,
        since: DateBound | None = None,
        until: DateBound | None = None,
        year: int | None = None,
        location: str | None = None,
        chair: str | None = None,
        participant: str | None = None,
        name: str | None = None,
        main: bool | None = None,
    ) -> ResultSet[Event]:
        """Events by kind, dates, place, chair ...; see :func:`vn_digital_policy.query.find_events`.

        >>> all(e.date.year == 2024 for e in load_corpus().find_events(year=2024))
        True
        """
        return find_events(
            self.events,
            kind=kind,
            since=since,
            until=until,
            year=year,
            location=location,
            chair=chair,
            participant=participant,
            name=name,
            main=main,
        )

    def find_directives(
        self,
        *,
        issuer: str | None = None,
        label: str | None = None,
        verb: EnumFilter[DirectiveVerb] | None = None,
        text: str | None = None,
        addressee: str | None = None,
        exact: bool = False,
    ) -> ResultSet[Directive]:
        """Directives by issuer, label ...; see :func:`vn_digital_policy.query.find_directives`.

        The issuer is also matched through ``issuer_id`` against :attr:`officials`, so
        ``issuer="Thủ tướng"`` finds what the Prime Minister asked, however the article
        names him.

        >>> isinstance(load_corpus().find_directives(issuer="Thủ tướng"), ResultSet)
        True
        """
        views = self._views()
        return find_directives(
            views.directives,
            issuer=issuer,
            label=label,
            verb=verb,
            text=text,
            addressee=addressee,
            officials=views.officials,
            exact=exact,
        )

    def find_targets(
        self,
        *,
        due_by: int | None = None,
        year: int | None = None,
        since_year: int | None = None,
        unit: str | None = None,
        subject: str | None = None,
        kind: EnumFilter[TargetKind] | None = None,
        horizon: EnumFilter[HorizonKind] | None = None,
        source_id: str | None = None,
    ) -> ResultSet[Target]:
        """Targets by due year, unit, subject ...; see :func:`vn_digital_policy.query.find_targets`.

        >>> all(t.year <= 2030 for t in load_corpus().find_targets(due_by=2030))
        True
        """
        return find_targets(
            self.targets,
            due_by=due_by,
            year=year,
            since_year=since_year,
            unit=unit,
            subject=subject,
            kind=kind,
            horizon=horizon,
            source_id=source_id,
        )

    def find_resolutions(
        self,
        *,
        kind: EnumFilter[DocumentKind] | None = None,
        issuer: str | None = None,
        code: str | None = None,
        name: str | None = None,
        year: int | None = None,
        exact: bool = False,
    ) -> ResultSet[Resolution]:
        """Documents by kind, issuer, code; see :func:`vn_digital_policy.query.find_resolutions`.

        >>> all(r.code is not None for r in load_corpus().find_resolutions(code="57-NQ/TW"))
        True
        """
        return find_resolutions(
            self.resolutions,
            kind=kind,
            issuer=issuer,
            code=code,
            name=name,
            year=year,
            exact=exact,
        )

    def search(
        self, query: str, *, kinds: Collection[str] | None = None, limit: int | None = None
    ) -> ResultSet[SearchHit]:
        """Free-text search over entities and articles; see :func:`vn_digital_policy.query.search`.

        >>> hits = load_corpus().search("chuyen doi so", kinds=["article"])
        >>> [hit.id for hit in hits]
        ['s000', 's001', 's002', 's004']
        """
        return search(self, query, kinds=kinds, limit=limit)

    # -- exports ----------------------------------------------------------------------

    def to_json(self, *, indent: int | None = 2) -> str:
        """The corpus as one JSON document; see :func:`vn_digital_policy.export.to_json`."""
        from vn_digital_policy.export import to_json  # noqa: PLC0415 - import cycle

        return to_json(self, indent=indent)

    def to_jsonl(self) -> str:
        """The articles as JSON Lines; see :func:`vn_digital_policy.export.to_jsonl`."""
        from vn_digital_policy.export import to_jsonl  # noqa: PLC0415 - import cycle

        return to_jsonl(self)

    def to_sqlite(self, path: str | os.PathLike[str]) -> Path:
        """Write a SQLite database, atomically; see :func:`vn_digital_policy.export.to_sqlite`."""
        from vn_digital_policy.export import to_sqlite  # noqa: PLC0415 - import cycle

        return to_sqlite(self, path)

    def to_dataframes(self) -> dict[str, Any]:
        """One pandas DataFrame per table; see :func:`vn_digital_policy.export.to_dataframes`."""
        from vn_digital_policy.export import to_dataframes  # noqa: PLC0415 - import cycle

        return to_dataframes(self)


#: Package data file holding the parsed seed corpus (derived; see :func:`build_seed_cache`).
SEED_CACHE_FILE = "seed_corpus.json"


def _seed_texts() -> list[tuple[SeedRecord, str]]:
    folder = _seed_folder()
    return [
        (record, folder.joinpath(record.file).read_text(encoding="utf-8"))
        for record in seed_records()
    ]


def _seed_fingerprint(seeds: Sequence[tuple[SeedRecord, str]]) -> str:
    """Hash of what the cache is derived from: library version, metadata and texts."""
    digest = hashlib.sha256(__version__.encode())
    for record, text in seeds:
        digest.update(repr(attrs.astuple(record)).encode())
        digest.update(text.encode())
    return digest.hexdigest()


def build_seed_cache() -> str:
    """Parse the bundled seeds and return the JSON of the seed-corpus cache.

    The cache (``vn_digital_policy/data/seed_corpus.json``) makes :func:`load_corpus`
    take milliseconds instead of running the extractors. It is derived data: a test
    checks that the committed file equals a fresh run. Regenerate it after changing
    an extractor with :func:`write_seed_cache`.

    >>> import json
    >>> json.loads(build_seed_cache())["articles"][0]["id"]
    's000'
    """
    seeds = _seed_texts()
    articles = [article_from_record(record, text, parse=True) for record, text in seeds]
    payload = {
        "fingerprint": _seed_fingerprint(seeds),
        "articles": [article.model_dump(mode="json") for article in articles],
    }
    return json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def write_seed_cache() -> Path:
    """Regenerate the seed-corpus cache in the source tree; return its path.

    Run it after changing an extractor:
    ``python -c "from vn_digital_policy.corpus import write_seed_cache; write_seed_cache()"``.
    """
    target = Path(__file__).with_name("data") / SEED_CACHE_FILE
    target.write_text(build_seed_cache(), encoding="utf-8")
    return target


def _cached_seed_articles(seeds: Sequence[tuple[SeedRecord, str]]) -> list[Article] | None:
    """The parsed seeds from the cache, or None when it is missing or stale."""
    resource = (
        importlib.resources.files("vn_digital_policy").joinpath("data").joinpath(SEED_CACHE_FILE)
    )
    try:
        payload = json.loads(resource.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError, json.JSONDecodeError):
        return None
    if not isinstance(payload, dict) or payload.get("fingerprint") != _seed_fingerprint(seeds):
        return None
    try:
        return [Article.model_validate_json(json.dumps(raw)) for raw in payload["articles"]]
    except (KeyError, TypeError, ValueError):
        return None


@functools.cache
def _bundled_corpus(parse: bool) -> Corpus:
    seeds = _seed_texts()
    cached = _cached_seed_articles(seeds) if parse else None
    if cached is not None:
        return Corpus(cached)
    return Corpus(article_from_record(record, text, parse=parse) for record, text in seeds)


def load_corpus(folder: str | os.PathLike[str] | None = None, *, parse: bool = True) -> Corpus:
    """Load the seed articles bundled with the package (cached), or a folder of your own.

    Args:
        folder: a folder of ``.txt`` articles (with an optional ``metadata.json``),
            read with :meth:`Corpus.from_folder`; the bundled seeds when omitted.
        parse: run the extractors on every article (the default); ``False`` gives
            the texts and metadata only.

    Raises:
        CorpusError: the folder or one of its files cannot be read.

    >>> load_corpus() is load_corpus()
    True
    >>> load_corpus(parse=False)["s000"].officials
    ()
    """
    if folder is not None:
        return Corpus.from_folder(folder, parse=parse)
    return _bundled_corpus(parse)
