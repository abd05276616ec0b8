"""The corpus (kho bài viết): the bundled seed articles, or the user's own, parsed.

:func:`load_corpus` returns the seed articles shipped inside the package, each parsed
by :func:`vn_digital_policy.parse_article`; the result is cached, so repeated calls
are free.

>>> corpus = load_corpus()
>>> len(corpus)
5
>>> corpus["s004"].published.isoformat()
'2024-07-19'
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, overload

import attrs

from vn_digital_policy.errors import CorpusError
from vn_digital_policy.models import Article

__all__ = ["Corpus", "SeedRecord", "load_corpus", "seed_records"]

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
    from vn_digital_policy.extract import parse_article  # noqa: PLC0415 - import cycle

    if not parse:
        return Article(
            id=record.id,
            text=text,
            title=record.title,
            publisher=record.publisher,
            authors=record.authors,
            url=record.url,
            file=record.file,
            published=record.published,
            published_basis=record.published_basis,
        )
    return parse_article(
        text,
        published=record.published,
        year_hint=record.published_year,
        article_id=record.id,
        title=record.title,
        publisher=record.publisher,
        authors=record.authors,
        url=record.url,
        file=record.file,
        published_basis=record.published_basis,
    )



class Corpus:
    """An ordered collection of :class:`Article` objects, addressable by id.

    >>> corpus = load_corpus()
    >>> [article.id for article in corpus][:2]
    ['s000', 's001']
    >>> corpus[0] is corpus["s000"]
    True
    >>> "s999" in corpus
    False
    """

    __slots__ = ("_articles", "_by_id")

    def __init__(self, articles: Iterable[Article]) -> None:
        self._articles = tuple(articles)
        self._by_id = {article.id: article for article in self._articles}
        if len(self._by_id) != len(self._articles):
            msg = "article ids must be unique within a corpus"
            raise CorpusError(msg)

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

    def __repr__(self) -> str:
        return f"<Corpus of {len(self)} articles>"


@functools.cache
def _bundled_corpus(parse: bool) -> Corpus:
    folder = _seed_folder()
    articles = []
    for record in seed_records():
        text = folder.joinpath(record.file).read_text(encoding="utf-8")
        articles.append(article_from_record(record, text, parse=parse))
    return Corpus(articles)


def load_corpus(*, parse: bool = True) -> Corpus:
    """Load the seed articles bundled with the package (cached: later calls are free).

    Args:
        parse: run the extractors on every article (the default); ``False`` gives
            the texts and metadata only.

    >>> load_corpus() is load_corpus()
    True
    >>> load_corpus(parse=False)["s000"].officials
    ()
    """
    return _bundled_corpus(parse)
