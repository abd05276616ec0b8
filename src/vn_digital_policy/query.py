"""Truy vấn (queries): find officials, events, documents, directives and targets.

The helpers read like the questions people ask, and their keyword filters combine
(every filter given must hold)::

    corpus.find_directives(issuer="Thủ tướng")  # which directives did the PM give?
    corpus.find_targets(due_by=2030)  # which targets fall due by 2030?
    corpus.find_events(kind="hội nghị", since="2024-01", chair="Phạm Minh Chính")

The same functions work on any iterable of models (:func:`find_officials` and
friends); :class:`~vn_digital_policy.corpus.Corpus` offers them as methods over its
merged views. Results are a :class:`ResultSet`: a tuple of models that also exports
itself (JSON, JSON Lines, a pandas DataFrame) and renders as a table in Jupyter.

How text filters match (all of them fold both sides with
:func:`vn_digital_policy.text.fold`, so case, diacritics, Unicode form and tone-mark
style never matter: ``"pham minh chinh"`` finds *Phạm Minh Chính*, ``"Uỷ ban"`` finds
*Ủy ban*):

* **names** (:func:`name_matches`): the words of the query appear, in order and
  contiguous, among the words of the name: ``"Minh Chính"`` and ``"Chính"`` find
  *Phạm Minh Chính*; with ``exact=True`` the whole name must match.
* **titles** (:func:`title_matches`): a title is split into its parts at commas,
  semicolons, colons, brackets and *kiêm* ("Ủy viên Bộ Chính trị, Thủ tướng Chính
  phủ" has two parts), and the query must be the *beginning* of a part, word by word.
  So ``"Thu tuong"`` finds *Thủ tướng Chính phủ* but not *Phó Thủ tướng Chính phủ*
  (a deputy is not the Prime Minister) nor *nguyên Thủ tướng* (a former one); ask
  for ``"Phó Thủ tướng"`` to get deputies. ``exact=True`` wants a whole part.
* **issuers** (:func:`issuer_matches`): an issuer string mixes titles and names
  ("Thủ tướng Phạm Minh Chính", "Bộ Chính trị"), so the query must begin or end a
  part of it. Directives also match through their ``issuer_id``: the official's name,
  or the titles that official holds in the same article.
* **free text** (``location``, ``subject``, ``label`` ...): the words of the query
  appear, in order and contiguous, as whole words.

Enum filters (``kind``, ``verb``, ``horizon``) take the enum member, its Vietnamese
value or its English name, in any case and with or without diacritics
(``"hội nghị"``, ``"hoi nghi"``, ``"CONFERENCE"``), or a collection of them (any may
match). Date bounds take a :class:`datetime.date`, a year (``2024``) or an ISO string
(``"2024"``, ``"2024-07"``, ``"2024-07-19"``); ``since`` is inclusive from the first
day, ``until`` inclusive to the last day. An unknown kind, a malformed date or a filter
with no words raises :class:`QueryError`.

>>> from vn_digital_policy.models import Official, Position
>>> pm = Official(
...     id="official:pham-minh-chinh",
...     name="Phạm Minh Chính",
...     positions=(Position(title="Ủy viên Bộ Chính trị, Thủ tướng Chính phủ"),),
... )
>>> deputy = Official(
...     id="official:tran-hong-ha",
...     name="Trần Hồng Hà",
...     positions=(Position(title="Phó Thủ tướng Chính phủ"),),
... )
>>> [o.name for o in find_officials([pm, deputy], title="thu tuong")]
['Phạm Minh Chính']
>>> [o.name for o in find_officials([pm, deputy], name="HONG HA")]
['Trần Hồng Hà']
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import functools
from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, SupportsIndex, TypeVar, Union, overload

import attrs
import regex

from vn_digital_policy.enums import (
    DirectiveVerb,
    DocumentKind,
    EventKind,
    HorizonKind,
    TargetKind,
)
from vn_digital_policy.errors import QueryError
from vn_digital_policy.models import (
    Article,
    Directive,
    Event,
    Official,
    Position,
    Resolution,
    Span,
    Target,
)
from vn_digital_policy.text import fold, fold_aligned

if TYPE_CHECKING:
    from vn_digital_policy.corpus import Corpus

__all__ = [
    "ResultSet",
    "SearchHit",
    "coerce_date_bound",
    "describe",
    "find_directives",
    "find_events",
    "find_officials",
    "find_resolutions",
    "find_targets",
    "issuer_matches",
    "name_matches",
    "search",
    "text_matches",
    "title_matches",
]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)

#: An entity a search hit or a corpus lookup can return.
Entity = Union[Article, Official, Resolution, Event, Directive, Target]  # noqa: UP007
#: A date bound: a date, a year, or an ISO date, month or year string.
DateBound = Union[dt.date, int, str]  # noqa: UP007
#: An enum filter: a member, its value or name, or a collection of them.
EnumFilter = Union[E, str, Collection[Union[E, str]]]  # noqa: UP007


# --------------------------------------------------------------------------------------
# Matching primitives


_WORD = regex.compile(r"[\p{L}\p{N}]++")
# Where a title splits into parts: punctuation between titles, and "kiêm" (concurrently).
_TITLE_PART_SEPARATOR = regex.compile(
    r"""
    [,;:()\[\]{}|]          # punctuation between titles
    | (?<![\p{L}\p{N}]) kiem (?![\p{L}\p{N}])   # "kiêm": holds concurrently
    """,
    regex.VERBOSE,
)


@functools.lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    """The folded words (letters and digits) of ``text``."""
    return tuple(_WORD.findall(fold(text)))


@functools.lru_cache(maxsize=8192)
def _parts(text: str) -> tuple[tuple[str, ...], ...]:
    """The folded words of each part of a title or issuer string."""
    parts = (tuple(_WORD.findall(part)) for part in _TITLE_PART_SEPARATOR.split(fold(text)))
    return tuple(part for part in parts if part)


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    size = len(needle)
    if size == 0 or size > len(haystack):
        return False
    first = needle[0]
    return any(
        haystack[i] == first and haystack[i : i + size] == needle
        for i in range(len(haystack) - size + 1)
    )


def _query_words(query: str, what: str) -> tuple[str, ...]:
    words = _words(query)
    if not words:
        msg = f"the {what} filter {query!r} has no words to match"
        raise QueryError(msg)
    return words


def name_matches(query: str, name: str, *, exact: bool = False) -> bool:
    """Tell whether a person's ``name`` matches the name ``query``.

    The query's words must appear in the name, in order and contiguous (or be the
    whole name, if ``exact``), ignoring case, diacritics and tone-mark style.

    >>> name_matches("pham minh chinh", "Phạm Minh Chính")
    True
    >>> name_matches("Chính", "Phạm Minh Chính"), name_matches("Minh Phạm", "Phạm Minh Chính")
    (True, False)
    >>> name_matches("Chính", "Phạm Minh Chính", exact=True)
    False
    """
    words = _words(query)
    if not words:
        return False
    return _words(name) == words if exact else _contains(_words(name), words)


def title_matches(query: str, title: str, *, exact: bool = False) -> bool:
    """Tell whether ``title`` matches the title ``query``: the query begins a part of it.

    Parts are split at commas, semicolons, colons, brackets and *kiêm*. ``exact``
    wants the query to be a whole part. A query of several parts ("Ủy viên Bộ Chính
    trị, Thủ tướng") needs each of them to begin a part of the title.

    >>> title_matches("Thu tuong", "Thủ tướng Chính phủ")
    True
    >>> title_matches("Thủ tướng", "Phó Thủ tướng Chính phủ")
    False
    >>> title_matches("Thủ tướng", "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ")
    True
    >>> title_matches("Thủ tướng", "Thủ tướng Chính phủ", exact=True)
    False
    """
    wanted = _parts(query)
    if not wanted:
        return False
    parts = _parts(title)
    if exact:
        return all(any(part == want for part in parts) for want in wanted)
    return all(any(part[: len(want)] == want for part in parts) for want in wanted)


def issuer_matches(query: str, issuer: str, *, exact: bool = False) -> bool:
    """Tell whether an issuer string ("Thủ tướng Phạm Minh Chính") matches ``query``.

    The query must begin a part of the issuer (a title or a body: "Thủ tướng",
    "Bộ Chính trị") or end one (a name: "Phạm Minh Chính", "Chính"); with ``exact``
    it must be a whole part.

    >>> issuer_matches("Thủ tướng", "Thủ tướng Phạm Minh Chính")
    True
    >>> issuer_matches("pham minh chinh", "Thủ tướng Phạm Minh Chính")
    True
    >>> issuer_matches("Thủ tướng", "Phó Thủ tướng Trần Hồng Hà")
    False
    """
    wanted = _parts(query)
    if not wanted:
        return False
    parts = _parts(issuer)

    def found(want: tuple[str, ...]) -> bool:
        size = len(want)
        if exact:
            return want in parts
        return any(part[:size] == want or part[-size:] == want for part in parts)

    return all(found(want) for want in wanted)


def text_matches(query: str, text: str) -> bool:
    """Tell whether the query's words appear in ``text`` as whole words, in order.

    >>> text_matches("chuyen doi so", "Ủy ban Quốc gia về chuyển đổi số")
    True
    >>> text_matches("doi", "Đổi mới"), text_matches("do", "Đổi mới")
    (True, False)
    """
    words = _words(query)
    return bool(words) and _contains(_words(text), words)


# --------------------------------------------------------------------------------------
# Coercing filter values


def _enum_key(text: str) -> str:
    return " ".join(_words(text.replace("_", " ")))


@functools.cache
def _enum_lookup(enum_cls: type[E]) -> dict[str, E]:
    table: dict[str, E] = {}
    for member in enum_cls:
        table.setdefault(_enum_key(str(member.value)), member)
        table.setdefault(_enum_key(member.name), member)
    return table


def _coerce_enum(value: EnumFilter[E], enum_cls: type[E], what: str) -> frozenset[E]:
    """The set of members a kind-like filter names."""
    if isinstance(value, enum_cls):
        return frozenset({value})
    if isinstance(value, str):
        table = _enum_lookup(enum_cls)
        member = table.get(_enum_key(value))
        if member is None:
            close = difflib.get_close_matches(_enum_key(value), list(table), n=3)
            suggestions = tuple(dict.fromkeys(str(table[key].value) for key in close))
            hint = f" (did you mean {', '.join(map(repr, suggestions))}?)" if suggestions else ""
            msg = f"unknown {what} {value!r}{hint}"
            raise QueryError(msg, suggestions=suggestions)
        return frozenset({member})
    if isinstance(value, Iterable):
        members: set[E] = set()
        for item in value:
            if not isinstance(item, enum_cls | str):
                msg = f"a {what} filter takes names or members, not {type(item).__name__}"
                raise QueryError(msg)
            members |= _coerce_enum(item, enum_cls, what)
        return frozenset(members)
    msg = f"a {what} filter takes a name, a member or a collection, not {type(value).__name__}"
    raise QueryError(msg)


_ISO_PARTIAL = regex.compile(
    r"""
    (?P<year>\d{4})                      # 2024
    (?: [-/.] (?P<month>\d{1,2})         # -07
        (?: [-/.] (?P<day>\d{1,2}) )?    # -19
    )?
    """,
    regex.VERBOSE,
)
_DMY = regex.compile(
    r"(?P<day>\d{1,2}) [-/.] (?P<month>\d{1,2}) [-/.] (?P<year>\d{4})",  # 19/7/2024
    regex.VERBOSE,
)


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def coerce_date_bound(value: DateBound, *, end: bool = False) -> dt.date:
    """Read a date bound: a date, a year, or an ISO or day/month/year string.

    A year or month stands for its first day, or its last day with ``end=True``.

    Raises:
        QueryError: the value is not a date, a year or such a string.

    >>> coerce_date_bound("2024-07"), coerce_date_bound(2024, end=True)
    (datetime.date(2024, 7, 1), datetime.date(2024, 12, 31))
    >>> coerce_date_bound("19/7/2024")
    datetime.date(2024, 7, 19)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool) or not isinstance(value, int | str):
        msg = f"a date bound takes a date, a year or a string, not {type(value).__name__}"
        raise QueryError(msg)
    text = str(value).strip()
    try:
        if match := _ISO_PARTIAL.fullmatch(text):
            year = int(match["year"])
            if match["month"] is None:
                return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
            month = int(match["month"])
            if match["day"] is None:
                return _month_end(year, month) if end else dt.date(year, month, 1)
            return dt.date(year, month, int(match["day"]))
        if match := _DMY.fullmatch(text):
            return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError as exc:
        msg = f"not a valid date: {text!r} ({exc})"
        raise QueryError(msg) from exc
    shown = text if len(text) <= 40 else text[:37] + "..."
    msg = f"not a date: {shown!r} (use YYYY, YYYY-MM or YYYY-MM-DD)"
    raise QueryError(msg)


def _coerce_year(value: int | str, what: str) -> int:
    if isinstance(value, bool):
        msg = f"{what} takes a year, not {value!r}"
        raise QueryError(msg)
    if isinstance(value, int):
        return value
    text = str(value).strip()
    if regex.fullmatch(r"-?\d{1,9}", text):
        return int(text)
    shown = text if len(text) <= 40 else text[:37] + "..."
    msg = f"{what} takes a year, not {shown!r}"
    raise QueryError(msg)


# --------------------------------------------------------------------------------------
# Result sets


def describe(item: object) -> str:
    """A short human label of a model, a hit or anything else.

    >>> describe(Official(id="official:x", name="Phạm Minh Chính"))
    'Phạm Minh Chính'
    """
    if isinstance(item, Official):
        return item.name
    if isinstance(item, Resolution):
        return item.label
    if isinstance(item, Event):
        when = item.date.isoformat() if item.date else "undated"
        return f"{_shorten(item.name or item.kind.value, 40)} ({when})"
    if isinstance(item, Directive):
        head = item.label or _shorten(item.content, 40)
        return f"{item.issuer}: {head}" if item.issuer else head
    if isinstance(item, Target):
        return _shorten(item.text, 50)
    if isinstance(item, Article):
        return f"{item.id}: {_shorten(item.title or item.text, 50)}"
    if isinstance(item, SearchHit):
        return f"{item.kind} {item.label}"
    if isinstance(item, Position):
        return item.title
    text = getattr(item, "name", None) or getattr(item, "text", None) or getattr(item, "id", None)
    return _shorten(str(text if text is not None else item), 50)


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class ResultSet(tuple[T, ...], Generic[T]):
    """An immutable sequence of query results (a tuple) that exports and renders itself.

    Slicing gives a :class:`ResultSet` again. ``repr`` is short; in Jupyter the set
    renders as a table (:func:`vn_digital_policy.html.render_table`).

    >>> from vn_digital_policy.models import Official
    >>> found = ResultSet([Official(id="official:x", name="Phạm Minh Chính")])
    >>> found
    <ResultSet of 1 Official: Phạm Minh Chính>
    >>> found[0].name, len(found[:0])
    ('Phạm Minh Chính', 0)
    >>> print(found.to_jsonl())
    {"id":"official:x","name":"Phạm Minh Chính","honorifics":[],"positions":[],"mentions":[]}
    """

    __slots__ = ()

    @overload
    def __getitem__(self, index: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> ResultSet[T]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> T | ResultSet[T]:
        if isinstance(index, slice):
            return ResultSet(super().__getitem__(index))
        return super().__getitem__(index)

    def __repr__(self) -> str:
        if not self:
            return "<ResultSet of 0 results>"
        kinds = sorted({type(item).__name__ for item in self})
        kind = kinds[0] if len(kinds) == 1 else "results"
        shown = ", ".join(describe(item) for item in tuple.__getitem__(self, slice(0, 3)))
        more = f", … (+{len(self) - 3})" if len(self) > 3 else ""
        return f"<ResultSet of {len(self)} {kind}: {shown}{more}>"

    def to_json(self, *, indent: int | None = 2) -> str:
        """Return the results as a JSON array (see :func:`vn_digital_policy.export.to_json`).

        >>> ResultSet([]).to_json()
        '[]'
        """
        from vn_digital_policy.export import to_json  # noqa: PLC0415 - import cycle

        return to_json(self, indent=indent)

    def to_jsonl(self) -> str:
        """Return the results as JSON Lines: one compact JSON object a line.

        >>> ResultSet([]).to_jsonl()
        ''
        """
        from vn_digital_policy.export import to_jsonl  # noqa: PLC0415 - import cycle

        return to_jsonl(self)

    def write_jsonl(self, path: str | Path) -> int:
        """Write the results to ``path`` as JSON Lines, atomically; return the line count."""
        from vn_digital_policy.export import write_jsonl  # noqa: PLC0415 - import cycle

        return write_jsonl(self, path)

    def to_dataframe(self) -> Any:  # noqa: ANN401 - pandas is an optional dependency
        """Return the results as a pandas DataFrame, one row a result.

        Needs the optional extra: ``pip install vn-digital-policy[pandas]``.
        """
        from vn_digital_policy.export import to_dataframe  # noqa: PLC0415 - import cycle

        return to_dataframe(self)

    def _repr_html_(self) -> str:
        from vn_digital_policy.html import render_table  # noqa: PLC0415 - import cycle

        return render_table(self)


# --------------------------------------------------------------------------------------
# Filters over models


def _all(items: Iterable[T], tests: list[Callable[[T], bool]]) -> ResultSet[T]:
    return ResultSet(item for item in items if all(test(item) for test in tests))


def find_officials(
    officials: Iterable[Official],
    *,
    name: str | None = None,
    title: str | None = None,
    year: int | None = None,
    exact: bool = False,
) -> ResultSet[Official]:
    """Officials by name and/or title (see the module docs for how each matches).

    Args:
        officials: the officials to filter, e.g. ``corpus.officials``.
        name: words of the person's name ("pham minh chinh", "Hùng").
        title: the beginning of a title they hold ("Thủ tướng", "Bộ trưởng Bộ Công an").
        year: keep only positions observed in this year (with ``title``: the title
            must have been observed then).
        exact: names and titles must match whole.

    Raises:
        QueryError: a filter has no words.

    >>> from vn_digital_policy.models import Official, Position
    >>> hung = Official(
    ...     id="official:nguyen-manh-hung",
    ...     name="Nguyễn Mạnh Hùng",
    ...     positions=(
    ...         Position(
    ...             title="Bộ trưởng Bộ Thông tin và Truyền thông",
    ...             observed=dt.date(2021, 12, 6),
    ...         ),
    ...         Position(
    ...             title="Bộ trưởng Bộ Khoa học và Công nghệ",
    ...             observed=dt.date(2025, 12, 20),
    ...         ),
    ...     ),
    ... )
    >>> len(find_officials([hung], title="Bo truong Bo Khoa hoc", year=2025))
    1
    >>> len(find_officials([hung], title="Bộ trưởng Bộ Khoa học", year=2021))
    0
    """
    tests: list[Callable[[Official], bool]] = []
    if name is not None:
        _query_words(name, "name")
        tests.append(lambda o: name_matches(name, o.name, exact=exact))
    if title is not None or year is not None:
        if title is not None:
            _query_words(title, "title")
        wanted_year = None if year is None else _coerce_year(year, "year")

        def holds(position: Position) -> bool:
            if wanted_year is not None and (
                position.observed is None or position.observed.year != wanted_year
            ):
                return False
            return title is None or title_matches(title, position.title, exact=exact)

        tests.append(lambda o: any(holds(p) for p in o.positions))
    return _all(officials, tests)


def _in_range(day: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    if day is None:
        return False
    return (since is None or day >= since) and (until is None or day <= until)


def find_events(
    events: Iterable[Event],
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
    """Events by kind, date range, year, location, chair, participant or name.

    Undated events never match a date filter (``since``, ``until``, ``year``).

    Args:
        events: the events to filter, e.g. ``corpus.events``.
        kind: an :class:`~vn_digital_policy.enums.EventKind` or its name ("hội nghị",
            "forum"), or several.
        since: first day, inclusive (a date, a year, "2024-07" ...).
        until: last day, inclusive.
        year: the year it is held.
        location: words of the location ("Hà Nội", "tru so chinh phu").
        chair: a name among the chairs.
        participant: a name among the participants or chairs.
        name: words of the event's name or theme.
        main: only the events articles are mainly about (or only the others).

    Raises:
        QueryError: unknown kind, bad date, or a filter with no words.

    >>> from vn_digital_policy.models import Event
    >>> forum = Event(
    ...     id="event:a",
    ...     kind=EventKind.FORUM,
    ...     date=dt.date(2021, 12, 6),
    ...     chairs=("Phạm Minh Chính",),
    ... )
    >>> meeting = Event(id="event:b", kind=EventKind.CONFERENCE, date=dt.date(2024, 7, 19))
    >>> [e.id for e in find_events([forum, meeting], kind="dien dan", chair="Chính")]
    ['event:a']
    >>> [e.id for e in find_events([forum, meeting], since=2022)]
    ['event:b']
    """
    tests: list[Callable[[Event], bool]] = []
    if kind is not None:
        kinds = _coerce_enum(kind, EventKind, "event kind")
        tests.append(lambda e: e.kind in kinds)
    if since is not None or until is not None:
        low = None if since is None else coerce_date_bound(since)
        high = None if until is None else coerce_date_bound(until, end=True)
        tests.append(lambda e: _in_range(e.date, low, high))
    if year is not None:
        wanted = _coerce_year(year, "year")
        tests.append(lambda e: e.date is not None and e.date.year == wanted)
    if location is not None:
        _query_words(location, "location")
        tests.append(lambda e: e.location is not None and text_matches(location, e.location))
    if chair is not None:
        _query_words(chair, "chair")
        tests.append(lambda e: any(name_matches(chair, c) for c in e.chairs))
    if participant is not None:
        _query_words(participant, "participant")
        tests.append(
            lambda e: any(name_matches(participant, p) for p in (*e.chairs, *e.participants))
        )
    if name is not None:
        _query_words(name, "name")
        tests.append(
            lambda e: any(text_matches(name, t) for t in (e.name, e.theme) if t is not None)
        )
    if main is not None:
        tests.append(lambda e: e.is_main == main)
    return _all(events, tests)


def _directive_article(directive: Directive) -> str | None:
    spans = (*directive.evidence, *(item.evidence for item in directive.items))
    return next((span.article_id for span in spans if span.article_id), None)


def _official_matches_issuer(
    query: str, official: Official, article_id: str | None, *, exact: bool
) -> bool:
    if name_matches(query, official.name, exact=exact):
        return True
    positions = [p for p in official.positions if article_id and p.article_id == article_id]
    return any(title_matches(query, p.title, exact=exact) for p in positions or official.positions)


def find_directives(
    directives: Iterable[Directive],
    *,
    issuer: str | None = None,
    label: str | None = None,
    verb: EnumFilter[DirectiveVerb] | None = None,
    text: str | None = None,
    addressee: str | None = None,
    officials: Iterable[Official] | Mapping[str, Official] = (),
    exact: bool = False,
) -> ResultSet[Directive]:
    """Directives by issuer, label, verb, content or addressee.

    ``issuer`` matches the issuer string (:func:`issuer_matches`) or, through
    ``issuer_id``, the official among ``officials``: their name, or a title they hold
    in the directive's article (any title they hold, if the article is not known).

    Args:
        directives: the directives to filter, e.g. ``corpus.directives``.
        issuer: who gave it: a title ("Thủ tướng"), a name, a body ("Bộ Chính trị").
        label: words of the label of a set ("5 đẩy mạnh").
        verb: the verb that introduces it ("yêu cầu", "REQUEST"), or several.
        text: words of the content or of an item.
        addressee: words of an addressee ("các bộ, ngành").
        officials: officials to resolve ``issuer_id`` against (a mapping by id or an
            iterable), e.g. ``corpus.officials``.
        exact: names and titles must match whole.

    Raises:
        QueryError: unknown verb, or a filter with no words.

    >>> from vn_digital_policy.models import Directive, Official, Position
    >>> pm = Official(
    ...     id="official:pham-minh-chinh",
    ...     name="Phạm Minh Chính",
    ...     positions=(Position(title="Thủ tướng Chính phủ"),),
    ... )
    >>> d = Directive(
    ...     id="directive:1",
    ...     issuer="Phạm Minh Chính",
    ...     issuer_id=pm.id,
    ...     content="đẩy mạnh chuyển đổi số",
    ... )
    >>> len(find_directives([d], issuer="Thủ tướng", officials=[pm]))
    1
    >>> len(find_directives([d], issuer="Phó Thủ tướng", officials=[pm]))
    0
    """
    by_id = (
        dict(officials)
        if isinstance(officials, Mapping)
        else {official.id: official for official in officials}
    )
    tests: list[Callable[[Directive], bool]] = []
    if issuer is not None:
        _query_words(issuer, "issuer")

        def issued_by(d: Directive) -> bool:
            if d.issuer is not None and issuer_matches(issuer, d.issuer, exact=exact):
                return True
            official = by_id.get(d.issuer_id) if d.issuer_id else None
            return official is not None and _official_matches_issuer(
                issuer, official, _directive_article(d), exact=exact
            )

        tests.append(issued_by)
    if label is not None:
        _query_words(label, "label")
        tests.append(lambda d: d.label is not None and text_matches(label, d.label))
    if verb is not None:
        verbs = _coerce_enum(verb, DirectiveVerb, "directive verb")
        tests.append(lambda d: d.verb in verbs)
    if text is not None:
        _query_words(text, "text")
        tests.append(
            lambda d: (
                text_matches(text, d.content)
                or any(text_matches(text, item.text) for item in d.items)
            )
        )
    if addressee is not None:
        _query_words(addressee, "addressee")
        tests.append(lambda d: any(text_matches(addressee, a) for a in d.addressees))
    return _all(directives, tests)


def find_targets(
    targets: Iterable[Target],
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
    """Targets by the year they fall due, unit, subject, kind or source.

    Targets with no year never match a year filter.

    Args:
        targets: the targets to filter, e.g. ``corpus.targets``.
        due_by: the year is this one or earlier ("what falls due by 2030?").
        year: the year is exactly this one.
        since_year: the year is this one or later.
        unit: the unit, folded ("%", "tỷ USD", "ty usd").
        subject: words of the subject or of the stated text ("dịch vụ công").
        kind: a :class:`~vn_digital_policy.enums.TargetKind` or its name, or several.
        horizon: a :class:`~vn_digital_policy.enums.HorizonKind` or its name, or several.
        source_id: id of the resolution, directive or event that sets it.

    Raises:
        QueryError: unknown kind, bad year, or a filter with no words.

    >>> from vn_digital_policy.models import Target
    >>> t = Target(
    ...     id="target:1",
    ...     kind=TargetKind.QUANTIFIED,
    ...     text="kinh tế số chiếm 30% GDP",
    ...     value=30.0,
    ...     unit="%",
    ...     year=2030,
    ... )
    >>> len(find_targets([t], due_by=2030, unit="%", subject="kinh te so"))
    1
    >>> len(find_targets([t], due_by=2025))
    0
    """
    tests: list[Callable[[Target], bool]] = []
    if due_by is not None:
        limit = _coerce_year(due_by, "due_by")
        tests.append(lambda t: t.year is not None and t.year <= limit)
    if year is not None:
        exact_year = _coerce_year(year, "year")
        tests.append(lambda t: t.year == exact_year)
    if since_year is not None:
        first = _coerce_year(since_year, "since_year")
        tests.append(lambda t: t.year is not None and t.year >= first)
    if unit is not None:
        wanted_unit = fold(unit)
        if not wanted_unit:
            msg = f"the unit filter {unit!r} is empty"
            raise QueryError(msg)
        tests.append(lambda t: t.unit is not None and fold(t.unit) == wanted_unit)
    if subject is not None:
        _query_words(subject, "subject")
        tests.append(
            lambda t: any(text_matches(subject, s) for s in (t.subject, t.text) if s is not None)
        )
    if kind is not None:
        kinds = _coerce_enum(kind, TargetKind, "target kind")
        tests.append(lambda t: t.kind in kinds)
    if horizon is not None:
        horizons = _coerce_enum(horizon, HorizonKind, "horizon")
        tests.append(lambda t: t.horizon in horizons)
    if source_id is not None:
        tests.append(lambda t: t.source_id == source_id)
    return _all(targets, tests)


def _code_key(text: str) -> tuple[str, ...]:
    return _words(text)


def find_resolutions(
    resolutions: Iterable[Resolution],
    *,
    kind: EnumFilter[DocumentKind] | None = None,
    issuer: str | None = None,
    code: str | None = None,
    name: str | None = None,
    year: int | None = None,
    exact: bool = False,
) -> ResultSet[Resolution]:
    """Documents (resolutions, decisions, decrees, projects ...) by kind, issuer, code, name.

    Args:
        resolutions: the documents to filter, e.g. ``corpus.resolutions``.
        kind: a :class:`~vn_digital_policy.enums.DocumentKind` or its name
            ("nghị quyết", "decree"), or several.
        issuer: the issuing body (:func:`issuer_matches`), also read from the code
            ("TTg" is *Thủ tướng Chính phủ*).
        code: the code in any spelling ("57-NQ/TW", "57 nq tw"); a code without its
            issuer ("57-NQ") matches every issuer.
        name: words of the name or subject line ("Đề án 06").
        year: the year of issue (its date, else the year in its code).
        exact: issuers must match whole.

    Raises:
        QueryError: unknown kind, bad year, or a filter with no words.

    >>> from vn_digital_policy.codes import DocumentCode
    >>> from vn_digital_policy.models import Resolution
    >>> r = Resolution(
    ...     id="resolution:57-nq-tw",
    ...     kind=DocumentKind.RESOLUTION,
    ...     code=DocumentCode.parse("57-NQ/TW"),
    ...     issuer="Bộ Chính trị",
    ... )
    >>> len(find_resolutions([r], kind="nghi quyet", code="57-nq/tw", issuer="bo chinh tri"))
    1
    """
    tests: list[Callable[[Resolution], bool]] = []
    if kind is not None:
        kinds = _coerce_enum(kind, DocumentKind, "document kind")
        tests.append(lambda r: r.kind in kinds)
    if issuer is not None:
        _query_words(issuer, "issuer")

        def issued_by(r: Resolution) -> bool:
            names = [r.issuer]
            if r.code is not None:
                names.append(r.code.issuer_name)
            return any(issuer_matches(issuer, n, exact=exact) for n in names if n) or (
                r.code is not None and _words(r.code.issuer) == _words(issuer)
            )

        tests.append(issued_by)
    if code is not None:
        wanted = _query_words(code, "code")
        size = len(wanted)
        tests.append(lambda r: r.code is not None and _code_key(str(r.code))[:size] == wanted)
    if name is not None:
        _query_words(name, "name")
        tests.append(lambda r: any(text_matches(name, t) for t in (r.name, r.title, r.label) if t))
    if year is not None:
        wanted_year = _coerce_year(year, "year")

        def issued_in(r: Resolution) -> bool:
            if r.date is not None:
                return r.date.year == wanted_year
            return r.code is not None and r.code.year == wanted_year

        tests.append(issued_in)
    return _all(resolutions, tests)


# --------------------------------------------------------------------------------------
# Free-text search


@attrs.frozen(slots=True)
class SearchHit:
    """One result of :func:`search`: an entity or an article that mentions the query.

    ``kind`` is ``"official"``, ``"resolution"``, ``"event"``, ``"directive"``,
    ``"target"`` or ``"article"``; ``field`` the field that matched; ``snippet`` the
    matching text with some context. Article hits carry ``span``, the first match in
    the article's text, and ``count``, the number of matches there.

    >>> hit = SearchHit(
    ...     kind="official",
    ...     id="official:x",
    ...     label="Phạm Minh Chính",
    ...     field="name",
    ...     snippet="Phạm Minh Chính",
    ... )
    >>> hit.to_dict()["kind"]
    'official'
    """

    kind: str
    id: str
    label: str
    field: str
    snippet: str
    article_id: str | None = None
    span: Span | None = None
    count: int = 1
    item: Entity | None = attrs.field(default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        """The hit as JSON-ready data (without ``item``; look it up by ``id``).

        >>> sorted(SearchHit("article", "a", "A", "text", "x").to_dict())
        ['article_id', 'count', 'field', 'id', 'kind', 'label', 'snippet', 'span']
        """
        return {
            "kind": self.kind,
            "id": self.id,
            "label": self.label,
            "field": self.field,
            "snippet": self.snippet,
            "article_id": self.article_id,
            "span": None if self.span is None else self.span.model_dump(mode="json"),
            "count": self.count,
        }


_SEARCH_KINDS = ("official", "resolution", "event", "directive", "target", "article")


@functools.cache
def _letter_classes() -> dict[str, str]:
    """For each ASCII letter and digit, a regex class of every character folding to it.

    Built from :func:`fold_aligned` over the Latin blocks (Vietnamese included), so a
    search runs straight over the text, without folding it first: "a" becomes
    ``[AaÀÁÂÃ...ạảấầẩẫậắằẳẵặ]``, "d" includes "Đ" and "đ".
    """
    groups: dict[str, set[str]] = {}
    # Latin, Latin Extended, Vietnamese, and letterlike symbols (the Kelvin sign is a K).
    for code in (*range(0x20, 0x250), *range(0x1E00, 0x1F00), *range(0x2100, 0x2150)):
        char = chr(code)
        folded = fold_aligned(char)
        if folded.isascii() and folded.isalnum():
            groups.setdefault(folded, {folded}).add(char)
    return {
        key: "[" + "".join(regex.escape(char) for char in sorted(chars)) + "]"
        for key, chars in groups.items()
    }


# Word boundaries that see through combining marks (NFD text): a match may not start
# right after a letter (and its marks) nor end right before a letter or digit.
_START = r"(?<![\p{L}\p{N}]\p{M}{0,8})"
_END = r"(?![\p{L}\p{N}])"
_BETWEEN = r"[^\p{L}\p{N}]++"


def _search_pattern(words: tuple[str, ...]) -> tuple[regex.Pattern[str], bool]:
    """The regex of the words in order, as whole words, and whether it runs on folded text.

    Words of ASCII letters and digits (every folded Vietnamese query) match the text
    as it is, through :func:`_letter_classes`; other words match
    :func:`fold_aligned` text (same length, so offsets hold). Combining marks may
    follow any letter; any run of non-alphanumerics separates words ("57 nq tw"
    matches "57-NQ/TW").
    """
    classes = _letter_classes()
    direct = all(char in classes for word in words for char in word)
    letter = (lambda char: classes[char]) if direct else regex.escape
    body = _BETWEEN.join("".join(letter(char) + r"\p{M}*+" for char in word) for word in words)
    return regex.compile(_START + body + _END), not direct


def _snippet(text: str, start: int, end: int, width: int = 60) -> str:
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:  # start and end on word boundaries when the window allows
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    head = "…" if left > 0 else ""
    tail = "…" if right < len(text) else ""
    return head + " ".join(text[left:right].split()) + tail


def _entity_fields(item: Entity) -> Iterable[tuple[str, str | None]]:
    if isinstance(item, Official):
        yield "name", item.name
        for position in item.positions:
            yield "title", position.title
    elif isinstance(item, Resolution):
        yield "label", item.label
        yield "name", item.name
        yield "title", item.title
        yield "issuer", item.issuer
    elif isinstance(item, Event):
        yield "name", item.name
        yield "theme", item.theme
        yield "location", item.location
        yield "kind", item.kind.value
        for organiser in item.organisers:
            yield "organiser", organiser
        for person in (*item.chairs, *item.participants):
            yield "participant", person
    elif isinstance(item, Directive):
        yield "label", item.label
        yield "content", item.content
        for directive_item in item.items:
            yield "item", directive_item.text
        yield "issuer", item.issuer
        for addressee in item.addressees:
            yield "addressee", addressee
    elif isinstance(item, Target):
        yield "text", item.text
        yield "subject", item.subject
        yield "unit", item.unit


def search(
    corpus: Corpus,
    query: str,
    *,
    kinds: Collection[str] | None = None,
    limit: int | None = None,
) -> ResultSet[SearchHit]:
    """Free-text search over a corpus's merged entities and its articles.

    The query's words must appear in order as whole words, ignoring case, diacritics,
    tone-mark style and punctuation between words. Entities come first (officials,
    resolutions, events, directives, targets, in corpus order; one hit per entity, for
    the first field that matches), then articles (one hit per article, with the first
    match's span and the number of matches). A query with no words finds nothing.

    Args:
        corpus: the corpus to search.
        query: the words to find ("chuyển đổi số", "57-NQ/TW", "pham minh chinh").
        kinds: restrict to these kinds of hit ("official", ..., "article").
        limit: return at most this many hits.

    Raises:
        QueryError: an unknown kind of hit.

    >>> from vn_digital_policy.corpus import Corpus
    >>> from vn_digital_policy.models import Article
    >>> corpus = Corpus([Article(id="a", text="Thúc đẩy chuyển đổi số quốc gia.")])
    >>> [(h.kind, h.span.text) for h in search(corpus, "chuyen doi so")]
    [('article', 'chuyển đổi số')]
    """
    wanted = _SEARCH_KINDS if kinds is None else tuple(kinds)
    unknown = sorted(set(wanted) - set(_SEARCH_KINDS))
    if unknown:
        msg = f"unknown kind of hit {unknown[0]!r} (use {', '.join(_SEARCH_KINDS)})"
        raise QueryError(msg, suggestions=_SEARCH_KINDS)
    words = _words(query)
    if not words or (limit is not None and limit <= 0):
        return ResultSet()
    pattern, on_folded = _search_pattern(words)

    def prepared(key: object, text: str) -> str:
        if not on_folded:
            return text
        return corpus._memoized(("folded", key), functools.partial(fold_aligned, text))

    hits: list[SearchHit] = []
    for kind in _SEARCH_KINDS[:-1]:
        if kind not in wanted:
            continue
        fields_of = functools.partial(_fields_of, corpus, kind)
        for item, fields in corpus._memoized(("search-fields", kind), fields_of):
            for field, value in fields:
                match = pattern.search(prepared((kind, field, value), value))
                if match is None:
                    continue
                articles = corpus.articles_of(item)
                hits.append(
                    SearchHit(
                        kind=kind,
                        id=str(getattr(item, "id", "")),
                        label=describe(item),
                        field=field,
                        snippet=_snippet(value, match.start(), match.end()),
                        article_id=articles[0].id if articles else None,
                        item=item,
                    )
                )
                break
            if limit is not None and len(hits) >= limit:
                return ResultSet(hits)
    if "article" in wanted:
        for article in corpus:
            hit = _article_hit(
                article,
                prepared(("text", article.id), article.text),
                prepared(("title", article.id), article.title or ""),
                pattern,
            )
            if hit is not None:
                hits.append(hit)
                if limit is not None and len(hits) >= limit:
                    break
    return ResultSet(hits)


_Fields = list[tuple[Entity, list[tuple[str, str]]]]


def _fields_of(corpus: Corpus, kind: str) -> _Fields:
    """Every entity of a kind with its searchable fields, (field, value)."""
    view: Iterable[Entity] = getattr(corpus, _VIEWS[kind])
    return [(item, [(f, v) for f, v in _entity_fields(item) if v]) for item in view]


_VIEWS = {
    "official": "officials",
    "resolution": "resolutions",
    "event": "events",
    "directive": "directives",
    "target": "targets",
}


def _article_hit(
    article: Article, text: str, title: str, pattern: regex.Pattern[str]
) -> SearchHit | None:
    """The hit of an article; ``text`` and ``title`` are the article's, folded or not."""
    matches = pattern.finditer(text)
    first = next(matches, None)
    label = describe(article)
    if first is None:
        if article.title and (match := pattern.search(title)):
            return SearchHit(
                kind="article",
                id=article.id,
                label=label,
                field="title",
                snippet=_snippet(article.title, match.start(), match.end()),
                article_id=article.id,
                item=article,
            )
        return None
    count = 1 + sum(1 for _ in matches)
    start, end = first.span()
    return SearchHit(
        kind="article",
        id=article.id,
        label=label,
        field="text",
        snippet=_snippet(article.text, start, end),
        article_id=article.id,
        span=Span.of(article.text, start, end, article_id=article.id),
        count=count,
        item=article,
    )
