"""Ngày tháng, thời kỳ (dates and periods): Vietnamese dates, months, quarters and horizons in text.

Government and Party press dates its events with short datelines ("Sáng 6/12",
"chiều 19-7", "Hôm nay (15/1)"), its documents with full dates ("ngày 22/3/2018",
"ngày 22 tháng 12 năm 2024"), its reports with months, quarters and halves ("tháng
11/2021", "quý I/2025", "6 tháng đầu năm 2022") and its plans with horizons and periods
("đến năm 2030, tầm nhìn đến năm 2045", "giai đoạn 2021-2025"). This module finds them
with a few anchored regular expressions (one pass over the digits, one per rare anchor
word), keeps spans into the caller's text, validates every calendar date and resolves a
missing year against the article's publication date.

The module follows the package's parser protocol: :func:`find_dates` never raises on
text, :func:`parse_date` raises :class:`~vn_digital_policy.errors.DateParseError`,
:func:`is_date` never raises, and :func:`format_date` writes the forms back.

The lead words (parts of day, weekdays, horizon lead-ins, quarter words...) live in
``data/date_words.tsv``.

>>> import datetime as dt
>>> [m.text for m in find_dates("Sáng 6/12, Thủ tướng dự Diễn đàn về chiến lược đến năm 2030.")]
['Sáng 6/12', 'đến năm 2030']
>>> m = find_dates("Sáng 6/12, tại Hà Nội", reference=dt.date(2022, 1, 10))[0]
>>> m.date, m.part_of_day.name, m.year_inferred
(datetime.date(2021, 12, 6), 'MORNING', True)
>>> parse_date("giai đoạn 2021 - 2025").last
datetime.date(2025, 12, 31)
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import itertools
import string
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, TypeAlias

import attrs
import regex
from dateutil.relativedelta import relativedelta

from vn_digital_policy._data import read_table
from vn_digital_policy.enums import DatePrecision, HorizonKind, PartOfDay
from vn_digital_policy.errors import DataFileError, DateParseError

__all__ = ["DateMatch", "find_dates", "format_date", "is_date", "parse_date"]

#: A group's text as the ``regex`` stubs type it: ``str``, or ``None`` when the group took
#: no part (typeshed's ``MaybeNone``, which is ``Any``: callers check for ``None`` where
#: it can happen). Spelled here because ``_typeshed`` exists only for type checkers.
_MaybeNone: TypeAlias = Any

_DATA_FILE = "date_words.tsv"

#: A date without a year is resolved to a year at most this many days from the reference.
_MAX_DISTANCE_DAYS = 183

#: Years written after an explicit year word or inside a full date ("năm 1858", "2/9/1945").
_MIN_YEAR, _MAX_YEAR = 1000, 2999

#: Bare four-digit numbers count as years only inside this range ("tầm nhìn 2045").
_MIN_BARE_YEAR, _MAX_BARE_YEAR = 1945, 2100

#: Longest span of a period: bare ranges ("2021 - 2025") and led ones ("thời kỳ 1945-2045").
_MAX_BARE_PERIOD, _MAX_LED_PERIOD = 30, 100


# --------------------------------------------------------------------------------------
# Result type
# --------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class DateMatch:
    """A date, month, quarter, half-year, year or period found in text.

    ``start``/``end`` are offsets into the string the caller passed, so
    ``source[m.start:m.end] == m.text``. Lead words that belong to the expression are
    inside the span ("Sáng 6/12", "ngày 22/3/2018", "tầm nhìn đến năm 2045"); bare
    prepositions are not ("từ 1/7" gives "1/7").

    Attributes:
        start: offset of the first character of the expression.
        end: offset just past its last character.
        text: ``source[start:end]``.
        precision: what the expression denotes: a day, month, quarter, half year, year
            or a period: a range of years ("giai đoạn 2021-2025"), of months ("9 tháng
            đầu năm 2024") or of days of one month ("ngày 6-7/12").
        year: the year; the first year of a period. ``None`` when it could not be
            resolved (no year in the text, no ``reference`` nor ``default_year``).
        month: the month; for a range of months ("6 tháng cuối năm") the first month.
        day: the day of the month.
        quarter: the quarter, 1 to 4.
        first: the first day covered, ``None`` when the year is unknown.
        last: the last day covered, ``None`` when the year is unknown.
        end_year: the last year of a period ("giai đoạn 2021-2025" gives 2025), else
            ``None``.
        end_month: the last month of a range of months ("6 tháng đầu năm" gives 6).
        part_of_day: the part of the day of a dateline ("Sáng 6/12").
        horizon: the forward-looking lead-in ("đến năm", "tầm nhìn", "giai đoạn"...).
        year_inferred: the year came from ``reference``/``default_year``/"năm nay", not
            from digits in the text.
        lead: the lead words inside the span, lower case and NFC with single spaces
            ("sáng", "ngày", "tầm nhìn đến năm", "năm", "cuối năm"); ``""`` for bare
            numbers. A modifier such as "cuối"/"đầu" ("cuối năm 2025", "đầu tháng 12")
            only shows here: ``first``/``last`` still cover the whole year or month.

    >>> m = find_dates("Nghị quyết 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị")[0]
    >>> m.text, m.precision.name, m.date, m.lead
    ('ngày 22/3/2018', 'DAY', datetime.date(2018, 3, 22), 'ngày')
    """

    start: int
    end: int
    text: str
    precision: DatePrecision
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    end_year: int | None = None
    end_month: int | None = None
    part_of_day: PartOfDay | None = None
    horizon: HorizonKind | None = None
    year_inferred: bool = False
    lead: str = ""

    @property
    def date(self) -> dt.date | None:
        """The day itself for DAY precision with a known year, else ``None``.

        >>> parse_date("ngày 22 tháng 12 năm 2024").date
        datetime.date(2024, 12, 22)
        >>> parse_date("tháng 11/2021").date is None
        True
        """
        return self.first if self.precision is DatePrecision.DAY else None

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``, as for :meth:`re.Match.span`.

        >>> find_dates("Chiều 19-7, Thủ tướng")[0].span
        (0, 10)
        """
        return (self.start, self.end)

    @property
    def half(self) -> int | None:
        """1 for the first half of the year, 2 for the second, for HALF_YEAR precision.

        >>> parse_date("6 tháng cuối năm 2023").half
        2
        """
        if self.precision is not DatePrecision.HALF_YEAR or self.month is None:
            return None
        return 1 if self.month == 1 else 2


class _Reading(NamedTuple):
    """What a builder reads from a match: the fields of :class:`DateMatch` after ``text``.

    The span is placed later (:func:`_to_match`), once the matches of all passes are
    merged; ``DateMatch(start, end, text, *reading)`` builds the result, so the fields
    keep the order of :class:`DateMatch`.
    """

    precision: DatePrecision
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    first: dt.date | None = None
    last: dt.date | None = None
    end_year: int | None = None
    end_month: int | None = None
    part_of_day: PartOfDay | None = None
    horizon: HorizonKind | None = None
    year_inferred: bool = False
    lead: str = ""


# --------------------------------------------------------------------------------------
# Lexicon (data/date_words.tsv)
# --------------------------------------------------------------------------------------

_CATEGORIES = (
    "part_of_day",
    "relative_day",
    "today_word",
    "weekday",
    "day_word",
    "preposition",
    "horizon",
    "period_lead",
    "range_word",
    "from_word",
    "modifier",
    "half",
    "half_word",
    "count",
    "month_word",
    "year_word",
    "quarter_word",
    "roman",
    "relative_year",
    "plural",
    "frequency",
    "unit",
)


def _key(surface: str) -> str:
    """Lookup key of a surface form: lower case, single spaces (input is already NFC)."""
    return " ".join(surface.lower().split())


@attrs.frozen(slots=True)
class _Lexicon:
    """The rows of ``date_words.tsv`` grouped by category."""

    words: Mapping[str, tuple[str, ...]]
    values: Mapping[tuple[str, str], str]
    options: Mapping[tuple[str, str], str]

    def value(self, category: str, surface: str) -> str:
        """Value column of the row ``(category, surface)``; ``""`` when unknown."""
        return self.values.get((category, _key(surface)), "")

    def option(self, category: str, surface: str) -> str:
        """Option column of the row ``(category, surface)``; ``""`` when unknown."""
        return self.options.get((category, _key(surface)), "")

    def first_surface(self, category: str, value: str) -> str | None:
        """The first surface form listed with ``value`` in ``category`` (for formatting)."""
        for surface in self.words[category]:
            if self.values[(category, surface)] == value:
                return surface
        return None

    def alternation(self, category: str) -> str:
        """A non-capturing regex alternation of the category's surfaces, longest first."""
        parts = sorted(self.words[category], key=len, reverse=True)
        escaped = (_W.join(regex.escape(word) for word in part.split()) for part in parts)
        return "(?:" + "|".join(escaped) + ")"


@functools.cache
def _lexicon() -> _Lexicon:
    words: dict[str, list[str]] = {category: [] for category in _CATEGORIES}
    values: dict[tuple[str, str], str] = {}
    options: dict[tuple[str, str], str] = {}
    for category, surface, value, option in read_table(_DATA_FILE, columns=4):
        if category not in words:
            msg = f"data/{_DATA_FILE}: unknown category {category!r}"
            raise DataFileError(msg)
        key = _key(surface)
        words[category].append(key)
        values[(category, key)] = value
        options[(category, key)] = option
    empty = [category for category, listed in words.items() if not listed]
    if empty:
        msg = f"data/{_DATA_FILE}: no rows for {', '.join(empty)}"
        raise DataFileError(msg)
    return _Lexicon({k: tuple(v) for k, v in words.items()}, values, options)


# --------------------------------------------------------------------------------------
# The regular expression
# --------------------------------------------------------------------------------------

# Building blocks. Horizontal space runs are bounded ({1,4}+), so every match has a
# bounded length and a rejected candidate is cheap to re-scan.
_H = r"[^\S\r\n]"
_W = _H + r"{1,4}+"
_W0 = _H + r"{0,4}+"

_PIECES: dict[str, str] = {
    "W": _W,
    "W0": _W0,
    # a word starts here / ends here
    "WS": r"(?<![\p{L}\p{M}\p{N}_])",
    "WE": r"(?![\p{L}\p{M}\p{N}_])",
    # a number starts here: not inside a word, a larger number ("1.200/5", "3,5/10") or a
    # code ("Covid-19", "NQ/12")
    "NS": r"(?<![\p{L}\p{M}\p{N}_]|\p{N}[/.,\-‐‑–—]|\p{L}[/\-‐‑])",
    "Y4": r"[0-9]{4}+(?![0-9])",
    # after a year: not a word, a code ("2023/NĐ-CP"), a longer range or a decimal
    "YE": r"(?![\p{L}\p{M}\p{N}_]|[/\-‐‑][\p{L}\p{N}]|[.,][0-9])",
    # after a day/month or month without year: the same, but a range may follow ("30/4-1/5")
    "DE": r"(?![\p{L}\p{M}\p{N}_]|/[\p{L}\p{N}]|[\-‐‑]\p{L}|[.,/][0-9])",
    "DASH": r"[\-‐‑‒–—−]",
    "DSEP": r"[/.\-]",
}

# Every alternative starts at a cheap anchor the regex engine can skip to: a single
# literal or character class, never an optional lead word, so text without dates is
# scanned at memchr-like speed. Lead words before the anchor ("Sáng", "thứ Sáu, ngày",
# "tầm nhìn đến năm", "giai đoạn") are read backwards with a capturing look-behind.
#
# * The number pass anchors every numeric expression at its first digit; its pattern is
#   "[0-9]" followed by one branch per kind, tried in order (longer and more specific
#   first). Each branch starts right after that first digit; the zero-width group "n1"
#   marks the end of the first number.
# * The word passes find what has no digit before the year, each on its own literal:
#   quarters ("quý I", on "quý"), runs of months ("sáu tháng cuối năm", on "tháng"),
#   halves ("nửa đầu năm", on "nửa") and "năm nay"/"năm ngoái" (on "nay"/"ngoái").
#
# The matches of all passes are merged: leftmost first, then longest.
_NUMBER_ALTERNATIVES: tuple[tuple[str, str], ...] = (
    (
        "PERIOD",
        r"""
        [0-9]{3}+ (?![0-9]) (?P<n1>)
        (?= %(W0)s %(DASH)s | %(W)s %(range_word)s %(WE)s )  # cheap test before the look-behind
        (?<=
            (?P<p_lead>
                %(WS)s
                (?: (?P<p_kind> %(period_lead)s ) %(W)s (?: %(from_word)s %(W)s )?
                    (?: %(year_word)s %(W)s )?              # giai đoạn (từ) (năm)
                  | %(from_word)s %(W)s (?: %(year_word)s %(W)s )?   # từ (năm)
                  | (?: %(plural)s %(W)s )? %(year_word)s %(W)s      # (các) năm
                )
            )?
            %(NS)s [0-9]{4} )
        (?: %(W0)s %(DASH)s %(W0)s (?: %(year_word)s %(W)s )?   # 2021 - 2025
          | %(W)s (?P<p_to> %(range_word)s ) %(W)s              # 2021 đến (hết) (năm) 2025
            (?: %(modifier)s %(W)s )? (?: %(year_word)s %(W)s )?
        )
        (?P<p_y2> %(Y4)s ) %(YE)s
        """,
    ),
    (
        "HORIZON",
        r"""
        [0-9]{3}+ (?![0-9]) (?P<n1>) %(YE)s
        (?<=
            (?P<h_lead>
                %(WS)s
                (?: (?P<h_period> %(period_lead)s ) %(W)s )?     # giai đoạn đến năm 2030
                (?P<h_kind> %(horizon)s )                       # đến / tầm nhìn / định hướng
                (?: %(W)s %(range_word)s )?                     # tầm nhìn đến
                (?: %(W)s %(modifier)s )?                       # đến hết / đến cuối
                (?: %(W)s (?P<h_year_word> %(year_word)s ) )?   # năm
                %(W)s
            )
            %(NS)s [0-9]{4} )
        """,
    ),
    (
        "MONTH",
        r"""
        [0-9]?+ (?![0-9]) (?P<n1>)
        (?<= (?P<m_lead> %(WS)s (?: %(modifier)s %(W)s )? %(month_word)s ) %(W)s
            %(NS)s [0-9]{1,2} )
        (?: %(DSEP)s (?P<m_y> %(Y4)s )                          # tháng 11/2021
          | ,? %(W)s %(year_word)s %(W)s                        # tháng 11 năm 2021
            (?: (?P<m_y2> %(Y4)s ) | (?P<m_rel> %(relative_year)s ) %(WE)s )
        )?
        %(YE)s
        """,
    ),
    (
        "DAY",
        r"""
        [0-9]?+ (?![0-9]) (?P<n1>)
        (?= [/.\-–] [0-9] | %(W)s %(month_word)s %(WE)s )   # cheap test before the look-behind
        (?<=
            (?P<d_lead>
                %(WS)s
                (?: (?P<d_pod> %(part_of_day)s ) %(WE)s (?: %(W)s %(relative_day)s %(WE)s )?
                    ,? %(W0)s )?                            # Sáng / sáng nay
                (?: %(today_word)s %(WE)s (?: %(W)s %(relative_day)s %(WE)s )? ,? %(W0)s )?
                (?: %(weekday)s %(WE)s ,? %(W0)s )?         # thứ Sáu,
                (?: (?P<d_pod2> %(part_of_day)s ) %(W)s )?  # thứ Hai, sáng
                (?: %(day_word)s %(W)s )?                   # ngày / ngày mùng
            )?
            (?P<d_open> \( %(W0)s )?                        # (6/12)
            %(NS)s [0-9]{1,2} )
        (?: [\-–] (?P<d_to> [0-9]{1,2}+ ) (?= /[0-9] ) )?   # 6-7/12: two days
        (?: (?P<d_sep> %(DSEP)s ) (?P<d_m> [0-9]{1,2}+ ) (?![0-9])
            (?: %(DSEP)s (?P<d_y> %(Y4)s )                      # 22/3/2018
              | ,? %(W)s %(year_word)s %(W)s                    # 22/12 năm 2024
                (?: (?P<d_y2> %(Y4)s ) | (?P<d_rel> %(relative_year)s ) %(WE)s )
            )?
          | %(W)s %(month_word)s %(W)s (?P<d_vm> [0-9]{1,2}+ ) (?![0-9])
            (?: ,? %(W)s %(year_word)s %(W)s                    # 22 tháng 12 năm 2024
                (?: (?P<d_vy> %(Y4)s ) | (?P<d_vrel> %(relative_year)s ) %(WE)s ) )?
        )
        (?(d_open) %(W0)s \) )
        %(DE)s
        """,
    ),
    (
        "YEAR",
        r"""
        [0-9]{3}+ (?![0-9]) (?P<n1>) %(YE)s
        (?<= (?P<y_lead> %(WS)s (?: %(modifier)s %(W)s )? %(year_word)s ) %(W)s
            %(NS)s [0-9]{4} )
        """,
    ),
    ("BARE", r"[0-9]{3}+ (?![0-9]) (?P<n1>) %(YE)s (?<= %(NS)s [0-9]{4} )"),
)

_WORD_ALTERNATIVES: tuple[tuple[str, str], ...] = (
    (
        "QUARTER",
        r"""
        %(quarter_word)s (?<= (?P<q_lead> %(WS)s (?: %(modifier)s %(W)s )? %(quarter_word)s ) )
        %(W)s (?P<q_n> %(roman)s | [1-4] ) %(WE)s
        (?: %(DSEP)s (?P<q_y> %(Y4)s ) %(YE)s                  # quý I/2025
          | ,? %(W)s %(year_word)s %(W)s                        # quý IV năm 2024
            (?: %(NS)s (?P<q_y2> %(Y4)s ) %(YE)s | (?P<q_rel> %(relative_year)s ) %(WE)s )
        )?
        (?! [/\-‐‑][\p{L}\p{N}] | [.,][0-9] )
        """,
    ),
    (
        "MONTHS",
        r"""
        %(month_word)s (?<=                                 # 6 / sáu tháng đầu năm
            (?P<hf_count> %(WS)s (?: %(NS)s (?P<hf_n> [0-9]{1,2}+ ) | (?P<hf_w> %(count)s ) )
            %(W)s ) %(month_word)s )
        %(W)s (?: (?P<hf_side> %(half)s ) %(W)s )? %(year_word)s
        (?: %(W)s (?: %(NS)s (?P<hf_y> %(Y4)s ) %(YE)s
                    | (?P<hf_rel> %(relative_year)s ) %(WE)s ) )?
        %(WE)s
        """,
    ),
    (
        "HALF",
        r"""
        %(half_word)s (?<= (?P<hf_lead> %(WS)s %(half_word)s ) )
        %(W)s (?P<hf_side> %(half)s ) %(W)s %(year_word)s     # nửa đầu năm
        (?: %(W)s (?: %(NS)s (?P<hf_y> %(Y4)s ) %(YE)s
                    | (?P<hf_rel> %(relative_year)s ) %(WE)s ) )?
        %(WE)s
        """,
    ),
    (
        "RELATIVE",
        r"""
        (?P<r_rel> %(relative_year)s ) (?<=                  # (trong) năm nay
            (?P<r_lead>
                %(WS)s
                (?: (?P<r_kind> %(horizon)s ) %(W)s (?: %(range_word)s %(W)s )? )?
                (?: %(modifier)s %(W)s )?
                %(year_word)s %(W)s
            )
            %(relative_year)s )
        %(WE)s
        """,
    ),
)

_FLAGS = regex.VERBOSE | regex.IGNORECASE | regex.VERSION0

# The anchor of the number pass: the first digit of a number (checked after consuming it,
# so the engine can skip straight to digits; case-sensitive, as digits have no case, for
# the engine's fast range search: under IGNORECASE it tests every character's cases).
_DIGIT = r"(?-i:[0-9])(?<![0-9][0-9])"

# The look-behind groups whose start is the start of the match when they take part.
_LEAD_GROUPS: Mapping[str, tuple[str, ...]] = {
    "PERIOD": ("p_lead",),
    "HORIZON": ("h_lead",),
    "MONTH": ("m_lead",),
    "DAY": ("d_lead", "d_open"),
    "YEAR": ("y_lead",),
    "BARE": (),
    "QUARTER": ("q_lead",),
    "MONTHS": ("hf_count",),
    "HALF": ("hf_lead",),
    "RELATIVE": ("r_lead",),
}


@attrs.frozen(slots=True)
class _Pass:
    """One scan: a combined pattern, and each of its alternatives alone (for re-tries)."""

    combined: regex.Pattern[str]
    names: tuple[str, ...]
    alone: tuple[regex.Pattern[str], ...]
    # Group numbers by name (see _Groups): of the combined pattern, of each alone.
    combined_index: Mapping[str, int] = attrs.field(init=False)
    alone_index: tuple[Mapping[str, int], ...] = attrs.field(init=False)
    # The number of each alternative's own group in the combined pattern.
    alternative_groups: tuple[int, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        index = dict(self.combined.groupindex)
        object.__setattr__(self, "combined_index", index)
        object.__setattr__(self, "alone_index", tuple(dict(p.groupindex) for p in self.alone))
        object.__setattr__(self, "alternative_groups", tuple(index[n] for n in self.names))


@functools.cache
def _passes() -> tuple[_Pass, ...]:
    """The compiled passes, built once from the lexicon.

    The number pass comes twice, without and with bare years; :func:`_find` runs one of
    them, then the word passes.
    """
    lexicon = _lexicon()
    pieces = dict(_PIECES)
    pieces.update({category: lexicon.alternation(category) for category in _CATEGORIES})

    def body(name: str, source: str, values: Mapping[str, str] = pieces) -> str:
        return f"(?P<{name}>{source % values})"

    passes = []
    for with_bare in (False, True):
        alternatives = [alt for alt in _NUMBER_ALTERNATIVES if with_bare or alt[0] != "BARE"]
        numbers = [body(name, source) for name, source in alternatives]
        passes.append(
            _Pass(
                combined=regex.compile(_DIGIT + "(?:" + "|".join(numbers) + ")", _FLAGS),
                names=tuple(name for name, _ in alternatives),
                alone=tuple(regex.compile(_DIGIT + number, _FLAGS) for number in numbers),
            )
        )
    for name, source in _WORD_ALTERNATIVES:
        variants = [pieces]
        if name == "RELATIVE":
            # "nay" and "ngoái" share their first letter: their alternation gives the
            # engine no literal to skip to, so it would try every "n". One pass per word
            # finds the same (the words never overlap) several times faster.
            words = lexicon.words["relative_year"]
            variants = [
                {**pieces, "relative_year": "(?:" + _W.join(map(regex.escape, w.split())) + ")"}
                for w in words
            ]
        for values in variants:
            pattern = regex.compile(body(name, source, values), _FLAGS)
            passes.append(_Pass(combined=pattern, names=(name,), alone=(pattern,)))
    return tuple(passes)


@functools.cache
def _context_patterns() -> Mapping[str, regex.Pattern[str]]:
    """Zero-width tests of the words right before/after a candidate, matched at its edge."""
    lexicon = _lexicon()
    decades = [w for w in lexicon.words["plural"] if lexicon.option("plural", w) == "decade"]
    word_start = _PIECES["WS"]
    sources = {
        # "từ 1/7", "trước 30/6": a preposition makes a bare day/month a date
        "preposition": rf"(?<= {word_start} {lexicon.alternation('preposition')} {_W} )",
        # "1/5 dân số", "2-3 năm", "2000 người": a unit makes it a quantity
        "unit": rf"{_W0} {lexicon.alternation('unit')} {_PIECES['WE']}",
        # "mỗi tháng 1 lần", "2 tháng 12 ngày": a frequency or a duration, not a month
        "frequency": rf"(?<= (?: {word_start} {lexicon.alternation('frequency')} | [0-9] ) {_W} )",
        # "những năm 1990": a decade
        "decade": rf"(?<= {word_start} (?: {'|'.join(map(regex.escape, decades))} ) {_W} )",
    }
    return {name: regex.compile(source, _FLAGS) for name, source in sources.items()}


_DATELINE_BEFORE = regex.compile(r",[^\S\r\n]{0,4}+\Z")
_DATELINE_AFTER = regex.compile(r"[^\S\r\n]{0,4}+[\-–—(]")
_NUMBER_AFTER = regex.compile(r"[^\S\r\n]{0,4}+[0-9]")
_MARK = regex.compile(r"\p{M}")
# Text with combining marks is normalised in chunks of at most 256 characters, cut after
# a space where there is one: NFC then runs in C, and its cost stays linear even on
# adversarial runs of thousands of marks (whose canonical reordering is quadratic).
_CHUNK = regex.compile(r".{1,256}(?<=\s)|.{1,256}", regex.DOTALL)
# A base character and its combining marks: the unit NFC composes.
_CLUSTER = regex.compile(r"\P{M}?\p{M}*+", regex.DOTALL)


# --------------------------------------------------------------------------------------
# Offsets: the matcher reads NFC text, results point into the caller's text
# --------------------------------------------------------------------------------------


class _Normalised:
    """The caller's text with combining sequences composed (NFC), and the offset map back."""

    __slots__ = ("_chunks", "_n_starts", "_normed", "_o_starts", "text")

    def __init__(self, original: str) -> None:
        self._chunks: list[str] = []
        # NFC text (the common case, checked at C speed) composes to itself chunk by
        # chunk; text without combining marks is read as it is.
        if unicodedata.is_normalized("NFC", original) or _MARK.search(original) is None:
            self.text = original
            return
        self._chunks = _CHUNK.findall(original)
        self._normed = [unicodedata.normalize("NFC", chunk) for chunk in self._chunks]
        self._o_starts = [0, *itertools.accumulate(map(len, self._chunks))]
        self._n_starts = [0, *itertools.accumulate(map(len, self._normed))]
        self.text = "".join(self._normed)

    def original(self, position: int, *, end: bool) -> int:
        """Map an offset in :attr:`text` back to the caller's text."""
        if not self._chunks:
            return position
        index = bisect.bisect_right(self._n_starts, position) - 1
        if index >= len(self._chunks):
            return self._o_starts[-1]
        local = position - self._n_starts[index]
        chunk = self._chunks[index]
        if local == 0 or chunk == self._normed[index]:
            return self._o_starts[index] + local
        # Inside a chunk NFC changed: walk its clusters (at most 256 characters).
        o_done = n_done = 0
        for cluster in _CLUSTER.finditer(chunk):
            raw = cluster.group()
            n_next = n_done + len(unicodedata.normalize("NFC", raw))
            if n_next > local:
                return self._o_starts[index] + (o_done + len(raw) if end else o_done)
            o_done, n_done = o_done + len(raw), n_next
            if n_done == local:
                break
        return self._o_starts[index] + o_done


# --------------------------------------------------------------------------------------
# What the builders share: rejections and the scan's options
# --------------------------------------------------------------------------------------


class _RejectError(Exception):
    """A candidate the regex found is not a date here (the context says otherwise)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _InvalidError(_RejectError):
    """A candidate that is no calendar date at all ("31/2", "tháng 13", "2025-2021").

    Nothing inside its span is reported either: "ngày 0 tháng 5 năm 2024" must not turn
    into "tháng 5 năm 2024", nor "ngày 31/2/2024" into a bare year 2024.
    """


class _Groups:
    """A match of a pass, read by group name at little cost.

    The ``regex`` module resolves a group name on every ``group()`` or ``start()`` call,
    which costs more than the rest of a builder's work; this takes all spans at once
    (``Match.regs``) and looks names up in the pattern's group index, built once.
    """

    __slots__ = ("_index", "_spans", "string")

    def __init__(self, match: regex.Match[str], index: Mapping[str, int]) -> None:
        self.string = match.string
        self._spans: tuple[tuple[int, int], ...] = match.regs
        self._index = index

    def group(self, name: str) -> str | _MaybeNone:  # typed as regex types Match.group
        """The text of group ``name``, ``None`` when it took no part in the match."""
        start, end = self._spans[self._index[name]]
        return self.string[start:end] if start >= 0 else None

    def start(self, name: str | None = None) -> int:
        """Where group ``name`` (else the whole match) starts; -1 when it took no part."""
        return self._spans[self._index[name] if name else 0][0]

    def end(self, name: str | None = None) -> int:
        """Where group ``name`` (else the whole match) ends; -1 when it took no part."""
        return self._spans[self._index[name] if name else 0][1]


@attrs.frozen(slots=True)
class _Context:
    text: str
    reference: dt.date | None
    default_year: int | None
    standalone: bool  # parse_date: the text is one expression, no lead words needed
    bare_years: bool


# --------------------------------------------------------------------------------------
# Year resolution
# --------------------------------------------------------------------------------------

_Interval = tuple[dt.date, dt.date]


def _day_interval(day: int, month: int, last_day: int) -> Callable[[int], _Interval | None]:
    def interval(year: int) -> _Interval | None:
        if last_day > _month_length(year, month):
            return None
        return dt.date(year, month, day), dt.date(year, month, last_day)

    return interval


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_length(year: int, month: int) -> int:
    """The number of days of a month (``calendar.monthrange`` computes a weekday too)."""
    return _MONTH_DAYS[month] + (month == 2 and calendar.isleap(year))


@functools.lru_cache(maxsize=4096)
def _month_end(year: int, month: int) -> dt.date:
    """The last day of a month (dateutil clamps ``day=31`` to the month's length)."""
    return dt.date(year, month, 1) + relativedelta(day=31)


def _months_interval(first: int, last: int) -> Callable[[int], _Interval | None]:
    def interval(year: int) -> _Interval | None:
        return dt.date(year, first, 1), _month_end(year, last)

    return interval


def _distance(reference: dt.date, interval: _Interval) -> int:
    first, last = interval
    if reference < first:
        return (first - reference).days
    if reference > last:
        return (reference - last).days
    return 0


def _resolve(
    interval: Callable[[int], _Interval | None], ctx: _Context
) -> tuple[int | None, _Interval | None, bool]:
    """Pick the year of a date written without one: ``(year, interval, inferred)``.

    With a reference, the candidate among the previous, same and next year closest to
    it wins (ties go to the reference year, then the past); a candidate further than
    six months away (only "29/2" far from a leap year) leaves the year unresolved.
    """
    if ctx.reference is not None:
        best: tuple[int, int, _Interval] | None = None
        for offset in (0, -1, 1):
            year = ctx.reference.year + offset
            if not dt.MINYEAR <= year <= dt.MAXYEAR:
                continue
            candidate = interval(year)
            if candidate is None:
                continue
            distance = _distance(ctx.reference, candidate)
            if best is None or distance < best[0]:
                best = (distance, year, candidate)
        if best is None or best[0] > _MAX_DISTANCE_DAYS:
            return None, None, False
        return best[1], best[2], True
    if ctx.default_year is not None:
        candidate = interval(ctx.default_year)
        if candidate is None:
            return None, None, False
        return ctx.default_year, candidate, True
    return None, None, False


def _relative_year(word: str, ctx: _Context) -> int | None:
    """The year meant by "nay"/"ngoái" (after "năm"), from the reference or default year."""
    offset = int(_lexicon().value("relative_year", word) or 0)
    if ctx.reference is not None:
        base = ctx.reference.year
    elif ctx.default_year is not None:
        base = ctx.default_year
    else:
        return None
    year = base + offset
    return year if dt.MINYEAR <= year <= dt.MAXYEAR else None


def _explicit_year(digits: str, *, bare: bool = False) -> int:
    year = int(digits)
    low, high = (_MIN_BARE_YEAR, _MAX_BARE_YEAR) if bare else (_MIN_YEAR, _MAX_YEAR)
    if not low <= year <= high:
        msg = f"{year} is not a plausible year ({low}-{high})"
        raise _InvalidError(msg)
    return year


def _year_of(
    m: _Groups, digits_groups: tuple[str, ...], relative_group: str, ctx: _Context
) -> tuple[int | None, bool, bool]:
    """``(year, written, inferred)`` from the year groups of an alternative."""
    for group in digits_groups:
        digits = m.group(group)
        if digits is not None:
            return _explicit_year(digits), True, False
    word = m.group(relative_group)
    if word is not None:
        year = _relative_year(word, ctx)
        return year, True, year is not None
    return None, False, False


def _first_number(m: _Groups) -> str:
    """The digits of the number pass's anchor: from the match start to the ``n1`` marker."""
    return m.string[m.start() : m.start("n1")]


def _lead(m: _Groups, group: str) -> str:
    value = m.group(group)
    return _key(value).strip(" ,(") if value else ""


# --------------------------------------------------------------------------------------
# Context checks for bare numbers
# --------------------------------------------------------------------------------------


def _preposition_before(text: str, start: int) -> bool:
    return _context_patterns()["preposition"].match(text, start) is not None


def _unit_after(text: str, end: int) -> bool:
    return _context_patterns()["unit"].match(text, end) is not None


def _frequency_before(text: str, start: int) -> bool:
    return _context_patterns()["frequency"].match(text, start) is not None


def _decade_before(text: str, start: int) -> bool:
    return _context_patterns()["decade"].match(text, start) is not None


def _dateline(text: str, start: int, end: int) -> bool:
    """A dateline ("HÀ NỘI, 6/12 - ..."): a comma before and a dash or bracket after."""
    return (
        _DATELINE_BEFORE.search(text, max(0, start - 8), start) is not None
        and _DATELINE_AFTER.match(text, end) is not None
    )


# --------------------------------------------------------------------------------------
# One builder per alternative: fields from a regex match, or _RejectError
# --------------------------------------------------------------------------------------


def _build_period(m: _Groups, ctx: _Context) -> _Reading:
    lead = _lead(m, "p_lead")
    bare = not lead
    first_year = _explicit_year(_first_number(m), bare=bare)
    last_year = _explicit_year(m.group("p_y2"), bare=bare)
    limit = _MAX_BARE_PERIOD if bare else _MAX_LED_PERIOD
    if not 0 < last_year - first_year <= limit:
        msg = f"{first_year}-{last_year} is not a period of 1 to {limit} years"
        raise _InvalidError(msg)
    if bare and not ctx.standalone:
        if m.group("p_to") is not None:
            msg = "a bare range of years needs a dash"
            raise _RejectError(msg)
        if _unit_after(ctx.text, m.end()):
            msg = "a quantity, not a period"
            raise _RejectError(msg)
    kind = m.group("p_kind")
    horizon_value = _lexicon().value("period_lead", kind) if kind else ""
    return _Reading(
        precision=DatePrecision.PERIOD,
        year=first_year,
        end_year=last_year,
        first=dt.date(first_year, 1, 1),
        last=dt.date(last_year, 12, 31),
        horizon=HorizonKind(horizon_value) if horizon_value else None,
        lead=lead,
    )


def _year_fields(
    year: int, *, horizon: HorizonKind | None, inferred: bool, lead: str = ""
) -> _Reading:
    return _Reading(
        precision=DatePrecision.YEAR,
        year=year,
        first=dt.date(year, 1, 1),
        last=dt.date(year, 12, 31),
        horizon=horizon,
        year_inferred=inferred,
        lead=lead,
    )


def _build_horizon(m: _Groups, ctx: _Context) -> _Reading:
    lexicon = _lexicon()
    kind = m.group("h_kind")
    if m.group("h_year_word") is not None:
        year = _explicit_year(_first_number(m))
    else:
        if lexicon.option("horizon", kind) != "bare":
            msg = f"{kind!r} needs 'năm' before a year"
            raise _RejectError(msg)
        year = _explicit_year(_first_number(m), bare=True)
        if not ctx.standalone and _unit_after(ctx.text, m.end()):
            msg = "a quantity, not a year"
            raise _RejectError(msg)
    horizon = HorizonKind(lexicon.value("horizon", kind))
    return _year_fields(year, horizon=horizon, inferred=False, lead=_lead(m, "h_lead"))


def _build_relative(m: _Groups, ctx: _Context) -> _Reading:
    year = _relative_year(m.group("r_rel"), ctx)
    if year is None:
        msg = "'năm nay' needs a reference date or a default year"
        raise _RejectError(msg)
    kind = m.group("r_kind")
    horizon = HorizonKind(_lexicon().value("horizon", kind)) if kind else None
    return _year_fields(year, horizon=horizon, inferred=True, lead=_lead(m, "r_lead"))


def _build_months(m: _Groups, ctx: _Context) -> _Reading:
    """Runs of months: "6 tháng đầu năm 2022", "sáu tháng cuối năm", "9 tháng năm 2024"."""
    digits = m.group("hf_n")
    count = int(digits) if digits else int(_lexicon().value("count", m.group("hf_w")))
    return _month_run(m, ctx, count, m.group("hf_side"), lead="")


def _build_half(m: _Groups, ctx: _Context) -> _Reading:
    """Halves: "nửa đầu năm 2023", "nửa cuối năm"."""
    return _month_run(m, ctx, 6, m.group("hf_side"), lead=_lead(m, "hf_lead"))


def _month_run(m: _Groups, ctx: _Context, count: int, side: str | None, *, lead: str) -> _Reading:
    """The first or last ``count`` months of a year (a half year when ``count`` is 6)."""
    if not 1 <= count <= 12:
        msg = f"a year has no {count} months"
        raise _InvalidError(msg)
    year, written, inferred = _year_of(m, ("hf_y",), "hf_rel", ctx)
    if side is None and not written:
        msg = "'N tháng năm' needs a year"
        raise _RejectError(msg)
    from_end = side is not None and _lexicon().value("half", side) == "2"
    first_month, last_month = (13 - count, 12) if from_end else (1, count)
    interval = _months_interval(first_month, last_month)
    if written:
        first_last = interval(year) if year is not None else None
    else:
        year, first_last, inferred = _resolve(interval, ctx)
    precision = DatePrecision.HALF_YEAR if count == 6 else DatePrecision.PERIOD
    return _Reading(
        precision=precision,
        year=year,
        month=first_month,
        end_month=last_month,
        end_year=year if precision is DatePrecision.PERIOD else None,
        first=first_last[0] if first_last else None,
        last=first_last[1] if first_last else None,
        year_inferred=inferred,
        lead=lead,
    )


def _build_quarter(m: _Groups, ctx: _Context) -> _Reading:
    numeral = m.group("q_n")
    quarter = int(numeral) if numeral.isdigit() else int(_lexicon().value("roman", numeral))
    interval = _months_interval(3 * quarter - 2, 3 * quarter)
    year, written, inferred = _year_of(m, ("q_y", "q_y2"), "q_rel", ctx)
    if written:
        first_last = interval(year) if year is not None else None
    else:
        year, first_last, inferred = _resolve(interval, ctx)
    return _Reading(
        precision=DatePrecision.QUARTER,
        year=year,
        quarter=quarter,
        first=first_last[0] if first_last else None,
        last=first_last[1] if first_last else None,
        year_inferred=inferred,
        lead=_lead(m, "q_lead"),
    )


def _build_month(m: _Groups, ctx: _Context) -> _Reading:
    month = int(_first_number(m))
    if not 1 <= month <= 12:
        msg = f"there is no month {month}"
        raise _InvalidError(msg)
    year, written, inferred = _year_of(m, ("m_y", "m_y2"), "m_rel", ctx)
    interval = _months_interval(month, month)
    if written:
        first_last = interval(year) if year is not None else None
    else:
        if not ctx.standalone and (
            _frequency_before(ctx.text, m.start("m_lead")) or _unit_after(ctx.text, m.end())
        ):
            msg = "a frequency or duration, not a month"
            raise _RejectError(msg)
        year, first_last, inferred = _resolve(interval, ctx)
    return _Reading(
        precision=DatePrecision.MONTH,
        year=year,
        month=month,
        first=first_last[0] if first_last else None,
        last=first_last[1] if first_last else None,
        year_inferred=inferred,
        lead=_lead(m, "m_lead"),
    )


def _build_day(m: _Groups, ctx: _Context) -> _Reading:
    day = int(_first_number(m))
    separator = m.group("d_sep")
    numeric = separator is not None
    if numeric:
        month = int(m.group("d_m"))
        year, written, inferred = _year_of(m, ("d_y", "d_y2"), "d_rel", ctx)
    else:
        month = int(m.group("d_vm"))
        year, written, inferred = _year_of(m, ("d_vy",), "d_vrel", ctx)
    if not 1 <= month <= 12:
        msg = f"there is no month {month}"
        raise _InvalidError(msg)
    length = _month_length(year or 2000, month)
    last_day = int(m.group("d_to") or day)
    if not 1 <= day <= last_day <= length or (m.group("d_to") and last_day == day):
        days = f"{day}-{last_day}" if last_day != day else str(day)
        msg = f"{days}/{month}" + (f"/{year}" if year else "") + " is not a date"
        raise _InvalidError(msg)
    lead = _lead(m, "d_lead")
    bracketed = m.group("d_open") is not None
    if not written and not lead and not ctx.standalone:
        if separator == ".":
            allowed = False  # "4.0", "19.7" alone: versions and decimals
        elif bracketed:
            allowed = True  # "(6/12)"
        elif numeric:
            allowed = _preposition_before(ctx.text, m.start()) or _dateline(
                ctx.text, m.start(), m.end()
            )
        else:
            allowed = _preposition_before(ctx.text, m.start())
        if not allowed or (not bracketed and _unit_after(ctx.text, m.end())):
            msg = "a bare day/month needs a lead word ('ngày', 'sáng', 'từ'...) or brackets"
            raise _RejectError(msg)
    interval = _day_interval(day, month, last_day)
    if written:
        first_last = interval(year) if year is not None else None
    else:
        year, first_last, inferred = _resolve(interval, ctx)
    lexicon = _lexicon()
    pod_word = m.group("d_pod") or m.group("d_pod2")
    return _Reading(
        precision=DatePrecision.DAY if last_day == day else DatePrecision.PERIOD,
        year=year,
        month=month,
        day=day,
        end_year=year if last_day != day else None,
        first=first_last[0] if first_last else None,
        last=first_last[1] if first_last else None,
        part_of_day=PartOfDay(lexicon.value("part_of_day", pod_word)) if pod_word else None,
        year_inferred=inferred,
        lead=lead,
    )


def _build_year(m: _Groups, ctx: _Context) -> _Reading:
    year = _explicit_year(_first_number(m))
    if year % 10 == 0 and _decade_before(ctx.text, m.start("y_lead")):
        msg = f"'những năm {year}' is a decade"
        raise _InvalidError(msg)
    return _year_fields(year, horizon=None, inferred=False, lead=_lead(m, "y_lead"))


def _build_bare(m: _Groups, ctx: _Context) -> _Reading:
    if not (ctx.standalone or ctx.bare_years):
        msg = "a bare number is a year only after a lead word"
        raise _RejectError(msg)
    year = _explicit_year(_first_number(m), bare=True)
    if not ctx.standalone and (
        _NUMBER_AFTER.match(ctx.text, m.end()) or _unit_after(ctx.text, m.end())
    ):
        msg = "a quantity or phone number, not a year"
        raise _RejectError(msg)
    return _year_fields(year, horizon=None, inferred=False)


_Builder = Callable[[_Groups, _Context], _Reading]

_BUILDERS: Mapping[str, _Builder] = {
    "PERIOD": _build_period,
    "HORIZON": _build_horizon,
    "MONTH": _build_month,
    "DAY": _build_day,
    "YEAR": _build_year,
    "BARE": _build_bare,
    "QUARTER": _build_quarter,
    "MONTHS": _build_months,
    "HALF": _build_half,
    "RELATIVE": _build_relative,
}


class _Candidate(NamedTuple):
    """An accepted match, in normalised-text offsets, before merging the passes."""

    start: int
    end: int
    name: str
    reading: _Reading


def _span_start(m: _Groups, name: str) -> int:
    """Where the expression starts: at the look-behind lead when there is one."""
    start = m.start()
    for group in _LEAD_GROUPS[name]:
        group_start = m.start(group)
        if 0 <= group_start < start:
            start = group_start
    return start


@attrs.frozen(slots=True)
class _Rejection:
    """A candidate the builders turned down, kept for :func:`parse_date`'s message."""

    start: int
    end: int
    reason: str
    invalid: bool  # no calendar date at all: nothing inside it is reported either


# --------------------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------------------


def _scan_pass(scan: _Pass, ctx: _Context, rejected: list[_Rejection]) -> list[_Candidate]:
    """All accepted candidates of one pass, left to right, not overlapping each other.

    When the alternative that matched at a place is rejected (an invalid date, a bare
    number without lead...), the later alternatives are tried at the same place before
    the scan moves one character on.
    """
    found: list[_Candidate] = []
    text = ctx.text
    names, alone = scan.names, scan.alone
    position = 0
    while True:
        m = scan.combined.search(text, position)
        if m is None:
            return found
        spans = m.regs
        first = next(i for i, g in enumerate(scan.alternative_groups) if spans[g][0] >= 0)
        candidate: _Candidate | None = None
        for index in range(first, len(names)):
            if index == first:
                attempt = _Groups(m, scan.combined_index)
            else:
                again = alone[index].match(text, m.start())
                if again is None:
                    continue
                attempt = _Groups(again, scan.alone_index[index])
            name = names[index]
            start = _span_start(attempt, name)
            try:
                reading = _BUILDERS[name](attempt, ctx)
            except _RejectError as exc:
                invalid = isinstance(exc, _InvalidError)
                rejected.append(_Rejection(start, attempt.end(), exc.reason, invalid))
                continue
            candidate = _Candidate(start, attempt.end(), name, reading)
            break
        if candidate is None:
            position = m.start() + 1
        else:
            found.append(candidate)
            position = candidate.end


def _shadowed(candidates: list[_Candidate], rejected: list[_Rejection]) -> set[int]:
    """Indexes of the candidates that lie inside an invalid expression."""
    spans = sorted((r.start, r.end) for r in rejected if r.invalid)
    if not spans:
        return set()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [start for start, _ in merged]
    inside = set()
    for index, candidate in enumerate(candidates):
        at = bisect.bisect_right(starts, candidate.start) - 1
        if at >= 0 and candidate.end <= merged[at][1]:
            inside.add(index)
    return inside


def _find(ctx: _Context, rejected: list[_Rejection]) -> list[_Candidate]:
    """Candidates of every pass, merged: leftmost first, then longest, never overlapping."""
    plain, with_bare, *words = _passes()
    scans = [with_bare if ctx.bare_years or ctx.standalone else plain, *words]
    candidates = [c for scan in scans for c in _scan_pass(scan, ctx, rejected)]
    candidates.sort(key=lambda c: (c.start, -c.end))
    shadowed = _shadowed(candidates, rejected)
    merged: list[_Candidate] = []
    end = 0
    for index, candidate in enumerate(candidates):
        if candidate.start >= end and index not in shadowed:
            merged.append(candidate)
            end = candidate.end
    return merged


def _not_str(value: object) -> str:
    """``""`` for a str, else the name of the type (a run-time guard for untyped callers)."""
    return "" if isinstance(value, str) else type(value).__name__


def _check_options(reference: object, default_year: object) -> dt.date | None:
    if default_year is not None and (
        not isinstance(default_year, int) or not dt.MINYEAR < default_year < dt.MAXYEAR
    ):
        msg = f"default_year must be an int between {dt.MINYEAR + 1} and {dt.MAXYEAR - 1}"
        raise DateParseError(msg, text=repr(default_year))
    if reference is None:
        return None
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    msg = "reference must be a datetime.date"
    raise DateParseError(msg, text=repr(reference))


def _to_match(candidate: _Candidate, source: str, norm: _Normalised, offset: int = 0) -> DateMatch:
    start = norm.original(candidate.start, end=False)
    end = norm.original(candidate.end, end=True)
    return DateMatch(start + offset, end + offset, source[start:end], *candidate.reading)


def find_dates(
    text: str,
    *,
    reference: dt.date | None = None,
    default_year: int | None = None,
    bare_years: bool = False,
) -> list[DateMatch]:
    """Find every date, month, quarter, half-year, year and period in ``text``.

    Matches come in text order, never overlap, and the longest reading wins ("giai
    đoạn đến năm 2030" is one match). Spans point into ``text`` as given, even when it is
    NFD; lead words match in any case and both tone-mark styles.

    What is reported:

    * days: "Sáng 6/12", "chiều 19-7", "sáng 19.7", "thứ Sáu, ngày 29/11", "Hôm nay
      (6/12)", "ngày 22/3/2018", "22-3-2018", "22.12.2024", "ngày 22 tháng 12 năm 2024";
      two days of one month "ngày 6-7/12" (a PERIOD).
      A bare "d/m" needs a lead word ("ngày", a part of day, a weekday, "hôm"), brackets,
      a preposition before it ("từ", "đến", "trước", "vào"... kept out of the span) or a
      dateline comma; "d.m" needs a lead word. Bare "d/m/yyyy" always counts. Numbers
      inside document codes ("23-NQ/TW", "13/2023/NĐ-CP"), fractions ("1/5 dân số") and
      versions ("4.0") are not dates.
    * months "tháng 11", "tháng 11/2021", "tháng 11 năm 2021"; quarters "quý I/2025",
      "quý IV năm 2024"; "6 tháng đầu năm 2022", "nửa cuối năm", "9 tháng đầu năm 2024".
    * years "năm 2022", "năm nay" (with a reference), horizons "đến năm 2030", "đến hết
      năm 2025", "tầm nhìn 2045", "định hướng đến năm 2050", "vào năm 2022", "trong năm
      2025", and periods "giai đoạn 2021-2025", "thời kỳ 2021–2030", "2021 - 2025".
      Bare years ("Summit 2021") only with ``bare_years=True``.

    Invalid dates ("31/2", "29/2/2023", "tháng 13") are never reported, nor replaced by
    a nearby valid one.

    Args:
        text: any string.
        reference: the publication date of the article. A day or month written without a
            year gets the year (previous, same or next) that puts it closest to the
            reference, always within six months of it; ``year_inferred`` is then True.
        default_year: the year to give dates without one when there is no reference.
        bare_years: also report bare four-digit years (1945-2100) standing alone, with
            ``lead == ""``; off by default because most are names and counts.

    Returns:
        The matches, in order; an empty list when there are none.

    Raises:
        DateParseError: ``reference`` is not a date or ``default_year`` not a valid year
            (never because of ``text``).

    >>> import datetime as dt
    >>> text = "Chương trình đến năm 2025, định hướng đến năm 2030 (Quyết định 749/QĐ-TTg)"
    >>> [(m.text, m.year, m.horizon.name) for m in find_dates(text)]
    [('đến năm 2025', 2025, 'DEADLINE'), ('định hướng đến năm 2030', 2030, 'ORIENTATION')]
    >>> [m.text for m in find_dates("tỷ lệ 1/5 dân số, công nghiệp 4.0, Nghị định 13/2023/NĐ-CP")]
    []
    >>> m = find_dates("chiều 2/1", reference=dt.date(2023, 12, 30))[0]
    >>> m.date
    datetime.date(2024, 1, 2)
    >>> find_dates("quý I/2025 và 6 tháng đầu năm 2022")[1].last
    datetime.date(2022, 6, 30)
    """
    wrong_type = _not_str(text)
    if wrong_type:
        msg = f"find_dates() expects a str, not {wrong_type}"
        raise TypeError(msg)
    ref = _check_options(reference, default_year)
    norm = _Normalised(text)
    ctx = _Context(norm.text, ref, default_year, standalone=False, bare_years=bare_years)
    return [_to_match(candidate, text, norm) for candidate in _find(ctx, [])]


def parse_date(
    text: str, *, reference: dt.date | None = None, default_year: int | None = None
) -> DateMatch:
    """Parse ``text`` that is, apart from surrounding spaces, exactly one date expression.

    Every form :func:`find_dates` knows is accepted; since the text stands alone, a bare
    "6/12", "19.7" or "2045" needs no lead word here. Offsets in the result point into
    ``text`` as given.

    Args:
        text: the expression, e.g. "ngày 22/3/2018", "quý IV năm 2024", "tầm nhìn 2045".
        reference: publication date used to resolve a missing year (see :func:`find_dates`).
        default_year: year for dates without one when there is no reference.

    Returns:
        The parsed expression.

    Raises:
        DateParseError: the text is not one valid date expression (e.g. "31/2", "32/1",
            "29/2/2023", "tháng 13"), or the options are invalid.

    >>> parse_date(" ngày 22-3-2018 ").span
    (1, 15)
    >>> parse_date("quý IV năm 2024").first
    datetime.date(2024, 10, 1)
    >>> parse_date("6/12", default_year=2021).date
    datetime.date(2021, 12, 6)
    >>> parse_date("30/2/2024")
    Traceback (most recent call last):
    ...
    vn_digital_policy.errors.DateParseError: 30/2/2024 is not a date: '30/2/2024'
    """
    wrong_type = _not_str(text)
    if wrong_type:
        msg = f"expected a str, not {wrong_type}"
        raise DateParseError(msg, text=repr(text))
    ref = _check_options(reference, default_year)
    offset = len(text) - len(text.lstrip())
    stripped = text.strip()
    norm = _Normalised(stripped)
    ctx = _Context(norm.text, ref, default_year, standalone=True, bare_years=True)
    rejected: list[_Rejection] = []
    candidates = _find(ctx, rejected)
    whole = len(norm.text)
    if len(candidates) == 1 and (candidates[0].start, candidates[0].end) == (0, whole):
        return _to_match(candidates[0], stripped, norm, offset)
    # Explain with the rejection that covered most of the text, if any.
    reasons = sorted(rejected, key=lambda r: (r.start - r.end, r.start))
    raise DateParseError(reasons[0].reason if reasons else None, text=text)


def is_date(
    text: str, *, reference: dt.date | None = None, default_year: int | None = None
) -> bool:
    """Whether :func:`parse_date` accepts ``text``; never raises.

    >>> is_date("ngày 29/2/2024"), is_date("29/2/2023"), is_date("4.0"), is_date(None)
    (True, False, False, False)
    """
    try:
        parse_date(text, reference=reference, default_year=default_year)
    except DateParseError:
        return False
    return True


# --------------------------------------------------------------------------------------
# Formatting
# --------------------------------------------------------------------------------------

_PRESETS: Mapping[str, str] = {
    "numeric": "{d}/{m}/{y}",
    "short": "{d}/{m}",
    "dateline": "{Pod} {d}/{m}",
    "long": "ngày {d} tháng {m} năm {y}",
    "month": "tháng {m}/{y}",
    "quarter": "quý {Q}/{y}",
    "half": "{n} tháng {side} năm {y}",
    "year": "năm {y}",
    "period": "giai đoạn {y}-{y2}",
    "deadline": "đến năm {y}",
    "vision": "tầm nhìn đến năm {y}",
    "orientation": "định hướng đến năm {y}",
}

_FIELDS = frozenset({"d", "dd", "m", "mm", "y", "y2", "q", "Q", "n", "side", "pod", "Pod"})


def _format_fields(value: DateMatch | dt.date) -> dict[str, str | None]:
    if isinstance(value, dt.date):
        day: int | None = value.day
        month: int | None = value.month
        year: int | None = value.year
        end_year = quarter = end_month = None
        pod: PartOfDay | None = None
    else:
        day, month, year, end_year = value.day, value.month, value.year, value.end_year
        quarter, end_month, pod = value.quarter, value.end_month, value.part_of_day
    lexicon = _lexicon()
    side = None
    if month is not None and end_month is not None:
        if month == 1:
            side = lexicon.first_surface("half", "1")
        elif end_month == 12:
            side = lexicon.first_surface("half", "2")
    roman = lexicon.first_surface("roman", str(quarter)) if quarter else None

    def text(number: int | None, width: int = 0) -> str | None:
        return None if number is None else f"{number:0{width}d}" if width else str(number)

    return {
        "d": text(day),
        "dd": text(day, 2),
        "m": text(month),
        "mm": text(month, 2),
        "y": text(year),
        "y2": text(end_year),
        "q": text(quarter),
        "Q": roman.upper() if roman else None,
        "n": text(end_month - month + 1) if month and end_month else None,
        "side": side,
        "pod": pod.value if pod else None,
        "Pod": pod.value.capitalize() if pod else None,
    }


def format_date(value: DateMatch | dt.date, form: str = "numeric") -> str:
    """Write a date or match in one of the forms :func:`parse_date` reads back.

    ``form`` is a preset name or a template with these fields: ``{d}``/``{dd}`` day
    (``dd`` zero-padded), ``{m}``/``{mm}`` month, ``{y}`` year, ``{y2}`` end year of a
    period, ``{q}``/``{Q}`` quarter in Arabic/Roman numerals, ``{n}`` number of months and
    ``{side}`` ("đầu"/"cuối") of a range of months, ``{pod}``/``{Pod}`` part of day.
    Presets: ``numeric`` "{d}/{m}/{y}", ``short`` "{d}/{m}", ``dateline`` "{Pod} {d}/{m}",
    ``long`` "ngày {d} tháng {m} năm {y}", ``month`` "tháng {m}/{y}", ``quarter``
    "quý {Q}/{y}", ``half`` "{n} tháng {side} năm {y}", ``year`` "năm {y}", ``period``
    "giai đoạn {y}-{y2}", ``deadline`` "đến năm {y}", ``vision`` "tầm nhìn đến năm {y}",
    ``orientation`` "định hướng đến năm {y}".

    Args:
        value: a :class:`DateMatch` or a :class:`datetime.date`.
        form: a preset name or a template.

    Returns:
        The formatted text.

    Raises:
        DateParseError: the template is malformed, names an unknown field, or needs a
            field the value does not have (a day for a month, a year that is unknown...).

    >>> import datetime as dt
    >>> format_date(dt.date(2024, 12, 22), "long")
    'ngày 22 tháng 12 năm 2024'
    >>> format_date(dt.date(2020, 6, 3), "{dd}/{mm}/{y}")
    '03/06/2020'
    >>> format_date(parse_date("quý 2/2023"), "quarter")
    'quý II/2023'
    >>> format_date(parse_date("giai đoạn 2021–2025"), "{y} - {y2}")
    '2021 - 2025'
    """
    template = _PRESETS.get(form, form)
    fields = _format_fields(value)
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        msg = f"malformed date format ({exc})"
        raise DateParseError(msg, text=form) from exc
    pieces: list[str] = []
    for literal, field, spec, conversion in parsed:
        pieces.append(literal)
        if field is None:
            continue
        if field not in _FIELDS or spec or conversion:
            msg = f"unknown date format field {{{field}}}"
            raise DateParseError(msg, text=form)
        piece = fields[field]
        if piece is None:
            msg = f"the value has no {{{field}}}"
            raise DateParseError(msg, text=form)
        pieces.append(piece)
    return "".join(pieces)
