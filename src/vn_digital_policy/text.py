r"""Chuẩn hóa văn bản (text normalisation): one canonical form of Vietnamese text, and search keys.

Vietnamese news reaches us in many shapes: composed (NFC) or decomposed (NFD) Unicode,
two styles of tone-mark placement, curly or straight quotes, four kinds of dash,
non-breaking and zero-width spaces, Windows line ends. :func:`normalize` maps all of
them to one form, so extractors write one regex per phenomenon, and
:func:`normalize_with_map` keeps an offset map so they can still report spans in the
caller's original text. :func:`fold` gives accent-, case- and style-insensitive search
keys.

What :func:`normalize` does (and it is idempotent: ``normalize(normalize(x)) ==
normalize(x)``):

* **Unicode**: NFC. Invisible format characters are removed first: zero-width space,
  joiner and non-joiner, word joiner, byte-order mark, soft hyphen, bidirectional marks.
* **Tone marks**: one placement. Writers differ only on *open* syllables with the rising
  diphthongs *oa*, *oe*, *uy*: the "old" (traditional) style marks the first vowel
  (*hóa*, *hòa*, *khỏe*, *thủy*, *Ủy*), the "new" style the second (*hoá*, *hoà*,
  *khoẻ*, *thuỷ*, *Uỷ*). We use the **old style, as the government press does**
  (baochinhphu.vn and the seed articles), so text from either style comes out as
  *hóa*, *Ủy*. Syllables with a final consonant or vowel (*hoàn*, *toán*, *huỳnh*,
  *khuyến*, *loại*) and the onsets *qu* and *gi* (*quý*, *quả*, *già*) are the same in
  both styles and never change. The onset must be one of the 27 Vietnamese initial
  consonants, so foreign words such as *Chloé* are left alone.
* **Quotes**: ``“ ” „ ‟ « »`` (and full-width ``＂``) become the ASCII ``"``; ``‘ ’ ‚ ‛ ‹ ›``
  become ``'``. Straight quotes are the one form every outlet can produce, and curly
  ones cannot be recovered from straight ones without guessing; extractors pair quotes
  by alternation.
* **Dashes**: ``‐ ‑ ‒ – — ― −`` (and their small/full-width forms) become ``-``.
* **Ellipsis**: ``…`` becomes ``...``, the form most Vietnamese writers type.
* **Legacy "Ð"**: the Icelandic eth ``Ð``/``ð``, which legacy-encoding converters emit
  for ``Đ``/``đ``, becomes ``Đ``/``đ``.
* **Whitespace**: every Unicode space (NBSP, narrow NBSP, en/em spaces, tab, ...)
  becomes ``" "``; every line break (``\r\n``, ``\r``, U+2028, ...) becomes ``"\n"``.
  Inside the text a run of whitespace becomes one space if it holds no line break, one
  ``"\n"`` if it holds one, and one blank line (``"\n\n"``) if it holds more: so lines
  carry no leading or trailing spaces and paragraphs are separated by exactly one blank
  line. Whitespace at the start and end of the whole text is removed.

>>> normalize("Uỷ ban nhân dân tỉnh Quảng Ninh")
'Ủy ban nhân dân tỉnh Quảng Ninh'
>>> normalize("công nghiệp hoá,\u00a0hiện đại hoá – “kỷ nguyên số”…")
'công nghiệp hóa, hiện đại hóa - "kỷ nguyên số"...'
>>> fold("Thủ tướng Phạm Minh Chính")
'thu tuong pham minh chinh'
>>> doc = normalize_with_map("Uỷ\u200b ban  nhân dân")
>>> doc.text
'Ủy ban nhân dân'
>>> doc.to_original(3, 6)
(4, 7)
"""

from __future__ import annotations

import array
import bisect
import functools
import itertools
import types
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Literal

import attrs
import regex

from vn_digital_policy._data import read_table
from vn_digital_policy._patterns import find_all
from vn_digital_policy.errors import DataFileError, ParseError

__all__ = [
    "NormalizedText",
    "abbreviations",
    "expand_abbreviation",
    "fold",
    "fold_aligned",
    "normalize",
    "normalize_with_map",
    "set_tone_style",
    "strip_diacritics",
]

# --------------------------------------------------------------------------------------
# Character classes. These are Unicode facts, not a lexicon, so they live here.

#: Invisible format characters removed by normalize(): soft hyphen, Mongolian vowel
#: separator, zero-width space / non-joiner / joiner, LRM / RLM, bidi embeddings and
#: isolates, word joiner and invisible operators, byte-order mark (ZWNBSP).
_INVISIBLE = frozenset(
    "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
#: Line breaks: exactly the characters :meth:`str.splitlines` splits on.
_LINE_BREAKS = "\n\x0b\x0c\r\x1c\x1d\x1e\x85\u2028\u2029"
#: Horizontal spaces: the other characters for which :meth:`str.isspace` is true.
_SPACES = (
    "\t\x1f \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
)
_WHITESPACE = frozenset(_LINE_BREAKS + _SPACES)

#: One-character replacements (and the one 1-to-3 replacement, the ellipsis).
_CHAR_MAP: Mapping[str, str] = types.MappingProxyType(
    {
        **dict.fromkeys("“”„‟«»〝〞＂", '"'),
        **dict.fromkeys("‘’‚‛‹›＇", "'"),
        **dict.fromkeys("‐‑‒–—―−﹘﹣－", "-"),
        "…": "...",
        "Ð": "Đ",  # Icelandic eth, emitted for Đ by legacy-encoding converters
        "ð": "đ",
    }
)


def _char_class(chars: Iterable[str]) -> str:
    """A regex character class matching exactly ``chars``, consecutive code points as ranges.

    (The ``regex`` engine scans ranges faster than long lists of single characters.)
    """
    codes = sorted({ord(c) for c in chars})
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = (regex.escape(chr(codes[k]), special_only=False) for k in (i, j))
        parts.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "[" + "".join(parts) + "]"


_INVISIBLE_CLASS = _char_class(_INVISIBLE)
_WHITESPACE_CLASS = _char_class(_WHITESPACE)
_LETTER_CLASS = r"[\p{L}\p{M}" + _INVISIBLE_CLASS[1:]  # letters, marks, invisibles

#: A run of invisible characters (removed).
_INVISIBLE_RE = regex.compile(_INVISIBLE_CLASS + "++")

#: A maximal run of whitespace (possibly empty), used from a known position.
_WHITESPACE_RUN_RE = regex.compile(_WHITESPACE_CLASS + "*+")

#: The characters normalize() must look at one by one: invisible characters (to
#: remove), punctuation (to map), and whitespace other than the plain space and "\n"
#: (each starts a whitespace run to rewrite).
_SPECIALS = frozenset(_INVISIBLE | set(_CHAR_MAP) | (_WHITESPACE - {" ", "\n"}))
_SPECIAL_RE = regex.compile(_char_class(_SPECIALS))

#: Characters of ordinary Vietnamese text that are never special: "\n", printable
#: ASCII, Latin letters but Ð/ð, combining diacritics, Vietnamese letters. In a short
#: text, scanning for runs of anything else and then for specials inside them is ~4x
#: faster than scanning for the specials directly (few ranges against many).
_PLAIN_CLASS = r"\n\x20-\x7e\xc0-\xcf\xd1-\xef\xf1-\u024f\u0300-\u036f\u1ea0-\u1ef9"
_NOT_PLAIN_RE = regex.compile(f"[^{_PLAIN_CLASS}]++")

#: Where to look for them in a long text: the code point blocks below, which ordinary
#: Vietnamese text (ASCII, "\n", Latin and Vietnamese letters, combining diacritics)
#: hardly uses. The regex engine skips to a character of one range at memchr-like speed
#: but tests a class of many ranges character by character, so one scan per block is
#: much faster than one _SPECIAL_RE scan. The few specials outside the blocks ("\t",
#: "Ð", "ð" ...) are found with str.find. A short text (a name, a cell) is scanned once:
#: there the cost of each call outweighs the cost of each character.
_LONG_TEXT = 256
_SPECIAL_BLOCKS = ((0x0B, 0x1F), (0x80, 0xBF), (0x2000, 0xFFFF))
_SPECIAL_BLOCK_RES = tuple(
    regex.compile(_char_class(map(chr, range(first, last + 1)))) for first, last in _SPECIAL_BLOCKS
)
_SPECIALS_ELSEWHERE = tuple(
    sorted(c for c in _SPECIALS if not any(a <= ord(c) <= b for a, b in _SPECIAL_BLOCKS))
)

#: Two-character whitespace that is never canonical ("\n\n\n": more than one blank line).
_WHITESPACE_TRIGGERS = ("  ", " \n", "\n ", "\n\n\n")

#: Characters that are not "stable" for NFC: combining marks, Hangul vowel/trailing
#: jamo, NFC_QC=No singletons; i.e. not (canonical combining class 0 and NFC_QC=Yes).
#: Every other character starts an NFC boundary: nothing before it composes with it or
#: reorders across it. So NFC of the whole text is the concatenation of NFC of each
#: "cluster": a stable starter plus the unstable run after it (invisible characters in
#: between are removed before composing).
_UNSTABLE_RE = regex.compile(
    rf"""
    (?P<unstable>
        (?: [\P{{ccc=0}}\P{{NFC_QC=Y}}] | {_INVISIBLE_CLASS}++ [\P{{ccc=0}}\P{{NFC_QC=Y}}] )
        (?: {_INVISIBLE_CLASS}*+ [\P{{ccc=0}}\P{{NFC_QC=Y}}] )*+
    )
    | (?P<invisible> {_INVISIBLE_CLASS}++ )    # invisible characters before a stable one
    """,
    regex.VERBOSE | regex.V1,
)

# --------------------------------------------------------------------------------------
# Tone-mark data (data/tone_marks.tsv), loaded once on first use.


@attrs.frozen(slots=True)
class _ToneRules:
    """Tone-mark placement tables and the regexes that find the two styles."""

    toned: Mapping[str, tuple[str, ...]]  # base vowel -> its five toned forms (lower case)
    to_old: Mapping[str, str]  # "oá" -> "óa", every case combination
    to_new: Mapping[str, str]  # "óa" -> "oá"
    old_pattern: regex.Pattern[str]  # finds new-style pairs (to rewrite to old style)
    new_pattern: regex.Pattern[str]  # finds old-style pairs (to rewrite to new style)
    # old_pattern split by the first letter of the pair ("o", "O", "u", "U"): each starts
    # with a literal the regex engine skips to quickly; together they find the same (in
    # a long text: see _LONG_TEXT).
    old_scans: tuple[regex.Pattern[str], ...]


_PAIR_TEMPLATE = r"""
    (?P<pair> {forms} )            # the two vowels of a rising diphthong, one toned
    (?! {letter} )                 # open syllable: the word ends after them
    (?<=                           # and before them the word holds an onset or nothing
        (?<! {letter} ) (?i: {onsets} )? {forms}
    )
"""


def _alternation(items: Iterable[str]) -> str:
    """Longest-first alternation of literal strings."""
    return "|".join(regex.escape(s) for s in sorted(set(items), key=lambda s: (-len(s), s)))


def _pair_forms(pairs: Iterable[str]) -> str:
    """Regex for a set of two-letter strings, by first letter: ``[oO][áà...]|[uU][ýỳ...]``.

    Exact because ``pairs`` holds every case combination of each pair.
    """
    seconds: dict[str, set[str]] = {}
    for pair in pairs:
        seconds.setdefault(pair[0].lower(), set()).add(pair[1])
    groups = (_char_class({f, f.upper()}) + _char_class(s) for f, s in sorted(seconds.items()))
    return "(?:" + "|".join(groups) + ")"


def _case_variants(first: str, second: str) -> Iterable[tuple[str, str]]:
    for a in (first, first.upper()):
        for b in (second, second.upper()):
            yield a, b


@functools.cache
def _tone_rules() -> _ToneRules:
    toned: dict[str, tuple[str, ...]] = {}
    onsets: list[str] = []
    pairs: list[tuple[str, str]] = []
    for kind, *cells in read_table("tone_marks.tsv", columns=7):
        if kind == "vowel" and all(cells):
            toned[cells[0]] = tuple(cells[1:])
        elif kind == "onset" and cells[0]:
            onsets.append(cells[0])
        elif kind == "pair" and cells[0] in toned and cells[1] in toned:
            pairs.append((cells[0], cells[1]))
        else:
            msg = f"data/tone_marks.tsv: bad row {[kind, *cells]!r} (vowels come first)"
            raise DataFileError(msg)
    to_old: dict[str, str] = {}
    to_new: dict[str, str] = {}
    for first, second in pairs:
        for mark in range(5):
            for a, b in _case_variants(first, second):
                new = a + _with_case(toned[second][mark], b)
                old = _with_case(toned[first][mark], a) + b
                to_old[new] = old
                to_new[old] = new

    def compile_pattern(forms: str) -> regex.Pattern[str]:
        source = _PAIR_TEMPLATE.format(
            forms=forms, letter=_LETTER_CLASS, onsets=_alternation(onsets)
        )
        return regex.compile(source, regex.VERBOSE)

    seconds: dict[str, set[str]] = {}
    for pair in to_old:
        seconds.setdefault(pair[0], set()).add(pair[1])

    return _ToneRules(
        toned=types.MappingProxyType(toned),
        to_old=types.MappingProxyType(to_old),
        to_new=types.MappingProxyType(to_new),
        old_pattern=compile_pattern(_pair_forms(to_old)),
        new_pattern=compile_pattern(_pair_forms(to_new)),
        old_scans=tuple(
            compile_pattern(f"(?:{regex.escape(first)}{_char_class(second)})")
            for first, second in sorted(seconds.items())
        ),
    )


def _with_case(letter: str, like: str) -> str:
    return letter.upper() if like.isupper() else letter


# --------------------------------------------------------------------------------------
# The two passes of normalize(), as lists of edits (start, end, replacement).

_Edit = tuple[int, int, str]


def _apply(text: str, edits: list[_Edit]) -> str:
    parts: list[str] = []
    pos = 0
    for start, end, replacement in edits:
        parts.append(text[pos:start])
        parts.append(replacement)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _compose(text: str) -> str:
    """Pass 1 without a map: remove invisible characters, then NFC."""
    return unicodedata.normalize("NFC", _INVISIBLE_RE.sub("", text))


@functools.lru_cache(maxsize=4096)
def _compose_cluster(piece: str) -> str:
    return _compose(piece)


def _unicode_edits(text: str) -> list[_Edit]:
    """Pass 1 with a map: the edits that turn ``text`` into ``_compose(text)``."""
    if unicodedata.is_normalized("NFC", text):
        edits = [(m.start(), m.end(), "") for m in _INVISIBLE_RE.finditer(text)]
        if unicodedata.is_normalized("NFC", _apply(text, edits)):
            return edits
    edits = []
    done = 0  # end of the previous cluster
    for match in _UNSTABLE_RE.finditer(text):
        start, end = match.span()
        if match.group("invisible") is not None:
            edits.append((start, end, ""))
        else:
            if start > done:  # attach the stable starter before the run (the match
                start -= 1  # takes the invisible characters inside the cluster)
            piece = text[start:end]
            composed = _compose_cluster(piece)
            if composed != piece:
                edits.append((start, end, composed))
        done = end
    return edits


def _run_end(text: str, pos: int) -> int:
    match = _WHITESPACE_RUN_RE.match(text, pos)
    return match.end() if match is not None else pos


def _whitespace_replacement(run: str, *, at_edge: bool) -> str:
    if at_edge:
        return ""
    breaks = sum(map(run.count, _LINE_BREAKS)) - run.count("\r\n")
    return " " if breaks == 0 else "\n" if breaks == 1 else "\n\n"


def _whitespace_edits(text: str, triggers: list[int]) -> list[_Edit]:
    """Rewrite the whitespace runs containing the ``triggers`` positions."""
    edits: list[_Edit] = []
    size = len(text)
    done = 0
    for pos in sorted(triggers):
        if pos < done:
            continue
        start = pos
        while start > done and text[start - 1] in _WHITESPACE:
            start -= 1
        done = end = _run_end(text, pos)
        run = text[start:end]
        replacement = _whitespace_replacement(run, at_edge=start == 0 or end == size)
        if replacement != run:
            edits.append((start, end, replacement))
    return edits


def _layout_edits(text: str, specials: list[tuple[int, str]]) -> list[_Edit]:
    """Pass 2 (on NFC text without invisibles): tone marks, punctuation, whitespace.

    ``specials`` are the characters of ``_SPECIALS`` in ``text`` as (offset, character).
    """
    rules = _tone_rules()
    if len(text) < _LONG_TEXT:
        pairs: Iterable[regex.Match[str]] = rules.old_pattern.finditer(text)
    else:
        pairs = itertools.chain.from_iterable(scan.finditer(text) for scan in rules.old_scans)
    edits: list[_Edit] = [(m.start(), m.end(), rules.to_old[m.group()]) for m in pairs]
    triggers: list[int] = []
    for pos, char in specials:
        replacement = _CHAR_MAP.get(char)
        if replacement is None:
            triggers.append(pos)
        else:
            edits.append((pos, pos + 1, replacement))
    for literal in _WHITESPACE_TRIGGERS:
        pos = text.find(literal)
        while pos >= 0:
            triggers.append(pos)
            pos = text.find(literal, _run_end(text, pos))
    if text[:1].isspace():
        triggers.append(0)
    if text[-1:].isspace():
        triggers.append(len(text) - 1)
    if triggers:
        edits.extend(_whitespace_edits(text, triggers))
    edits.sort()
    return edits


def _specials(text: str) -> list[tuple[int, str]]:
    """The characters of ``_SPECIALS`` in ``text``, as (offset, character), in order."""
    if len(text) < _LONG_TEXT:
        found: list[tuple[int, str]] = []
        for run in _NOT_PLAIN_RE.finditer(text):
            found.extend((m.start(), m.group()) for m in _SPECIAL_RE.finditer(text, *run.span()))
        return found
    found = [
        (m.start(), char)
        for block in _SPECIAL_BLOCK_RES
        for m in block.finditer(text)
        if (char := m.group()) in _SPECIALS
    ]
    found.extend((pos, char) for char in _SPECIALS_ELSEWHERE for pos in find_all(text, char))
    found.sort()
    return found


def _needs_composing(text: str, specials: list[tuple[int, str]]) -> bool:
    return not unicodedata.is_normalized("NFC", text) or any(c in _INVISIBLE for _, c in specials)


def _normalize_passes(text: str) -> tuple[str, list[list[_Edit]]]:
    """Normalise ``text``; return the result and the edits of each pass that changed it."""
    passes: list[list[_Edit]] = []
    specials = _specials(text)
    if _needs_composing(text, specials):
        edits = _unicode_edits(text)
        if edits:
            passes.append(edits)
            text = _apply(text, edits)
            specials = _specials(text)
    edits = _layout_edits(text, specials)
    if edits:
        passes.append(edits)
        text = _apply(text, edits)
    return text, passes


# --------------------------------------------------------------------------------------
# Offset maps.


_Offsets = array.array  # of "q": compact, and bisect works on it


def _map_start(
    starts: _Offsets[int],
    ends: _Offsets[int],
    to_starts: _Offsets[int],
    to_ends: _Offsets[int],
    pos: int,
) -> int:
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0:
        return pos
    if ends[k] > pos:  # inside a changed segment: take all of it
        return to_starts[k]
    return pos - ends[k] + to_ends[k]


def _map_end(
    starts: _Offsets[int],
    ends: _Offsets[int],
    to_starts: _Offsets[int],
    to_ends: _Offsets[int],
    pos: int,
) -> int:
    del to_starts  # same signature as _map_start
    k = bisect.bisect_left(starts, pos) - 1
    if k < 0:
        return pos
    if ends[k] >= pos:
        return to_ends[k]
    return pos - ends[k] + to_ends[k]


@attrs.frozen(slots=True)
class _SegmentMap:
    """The offset map of one pass: changed segments, identity in between.

    Segment ``k`` turned ``source[src_starts[k]:src_ends[k]]`` into
    ``target[dst_starts[k]:dst_ends[k]]``; both lists are sorted.
    """

    src_starts: _Offsets[int]
    src_ends: _Offsets[int]
    dst_starts: _Offsets[int]
    dst_ends: _Offsets[int]

    @classmethod
    def from_edits(cls, edits: list[_Edit]) -> _SegmentMap:
        starts = [start for start, _, _ in edits]
        ends = [end for _, end, _ in edits]
        sizes = [len(replacement) for _, _, replacement in edits]
        shifts = itertools.accumulate(
            (size - (end - start) for start, end, size in zip(starts, ends, sizes, strict=True)),
            initial=0,
        )
        dst_starts = [start + shift for start, shift in zip(starts, shifts, strict=False)]
        dst_ends = [start + size for start, size in zip(dst_starts, sizes, strict=True)]
        return cls(*(array.array("q", offsets) for offsets in (starts, ends, dst_starts, dst_ends)))

    def backward(self, start: int, end: int) -> tuple[int, int]:
        first = _map_start(self.dst_starts, self.dst_ends, self.src_starts, self.src_ends, start)
        if start == end:
            return first, first
        return first, _map_end(self.dst_starts, self.dst_ends, self.src_starts, self.src_ends, end)

    def forward(self, start: int, end: int) -> tuple[int, int]:
        lists = (self.src_starts, self.src_ends, self.dst_starts, self.dst_ends)
        first = _map_start(*lists, start)
        return (first, first) if start == end else (first, _map_end(*lists, end))


@attrs.frozen(slots=True)
class NormalizedText:
    r"""A text and its normalised form (:func:`normalize`), with offsets mapped both ways.

    Build it with :func:`normalize_with_map` (or ``NormalizedText(original)``). Run
    extractors on :attr:`text`; report their spans in the caller's text with
    :meth:`to_original`.

    The map is *piecewise*: identity stretches and the changed segments of each pass
    (a composed character, a moved tone mark, a rewritten whitespace run, a mapped
    quote), found with bisect, so text that needs no change costs nothing.

    What holds, for ``(a, b) = nt.to_original(i, j)`` with ``i < j``:

    * ``nt.original[a:b]`` covers exactly the characters that produced ``nt.text[i:j]``.
      A changed segment is atomic: touching any of its output takes all of its input
      (an NFD "o" + U+0301 for "ó", a whole whitespace run for its one space). Removed
      characters strictly inside the span are included, removed ones at its edges are not.
    * Monotone: ``i <= i2`` implies ``a <= a2``, and likewise for the ends.
    * ``nt.to_normalized(a, b)`` contains ``(i, j)`` and equals it unless ``i`` or ``j``
      falls inside a changed segment.
    * With ``(i2, j2) = nt.to_normalized(a, b)``: if neither ``i2`` nor ``j2`` cuts a
      word (falls between two letters or marks), then
      ``normalize(nt.original[a:b]) == nt.text[i2:j2].strip()``.

    Attributes:
        original: the text as the caller gave it.
        text: ``normalize(original)``.

    >>> nt = normalize_with_map("  Phó Chủ tịch UBND\u00a0tỉnh: “chuyển đổi số”")
    >>> nt.text
    'Phó Chủ tịch UBND tỉnh: "chuyển đổi số"'
    >>> start = nt.text.index("chuyển")
    >>> a, b = nt.to_original(start, start + len("chuyển đổi số"))
    >>> nt.original[a:b]
    'chuyển đổi số'
    >>> nfd = normalize_with_map(unicodedata.normalize("NFD", "hóa"))
    >>> nfd.to_original(1, 2)  # "ó" came from "o" + U+0301
    (1, 3)
    """

    original: str = attrs.field(validator=attrs.validators.instance_of(str))
    text: str = attrs.field(init=False)
    _maps: tuple[_SegmentMap, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        text, passes = _normalize_passes(self.original)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "_maps", tuple(_SegmentMap.from_edits(e) for e in passes))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        r"""Map the span ``text[start:end]`` to the span of :attr:`original` that produced it.

        ``start`` and ``end`` are read like slice bounds of :attr:`text` (negative values
        count from the end, values past the end are clipped, an empty or reversed span
        gives an empty span), so the method never raises.

        Args:
            start: start offset in :attr:`text`.
            end: end offset in :attr:`text`.

        Returns:
            ``(a, b)`` with ``0 <= a <= b <= len(original)``.

        >>> nt = normalize_with_map("Sở\u00a0\u00a0KH&CN  tỉnh")
        >>> nt.text
        'Sở KH&CN tỉnh'
        >>> nt.to_original(2, 3)  # the one space came from two NBSPs
        (2, 4)
        >>> nt.to_original(3, 8)
        (4, 9)
        """
        start, end = _slice_bounds(start, end, len(self.text))
        for segments in reversed(self._maps):
            start, end = segments.backward(start, end)
        return start, end

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        r"""Map the span ``original[start:end]`` to the span of :attr:`text` it became.

        Bounds are read like slice bounds of :attr:`original`. A span of removed
        characters (a zero-width space, leading whitespace) maps to an empty span.

        Args:
            start: start offset in :attr:`original`.
            end: end offset in :attr:`original`.

        Returns:
            ``(i, j)`` with ``0 <= i <= j <= len(text)``.

        >>> nt = normalize_with_map("Uỷ\u200b ban")
        >>> nt.text
        'Ủy ban'
        >>> nt.to_normalized(4, 7)
        (3, 6)
        >>> nt.to_normalized(2, 3)  # the zero-width space
        (2, 2)
        """
        start, end = _slice_bounds(start, end, len(self.original))
        for segments in self._maps:
            start, end = segments.forward(start, end)
        return start, end


def _slice_bounds(start: int, end: int, size: int) -> tuple[int, int]:
    if type(start) is int and type(end) is int and 0 <= start <= end <= size:
        return start, end  # the usual case, already a span of the text
    start, end, _ = slice(start, end).indices(size)
    return start, max(start, end)


# --------------------------------------------------------------------------------------
# Public functions.


def normalize(text: str) -> str:
    r"""Return the canonical form of ``text`` (see the module docstring for every rule).

    NFC; invisible characters removed; tone marks in the old style of the government
    press (*hóa*, *thủy*, *Ủy*); ASCII quotes, ``-`` for dashes, ``...`` for ``…``;
    whitespace runs collapsed to one space, one line break or one blank line; the
    text stripped. Idempotent.

    Args:
        text: any string.

    Returns:
        The normalised text.

    >>> normalize("Thuỷ lợi, khoẻ mạnh, hoà bình")
    'Thủy lợi, khỏe mạnh, hòa bình'
    >>> normalize("quý I, Quỳnh, hoàn thành, huỳnh quang")  # nothing to move
    'quý I, Quỳnh, hoàn thành, huỳnh quang'
    >>> normalize("Dòng 1  \r\n\r\n\r\n  Dòng 2\t\n")
    'Dòng 1\n\nDòng 2'
    """
    specials = _specials(text)
    if _needs_composing(text, specials):
        text = _compose(text)
        specials = _specials(text)
    edits = _layout_edits(text, specials)
    return _apply(text, edits) if edits else text


def normalize_with_map(text: str) -> NormalizedText:
    """Normalise ``text`` and keep the offset map back to it.

    Args:
        text: any string.

    Returns:
        A :class:`NormalizedText` whose ``text`` is ``normalize(text)``.

    >>> nt = normalize_with_map("Huỷ bỏ Quyết định số 749/QĐ‑TTg")
    >>> nt.text
    'Hủy bỏ Quyết định số 749/QĐ-TTg'
    >>> nt.to_original(0, 3)
    (0, 3)
    """
    return NormalizedText(text)


def set_tone_style(text: str, style: Literal["old", "new"]) -> str:
    """Rewrite tone-mark placement in open *oa*, *oe*, *uy* syllables to one style.

    ``"old"`` marks the first vowel (*hóa*, *khỏe*, *thủy*, *Ủy*; the government press and
    :func:`normalize`), ``"new"`` the second (*hoá*, *khoẻ*, *thuỷ*, *Uỷ*). The text is
    made NFC; nothing else changes. ``normalize(set_tone_style(x, s)) == normalize(x)``.

    Args:
        text: any string.
        style: ``"old"`` or ``"new"``.

    Returns:
        The rewritten text (NFC).

    Raises:
        ParseError: ``style`` is neither ``"old"`` nor ``"new"``.

    >>> set_tone_style("Ủy ban, thủy lợi, công nghiệp hóa, khỏe", "new")
    'Uỷ ban, thuỷ lợi, công nghiệp hoá, khoẻ'
    >>> set_tone_style("UỶ BAN, hoàn thành, quý", "old")
    'ỦY BAN, hoàn thành, quý'
    >>> set_tone_style("hóa", "modern")
    Traceback (most recent call last):
    ...
    vn_digital_policy.errors.ParseError: unknown tone style, use 'old' or 'new': 'modern'
    """
    rules = _tone_rules()
    styles = {"old": (rules.old_pattern, rules.to_old), "new": (rules.new_pattern, rules.to_new)}
    if style not in styles:
        msg = "unknown tone style, use 'old' or 'new'"
        raise ParseError(msg, text=str(style), suggestions=("old", "new"))
    pattern, table = styles[style]
    return pattern.sub(lambda m: table[m.group()], unicodedata.normalize("NFC", text))


class _CharTable(dict[int, str]):
    """A :meth:`str.translate` table that computes (and caches) missing characters."""

    __slots__ = ("_convert",)
    _LIMIT = 1 << 16  # cache at most this many characters (arbitrary input is unbounded)

    def __init__(self, convert: Callable[[str], str], seed: Iterable[int]) -> None:
        super().__init__()
        self._convert = convert
        for code in seed:
            self[code] = convert(chr(code))

    def __missing__(self, code: int) -> str:
        value = self._convert(chr(code))
        if len(self) < self._LIMIT:
            self[code] = value
        return value


#: Code points worth precomputing: Latin, combining marks, Vietnamese, punctuation.
_TABLE_SEED = (
    *range(0x0250),
    *range(0x0300, 0x0370),
    *range(0x1E00, 0x1F00),
    *range(0x2000, 0x2070),
)
_STROKE = {"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"}


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))
    return unicodedata.normalize("NFC", kept)


def _strip_char(char: str) -> str:
    return _STROKE.get(char) or _strip_marks(char)


def _fold_char(char: str) -> str:
    if char in _INVISIBLE:
        return ""
    if char in _WHITESPACE:
        return " "
    if char in _CHAR_MAP:
        char = _CHAR_MAP[char]
    return "".join(_STROKE.get(c) or c for c in _strip_marks(char.lower())).lower()


def _aligned_char(char: str) -> str:
    if char in _WHITESPACE:
        return char
    folded = _fold_char(char)
    if len(folded) == 1:
        return folded
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


@functools.cache
def _table(kind: Literal["fold", "strip", "aligned"]) -> _CharTable:
    convert = {"fold": _fold_char, "strip": _strip_char, "aligned": _aligned_char}[kind]
    return _CharTable(convert, _TABLE_SEED)


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    r"""Return a search key: lower case, no diacritics (``đ`` -> ``d``), whitespace collapsed.

    Insensitive to Unicode form, tone-mark style, case, quote and dash style and
    invisible characters: ``fold(x) == fold(normalize(x))``. Use it to compare or index
    names; it is lossy (*năm* and *nam* fold alike), so never report offsets into it
    (see :func:`fold_aligned` for matching with offsets).

    Args:
        text: any string.

    Returns:
        The folded text: NFC, no combining marks, words separated by single spaces.

    >>> fold("Phạm Minh Chính")
    'pham minh chinh'
    >>> fold("ĐẢNG") == fold("đảng") == "dang"
    True
    >>> fold("Uỷ  ban\u00a0“Chuyển đổi số”") == fold('Ủy ban "chuyển đổi số"')
    True
    """
    folded = _nfc(text).translate(_table("fold"))  # whitespace is " " now
    while "  " in folded:  # a few C-speed passes, even for a long run
        folded = folded.replace("  ", " ")
    return _nfc(folded.strip(" "))


def fold_aligned(text: str) -> str:
    r"""Fold each character on its own, keeping the length (offsets into it are offsets into text).

    Every code point becomes exactly one code point: its folded form (see :func:`fold`)
    when that is one character, else its lower-case form, else itself. Whitespace is
    kept as it is, so lines stay lines. Made for accent-insensitive regex matching over
    normalised text::

        folded = fold_aligned(nt.text)  # same length as nt.text
        for m in pattern.finditer(folded): ... nt.to_original(*m.span()) ...

    For NFC text (such as :func:`normalize` output) ``fold_aligned(t).split() ==
    fold(t).split()`` holds unless ``t`` has characters that fold to none or several
    (a stray combining mark, ``…``), which ``fold_aligned`` keeps as they are.

    Args:
        text: any string.

    Returns:
        A string with ``len(result) == len(text)``.

    >>> fold_aligned("Ủy ban\nĐề án 06")
    'uy ban\nde an 06'
    >>> len(fold_aligned("Trần Tuấn Anh")) == len("Trần Tuấn Anh")
    True
    """
    return text.translate(_table("aligned"))


def strip_diacritics(text: str) -> str:
    """Remove tone marks and vowel diacritics, keeping case (``Đ`` -> ``D``).

    The text is made NFC first; combining marks with no base are removed too. Nothing
    else changes (case, spacing, punctuation stay).

    Args:
        text: any string.

    Returns:
        The text without diacritics, NFC.

    >>> strip_diacritics("Đổi mới sáng tạo, Thủ tướng Phạm Minh Chính")
    'Doi moi sang tao, Thu tuong Pham Minh Chinh'
    """
    return _nfc(_nfc(text).translate(_table("strip")))


@functools.cache
def abbreviations() -> Mapping[str, tuple[str, ...]]:
    """Return the abbreviations of the government press and their expansions (read-only).

    Loaded once from ``data/abbreviations.tsv``. Keys and expansions are normalised
    (:func:`normalize`); an abbreviation with several meanings (``BCT``: Bộ Chính trị,
    Bộ Công Thương) has them all, the most frequent first.

    Returns:
        A read-only mapping from abbreviation to its expansions.

    >>> abbreviations()["UBND"]
    ('Ủy ban nhân dân',)
    >>> abbreviations()["BCT"]
    ('Bộ Chính trị', 'Bộ Công Thương')
    >>> len(abbreviations()) >= 60
    True
    """
    table: dict[str, list[str]] = {}
    for number, (abbr, expansion, _note) in enumerate(
        read_table("abbreviations.tsv", columns=3), start=1
    ):
        key, value = normalize(abbr), normalize(expansion)
        if not key or not value:
            msg = f"data/abbreviations.tsv: row {number} lacks an abbreviation or expansion"
            raise DataFileError(msg)
        values = table.setdefault(key, [])
        if value not in values:
            values.append(value)
    return types.MappingProxyType({key: tuple(values) for key, values in table.items()})


def expand_abbreviation(abbr: str) -> tuple[str, ...]:
    """Return every expansion of the abbreviation ``abbr``, or ``()`` when it is unknown.

    The lookup is case-sensitive (``UBND``, not ``ubnd``) but tolerant of Unicode form,
    tone-mark style and surrounding whitespace.

    Args:
        abbr: an abbreviation as written in the text.

    Returns:
        The expansions, most frequent first; empty when unknown.

    >>> expand_abbreviation("HĐND")
    ('Hội đồng nhân dân',)
    >>> expand_abbreviation("KH&CN")
    ('khoa học và công nghệ',)
    >>> expand_abbreviation("ubnd")
    ()
    """
    return abbreviations().get(normalize(abbr), ())
