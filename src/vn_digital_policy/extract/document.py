"""The shared reading of one article that every extractor works from.

:class:`Document` normalises the text once (NFC, one tone-mark style, unified quotes
and dashes, collapsed spaces), runs each primitive parser once over the normalised
text (dates, document codes, numbers), splits sentences and lines, and maps any span
of the normalised text back to the caller's original text. Extractors read
``doc.text`` and report evidence through :meth:`Document.span`, so they never deal
with offsets into the original themselves.

>>> doc = Document.read("Sáng 6/12, Thủ tướng dự Diễn đàn.", published=None)
>>> doc.text[:4]
'Sáng'
>>> doc.span(0, 4).text
'Sáng'
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from typing import TypeVar

import attrs
import regex

from vn_digital_policy._patterns import find_all
from vn_digital_policy.codes import CodeMatch, find_document_codes
from vn_digital_policy.dates import DateMatch, find_dates
from vn_digital_policy.enums import DatePrecision
from vn_digital_policy.models import Span
from vn_digital_policy.numbers import ParsedNumber, find_numbers
from vn_digital_policy.text import NormalizedText, fold_aligned, normalize_with_map

__all__ = ["Document", "Segment"]

_M = TypeVar("_M", DateMatch, CodeMatch, ParsedNumber)

# A sentence ends at ".", "!", "?" or "…" followed by space, or at a line break. A
# period that closes a common abbreviation ("TP. Hồ Chí Minh", "TS. Nguyễn Đức Hiển")
# does not end the sentence. The pattern is only tried where one of _SENTENCE_CHARS is
# (found with str.find: scanning for a character class is slow in the regex engine).
_SENTENCE_END = regex.compile(
    r"""
    (?: (?<![.!?…])                   # only at the start of a punctuation run (no rescans)
        (?<! (?<!\w) (?: TP | Tp | TX | TS | ThS | Ths | Th\.S | PGS | GS | BS | KS | NCS
                           | NXB | Q | P | H | St | Mr | Ms ) )
        [.!?…]++ ["')\]]*+ (?=\s) )   # terminal punctuation, closing quotes/brackets
    | \n                              # or a line break
    """,
    regex.VERBOSE,
)
_SENTENCE_CHARS = ".!?…\n"  # every match of _SENTENCE_END starts with one of them


@attrs.frozen(slots=True)
class Segment:
    """A sentence or line of the normalised text: ``doc.text[start:end]``."""

    start: int
    end: int


@attrs.frozen(slots=True, eq=False)
class Document:
    """One article read once: normalised text, primitive matches, sentences, offset map.

    Build it with :meth:`Document.read`. All offsets in its fields index ``text`` (the
    normalised text); :meth:`span` turns them into evidence on the original text.
    """

    original: str
    normalized: NormalizedText
    published: dt.date | None
    year_hint: int | None
    article_id: str | None
    dates: tuple[DateMatch, ...]
    codes: tuple[CodeMatch, ...]
    numbers: tuple[ParsedNumber, ...]
    sentences: tuple[Segment, ...]
    lines: tuple[Segment, ...]

    @classmethod
    def read(
        cls,
        text: str,
        *,
        published: dt.date | None,
        year_hint: int | None = None,
        article_id: str | None = None,
    ) -> Document:
        """Normalise ``text`` and run the primitive parsers over it once.

        ``year_hint`` (or, failing that, a year the text itself states) resolves
        day/month dates when the publication date is unknown.
        """
        normalized = normalize_with_map(text)
        norm_text = normalized.text
        if published is None and year_hint is None:
            year_hint = _year_stated(norm_text)
        dates = tuple(find_dates(norm_text, reference=published, default_year=year_hint))
        return cls(
            original=text,
            normalized=normalized,
            published=published,
            year_hint=year_hint,
            article_id=article_id,
            dates=dates,
            codes=tuple(find_document_codes(norm_text)),
            numbers=tuple(find_numbers(norm_text)),
            sentences=tuple(_split(norm_text, sentences=True)),
            lines=tuple(_split(norm_text, sentences=False)),
        )

    @property
    def text(self) -> str:
        """The normalised text every extractor reads."""
        return self.normalized.text

    @functools.cached_property
    def folded(self) -> str:
        """``text`` folded character by character (same length), for accent-free matching."""
        return fold_aligned(self.text)

    @property
    def reference_year(self) -> int | None:
        """The publication year, else the year hint."""
        return self.published.year if self.published else self.year_hint

    def span(self, start: int, end: int) -> Span:
        """Evidence on the ORIGINAL text for ``text[start:end]`` of the normalised text."""
        o_start, o_end = self.normalized.to_original(start, end)
        return Span(
            start=o_start,
            end=o_end,
            text=self.original[o_start:o_end],
            article_id=None,
        )

    @functools.cached_property
    def sentence_bounds(self) -> tuple[list[int], list[int]]:
        """The starts and the ends of :attr:`sentences`, as two sorted lists."""
        return [s.start for s in self.sentences], [s.end for s in self.sentences]

    @functools.cached_property
    def _starts(self) -> dict[str, list[int]]:
        return {
            "sentences": [s.start for s in self.sentences],
            "lines": [s.start for s in self.lines],
            "dates": [d.start for d in self.dates],
            "codes": [c.start for c in self.codes],
            "numbers": [n.start for n in self.numbers],
        }

    def sentence_at(self, position: int) -> Segment:
        """The sentence that contains ``position`` (of the normalised text)."""
        if not self.sentences:
            return Segment(0, len(self.text))
        index = max(bisect.bisect_right(self._starts["sentences"], position) - 1, 0)
        return self.sentences[index]

    def line_at(self, position: int) -> Segment:
        """The line (paragraph) that contains ``position``."""
        if not self.lines:
            return Segment(0, len(self.text))
        index = max(bisect.bisect_right(self._starts["lines"], position) - 1, 0)
        return self.lines[index]

    def dates_between(self, start: int, end: int) -> list[DateMatch]:
        """Date matches lying inside ``[start, end)``."""
        return self._between("dates", self.dates, start, end)

    def codes_between(self, start: int, end: int) -> list[CodeMatch]:
        """Document-code matches lying inside ``[start, end)``."""
        return self._between("codes", self.codes, start, end)

    def numbers_between(self, start: int, end: int) -> list[ParsedNumber]:
        """Number matches lying inside ``[start, end)``."""
        return self._between("numbers", self.numbers, start, end)

    def _between(self, name: str, matches: tuple[_M, ...], start: int, end: int) -> list[_M]:
        starts = self._starts[name]
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end, lo=first)
        return [m for m in matches[first:last] if m.end <= end]


def _split(text: str, *, sentences: bool) -> list[Segment]:
    ends = _sentence_ends(text) if sentences else [i + 1 for i in find_all(text, "\n")]
    out: list[Segment] = []
    start = 0
    for end in [*ends, len(text)]:
        piece = text[start:end]
        kept = piece.strip()  # the same whitespace as str.isspace
        if kept:
            first = start + len(piece) - len(piece.lstrip())
            out.append(Segment(first, first + len(kept)))
        start = end
    return out


def _sentence_ends(text: str) -> list[int]:
    """The ends of the matches of _SENTENCE_END, as ``finditer`` would find them."""
    candidates = sorted(pos for char in _SENTENCE_CHARS for pos in find_all(text, char))
    ends: list[int] = []
    for pos in candidates:
        if ends and pos < ends[-1]:
            continue  # inside the previous match
        if text[pos] == "\n":  # only the line-break branch can match there
            ends.append(pos + 1)
            continue
        match = _SENTENCE_END.match(text, pos)
        if match is not None:
            ends.append(match.end())
    return ends


def _year_stated(text: str) -> int | None:
    """The year an undated article is written in, as far as the text tells.

    Years in forward-looking phrases ("đến năm 2030", "giai đoạn 2026-2030") say
    nothing about when the text was written and are skipped; of the rest ("Summit
    2021", "ngày 22/3/2018") the latest wins, since news reports on recent events and
    cites older documents.
    """
    years = [
        match.year
        for match in find_dates(text, bare_years=True)
        if match.year is not None
        and match.horizon is None
        and match.precision is not DatePrecision.PERIOD
        and not match.year_inferred
    ]
    return max(years, default=None)
