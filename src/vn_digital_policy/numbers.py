"""Số (numbers): read and write Vietnamese numbers in digits, words, ordinals and Roman numerals.

Vietnamese government and Party news writes numbers in several ways: digits with
Vietnamese separators ("2.000", "1,5", "1.234,5"), digits with a scale word ("1,5 triệu",
"20 tỷ USD"), words ("hai mươi mốt", "một trăm linh năm"), percentages ("7,09%", "ba
mươi phần trăm"), ordinals ("lần thứ ba", "thứ nhất"), Roman numerals for congresses,
terms and quarters ("Đại hội XIII", "khóa XV", "quý II") and growth bands ("tăng trưởng
hai con số"). This module offers

* :func:`parse_number` - the whole text is one number (raises :class:`NumberParseError`);
* :func:`find_numbers` - every number in running text, with spans (never raises);
* :func:`is_number` - whether :func:`parse_number` would succeed (never raises);
* :func:`number_to_words`, :func:`format_number`, :func:`to_roman`, :func:`parse_roman`.

>>> parse_number("1,5 triệu").value
1500000
>>> [(n.text, n.value) for n in find_numbers("Đến năm 2030, kinh tế số chiếm 30% GDP")]
[('2030', 2030), ('30%', 30)]
>>> number_to_words(1_005_000)
'một triệu không trăm linh năm nghìn'

Rules for digits
    * "." followed by exactly three digits groups thousands ("2.000", "1.234.567");
      any other "." is a decimal point ("4.0", "1.5", "3.14").
    * "," is the decimal mark ("1,5", "1.234,5", and also "1,500" = 1.5, as Vietnamese
      convention has it). Only a number that cannot be Vietnamese reads English-style:
      two or more ",ddd" groups ("1,234,567") or ",ddd" groups then a "." decimal
      ("1,234.5").
    * Spaces group thousands only when every group after the first has exactly three
      digits and the first has one to three ("10 000", "1 234 567"); "2021 2022" stays
      two numbers.
    * Signs are read by :func:`parse_number` ("-1.234,5") but not by
      :func:`find_numbers`, where a hyphen is far more often a date, range or code.

What :func:`find_numbers` does not report (precision first)
    * Digits glued to letters ("5G", "G20", "COP26", "8h30"), digits glued by "/", "-",
      "–", ".", "," or ":" to a digit or letter (dates "6/12", "22/3/2018", "19-7",
      "9.1.2025"; codes "52-NQ/TW", "749/QĐ-TTg", "1206 /QĐ-HVTC"; names "Covid-19";
      periods "2026-2030"; times "10:30"), numbers with a leading zero ("Đề án 06",
      "0912 345 678"), and runs of three or more bare digit groups (telephone numbers
      "1900 54 54 81"). A glued range is read as two numbers when its second number
      carries "%", a scale word or a counting noun, and the first carries the same
      unit: "6,5-7%" gives 6.5 % and 7 %, "5-7 triệu" gives 5 and 7 million, and
      "50-60 doanh nghiệp" gives 50 and 60 (but "ngày 3-5 năm 2024" is a date).
    * A word numeral that may be an ordinary word: "một" alone ("a"), "không" alone
      ("not"), "năm" meaning "year" (before digits, after "trong", "vào", "đến", "mỗi",
      "hằng" ..., or after "mươi"/"mười" unless a scale word follows: "hai mươi năm" is
      20 years), "tư" alone ("private"), "ba" alone ("father"), "lẻ" alone ("retail").
      A lone number word (hai .. chín, mười) is reported only before a counting noun
      or unit from the lexicon ("ba nhóm", "năm đại biểu", "mười năm"), before
      "%"/"phần trăm"/"con số", or after "thứ"; never in a pair like "hai ba ngày"
      (two or three days) or after "vài", "dăm", "mấy". Multi-word numerals ("hai
      mươi mốt", "ba nghìn") always count, except a capitalised number word right
      after a capitalised word, which is part of a name ("Đỗ Mười").
    * Vague quantities ("hàng nghìn", "vài chục", "hàng triệu"): no digit, no number.
    * Scale words that are part of other words: "tỷ lệ", "tỷ trọng", "triệu tập".
    * Weekdays: "thứ Hai", "sáng thứ năm", "thứ Ba (20/5)", "thứ bảy tuần này".
    * Roman numerals outside a context noun ("khóa", "Đại hội", "thế kỷ", "quý", "phần",
      "chương", "giai đoạn", "loại" ... from the lexicon) or "thứ"; lone C, D, L, M
      (letter labels, not numerals); lower-case Roman numerals.

A growth band "hai con số" has kind DOUBLE_DIGIT and value 10, meaning "at least 10"
(likewise "một con số" SINGLE_DIGIT 1, "ba con số" TRIPLE_DIGIT 100: the smallest
number with that many digits); in running text it needs a context such as "tăng trưởng",
"lạm phát", "mức" or "GDP" before it.

Input may be NFC or NFD and use either tone style ("khóa"/"khoá"); spans always index
the string the caller passed.
"""

from __future__ import annotations

import bisect
import enum
import functools
import types
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import NamedTuple

import attrs
import regex

from vn_digital_policy._data import read_table
from vn_digital_policy._patterns import alternation, find_all
from vn_digital_policy.errors import NumberParseError

__all__ = [
    "NumberKind",
    "ParsedNumber",
    "find_numbers",
    "format_number",
    "is_number",
    "number_to_words",
    "parse_number",
    "parse_roman",
    "to_roman",
]

#: The most digits one digit group may carry; longer runs are not news numbers.
_MAX_DIGITS = 64
#: The most tokens one numeral may span ("chín trăm chín mươi chín triệu tỷ ..." < 50).
_MAX_TOKENS = 64
#: Precision for the exact decimal arithmetic (64 digits x scale words fit easily).
_PRECISION = 200
#: Exact arithmetic for values (never the thread's decimal context).
_EXACT = Context(prec=_PRECISION)
#: format_number writes at most this many integer or fractional digits.
_FORMAT_LIMIT = 1000
#: number_to_words reads integers below this bound ("triệu tỷ" is the largest scale).
_WORDS_LIMIT = 10**18


class NumberKind(str, enum.Enum):
    """How a number is written; the value is the Vietnamese term.

    >>> NumberKind.DOUBLE_DIGIT.value
    'hai con số'
    >>> str(NumberKind.ROMAN)
    'số La Mã'
    """

    CARDINAL = "số đếm"
    DECIMAL = "số thập phân"
    PERCENT = "phần trăm"
    ORDINAL = "số thứ tự"
    ROMAN = "số La Mã"
    SINGLE_DIGIT = "một con số"
    DOUBLE_DIGIT = "hai con số"
    TRIPLE_DIGIT = "ba con số"

    def __str__(self) -> str:
        return str(self.value)


_DIGIT_COUNT_KINDS = {
    1: NumberKind.SINGLE_DIGIT,
    2: NumberKind.DOUBLE_DIGIT,
    3: NumberKind.TRIPLE_DIGIT,
}


@attrs.frozen(slots=True)
class ParsedNumber:
    """A number read from text, with where it was read.

    ``value == mantissa * (value of the scale words)``: for "1,5 triệu" the value is
    1_500_000, the mantissa 1.5 and the scale "triệu"; for "một tỷ hai trăm triệu" the
    value is 1_200_000_000, the mantissa 1.2 and the scale "tỷ" (the leading scale); for
    numbers without a scale word the mantissa is the value. Values are ``int`` whenever
    integral ("4.0" gives 4 with kind DECIMAL), ``float`` otherwise. Percentages keep the
    number written ("7,09%" has value 7.09). ``scale`` uses canonical spellings
    ("ngàn" -> "nghìn", "tỉ" -> "tỷ").

    In a glued range sharing a unit ("5-7 triệu", "6,5-7%") the first number carries the
    unit of the second: its text is "5", its value 5_000_000.

    ``start``/``end`` are offsets into the caller's string, so
    ``text == original[start:end]``; the span covers the number with its "thứ", "%",
    "phần trăm" or "con số", but not a qualifier ("hơn") or context noun ("khóa"),
    which are reported in ``qualifier`` and ``context`` (lower case, NFC).

    >>> n = parse_number("hơn 2.000")
    >>> n.value, n.kind.name, n.qualifier, n.approximate, n.text
    (2000, 'CARDINAL', 'hơn', True, '2.000')
    >>> parse_number("20 tỷ").mantissa, parse_number("20 tỷ").scale
    (20, 'tỷ')
    """

    value: int | float
    kind: NumberKind
    text: str
    start: int
    end: int
    mantissa: int | float
    scale: str | None = None
    is_percent: bool = False
    is_ordinal: bool = False
    approximate: bool = False
    qualifier: str | None = None
    context: str | None = None


# ---------------------------------------------------------------------------------------
# Tone style and normalisation
# ---------------------------------------------------------------------------------------

#: Tone on the second vowel of a final oa/oe/uy ("new" style) -> on the first ("old"
#: style, the one government press uses: "hóa", "khóa", "thủy").
_NEW_TO_OLD = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_OLD_TO_NEW = {old: new for new, old in _NEW_TO_OLD.items()}

_TONE_NEW = regex.compile(
    r"""
    (?<![qQ])                               # "quý": the u belongs to the consonant
    (?P<pair>"""
    + "|".join(_NEW_TO_OLD)
    + r""")
    (?![\p{L}\p{M}])                        # only in an open final syllable ("khoản" stays)
    """,
    regex.VERBOSE,
)
_TONE_OLD = regex.compile(
    r"""
    (?<![qQ])
    (?P<pair>"""
    + "|".join(_OLD_TO_NEW)
    + r""")
    (?![\p{L}\p{M}])
    """,
    regex.VERBOSE,
)

#: One base character with its combining marks (or stray marks): the unit NFC works on.
_CLUSTER = regex.compile(
    r"(?P<cluster> \P{M}\p{M}*+ | \p{M}++ )   # a base with its marks, or stray marks",
    regex.VERBOSE,
)
#: Hangul conjoining jamo compose without being marks: such text takes the exact path.
_JAMO = regex.compile(r"(?P<jamo>[\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff])", regex.VERBOSE)
_MARK = regex.compile(r"(?P<mark>\p{M})  # a combining mark", regex.VERBOSE)

#: Words, for reading the context before a match.
_WORD = regex.compile(r"(?P<word>[\p{L}\p{M}\p{N}]++)  # letters, marks, digits", regex.VERBOSE)


def _fold(word: str) -> str:
    """Lower-case ``word`` and move final oa/oe/uy tones to the first vowel ("khoá" -> "khóa")."""
    lowered = " ".join(word.casefold().split())
    return _TONE_NEW.sub(lambda m: _NEW_TO_OLD[m.group("pair")], lowered)


def _spellings(phrase: str) -> set[str]:
    """Both tone styles of ``phrase`` (lower case)."""
    old = _fold(phrase)
    return {old, _TONE_OLD.sub(lambda m: _OLD_TO_NEW[m.group("pair")], old)}


class _MisalignedError(Exception):
    """Piecewise NFC disagreed with whole-text NFC (internal; triggers the exact path)."""


class _Spans:
    """Maps offsets in the NFC working string back to the caller's string.

    Three modes: identity (the text was NFC already); a table built one cluster at a
    time (exact, used for rare scripts); or blocks (fast, for NFD Vietnamese): the
    text is normalised in blocks cut just before an ASCII character, which never
    composes with what precedes it, and an offset is found by normalising the start of
    its block a stretch at a time, checking every stretch against the working string.
    """

    __slots__ = ("block_orig", "block_work", "cursor", "ends", "original", "starts", "work")

    def __init__(
        self,
        original: str,
        work: str,
        *,
        starts: list[int] | None = None,
        ends: list[int] | None = None,
        blocks: tuple[list[int], list[int]] | None = None,
    ) -> None:
        self.original = original
        self.work = work
        self.starts = starts
        self.ends = ends
        self.block_orig, self.block_work = blocks or ([0], [0])
        self.cursor = (0, 0)  # the last (original, working) offsets found: queries ascend

    def map(self, start: int, end: int) -> tuple[int, int]:
        """Return the caller's (start, end) for the working span (start, end)."""
        if self.original is self.work:
            return start, end
        if self.starts is not None and self.ends is not None:
            return self.starts[start], self.ends[end - 1]
        return self._locate(start), self._locate(end)

    def _locate(self, target: int) -> int:
        """The offset in the original where working offset ``target`` (a cluster start) is."""
        block = bisect.bisect_right(self.block_work, target) - 1
        orig, done = self.block_orig[block], self.block_work[block]
        if done <= self.cursor[1] <= target:
            orig, done = self.cursor
        original, size = self.original, len(self.original)
        while done < target:
            need = target - done
            stop = min(size, orig + need)
            while stop < size and _MARK.match(original, stop):
                stop += 1
            piece = unicodedata.normalize("NFC", original[orig:stop])
            if (
                not piece
                or len(piece) > need  # NFC lengthened the text, or a cluster was split
                or self.work[done : done + len(piece)] != piece
            ):
                raise _MisalignedError
            orig, done = stop, done + len(piece)
        self.cursor = (orig, done)
        return orig


#: Block length for normalising NFD text (each block ends before an ASCII character).
_BLOCK = 256
_ASCII = regex.compile(
    r"(?P<ascii>[\x00-\x7f])  # never composes with the character before", regex.VERBOSE
)


def _normalize(text: str, *, exact: bool = False) -> tuple[str, _Spans]:
    """Return the NFC working string for ``text`` and the way back to its offsets.

    With ``exact`` (or for Hangul), NFC is applied one base character with its marks
    at a time, so every working character comes from exactly one cluster of the original.
    """
    if unicodedata.is_normalized("NFC", text):
        # Also when it has combining marks (no precomposed form): every reading starts
        # and ends outside a base character and its marks, so no offset needs mapping.
        return text, _Spans(text, text)
    if not exact and _JAMO.search(text) is None:
        pieces: list[str] = []
        block_orig: list[int] = []
        block_work: list[int] = []
        start, done, size = 0, 0, len(text)
        while start < size:
            m = _ASCII.search(text, min(size, start + _BLOCK))
            stop = m.start() if m is not None else size
            piece = unicodedata.normalize("NFC", text[start:stop])
            block_orig.append(start)
            block_work.append(done)
            pieces.append(piece)
            start, done = stop, done + len(piece)
        work = "".join(pieces)
        if work == text:
            return text, _Spans(text, text)
        return work, _Spans(text, work, blocks=(block_orig, block_work))
    pieces = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _CLUSTER.finditer(text):
        piece = unicodedata.normalize("NFC", m.group())
        pieces.append(piece)
        starts.extend([m.start()] * len(piece))
        ends.extend([m.end()] * len(piece))
    work = "".join(pieces)
    return work, _Spans(text, work, starts=starts, ends=ends)


# ---------------------------------------------------------------------------------------
# The lexicon and the regexes built from it
# ---------------------------------------------------------------------------------------

#: Token classes of the numeral grammar (one letter each, so shapes are regexes):
#: z không, 1 một, d hai/ba/sáu/bảy/tám/chín, b bốn, n năm, o mốt, f tư, u lăm/nhăm,
#: t mười, m mươi, l linh/lẻ, h trăm, c chục, r rưỡi, S a scale word; digits: N a plain
#: integer <= 999, G another integer, D a decimal, x not a number (leading zero, too
#: long, part of a telephone number); Y "năm" read as the noun "year".
_ROLE_CLASS = {
    "zero": "z",
    "one": "1",
    "digit": "d",
    "four": "b",
    "five": "n",
    "unit_one": "o",
    "unit_four": "f",
    "unit_five": "u",
    "ten": "t",
    "tens": "m",
    "zero_tens": "l",
    "hundred": "h",
    "ten_multiplier": "c",
    "half": "r",
    "scale": "S",
}
_LEADING_DIGIT_CLASSES = "dbn"  # lone digit words that may be a count before a noun
_SINGLE_WORD_CLASSES = "1dbnt"  # lone number words that need a counting noun after them

_U_T = "[1dbfun]"  # after mười: một, hai .. chín, bốn/tư, lăm/nhăm/năm
_U_M = "[o1dbfun]"  # after mươi: mốt/một, hai .. chín, tư/bốn, lăm/nhăm/năm
_U_L = "[1dbfn]"  # after linh/lẻ: một .. chín, tư
_TENS = f"(?:t{_U_T}?|[dbn]m{_U_M}?)"
_HUNDREDS_LEAD = f"[1dbn]h(?:r|l{_U_L}|{_TENS})?"
_HUNDREDS_INNER = f"[1dbnz]h(?:r|l{_U_L}|{_TENS})?"
_LEAD = f"(?:{_HUNDREDS_LEAD}|{_TENS}|[1dbn]c|[1dbn]|N|G)"
_INNER = f"(?:{_HUNDREDS_INNER}|{_TENS}|N)"
#: A numeral as find_numbers accepts it: chunks (< 1000) joined by scale words.
_SHAPE_FIND = regex.compile(f"D(?:S++)?|{_LEAD}(?:S++(?:r|{_INNER})?)*+")
_SHAPE_FIND_ORDINAL = regex.compile(f"(?:{_SHAPE_FIND.pattern})|f")
#: parse_number is lenient: "không" alone, "không trăm ..." first.
_SHAPE_PARSE = regex.compile(
    f"z|D(?:S++)?|(?:{_HUNDREDS_INNER}|{_TENS}|[1dbn]c|[1dbn]|N|G)(?:S++(?:r|{_INNER})?)*+"
)
_SHAPE_PARSE_ORDINAL = regex.compile(f"(?:{_SHAPE_PARSE.pattern})|f")
_CHUNK = regex.compile(f"{_HUNDREDS_INNER}|{_TENS}|[1dbnz]c|[1dbnzft]|[NGD]")

_SP = r"[\x20\t\u00a0]++"
_WORD_END = r"(?![\p{L}\p{M}\p{N}_])"
_GLUE_LEFT = r"(?<![\p{L}\p{M}\p{N}][/\-–.,:])"
_NUMBER_END = r"""
    (?![\p{L}\p{M}\p{N}_])                       # not glued to letters: 5G, 8h30
    (?![/\-–.,:][\p{L}\p{M}\p{N}])               # dates 6/12, codes 52-NQ/TW, 10:30
    (?!\x20*+/\x20*+[\p{L}\p{N}])                # codes with spaces: 1206 /QĐ-HVTC
    (?-i:(?!\x20*+[-–]\x20*+\p{Lu}{2}))          # codes with spaces: 05 – CT/TW
    (?-i:(?!\x20\p{Lu}++/))                      # codes without hyphen: 84 QĐ/TWĐTN
"""
#: Digits with their separators. The four grouped forms all need a separator after one to
#: three digits; testing that first spares a plain "2030" four failed branches.
_NUMCORE = r"""
    (?: (?= [0-9]{1,3} [.,\x20\u00a0\u202f\u2009] [0-9] )
        (?: [0-9]{1,3}(?:\.[0-9]{3})++(?![0-9])(?:,[0-9]++)?+       # 1.234.567 and 1.234,5
          | [0-9]{1,3}(?:,[0-9]{3})++(?![0-9])\.[0-9]++             # 1,234.5 (English)
          | [0-9]{1,3}(?:,[0-9]{3}){2,}+(?![0-9])                    # 1,234,567 (English)
          | (?<![0-9][\x20\u00a0\u202f\u2009])                       # 10 000, 1 234 567: not a
            [0-9]{1,3}(?:[\x20\u00a0\u202f\u2009][0-9]{3})++          # later group of a longer
            (?![0-9]|[\x20\u00a0\u202f\u2009][0-9])(?:,[0-9]++)?+    # run (telephone numbers)
        )
      | [0-9]++(?:[.,][0-9]++)?+                                     # 2021, 1,5, 4.0
    )
"""
_ROMAN_CORE = r"(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
#: In running text a Roman numeral must contain I, V or X (lone C, D, L, M are labels).
_ROMAN_FIND = r"(?-i:(?=[MDCL]*+[IVX])" + _ROMAN_CORE + ")" + _NUMBER_END

_MASTER_TEMPLATE = r"""
(?<![\p{L}\p{M}\p{N}_])                          # every reading starts at a word boundary
(?:(?<= (?<![\p{L}\p{M}\p{N}_]) (?P<qual>@QUALIFIER@) [\x20\t\u00a0]+ ))?   # "hơn", "khoảng"
(?:
    # 1. A Roman numeral after a noun that introduces one: "khóa XIV", "Đại hội XIII".
    (?-i:(?=[IVXLCDM]))                          # (cheap test before the look-behind)
    (?<= (?<![\p{L}\p{M}\p{N}_]) (?P<rctx>@ROMAN_CONTEXT@) [\x20\t\u00a0]+ )
    (?P<roman>@ROMAN@)
  |
    # 2. An ordinal: "thứ nhất", "lần thứ XIII", "thứ ba", "lần thứ 4".
    (?P<thu>@THU@) @SP@
    (?: (?P<troman>@ROMAN@)
      | (?P<ordw>@ORDINAL_WORD@) @WORD_END@
      | (?P<trun>@ANYTOK@ (?: @SP@ @ANYTOK@ )*+ )
    )
  |
    # 3. A glued range sharing its unit: "6,5-7%", "10 - 15%", "5-7 triệu".
    (?= [0-9.,\x20\t\u00a0\u202f\u2009]*+ [-–] )     # (cheap test: a dash after the digits)
    (?P<rlo> @GLUE_LEFT@ @NUMCORE@ ) [\x20\t]*+ [-–] [\x20\t]*+
    (?P<rhi> @NUMCORE@ ) @NUMBER_END@
    (?P<rtail> (?P<rpct> \x20?[%％](?!\p{M}) | @SP@ @PERCENT@ @WORD_END@ )
             | (?: @SP@ (?P<rscale>@SCALE@) )++
             | @SP@ (?P<rcount>@COUNTER@) @WORD_END@ )
  |
    # 4. A run of number tokens (digits and number words) with its suffix.
    (?P<run> @LEADTOK@ (?: @SP@ @ANYTOK@ )*+ )
    (?P<pct> \x20?[%％](?!\p{M}) | @SP@ @PERCENT@ @WORD_END@ )?
    (?P<dc> @SP@ @DIGIT_COUNT@ @WORD_END@ )?
)
"""

_PARSE_TEMPLATE = r"""
\s*+
(?:(?P<qual>@QUALIFIER@) \s++)?
(?:(?P<ctx>@CONTEXT@) \s++)?
(?:
    (?P<thu>@THU@) \s++
    (?: (?P<troman>@ROMAN@)
      | (?P<ordw>@ORDINAL_WORD@) @WORD_END@
      | (?P<trun>@ANYTOK@ (?: \s++ @ANYTOK@ )*+ )
    )
  | (?P<roman>@ROMAN@)
  | (?P<sign>[-−+])?
    (?P<run>@ANYTOK@ (?: \s++ @ANYTOK@ )*+)
    (?P<pct> \s?+[%％](?!\p{M}) | \s++ @PERCENT@ @WORD_END@ )?
    (?P<dc> \s++ @DIGIT_COUNT@ @WORD_END@ )?
)
\s*+
"""


#: A plain integer that the master regex can only read alone ("63 tỉnh", "2030.", "30%"):
#: most numbers in news. It is matched at a digit that starts a word and not glued on
#: the left (_DIGIT_START), where it decides, at a fraction of the master's cost, what
#: the master would find: branches 1 to 3 cannot match (no Roman letter, no "thứ", no
#: dash after the digits) and branch 4 reads the digits as one token with no suffix.
#: That holds when what follows the digits can neither extend them (a separator and a
#: digit) nor end a reading (NUMBER_END) nor continue it (a space and a token, "%",
#: "phần trăm", "con số"). The word after a space is captured as ``next``: the caller
#: checks it is no number word (a set lookup, cheaper than the master's alternation).
_PLAIN_TEMPLATE = r"""
(?P<digits> [0-9]++ )
(?: (?P<pct> [%％] (?!\p{M}) )                              # 30%, but not 30% con số
    (?! [\x20\t\u00a0]++ @DIGIT_COUNT@ @WORD_END@ )
  | (?= \Z
      | [^\p{L}\p{M}\p{N}_/\-–.,:\x20\t\u00a0\u202f\u2009%％]     # 63) 63; 63"
      | [.,:] (?: \Z | [^\p{L}\p{M}\p{N}] )                   # 2030. 63, but not 1,5
      | \x20 (?P<next> (?![0-9]) [\p{L}\p{M}\p{N}_]++ ) (?! / )  # 63 tỉnh, not 84 QĐ/TW
    )
)
# the qualifier, as the master reads it before the digits
(?: (?<= (?<![\p{L}\p{M}\p{N}_]) (?P<qual>@QUALIFIER@) [\x20\t\u00a0]+ [0-9]+ [%％]? ) )?
"""


def _alternation(phrases: Iterable[str]) -> str:
    """A regex group matching any of ``phrases`` (both tone styles), longest first."""
    forms: set[str] = set()
    for phrase in phrases:
        forms.update(_spellings(phrase))
    # not possessive: phrases are also matched behind a number
    return "(?:" + alternation(forms, space=r"[\x20\t\u00a0]+") + ")"


def _fill(template: str, parts: dict[str, str]) -> str:
    """Replace the ``@NAME@`` placeholders of ``template``."""
    for name, value in parts.items():
        template = template.replace(f"@{name}@", value)
    return template


class _Word(NamedTuple):
    """A number word of the lexicon."""

    cls: str
    value: Decimal
    canonical: str


@attrs.frozen(slots=True)
class _Lexicon:
    """Everything read from ``data/number_words.tsv``, with the regexes built from it."""

    words: dict[str, _Word]
    ordinal_words: dict[str, int]
    canonical: dict[str, str]
    qualifier_exceptions: frozenset[str]
    counter_exceptions: frozenset[str]
    year_context: frozenset[str]
    date_before: frozenset[str]
    vague: frozenset[str]
    weekday_before: frozenset[str]
    digit_count_context: tuple[str, ...]
    master: regex.Pattern[str]
    group: Mapping[str, int]  # the master's group numbers (see _read_match)
    starters: tuple[str, ...]  # words that may start a reading: number words, "thứ"
    plain: regex.Pattern[str]  # _PLAIN_TEMPLATE
    plain_group: Mapping[str, int]
    # The first words of everything that may follow a number inside a reading (number
    # and scale words, "phần trăm", "con số"), lower case, both tone styles.
    continuations: frozenset[str]
    word_triggers_any_case: tuple[regex.Pattern[str], ...]
    parser: regex.Pattern[str]
    counter_after: regex.Pattern[str]
    weekday_after: regex.Pattern[str]
    demonstrative_after: regex.Pattern[str]


@functools.cache
def _lexicon() -> _Lexicon:
    """Load the lexicon and compile the regexes (once)."""
    rows = read_table("number_words.tsv", columns=4)
    by_role: dict[str, list[str]] = {}
    words: dict[str, _Word] = {}
    ordinal_words: dict[str, int] = {}
    canonical: dict[str, str] = {}
    blockers: dict[str, list[str]] = {}
    for word, role, value, canon in rows:
        key = _fold(word)
        by_role.setdefault(role, []).append(key)
        if role in _ROLE_CLASS:
            spelled = _fold(canon) if canon else key
            for form in _spellings(key):
                words[form] = _Word(_ROLE_CLASS[role], Decimal(value), spelled)
            canonical.setdefault(f"{role}:{value}", spelled)
        elif role == "ordinal_word":
            ordinal_words[key] = int(value)
        elif role == "scale_blocker":
            blockers.setdefault(_fold(value), []).append(key)

    def alt(role: str) -> str:
        return _alternation(by_role.get(role, ()))

    scale_alts = []
    for scale in sorted({w.canonical for w in words.values() if w.cls == "S"}):
        spellings = [k for k, w in words.items() if w.cls == "S" and w.canonical == scale]
        blocked = blockers.get(scale)
        guard = f"(?!{_SP}{_alternation(blocked)}{_WORD_END})" if blocked else ""
        scale_alts.append(f"{_alternation(spellings)}{_WORD_END}{guard}")
    scale = "(?:" + "|".join(scale_alts) + ")"
    plain = [k for k, w in words.items() if w.cls != "S"]
    word = f"(?:{scale}|{_alternation(plain)}{_WORD_END})"
    dignum = f"(?:{_GLUE_LEFT}{_NUMCORE}{_NUMBER_END})"
    lead_digits = [
        k for k, w in words.items() if w.cls in _LEADING_DIGIT_CLASSES
    ]  # hai .. chín: a count only before a noun, a unit or another number word
    ones = [k for k, w in words.items() if w.cls == "1"]
    tens = [k for k, w in words.items() if w.cls == "t"]
    percent = alt("percent_word")
    digit_count = alt("digit_count_word")
    counter = alt("counter")
    lead_word = rf"""
        (?: {_alternation(tens)} {_WORD_END}
          | {_alternation(ones)} {_WORD_END} (?={_SP}(?:{word}|{digit_count}{_WORD_END}))
          | {_alternation(lead_digits)} {_WORD_END}
            (?= {_SP} (?: {word} | (?:{counter}|{percent}|{digit_count}){_WORD_END} )
              | \x20?[%％](?!\p{{M}}) )
        )"""
    parts = {
        "SP": _SP,
        "WORD_END": _WORD_END,
        "GLUE_LEFT": _GLUE_LEFT,
        "NUMBER_END": _NUMBER_END,
        "NUMCORE": _NUMCORE,
        "ROMAN_CONTEXT": alt("roman_context"),
        "CONTEXT": _alternation(by_role["roman_context"] + by_role["ordinal_context"]),
        "THU": alt("ordinal_marker") + _WORD_END,
        "ORDINAL_WORD": alt("ordinal_word"),
        "QUALIFIER": alt("qualifier") + _WORD_END,
        "PERCENT": percent,
        "DIGIT_COUNT": digit_count,
        "SCALE": scale,
        "COUNTER": counter,
        "ANYTOK": f"(?P<tok>{dignum}|{word})",
        "LEADTOK": f"(?P<tok>{dignum}|{lead_word})",
    }
    flags = regex.VERBOSE | regex.IGNORECASE
    master = regex.compile(_fill(_MASTER_TEMPLATE, {**parts, "ROMAN": _ROMAN_FIND}), flags)
    plain_number = regex.compile(_fill(_PLAIN_TEMPLATE, parts), flags)
    continuations = {
        form.split()[0]
        for role in ("percent_word", "digit_count_word")
        for phrase in by_role.get(role, ())
        for form in _spellings(phrase)
    }
    continuations.update(phrase.split()[0] for phrase in words)
    roman_whole = r"(?-i:" + _ROMAN_CORE + ")" + _NUMBER_END
    parser = regex.compile(_fill(_PARSE_TEMPLATE, {**parts, "ROMAN": roman_whole}), flags)
    counter_after = regex.compile(f"{_SP}(?P<noun>{counter}){_WORD_END}", flags)
    weekday_after = regex.compile(
        rf"""[\x20\t,]*+
        (?: \(? [0-9]{{1,2}} [/\-.] [0-9]{{1,2}}      # thứ Ba (20/5), thứ Ba, 20-5
          | {alt("weekday_after")} {_WORD_END}      # thứ Hai tuần này, thứ Năm ngày ...
        )""",
        flags,
    )
    demonstrative_after = regex.compile(f"{_SP}{alt('demonstrative')}{_WORD_END}", flags)
    # Where a number can start: a digit, an upper-case Roman letter, "thứ" or a word that
    # can lead a numeral. One literal search per word is far faster than one alternation.
    starters = [k for k, w in words.items() if w.cls in "1dbnt"]
    starters += [form for key in by_role["ordinal_marker"] for form in _spellings(key)]
    triggers = [rf"(?<![\p{{L}}\p{{M}}\p{{N}}_]){regex.escape(w)}{_WORD_END}" for w in starters]
    return _Lexicon(
        words=words,
        starters=tuple(starters),
        word_triggers_any_case=tuple(regex.compile(t, regex.IGNORECASE) for t in triggers),
        plain=plain_number,
        plain_group=types.MappingProxyType(dict(plain_number.groupindex)),
        continuations=frozenset(continuations),
        ordinal_words=ordinal_words,
        canonical=canonical,
        qualifier_exceptions=frozenset(by_role.get("qualifier_exception", ())),
        counter_exceptions=frozenset(by_role.get("counter_exception", ())),
        year_context=frozenset(by_role.get("year_context", ())),
        date_before=frozenset(by_role.get("date_before", ())),
        vague=frozenset(by_role.get("vague", ())),
        weekday_before=frozenset(by_role.get("weekday_before", ())),
        digit_count_context=tuple(by_role.get("digit_count_context", ())),
        master=master,
        group=types.MappingProxyType(dict(master.groupindex)),
        parser=parser,
        counter_after=counter_after,
        weekday_after=weekday_after,
        demonstrative_after=demonstrative_after,
    )


# ---------------------------------------------------------------------------------------
# Tokens and their values
# ---------------------------------------------------------------------------------------


class _Tok(NamedTuple):
    """One token of a numeral: a digit group or a number word."""

    start: int
    end: int
    cls: str
    value: Decimal
    canonical: str


_NOT_A_WORD = _Word("x", Decimal(0), "")


class _InvalidNumeralError(Exception):
    """The tokens do not form one numeral (internal)."""


_VN_GROUPED = regex.compile(
    r"""(?P<whole> [0-9]{1,3} (?:\.[0-9]{3})++ )    # 1.234.567: "." groups thousands
        (?: , (?P<frac>[0-9]++) )?+                # 1.234,5: "," marks decimals""",
    regex.VERBOSE,
)
_EN_GROUPED = regex.compile(
    r"""(?P<whole> [0-9]{1,3} (?:,[0-9]{3})++ )     # 1,234,567: English grouping
        (?: \. (?P<frac>[0-9]++) )?+               # 1,234.5: English decimal point""",
    regex.VERBOSE,
)
_SPACE_GROUPED = regex.compile(
    r"""(?P<whole> [0-9]{1,3} (?:[\x20\u00a0\u202f\u2009][0-9]{3})++ )   # 10 000, 1 234 567
        (?: , (?P<frac>[0-9]++) )?+                                   # 10 000,5""",
    regex.VERBOSE,
)
_SPACES = str.maketrans("", "", "\x20\u00a0\u202f\u2009")


def _read_digits(raw: str) -> tuple[str, Decimal]:
    """Return the class (N, G, D or x) and the value of a digit token (see module rules)."""
    plain = False
    if _VN_GROUPED.fullmatch(raw):
        whole, _, frac = raw.partition(",")
        whole = whole.replace(".", "")
    elif ("." in raw or raw.count(",") >= 2) and _EN_GROUPED.fullmatch(raw):
        whole, _, frac = raw.partition(".")
        whole = whole.replace(",", "")
    elif _SPACE_GROUPED.fullmatch(raw):
        whole, _, frac = raw.translate(_SPACES).partition(",")
    else:
        plain = True
        whole, frac = raw, ""
        for mark in ".,":
            if mark in raw:
                whole, _, frac = raw.partition(mark)
                break
    if len(whole) + len(frac) > _MAX_DIGITS or (len(whole) > 1 and whole[0] == "0"):
        return "x", Decimal(0)
    value = Decimal(f"{whole}.{frac}") if frac else Decimal(whole)
    if frac:
        return "D", value
    return ("N" if plain and value <= 999 else "G"), value


def _chunk_value(toks: Sequence[_Tok]) -> Decimal:
    """Value of a numeral below one thousand (no scale word)."""
    shape = "".join(t.cls for t in toks)
    if not _CHUNK.fullmatch(shape):
        raise _InvalidNumeralError(shape)
    if len(toks) == 1:
        return toks[0].value
    if shape[1] == "c":
        return toks[0].value * 10
    if shape[1] == "h":
        base = toks[0].value * 100
        rest = toks[2:]
        if not rest:
            return base
        if rest[0].cls == "r":
            return base + 50
        if rest[0].cls == "l":
            return base + rest[1].value
        return base + _tens_value(rest)
    return _tens_value(toks)


def _tens_value(toks: Sequence[_Tok]) -> Decimal:
    """Value of "mười [x]" or "x mươi [y]"."""
    if toks[0].cls == "t":
        return Decimal(10) + (toks[1].value if len(toks) > 1 else 0)
    return toks[0].value * 10 + (toks[2].value if len(toks) > 2 else 0)


def _largest_scale(toks: Sequence[_Tok]) -> int:
    """Index of the first occurrence of the largest scale word, or -1."""
    best = -1
    for index, tok in enumerate(toks):
        if tok.cls == "S" and (best < 0 or tok.value > toks[best].value):
            best = index
    return best


def _evaluate(toks: Sequence[_Tok]) -> Decimal:
    """Exact value of a numeral: ``left x scale + right`` split at the largest scale word.

    "một nghìn tỷ" is (một nghìn) x tỷ; "một tỷ hai trăm triệu" is một x tỷ + (hai trăm
    triệu); the right part must be smaller than the scale ("hai tỷ ba nghìn tỷ" fails).
    """
    split = _largest_scale(toks)
    if split < 0:
        return _chunk_value(toks)
    left, right, unit = toks[:split], toks[split + 1 :], toks[split].value
    if not left:
        raise _InvalidNumeralError("scale word without a number")
    left_value = _evaluate(left)
    if left_value <= 0:
        raise _InvalidNumeralError("zero times a scale word")
    total = _EXACT.multiply(left_value, unit)
    if len(right) == 1 and right[0].cls == "r":
        if any(t.cls == "D" for t in left):
            raise _InvalidNumeralError("rưỡi after a decimal")
        return _EXACT.add(total, _EXACT.divide(unit, 2))
    if right:
        right_value = _evaluate(right)
        if right_value >= unit:
            raise _InvalidNumeralError("remainder not below the scale")
        total = _EXACT.add(total, right_value)
    return total


def _scale_of(toks: Sequence[_Tok]) -> tuple[str | None, Decimal]:
    """The leading scale words (canonical) and their value: "1,5 triệu tỷ" -> triệu tỷ."""
    split = _largest_scale(toks)
    if split < 0:
        return None, Decimal(1)
    first = split
    while first > 0 and toks[first - 1].cls == "S":
        first -= 1
    unit = Decimal(1)
    for tok in toks[first : split + 1]:
        unit = _EXACT.multiply(unit, tok.value)
    return " ".join(t.canonical for t in toks[first : split + 1]), unit


def _py(value: Decimal | int) -> int | float:
    """``int`` when integral, ``float`` otherwise."""
    if isinstance(value, int):
        return value
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _previous_words(work: str, pos: int, count: int) -> list[str]:
    """The last ``count`` words before ``pos`` (folded)."""
    window = work[max(0, pos - 16 * count) : pos]
    return [_fold(w) for w in _WORD.findall(window)[-count:]]


def _ends_with(words: list[str], phrases: Iterable[str]) -> bool:
    """Whether the word list ends with one of the phrases."""
    joined = " " + " ".join(words)
    return any(joined.endswith(" " + phrase) for phrase in phrases)


def _contains(words: list[str], phrases: Iterable[str]) -> bool:
    """Whether one of the phrases occurs as whole words in the word list."""
    joined = " " + " ".join(words) + " "
    return any(f" {phrase} " in joined for phrase in phrases)


# ---------------------------------------------------------------------------------------
# Building readings
# ---------------------------------------------------------------------------------------


@attrs.define(slots=True)
class _Context:
    """What a match adds around a numeral: qualifier, "thứ", percent or digit-count suffix."""

    qualifier: str | None = None
    thu: tuple[int, int] | None = None
    pct: tuple[int, int] | None = None
    dc: tuple[int, int] | None = None
    sign: tuple[int, int] | None = None


def _make(
    spans: _Spans,
    start: int,
    end: int,
    value: Decimal | int,
    kind: NumberKind,
    *,
    mantissa: Decimal | None = None,
    scale: str | None = None,
    qualifier: str | None = None,
    ordinal: bool = False,
    context: str | None = None,
) -> ParsedNumber:
    """Build a :class:`ParsedNumber` with offsets into the caller's string."""
    begin, finish = spans.map(start, end)
    return ParsedNumber(
        value=_py(value),
        kind=kind,
        text=spans.original[begin:finish],
        start=begin,
        end=finish,
        mantissa=_py(value if mantissa is None else mantissa),
        scale=scale,
        is_percent=kind is NumberKind.PERCENT,
        is_ordinal=ordinal,
        approximate=qualifier is not None,
        qualifier=qualifier,
        context=context,
    )


def _tokens(m: regex.Match[str], lex: _Lexicon, tok: int | str = "tok") -> list[_Tok]:
    """The tokens of the run a match captured (``tok``: the token group, name or number)."""
    out = []
    for raw, start, end in zip(m.captures(tok), m.starts(tok), m.ends(tok), strict=True):
        if raw[0].isdigit():
            cls, value = _read_digits(raw)
            out.append(_Tok(start, end, cls, value, raw))
        else:
            word = lex.words.get(_fold(raw), _NOT_A_WORD)  # case folding oddities ("İ")
            out.append(_Tok(start, end, word.cls, word.value, word.canonical))
    return out


def _numeral(
    toks: Sequence[_Tok],
    spans: _Spans,
    ctx: _Context,
    *,
    first: bool,
    last: bool,
) -> ParsedNumber:
    """Evaluate ``toks`` as one numeral of its run, with the parts of ``ctx`` that apply.

    The qualifier, "thứ" and a sign belong to the ``first`` numeral of a run; "%",
    "phần trăm" and "con số" to the ``last``.
    """
    value = _evaluate(toks)
    start, end = toks[0].start, toks[-1].end
    scale, unit = _scale_of(toks)
    mantissa = _EXACT.divide(value, unit)
    has_decimal = any(t.cls == "D" for t in toks)
    integral = value == value.to_integral_value()
    kind = NumberKind.CARDINAL if integral and not has_decimal else NumberKind.DECIMAL
    ordinal = False
    if first and ctx.thu is not None:
        if has_decimal or value < 1 or not integral:
            raise _InvalidNumeralError("not an ordinal")
        start, kind, ordinal = ctx.thu[0], NumberKind.ORDINAL, True
    elif last and ctx.dc is not None:
        count = int(value) if integral else 0
        if len(toks) != 1 or count not in _DIGIT_COUNT_KINDS:
            raise _InvalidNumeralError("not a digit count")
        value = mantissa = Decimal(10) ** (count - 1)
        kind, end, scale = _DIGIT_COUNT_KINDS[count], ctx.dc[1], None
    elif last and ctx.pct is not None:
        kind, end = NumberKind.PERCENT, ctx.pct[1]
    if ctx.sign is not None and first and not ordinal:
        start = ctx.sign[0]
        value, mantissa = value.copy_negate(), mantissa.copy_negate()
    return _make(
        spans,
        start,
        end,
        value,
        kind,
        mantissa=mantissa,
        scale=scale,
        qualifier=ctx.qualifier if first else None,
        ordinal=ordinal,
    )


def _qualifier(m: regex.Match[str], group: int | str, work: str, lex: _Lexicon) -> str | None:
    """The folded qualifier of a match, unless it is part of a phrase like "dựa trên"."""
    raw = m.group(group)
    if raw is None:
        return None
    qualifier = _fold(raw)
    before = [*_previous_words(work, m.start(group), 2), qualifier]
    if _ends_with(before, lex.qualifier_exceptions):
        return None
    return qualifier


def _is_weekday(
    work: str, thu: tuple[int, int], num_start: int, num_end: int, lex: _Lexicon
) -> bool:
    """Whether "thứ <n>" at ``thu`` names a weekday ("thứ Hai", "sáng thứ năm")."""
    if work[thu[0]].islower() and work[num_start].isupper():
        return True
    if _ends_with(_previous_words(work, thu[0], 1), lex.weekday_before):
        return True
    return lex.weekday_after.match(work, num_end) is not None


def _find_in_run(
    work: str, toks: list[_Tok], spans: _Spans, ctx: _Context, lex: _Lexicon
) -> list[ParsedNumber]:
    """Split a run of number tokens into numerals, applying the ambiguity rules."""
    n = len(toks)
    classes = [t.cls for t in toks]
    # Three or more bare digit groups in a row: a telephone number or a list, not a number.
    index = 0
    while index < n:
        stop = index
        while stop < n and classes[stop] in "NGDx":
            stop += 1
        if stop - index >= 3:
            classes[index:stop] = ["x"] * (stop - index)
        index = max(stop, index + 1)
    # "năm" is the digit five only before mươi/trăm/chục/a scale word, after linh/lẻ, after
    # mười/mươi when a scale word follows, or first in the run ("thứ năm", "năm nhóm") when
    # no "đến", "mỗi", "trong" ... comes before it and no digits follow; else it is "year".
    for i, cls in enumerate(classes):
        if cls != "n":
            continue
        nxt = classes[i + 1] if i + 1 < n else ""
        prev = classes[i - 1] if i else ""
        if i == 0:
            digit = nxt not in ("N", "G", "D", "x") and (
                ctx.thu is not None
                or not _ends_with(_previous_words(work, toks[0].start, 1), lex.year_context)
            )
        else:
            digit = (
                nxt in ("m", "h", "c", "S") or prev == "l" or (prev in ("m", "t") and nxt == "S")
            )
        if not digit:
            classes[i] = "Y"
    shape = "".join(classes)
    out: list[ParsedNumber] = []
    i = 0
    while i < n:
        first = i == 0
        pattern = _SHAPE_FIND_ORDINAL if first and ctx.thu is not None else _SHAPE_FIND
        m = pattern.match(shape, i, min(n, i + _MAX_TOKENS))
        if m is None or m.end() == i:
            i += 1
            continue
        j = m.end()
        last = j == n
        numeral = toks[i:j]
        if not _acceptable(
            work, numeral, classes, span=(i, j), ctx=ctx, lex=lex, first=first, last=last
        ):
            i = j
            continue
        try:
            reading = _numeral(numeral, spans, ctx, first=first, last=last)
        except _InvalidNumeralError:
            i += 1
            continue
        if (
            reading.is_ordinal
            and ctx.thu is not None
            and 2 <= reading.value <= 7
            and _is_weekday(work, ctx.thu, toks[i].start, toks[j - 1].end, lex)
        ):
            i = j
            continue
        out.append(reading)
        i = j
    return out


def _acceptable(
    work: str,
    numeral: Sequence[_Tok],
    classes: list[str],
    *,
    span: tuple[int, int],
    ctx: _Context,
    lex: _Lexicon,
    first: bool,
    last: bool,
) -> bool:
    """The precision rules for one candidate numeral of a run (see the module docstring)."""
    i, j = span
    if last and ctx.dc is not None:
        if _digit_count_ok(work, numeral, ctx, lex):
            return True
        ctx.dc = None  # "hai con số này": two figures; read what is left without the suffix
    if first and ctx.thu is None and numeral[0].cls not in "NGD" and _in_a_name(work, numeral[0]):
        return False  # "Tổng Bí thư Đỗ Mười"
    if j - i != 1 or classes[i] not in _SINGLE_WORD_CLASSES:
        return True
    if first and ctx.thu is not None:
        return True
    if last and ctx.pct is not None:
        return True
    if classes[i] == "1":
        return False  # "một" alone is the article "a"
    if (i and classes[i - 1] not in "NGDxY") or (j < len(classes) and classes[j] in "1dbn"):
        return False  # "hai ba ngày" (two or three days), "mươi hai"
    if first and _ends_with(_previous_words(work, numeral[0].start, 1), lex.vague):
        return False  # "vài ba", "dăm ba"
    m = lex.counter_after.match(work, numeral[0].end)
    if m is None:
        return False
    pair = f"{numeral[0].canonical} {_fold(m.group('noun'))}"
    return pair not in lex.counter_exceptions


_NAME_BEFORE = regex.compile(
    r"""(?<![\p{L}\p{M}\p{N}])
        (?P<word> \p{Lu} [\p{Ll}\p{M}]*+ )     # a capitalised word: "Đỗ" in "Đỗ Mười"
        [\x20\t\u00a0]++ \Z                    # directly before the number word""",
    regex.VERBOSE,
)


def _in_a_name(work: str, tok: _Tok) -> bool:
    """Whether a capitalised number word follows a capitalised word: part of a name."""
    word = work[tok.start : tok.end]
    if not (word[0].isupper() and word[1:].islower()):
        return False
    return _NAME_BEFORE.search(work, max(0, tok.start - 24), tok.start) is not None


def _digit_count_ok(work: str, numeral: Sequence[_Tok], ctx: _Context, lex: _Lexicon) -> bool:
    """Whether "<n> con số" is a growth band ("tăng trưởng hai con số") here."""
    if len(numeral) != 1 or numeral[0].value not in (1, 2, 3) or ctx.dc is None:
        return False
    if numeral[0].cls not in ("1", "d", "N"):
        return False
    window = 3 if numeral[0].value == 1 else 6
    if not _contains(_previous_words(work, numeral[0].start, window), lex.digit_count_context):
        return False
    return lex.demonstrative_after.match(work, ctx.dc[1]) is None


_DIGIT_KINDS = {"N": NumberKind.CARDINAL, "G": NumberKind.CARDINAL, "D": NumberKind.DECIMAL}


def _read_match(m: regex.Match[str], work: str, spans: _Spans, lex: _Lexicon) -> list[ParsedNumber]:
    """All readings of one match of the master regex.

    Groups are read by number: the ``regex`` module looks a group name up several times
    slower than the whole read of a plain number takes otherwise.
    """
    group = lex.group
    run = m.group(group["run"])
    dc = m.group(group["dc"])
    if run is not None and dc is None and run.isdigit():
        # A lone plain integer ("63", "2030", "100%"): most numbers in news, read directly.
        if len(run) > _MAX_DIGITS or (len(run) > 1 and run[0] == "0"):
            return []
        percent = m.group(group["pct"]) is not None
        kind = NumberKind.PERCENT if percent else NumberKind.CARDINAL
        end = m.end(group["pct"]) if percent else m.end(group["run"])
        qualifier = _qualifier(m, group["qual"], work, lex)
        return [_make(spans, m.start(group["run"]), end, int(run), kind, qualifier=qualifier)]
    roman = m.group(group["roman"])
    if roman is not None:
        context = _fold(m.group(group["rctx"]))
        value = parse_roman(roman)
        return [_make(spans, *m.span(group["roman"]), value, NumberKind.ROMAN, context=context)]
    thu = m.span(group["thu"]) if m.group(group["thu"]) is not None else None
    troman = m.group(group["troman"])
    if thu is not None and troman is not None:
        value = parse_roman(troman)
        end = m.end(group["troman"])
        return [_make(spans, thu[0], end, value, NumberKind.ROMAN, ordinal=True)]
    ordw = m.group(group["ordw"])
    if thu is not None and ordw is not None:
        ordinal = lex.ordinal_words.get(_fold(ordw))
        if ordinal is None:
            return []
        end = m.end(group["ordw"])
        return [_make(spans, thu[0], end, ordinal, NumberKind.ORDINAL, ordinal=True)]
    if m.group(group["rlo"]) is not None:
        return _read_range(m, work, spans, lex)
    qualifier = _qualifier(m, group["qual"], work, lex)
    pct = m.span(group["pct"]) if m.group(group["pct"]) is not None else None
    lone = thu is None and dc is None and len(m.captures(group["tok"])) == 1
    if lone and run[0].isdigit():  # a lone digit group with separators: "2.000", "4.0", "1,5%"
        cls, number = _read_digits(run)
        if cls == "x":
            return []
        kind = NumberKind.PERCENT if pct else _DIGIT_KINDS[cls]
        end = pct[1] if pct else m.end(group["run"])
        return [_make(spans, m.start(group["run"]), end, number, kind, qualifier=qualifier)]
    ctx = _Context(
        qualifier=qualifier,
        thu=thu,
        pct=pct,
        dc=m.span(group["dc"]) if dc is not None else None,
    )
    return _find_in_run(work, _tokens(m, lex, group["tok"]), spans, ctx, lex)


def _read_range(m: regex.Match[str], work: str, spans: _Spans, lex: _Lexicon) -> list[ParsedNumber]:
    """Both ends of a glued range sharing a unit: "6,5-7%", "5-7 triệu", "50-60 doanh nghiệp"."""
    lo_cls, lo = _read_digits(m.group("rlo"))
    hi_cls, hi = _read_digits(m.group("rhi"))
    if "x" in (lo_cls, hi_cls):
        return []
    hi_end = m.end("rtail")
    if m.group("rcount") is not None:
        # "3-5 năm" is a range, "ngày 3-5 năm 2024" and "sáng 19-7" are dates
        if (
            lo >= hi
            or _ends_with(_previous_words(work, m.start("rlo"), 1), lex.date_before)
            or _DIGIT_NEXT.match(work, m.end("rtail"))
        ):
            return []
        hi_end = m.end("rhi")
    scale_toks = [lex.words.get(_fold(raw), _NOT_A_WORD) for raw in m.captures("rscale")]
    if any(word.cls != "S" for word in scale_toks):
        return []
    percent = m.group("rpct") is not None
    unit = Decimal(1)
    for word in scale_toks:
        unit = _EXACT.multiply(unit, word.value)
    scale = " ".join(w.canonical for w in scale_toks) or None
    qualifier = _qualifier(m, "qual", work, lex)
    out = []
    for (start, end), cls, mantissa in (
        (m.span("rlo"), lo_cls, lo),
        ((m.start("rhi"), hi_end), hi_cls, hi),
    ):
        kind = NumberKind.PERCENT if percent else _DIGIT_KINDS[cls]
        value = _EXACT.multiply(mantissa, unit)
        out.append(
            _make(
                spans, start, end, value, kind, mantissa=mantissa, scale=scale, qualifier=qualifier
            )
        )
    return out


_DIGIT_NEXT = regex.compile(r"[\x20\t\u00a0]++ (?P<digit>[0-9])  # ... năm 2024", regex.VERBOSE)


# ---------------------------------------------------------------------------------------
# Public functions
# ---------------------------------------------------------------------------------------


def find_numbers(text: str) -> list[ParsedNumber]:
    """Find every number in running text, in order, without overlaps (never raises).

    Each match is the longest reading ("1,5 triệu" is one number); see the module
    docstring for what is deliberately not reported (dates, codes, "năm" = year,
    "một" = "a", weekdays, vague "hàng nghìn" ...). Spans index ``text`` itself, even
    when it is NFD.

    Args:
        text: any string.

    Returns:
        The numbers found, ordered by position; an empty list when there is none.

    >>> [(n.text, n.value) for n in find_numbers("Hơn 13.000 điểm giao dịch tại 63 tỉnh")]
    [('13.000', 13000), ('63', 63)]
    >>> [(n.text, n.value, n.kind.name) for n in find_numbers("Đại hội lần thứ XIV, khóa XV")]
    [('thứ XIV', 14, 'ROMAN'), ('XV', 15, 'ROMAN')]
    >>> [n.value for n in find_numbers("ngày 22/3/2018, Nghị quyết 52-NQ/TW, đến năm 2030")]
    [2030]
    >>> [(n.text, n.kind.name) for n in find_numbers("tăng trưởng GDP hai con số")]
    [('hai con số', 'DOUBLE_DIGIT')]
    """
    try:
        return _find(text, exact=False)
    except _MisalignedError:
        return _find(text, exact=True)


def _find(text: str, *, exact: bool) -> list[ParsedNumber]:
    """The body of :func:`find_numbers`."""
    lex = _lexicon()
    work, spans = _normalize(text, exact=exact)
    lowered = work.lower()
    if len(lowered) == len(work):
        starts = _word_starts(lowered, lex.starters)
    else:  # a few characters change length when lower-cased ("İ")
        starts = _starts(work, lex.word_triggers_any_case)
    starts.update(m.start() for m in _DIGIT_START.finditer(work))
    starts.update(m.start() for m in _ROMAN_START.finditer(work))
    out: list[ParsedNumber] = []
    done = 0
    for pos in sorted(starts):
        if pos < done:
            continue
        plain = _read_plain(work, pos, spans, lex) if work[pos] in _DIGITS else None
        if plain is not None:
            readings, done = plain
            out.extend(readings)
            continue
        m = lex.master.match(work, pos)
        if m is not None:
            out.extend(_read_match(m, work, spans, lex))
            done = m.end()
    return out


_DIGITS = frozenset("0123456789")


def _read_plain(
    work: str, pos: int, spans: _Spans, lex: _Lexicon
) -> tuple[list[ParsedNumber], int] | None:
    """The reading of a plain integer at ``pos`` and where the master match would end.

    ``None`` when the master regex must decide (see _PLAIN_TEMPLATE).
    """
    m = lex.plain.match(work, pos)
    if m is None:
        return None
    group = lex.plain_group
    follower = m.group(group["next"])
    # "ſ" and "İ" match "s" and "i" of a number word in any case but lower-case apart.
    if follower is not None and (
        follower.lower() in lex.continuations or "ſ" in follower or "İ" in follower
    ):
        return None
    digits = m.group(group["digits"])
    end = m.end()
    if len(digits) > _MAX_DIGITS or (len(digits) > 1 and digits[0] == "0"):
        return [], end
    kind = NumberKind.CARDINAL if m.group(group["pct"]) is None else NumberKind.PERCENT
    qualifier = _qualifier(m, group["qual"], work, lex)
    return [_make(spans, pos, end, int(digits), kind, qualifier=qualifier)], end


#: Candidate number starts: a digit, or a word made only of upper-case Roman letters.
#: Each pattern first consumes one character of a single range, which the ``regex``
#: engine skips to at memchr-like speed, and only then looks behind it. A digit glued
#: by "/", "-", "." ... to a word or number ("6/12", "52-NQ") cannot start a reading
#: (every branch of the master regex that starts with a digit tests _GLUE_LEFT).
_DIGIT_START = regex.compile(
    r"""[0-9]
        (?<! [\p{L}\p{M}\p{N}_] [0-9] )           # a digit starting a word
        (?<! [\p{L}\p{M}\p{N}] [/\-–.,:] [0-9] )  # and not glued on the left""",
    regex.VERBOSE,
)
_ROMAN_START = regex.compile(
    r"""[C-X] (?<= [IVXLCDM] )                 # a word of upper-case Roman letters only
        (?<! [\p{L}\p{M}\p{N}_] [IVXLCDM] ) [IVXLCDM]*+
        (?! [\p{L}\p{M}\p{N}_] )""",
    regex.VERBOSE,
)


def _starts(text: str, triggers: Iterable[regex.Pattern[str]]) -> set[int]:
    """Positions where one of the trigger words starts."""
    return {m.start() for trigger in triggers for m in trigger.finditer(text)}


#: Letters, marks, digits and "_" of Latin script: word characters (as the master
#: regex's ``[\p{L}\p{M}\p{N}_]``) in every Unicode version.
_LATIN_WORD_CHARS = frozenset(
    "0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    + "".join(map(chr, [*range(0xC0, 0xD7), *range(0xD8, 0xF7), *range(0xF8, 0x250)]))
    + "".join(map(chr, [*range(0x300, 0x370), *range(0x1E00, 0x1F00)]))
)


def _word_starts(lowered: str, words: Iterable[str]) -> set[int]:
    """Where one of ``words`` stands as a whole word in lower-cased text, and a few more.

    What the trigger regexes find, with str.find (much faster than a regex search): a
    neighbour counts as a word character only when it surely is one, so this may add
    starts (next to a letter of another script) that the master regex then rejects.
    """
    found = set()
    size = len(lowered)
    for word in words:
        for pos in find_all(lowered, word):
            end = pos + len(word)
            if (pos == 0 or lowered[pos - 1] not in _LATIN_WORD_CHARS) and (
                end == size or lowered[end] not in _LATIN_WORD_CHARS
            ):
                found.add(pos)
    return found


def parse_number(text: str) -> ParsedNumber:
    """Parse a text that is exactly one number, with an optional qualifier or context noun.

    Accepts the text of every reading :func:`find_numbers` reports (except the first end
    of a range such as "5-7 triệu", which borrows its unit), and is lenient where running
    text is ambiguous: "năm" is 5, "một" is 1, "không" is 0, a bare Roman numeral is read.
    A qualifier ("hơn", "khoảng" ...) and a context noun ("khóa", "Đại hội", "lần") may
    precede the number; a sign may precede digits.

    Args:
        text: the number, surrounding whitespace allowed.

    Returns:
        The number; its span points into ``text``.

    Raises:
        NumberParseError: ``text`` is not exactly one number.

    >>> parse_number("1.234,5").value
    1234.5
    >>> parse_number("hai mươi ba nghìn bốn trăm năm mươi sáu").value
    23456
    >>> parse_number("lần thứ ba").value, parse_number("khóa XIV").value
    (3, 14)
    >>> parse_number("7,09%").value, parse_number("ba mươi phần trăm").kind.name
    (7.09, 'PERCENT')
    >>> parse_number("2021 2022")
    Traceback (most recent call last):
    ...
    vn_digital_policy.errors.NumberParseError: not a Vietnamese number: '2021 2022'
    """
    try:
        return _parse(text, exact=False)
    except _MisalignedError:
        return _parse(text, exact=True)


def _parse(text: str, *, exact: bool) -> ParsedNumber:
    """The body of :func:`parse_number`."""
    lex = _lexicon()
    work, spans = _normalize(text, exact=exact)
    m = lex.parser.fullmatch(work)
    if m is None:
        raise NumberParseError(text=text)
    qualifier = _fold(m.group("qual")) if m.group("qual") is not None else None
    context = _fold(m.group("ctx")) if m.group("ctx") is not None else None
    roman = m.group("roman") if m.group("roman") is not None else m.group("troman")
    if roman is not None:
        group = "roman" if m.group("roman") is not None else "troman"
        ordinal = m.group("thu") is not None
        start = m.start("thu") if ordinal else m.start(group)
        value = Decimal(parse_roman(roman))
        return _make(
            spans,
            start,
            m.end(group),
            value,
            NumberKind.ROMAN,
            qualifier=qualifier,
            ordinal=ordinal,
            context=context,
        )
    if m.group("ordw") is not None:
        ordinal_value = lex.ordinal_words.get(_fold(m.group("ordw")))
        if ordinal_value is None:
            raise NumberParseError(text=text)
        value = Decimal(ordinal_value)
        return _make(
            spans,
            m.start("thu"),
            m.end("ordw"),
            value,
            NumberKind.ORDINAL,
            qualifier=qualifier,
            ordinal=True,
        )
    toks = _tokens(m, lex)
    shape = "".join(t.cls for t in toks)
    ordinal = m.group("thu") is not None
    pattern = _SHAPE_PARSE_ORDINAL if ordinal else _SHAPE_PARSE
    signed = m.group("sign") is not None
    if (
        len(toks) > _MAX_TOKENS
        or not pattern.fullmatch(shape)
        or (signed and not all(t.cls in "NGD" for t in toks))
    ):
        raise NumberParseError(text=text)
    ctx = _Context(
        qualifier=qualifier,
        thu=m.span("thu") if ordinal else None,
        pct=m.span("pct") if m.group("pct") is not None else None,
        dc=m.span("dc") if m.group("dc") is not None else None,
        sign=m.span("sign") if signed else None,
    )
    try:
        return _numeral(toks, spans, ctx, first=True, last=True)
    except _InvalidNumeralError as exc:
        raise NumberParseError(text=text) from exc


def is_number(text: str) -> bool:
    """Whether :func:`parse_number` accepts ``text`` (never raises).

    >>> is_number("1,5 triệu"), is_number("hàng nghìn"), is_number("IIII")
    (True, False, False)
    """
    try:
        parse_number(text)
    except NumberParseError:
        return False
    return True


def _chunk_words(number: int, lex: _Lexicon, *, full: bool) -> list[str]:
    """Words for 0 < number < 1000; ``full`` reads an empty hundreds place ("không trăm")."""
    words = lex.canonical
    digit = [words[f"{r}:{v}"] for v, r in enumerate(_DIGIT_ROLES)]
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    out: list[str] = []
    if full or hundreds:
        out += [digit[hundreds], words["hundred:100"]]
    if tens == 0:
        if units and out:
            out += [words["zero_tens:0"], digit[units]]
        elif units:
            out.append(digit[units])
    elif tens == 1:
        out.append(words["ten:10"])
        if units == 5:
            out.append(words["unit_five:5"])
        elif units:
            out.append(digit[units])
    else:
        out += [digit[tens], words["tens:10"]]
        finals = {1: "unit_one:1", 4: "unit_four:4", 5: "unit_five:5"}
        if units in finals:
            out.append(words[finals[units]])
        elif units:
            out.append(digit[units])
    return out


_DIGIT_ROLES = ("zero", "one", "digit", "digit", "four", "five", "digit", "digit", "digit", "digit")


def _words_below(number: int, lex: _Lexicon, *, full: bool) -> list[str]:
    """Words for 0 < number < 10**18 (groups of three digits, "tỷ" recursing)."""
    billion = 10**9
    if number >= billion:
        high, low = divmod(number, billion)
        out = [*_words_below(high, lex, full=full), lex.canonical[f"scale:{billion}"]]
        if low:
            out += _words_below(low, lex, full=True)
        return out
    out = []
    for size in (10**6, 10**3, 1):
        group = number // size % 1000
        if group:
            out += _chunk_words(group, lex, full=full or bool(out))
            if size > 1:
                out.append(lex.canonical[f"scale:{size}"])
    return out


def number_to_words(n: int) -> str:
    """Read a non-negative integer below 10**18 the standard Vietnamese way.

    Tens are "mươi" from twenty on; a final 1 after "mươi" is "mốt", a final 4 is "tư",
    a final 5 after "mười"/"mươi" is "lăm"; an empty tens place is "linh"; an empty
    hundreds place inside a larger number is "không trăm"; empty groups are skipped;
    scales are "nghìn", "triệu", "tỷ", then "nghìn tỷ", "triệu tỷ". :func:`parse_number`
    also accepts "ngàn", "tỉ", "bốn", "lẻ", "nhăm", "bẩy" and "một" after "mươi".

    Args:
        n: the integer, 0 <= n < 10**18.

    Returns:
        The reading, words separated by single spaces.

    Raises:
        NumberParseError: ``n`` is not an integer in range.

    >>> number_to_words(21), number_to_words(24), number_to_words(15), number_to_words(105)
    ('hai mươi mốt', 'hai mươi tư', 'mười lăm', 'một trăm linh năm')
    >>> number_to_words(10**12)
    'một nghìn tỷ'
    >>> number_to_words(1_200_000_000)
    'một tỷ hai trăm triệu'
    """
    if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n < _WORDS_LIMIT:
        msg = "number_to_words needs an integer 0 <= n < 10**18"
        raise NumberParseError(msg, text=repr(n))
    lex = _lexicon()
    if n == 0:
        return lex.canonical["zero:0"]
    return " ".join(_words_below(n, lex, full=False))


_ROMAN_VALUES = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
_ROMAN_WHOLE = regex.compile(_ROMAN_CORE)


def to_roman(n: int) -> str:
    """Write 1 <= n <= 4999 as a canonical Roman numeral.

    Raises:
        NumberParseError: ``n`` is out of range.

    >>> to_roman(14), to_roman(2024)
    ('XIV', 'MMXXIV')
    """
    if isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 4999:
        msg = "Roman numerals cover 1..4999"
        raise NumberParseError(msg, text=repr(n))
    out = []
    for value, letters in _ROMAN_VALUES:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def parse_roman(s: str) -> int:
    """Read a canonical Roman numeral (I .. MMMMCMXCIX), upper or lower case.

    Raises:
        NumberParseError: ``s`` is not a canonical Roman numeral ("IIII", "VX", "IC").

    >>> parse_roman("XIII"), parse_roman("xiv"), parse_roman("Ⅻ")
    (13, 14, 12)
    >>> parse_roman("IIII")
    Traceback (most recent call last):
    ...
    vn_digital_policy.errors.NumberParseError: not a canonical Roman numeral: 'IIII'
    """
    letters = unicodedata.normalize("NFKC", s).strip()
    if not (letters.isupper() or letters.islower()) or not _ROMAN_WHOLE.fullmatch(letters.upper()):
        raise NumberParseError("not a canonical Roman numeral", text=s)
    letters = letters.upper()
    total = 0
    for value, symbol in _ROMAN_VALUES:
        while letters.startswith(symbol):
            total += value
            letters = letters[len(symbol) :]
    return total


def format_number(value: int | float | Decimal, *, decimals: int | None = None) -> str:
    """Write a number in Vietnamese digit style: "." groups thousands, "," marks decimals.

    Args:
        value: an ``int``, a finite ``float`` or a ``Decimal``.
        decimals: round half up to this many fractional digits (and always show
            them); ``None`` writes integers without decimals and floats in their
            shortest exact form.

    Returns:
        The formatted number, e.g. "1.234,5"; negative numbers start with "-".

    Raises:
        NumberParseError: ``value`` is not a finite number or has more than 1000
            integer digits, or ``decimals`` is not in 0..1000.

    >>> format_number(2000), format_number(1.5), format_number(1234.5)
    ('2.000', '1,5', '1.234,5')
    >>> format_number(7.089, decimals=2), format_number(-1_234_567)
    ('7,09', '-1.234.567')
    """
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise NumberParseError("not a number to format", text=repr(value))
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if (
        not number.is_finite()
        or (decimals is not None and not 0 <= decimals <= _FORMAT_LIMIT)
        or number.adjusted() > _FORMAT_LIMIT
    ):
        raise NumberParseError("cannot format this number", text=repr(value))
    exact = Context(prec=max(_PRECISION, number.adjusted() + (decimals or 0) + 10))
    if decimals is not None:
        step = Decimal(1).scaleb(-decimals)
        number = number.quantize(step, rounding=ROUND_HALF_UP, context=exact)
    elif number == number.to_integral_value():
        number = number.quantize(Decimal(1), context=exact)
    sign = "-" if number < 0 else ""
    whole, _, frac = f"{number.copy_abs():f}".partition(".")
    groups = []
    while len(whole) > 3:
        whole, group = whole[:-3], whole[-3:]
        groups.append(group)
    groups.append(whole)
    text = ".".join(reversed(groups))
    return f"{sign}{text},{frac}" if frac else f"{sign}{text}"
