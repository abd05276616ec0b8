"""Quan chức (officials): the named people an article mentions, with every title it gives them.

Vietnamese government and Party news names a person in a few fixed shapes, and this
module reads exactly those, led by lexicons rather than by capital letters:

* **title before the name**: "Thủ tướng Chính phủ Phạm Minh Chính", "Phó Chủ tịch
  Thường trực UBND tỉnh Vũ Việt Văn", "Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Mạnh
  Hùng", with several titles chained by "," or "kiêm" ("Ủy viên Bộ Chính trị, Bộ trưởng
  Bộ Công an, Đại tướng Tô Lâm");
* **apposition after the name**: "đồng chí Vũ Việt Văn, Ủy viên BTV Tỉnh ủy, Phó Chủ
  tịch Thường trực UBND tỉnh; ...", "Nguyễn Huy Ngọc - Tỉnh ủy viên, Phó Chủ tịch UBND
  tỉnh", "Nguyễn Văn A (Giám đốc Sở TT&TT)"; the apposition stops at ";", at a clause
  that is not a title, or where a title turns out to belong to the next name;
* **honorific before the name**: "đồng chí", "ông", "bà", "TS.", "PGS.TS", "Đại tướng"
  (kept in :attr:`~vn_digital_policy.models.Official.honorifics`, never in titles);
* **lists sharing one title or honorific**: "các Phó thủ tướng Chính phủ: Lê Minh Khái,
  Trần Hồng Hà, Lê Thành Long", "các đồng chí Nguyễn Văn A và Trần Văn B";
* **a reporting verb after a full name** of three syllables or more ("Nguyễn Thị Lan cho
  biết ..."), or such a name opening a sentence before a comma ("Nguyễn Hữu Tuấn, chủ
  hợp tác xã ..., chia sẻ").

A name is a surname of ``data/surnames.txt`` followed by one to three given-name syllables
of ``data/given_names.txt``, every syllable capitalised; one syllable outside the lexicon is
allowed in a name of three syllables or more ("Hồ Đức Phớc", "Y Khoa Byă"), unless it opens
a title, a body, a verb or another surname. Ê Đê women's names open with "H'" ("H'Liên
Niê"); two or three capitalised Latin words after an honorific or a title are a foreign
name ("ông Jensen Huang"). Titles are heads of ``data/titles.tsv`` (the longest head wins:
"Phó Chủ tịch Thường trực"), led perhaps by a modifier ("nguyên", "quyền") and followed by
the body they belong to: bodies of ``data/organizations.tsv``, abbreviations ("UBND",
"KH&CN"), capitalised words with their lower-case syllables ("Cục Chuyển đổi số quốc
gia"), place words ("tỉnh", "TP."), "của Quốc hội", "khóa XV", "(VNPT)". Honorifics come
from ``data/honorifics.txt``.

A name in none of the shapes above is not an official: a byline ("Thanh Nga"), a place or
an institution named after a person ("TP. Hồ Chí Minh", "đường Lê Duẩn", "Trường THPT
Trần Phú", "tư tưởng Hồ Chí Minh", "Giải thưởng Tạ Quang Bửu"), a place after "tại"/"ở",
a company. A name stuck to another name ("tỉnh Hà Nam Trương Quốc Huy" when the place is
unknown) reads as a place. Bylines, credits and page furniture (:mod:`.bylines`) are
skipped. Upper-case headlines are not read (the body names the same people).

Later mentions of a known person are kept as mentions, not new officials: the full name
again, an honorific with the given name ("ông Hùng", "đồng chí Trần Tuấn Anh"), or the
bare title of its only holder ("Thủ tướng" for the article's one Thủ tướng).
:func:`resolve_person` answers "who is this?" for other extractors (directive issuers,
event chairs). Names that fold alike (tone style, case) are one person, spelt the fullest
way.

>>> import datetime as dt
>>> text = (
...     "Dự có đồng chí Vũ Việt Văn, Ủy viên BTV Tỉnh ủy, Phó Chủ tịch Thường trực "
...     "UBND tỉnh; Trưởng Ban Kinh tế Trung ương Trần Tuấn Anh khẳng định."
... )
>>> doc = Document.read(text, published=dt.date(2021, 12, 6))
>>> for official in extract_officials(doc):
...     print(official.name, official.honorifics, official.titles)
Vũ Việt Văn ('đồng chí',) ['Ủy viên BTV Tỉnh ủy', 'Phó Chủ tịch Thường trực UBND tỉnh']
Trần Tuấn Anh () ['Trưởng Ban Kinh tế Trung ương']
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

import attrs
import regex

from vn_digital_policy._data import read_lines, read_table
from vn_digital_policy._patterns import find_all, trie
from vn_digital_policy.errors import DataFileError
from vn_digital_policy.extract.bylines import Bylines, extract_bylines
from vn_digital_policy.extract.document import Document
from vn_digital_policy.ids import official_id, organization_id
from vn_digital_policy.models import Official, Organization, Position
from vn_digital_policy.text import fold, normalize

__all__ = ["extract_officials", "resolve_person"]

# ---------------------------------------------------------------------------------------
# Grammar words. These are closed classes of Vietnamese function words and reporting verbs,
# part of the grammar of a title phrase rather than a lexicon of names, so they live here.

#: Reporting and acting verbs that may follow a bare full name ("Nguyễn Thị Lan cho biết")
#: or end the last title of an apposition ("..., Chủ nhiệm Ủy ban ... khẳng định").
_VERBS = (
    "cho biết|cho hay|cho rằng|phát biểu|nhấn mạnh|khẳng định|nói|chia sẻ|đề nghị|yêu cầu|"
    "chủ trì|đồng chủ trì|đánh giá|nhận định|kiến nghị|đề xuất|báo cáo|trình bày|bày tỏ|"
    "chỉ đạo|kết luận|tham dự|dự|trao|tặng|ký|ghi nhận|lưu ý|giải thích|phân tích|trả lời|"
    "chúc mừng|cảm ơn|thông tin|thông báo|nêu|nêu rõ|chỉ rõ|tiếp|hội kiến|hội đàm|gặp|thăm|"
    "làm việc|khai mạc|bế mạc|phát động|tuyên bố|nhắc lại|đề cập|quán triệt|biểu dương|"
    "giới thiệu|trao đổi|thăm và làm việc"
)
#: Adverbs that may stand between a name and its verb ("Nguyễn Văn A cũng cho biết").
_ADVERBS = "cũng|đã|vừa|sẽ|đồng thời|còn|tiếp tục|trực tiếp"
#: Lower-case words that never continue a capitalised word of a body's name: function
#: words and the first syllables of reporting verbs ("Viettel | cho biết").
_STOP_WORDS = (
    "là|và|của|về|cho|đã|sẽ|đang|được|bị|có|không|tại|với|để|từ|trong|ngoài|khi|thì|mà|"
    "này|đó|các|những|cùng|cũng|vừa|mới|luôn|đều|rằng|nhằm|theo|qua|trên|dưới|sau|trước|"
    "đến|tới|như|nếu|vì|do|bởi|hay|hoặc|nhưng|còn|lại|ra|vào|lên|xuống|nên|phải|cần|rất|"
    "đây|kia|ấy|ông|bà|anh|chị|đồng|kiêm|chủ trì|phát biểu|khẳng|nhấn|yêu cầu|đề nghị|"
    "tham dự|dự hội|dự lễ|dự buổi|dự phiên|dự diễn|dự và|chỉ đạo|chỉ rõ|trao|tiếp|ký|thăm|"
    "làm|gặp|trả|nêu|đánh|nhận|kiến nghị|báo cáo|trình bày|bày|kết luận|ghi|lưu|giải thích|"
    "phân tích|chúc|cảm|nói|chia|tổ chức|khai|bế|họp|gửi|tặng|cho biết|cho hay|đề xuất|"
    "biểu dương|giới thiệu|trao đổi|phát động|tuyên bố|nhắc|quán triệt|đề cập"
)
#: Words that make the title before them a shared, plural one ("các Phó Thủ tướng: A, B").
_PLURAL = regex.compile(r"(?:\b(?:các|những|hai|ba|cùng các|cùng)\s++)$", regex.IGNORECASE)

_L = r"\p{L}\p{M}"  # letters with their combining marks
_WORD_END = rf"(?![{_L}\p{{N}}])"
_WORD_START = rf"(?<![{_L}\p{{N}}])"
_CAP = rf"\p{{Lu}}[\p{{Ll}}\p{{M}}]*+{_WORD_END}"
_LOW = rf"\p{{Ll}}[\p{{Ll}}\p{{M}}]*+{_WORD_END}"
_ABBR = (
    r"\p{Lu}(?:[\p{Lu}\p{N}]|&\p{Lu})++(?:-\p{Lu}(?:[\p{Lu}\p{N}]|&\p{Lu})*+)*+"
    rf"(?![{_L}\p{{N}}&])"
)
#: Punctuation that ends a clause or a list item.
_CLAUSE_MARKS = frozenset(",;:.!?")
#: What ends a chunk of an apposition: a clause separator or the end of the line.
_DELIMITER = regex.compile(r"\s*+(?:[,;:.!?)\]\n]|$|-\s)")

#: A preposition of place right before a name makes it a place ("tại Quang Bình").
_LOCATIVE_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:tại|ở|từ|thuộc|qua|trên|vùng|miền)\s++\Z", regex.IGNORECASE
)
_JOINED_BEFORE = regex.compile(r"(?:,|\s(?:và|kiêm))\s*+\Z")
_COMMA_BEFORE = regex.compile(r",\s*+\Z")
_COLON_BEFORE = regex.compile(r":\s*+\Z")
_CHAIN_BEFORE = regex.compile(r"(?:,|\s(?:kiêm|-))\s*+\Z")
_LIST_SEPARATOR = regex.compile(r"\s*+(?:,\s*+(?:và\s++)?|và\s++)")
_APPOSITION_OPENER = regex.compile(r"\s*+,\s*+|\s++-\s++|\s*+\(\s*+")
_APPOSITION_SEPARATOR = regex.compile(r"\s*+,\s*+|\s++(?:kiêm|và)\s++")

_NAME_AND_ABBREVIATION = regex.compile(r"(?P<name>.+?)\s*+\((?P<abbr>[^()]++)\)")

_MAX_GAP = 160  # characters between a title head and the name it precedes
_MAX_GIVEN = 3  # given-name syllables after the surname


# ---------------------------------------------------------------------------------------
# Lexicons


@attrs.frozen(slots=True)
class _Title:
    """A title head of ``data/titles.tsv``."""

    title: str
    kind: str
    org_noun: str
    unique: bool


@attrs.frozen(slots=True)
class _Lexicon:
    """Everything compiled once from the data files."""

    scan: regex.Pattern[str]
    scan_lower: regex.Pattern[str]
    lower_starts: tuple[str, ...]
    openers: Mapping[str, frozenset[str]]
    not_given: regex.Pattern[str]
    kinds: Mapping[str, str]
    prefixed_places: frozenset[str]
    locality_words: frozenset[str]
    eponym_before: regex.Pattern[str]
    eponym_ends: tuple[str, ...]
    tail_loose: regex.Pattern[str]
    tail_strict: regex.Pattern[str]
    title_at: regex.Pattern[str]
    modifier_before: regex.Pattern[str]
    verb_after: regex.Pattern[str]
    cap_run: regex.Pattern[str]
    titles: Mapping[str, _Title]
    honorifics: Mapping[str, str]
    modifiers: frozenset[str]
    given: frozenset[str]
    surnames: frozenset[str]


def _trie(words: Iterable[str] | Mapping[str, str]) -> str:
    """A :func:`~vn_digital_policy._patterns.trie` whose spaces match one space exactly.

    The scans run on text whose spaces are single already (``padded``), and some of the
    patterns are ``VERBOSE``: the space is written escaped.
    """
    return trie(words, space=r"\ ")


def _case_variants(entry: str, *, vary: bool) -> list[str]:
    """The ways the press capitalises ``entry``, at most 64 forms.

    The entry as written and with its first letter in upper case; when ``vary``, each
    later word with either case of its first letter too ("Phó Thủ tướng", "Phó thủ tướng").
    """
    if not entry:
        return []
    forms = [entry]
    if entry[0].islower():
        forms.append(entry[0].upper() + entry[1:])
    if not vary:
        return forms
    words = entry.split(" ")
    for position in range(1, min(len(words), 7)):
        word = words[position]
        if not word[:1].isalpha():
            continue
        swapped = (word[0].lower() if word[0].isupper() else word[0].upper()) + word[1:]
        more = []
        for form in forms:
            parts = form.split(" ")
            parts[position] = swapped
            more.append(" ".join(parts))
        forms.extend(more)
    return forms


def _covering_prefixes(prefixes: Iterable[str]) -> tuple[str, ...]:
    """The ``prefixes`` without those that start with another one (found by it already).

    >>> _covering_prefixes([" cô", " công nhân", " ông"])
    (' cô', ' ông')
    """
    kept: list[str] = []
    for prefix in sorted(set(prefixes)):  # a prefix sorts right before its extensions
        if not kept or not prefix.startswith(kept[-1]):
            kept.append(prefix)
    return tuple(kept)


def _caseless_trie(words: Iterable[str]) -> str:
    """A case-insensitive :func:`_trie` (the tree is built on lower-cased words)."""
    return "(?i:" + _trie({w.lower() for w in words}) + ")"


def _norm(cell: str) -> str:
    return normalize(cell).strip()


@functools.cache
def _lexicon() -> _Lexicon:
    surnames = {_norm(s) for s in read_lines("surnames.txt")}
    given = {_norm(s) for s in read_lines("given_names.txt")}
    honorific_rows = [_norm(s) for s in read_lines("honorifics.txt")]
    titles: dict[str, _Title] = {}
    modifiers: set[str] = set()
    for number, row in enumerate(read_table("titles.tsv", columns=4), start=1):
        title, kind, org_noun, unique = (_norm(cell) for cell in row)
        if not title or not kind:
            msg = f"data/titles.tsv: row {number} lacks a title or a kind"
            raise DataFileError(msg)
        if kind == "modifier":
            modifiers.add(title.lower())
            continue
        titles.setdefault(title.lower(), _Title(title, kind, org_noun, unique == "1"))
    orgs: dict[str, set[str]] = {}
    for number, row in enumerate(read_table("organizations.tsv", columns=4), start=1):
        name, abbreviation, kind, _note = (_norm(cell) for cell in row)
        if not name or not kind:
            msg = f"data/organizations.tsv: row {number} lacks a name or a kind"
            raise DataFileError(msg)
        orgs.setdefault(kind, set()).add(name)
        if abbreviation and kind not in {"media", "sector"}:
            orgs.setdefault("abbreviation", set()).add(abbreviation)
    loc_words = orgs.get("locality-word", set())
    places = orgs.get("locality", set()) | orgs.get("locality-prefixed", set())
    prefixed_places = {f"{w} {p}" for w in loc_words for p in places}
    bodies = set().union(
        *(
            orgs.get(kind, set())
            for kind in (
                "party",
                "state",
                "assembly",
                "government",
                "ministry",
                "agency",
                "local",
                "front",
                "enterprise",
                "sector",
                "eponym",
            )
        )
    )
    fixed = bodies | prefixed_places | orgs.get("abbreviation", set())
    title_trie = _caseless_trie(titles)
    modifier_trie = _caseless_trie(modifiers)
    # A given-name syllable outside the lexicon is read too (at most one, checked later),
    # so that a rare name is not cut short ("Hồ Đức Phớc"); never a title, body or verb.
    loose = rf"\p{{Lu}}[\p{{Ll}}\p{{M}}]{{0,7}}+{_WORD_END}"
    # The scan. Every token starts after a space, a line break, "(" or a quote, and opens
    # with a capital letter, except for the few lexicon entries written in lower case
    # ("đồng chí", "ông", "đại biểu Quốc hội"), which a second small tree reads: prefix
    # trees entered only there are many times faster than a caseless tree tried everywhere.
    kinds: dict[str, str] = {}
    capital: set[str] = set()
    lower: set[str] = set()
    capital_prefixed = {f"{w} {p}" for w in loc_words if w[:1].isupper() for p in places}
    for kind, entries, vary in (
        ("title", [t.title for t in titles.values()], True),
        ("org", orgs.get("eponym", set()) | capital_prefixed, False),
        ("place", orgs.get("locality", set()) | orgs.get("country", set()), False),
        ("honorific", honorific_rows, True),
    ):
        for entry in entries:
            for variant in _case_variants(entry, vary=vary):
                kinds.setdefault(variant.lower(), kind)
                (capital if variant[:1].isupper() else lower).add(variant)
    # An Ê Đê woman's name opens with "H'" joined to the given name ("H'Liên Niê").
    opening = rf"(?:{_trie(surnames)}|H'\p{{Lu}}[\p{{Ll}}\p{{M}}]*+{_WORD_END})"
    name = rf"{opening}(?:\s(?:{_trie(given)}{_WORD_END}|{loose})){{1,{_MAX_GIVEN}}}+"
    scan = regex.compile(
        rf"\ (?:(?P<word>{_trie(capital)})(?:(?<=\.)|{_WORD_END})|(?P<name>{name}))"
    )
    # The first word of every capitalised entry and surname: the scan is tried only there.
    # For each, what may follow it: a second word, "" (nothing: the entry is one word) or
    # "^" (a capitalised word: a surname's given name).
    openers: dict[str, set[str]] = {"h": {""}}
    for entry in capital:
        rest = entry.partition(" ")[2]
        second = rest.split(" ", 1)[0].rstrip(_TRAILING).lower() if rest else ""
        openers.setdefault(_first_word(entry), set()).add(second)
    for surname in surnames:
        openers.setdefault(_first_word(surname), set()).add("^")
    scan_lower = regex.compile(rf" (?P<word>{_trie(lower)})(?:(?<=\.)|{_WORD_END})")
    # Where that tree may match: a space, then the first word of one of its entries. Looking
    # for these few strings with ``str.find`` costs less than entering the tree at every
    # space of the text.
    lower_starts = _covering_prefixes(" " + entry.split()[0] for entry in lower if entry.strip())
    verbs = _VERBS.replace(" ", r"\s++")
    not_given = regex.compile(
        rf"(?:{title_trie}|{_caseless_trie(fixed)}|(?i:{verbs})|{_trie(surnames)}){_WORD_END}"
    )
    # A tree, not an alternation: it is tried at every lower-case word of a body's name.
    stop_words = trie(_STOP_WORDS.split("|"))
    low_continuation = rf"(?!{stop_words}{_WORD_END}){_LOW}"

    honorific_trie = _trie(honorific_rows)  # "GS", "TS.": never part of a body's name

    def tail(continuations: int) -> regex.Pattern[str]:
        # Lower-case words after a capitalised word of the name ("Ban Chỉ đạo chuyển đổi
        # số"): at most ``continuations``. A second one is captured as ``more``, so that a
        # match that never took two tells that the strict tail ends at the same place.
        more = (
            rf"(?: (?P<more> \s++ {low_continuation} ) (?: \s++ {low_continuation} )"
            rf"{{0,{continuations - 2}}}+ )?+"
            if continuations > 1
            else ""
        )
        token = rf"""
            (?: {_caseless_trie(bodies | orgs.get("abbreviation", set()))} ) {_WORD_END}
          | (?: {_caseless_trie(loc_words)} ) (?:(?<=\.)|{_WORD_END}) (?:\s++\d{{1,3}}+{_WORD_END})?
          | (?! (?: {honorific_trie} ) (?:(?<=\.)|{_WORD_END}) ) {_ABBR}
          | \( (?: {_ABBR} | {_CAP} (?:\s++(?:{_CAP}|{_ABBR}))*+ ) \)
          | (?i: thường \s++ trực | chuyên \s++ trách ) {_WORD_END}  # "... ĐBQH chuyên trách"
          | (?i: khóa ) \s++ (?: [IVXLC]++ | \d{{1,2}}+ ) {_WORD_END}
          | (?i: nhiệm\s++kỳ ) \s++ \d{{4}} \s*+ - \s*+ \d{{4}}
          | {_CAP} (?: \s++ {low_continuation} {more} )?+
        """
        return regex.compile(
            rf"""
            (?:
                \s++ (?: (?:và|của|về|thuộc|tại|-|&) \s++ )?+ (?: {token} )
              | ,\s++ (?! {title_trie}{_WORD_END} )
                (?= \p{{Lu}} [^,;:.()\n]{{0,60}}? \s và \s )
                (?: {token} )
            )*+
            """,
            regex.VERBOSE,
        )

    heads = orgs.get("eponym-head", set())
    # A head that ends a locality word is no head there: "phố" in "thành phố Trần Phước Sơn".
    not_heads = sorted(
        {w.rpartition(" ")[0].lower() for w in loc_words if w.rpartition(" ")[2] in heads} - {""}
    )
    guard = "".join(rf"(?<!(?i:{regex.escape(word)})\ )" for word in not_heads)
    eponym_heads = guard + _trie(heads)
    eponym_ends = tuple(sorted({" ".join(head.split()) for head in heads} - {""}))
    return _Lexicon(
        scan=scan,
        scan_lower=scan_lower,
        lower_starts=lower_starts,
        openers={word: frozenset(after) for word, after in openers.items()},
        not_given=not_given,
        kinds=kinds,
        prefixed_places=frozenset(orgs.get("locality-prefixed", set())),
        locality_words=frozenset(w.lower() for w in loc_words),
        eponym_before=regex.compile(
            rf"{_WORD_START}(?:{eponym_heads})(?:\s++(?:{eponym_heads}|\d++{_WORD_END}))*+"
            r"\s++\Z"
        ),
        eponym_ends=eponym_ends,
        tail_loose=tail(6),
        tail_strict=tail(1),
        title_at=regex.compile(
            rf"(?:(?P<modifier>{modifier_trie})\s++)?(?P<title>{title_trie}){_WORD_END}",
            regex.VERBOSE,
        ),
        modifier_before=regex.compile(rf"{_WORD_START}{modifier_trie}\s++\Z"),
        verb_after=regex.compile(
            rf"\s*+,?\s*+(?:(?:{_ADVERBS}){_WORD_END}\s++)?(?:{_VERBS}){_WORD_END}",
            regex.IGNORECASE,
        ),
        cap_run=regex.compile(rf"\s++(?P<run>{_CAP}(?:\s++{_CAP}){{0,2}}+)"),
        titles=titles,
        honorifics={h.lower(): h for h in honorific_rows},
        modifiers=frozenset(modifiers),
        given=frozenset(given),
        surnames=frozenset(surnames),
    )


# ---------------------------------------------------------------------------------------
# Tokens and candidate readings


class _Token(NamedTuple):
    """One scanner match: ``kind`` is title, org, place, eponym, honorific or name.

    A named tuple rather than an attrs class: hundreds are made per article, and a tuple
    is built in half the time.
    """

    kind: str
    start: int
    end: int


class _Chunk(NamedTuple):
    """A title phrase read in ``doc.text``: head (and modifier) then the body's name."""

    start: int
    end: int
    head_start: int
    head_end: int


@attrs.define(slots=True)
class _Reading:
    """What the context of one name token says about it."""

    token: _Token
    chunks: list[_Chunk] = attrs.field(factory=list)
    honorifics: list[str] = attrs.field(factory=list)
    listed: bool = False  # its title or honorific is shared with the names after it
    accepted: bool = False
    # A list's lead title that every titled item shares: "các Ủy viên Bộ Chính trị: Thủ
    # tướng Phạm Minh Chính, Chủ tịch Quốc hội Trần Thanh Mẫn".
    shared: list[_Chunk] = attrs.field(factory=list)


@attrs.define(slots=True)
class _Person:
    """An official being assembled: every reading with the same folded name."""

    key: str
    name: str
    first: int
    honorifics: list[str] = attrs.field(factory=list)
    chunks: list[_Chunk] = attrs.field(factory=list)
    mentions: list[tuple[int, int]] = attrs.field(factory=list)


#: Token kinds that are persons' names.
_NAMES = frozenset({"name", "foreign"})

_HONORIFIC_NEXT = regex.compile(r"\s*+:?\s*+\p{Lu}")


#: A foreign name after an honorific or a title: two or three capitalised Latin words
#: ("ông Jensen Huang", "Đại sứ Marc Knapper", "ông Lee Jae-yong").
_FOREIGN_NAME = regex.compile(
    r"(?<=\ )[A-Z][a-z]++(?:-[A-Za-z][a-z]++)?+(?:\ [A-Z][a-z]++(?:-[A-Za-z][a-z]++)?+){1,2}+"
    r"(?![\p{L}\p{M}\p{N}])"
)
#: How a foreign name starts after the word before it: a space and a capital Latin letter.
_LATIN_STARTS = frozenset(f" {letter}" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: Punctuation that may end a word.
_TRAILING = ",.;:)!?'\""
#: A capitalised word after a space: where a capitalised token may start. (The space is a
#: look-behind, not part of the match: iterating over the matches is faster that way.)
_CAPITAL_WORD = regex.compile(r"(?<=\ )\p{Lu}[\p{L}\p{M}.&]*+")
#: Characters after which a token may start, besides the space (all read as a space).
_OPENERS = ("\n", "(", '"', "[", "/")

# The regex calls made thousands of times per article pass ``concurrent=False``: otherwise
# the ``regex`` module lets go of the GIL and takes it back around each match, which costs
# more than most of these short matches do.


def _scan(text: str, start: int, end: int) -> list[_Token]:
    """The lexicon words and the names of ``text[start:end]``, in text order, not overlapping.

    At one position a lexicon word wins over a name ("Ông" before "Ông Lâm Đình Thắng",
    "Hà Nam", "Đoàn Thanh niên"); an honorific counts only before a capitalised word. A
    name syllable outside the given-name lexicon ends the name when it opens a title, a
    body, a reporting verb or another surname ("Nguyễn Văn A Chủ tịch" is not one name).
    """
    lex = _lexicon()
    padded = " " + text[start:end]
    for opener in _OPENERS:
        padded = padded.replace(opener, " ")
    shift = start - 1
    out: list[_Token] = []
    openers = lex.openers
    reached = 0
    # This loop runs once per capitalised word of the text: the cheap tests come first.
    for word in _CAPITAL_WORD.finditer(padded, concurrent=False):
        at = word.start() - 1  # the space before the word, where the scan starts
        if at < reached:
            continue
        after = openers.get(word.group().lower())
        if after is None or ("" not in after and not _may_follow(padded, word.end(), after)):
            continue
        match = lex.scan.match(padded, at, concurrent=False)
        if match is not None:
            reached = _take(match, text, shift, end, out, lex=lex) - shift
    reached = 0
    for at in _starts(padded, lex.lower_starts):
        if at < reached:
            continue  # inside the previous match, as ``finditer`` reads on past it
        match = lex.scan_lower.match(padded, at, concurrent=False)
        if match is not None:
            reached = match.end()
            _take(match, text, shift, end, out, lex=lex)
    out.sort(key=lambda t: (t.start, -t.end))
    tokens: list[_Token] = []
    for tok in out:
        if not tokens or tok.start >= tokens[-1].end:
            tokens.append(tok)
    foreign = [
        _Token("foreign", match.start(), match.end())
        for tok in tokens
        if tok.kind in {"honorific", "title"}
        and text[tok.end : tok.end + 2] in _LATIN_STARTS  # a cheap look before the regex
        and (match := _FOREIGN_NAME.match(text, tok.end + 1, end)) is not None
        and _is_foreign(match.group(), lex)
    ]
    if foreign:
        taken = {t.start for t in tokens}
        tokens.extend(t for t in foreign if t.start not in taken)
        tokens.sort(key=lambda t: t.start)
    return tokens


def _starts(text: str, literals: Iterable[str]) -> list[int]:
    """Every offset of ``text`` where one of ``literals`` starts, in order."""
    return sorted({at for literal in literals for at in find_all(text, literal)})


def _is_foreign(name: str, lex: _Lexicon) -> bool:
    """Whether a run of capitalised Latin words is a foreign name ("Jensen Huang").

    One of its words at least must be outside the Vietnamese name lexicons, and none may
    open a title or a body ("Tim Cook", not "Thanh Nga", not "Hội Nông").
    """
    words = name.split(" ")
    if any(lex.not_given.match(word) for word in words):
        return False
    return any(word not in lex.given and word not in lex.surnames for word in words)


def _may_follow(padded: str, start: int, after: frozenset[str]) -> bool:
    """Whether the word after the one ending at ``start`` is one of ``after`` (see openers).

    A cheap look before trying the scan at a capitalised word: "^" in ``after`` accepts
    any capitalised word (a surname's given name).
    """
    start += 1
    if start >= len(padded) or padded[start - 1] != " ":
        return False
    if "^" in after and padded[start].isupper():
        return True
    end = padded.find(" ", start)
    second = padded[start : len(padded) if end == -1 else end].rstrip(_TRAILING)
    return second.lower() in after


def _take(
    match: regex.Match[str], text: str, shift: int, end: int, out: list[_Token], *, lex: _Lexicon
) -> int:
    """Add the token of a scan match (offsets of the padded text shifted by ``shift``).

    Returns where the token ends in ``text`` (a name cut short ends early, so that the
    scan reads on from there).
    """
    a, b = match.start() + 1 + shift, match.end() + shift
    line_break = text.find("\n", a, b)  # line breaks were read as spaces: no token spans one
    if match.lastgroup == "name":
        b = _name_end(text, a, b if line_break == -1 else line_break, lex)
        if b > a and text.find(" ", a, b) != -1:
            out.append(_Token("name", a, b))
        return b
    if line_break != -1:
        return a
    kind = lex.kinds.get(text[a:b].lower(), "")
    if kind == "honorific" and _HONORIFIC_NEXT.match(text, b, end) is None:
        return b
    if kind:
        out.append(_Token(kind, a, b))
    return b


def _first_word(entry: str) -> str:
    """The first word of ``entry`` as :data:`_CAPITAL_WORD` reads it, lower-cased."""
    match = _CAPITAL_WORD.match(" " + entry, 1)
    return match.group().lower() if match else entry.split(" ", 1)[0].lower()


def _name_end(text: str, start: int, end: int, lex: _Lexicon) -> int:
    """Where the name read at ``text[start:end]`` really ends (see :func:`_scan`)."""
    pos = text.find(" ", start, end)
    while pos != -1:
        word_end = text.find(" ", pos + 1, end)
        word = text[pos + 1 : end if word_end == -1 else word_end]
        if word not in lex.given and lex.not_given.match(text, pos + 1) is not None:
            return pos
        pos = word_end
    return end


class _Reader:
    """Reads the officials of one document (one instance per call)."""

    def __init__(self, doc: Document, bylines: Bylines | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = _lexicon()
        self._folded: dict[str, str] = {}
        skip = sorted((bylines if bylines is not None else extract_bylines(doc)).spans)
        self.skip_starts = [s for s, _ in skip]
        self.skip_ends = [e for _, e in skip]
        self.tokens = [t for t in _scan(self.text, 0, len(self.text)) if not self._skipped(t.start)]
        self.starts = [t.start for t in self.tokens]
        self.blocked: set[int] = set()
        self._block_places()
        self.names = [
            i for i, t in enumerate(self.tokens) if t.kind in _NAMES and i not in self.blocked
        ]
        self.name_starts = [self.tokens[i].start for i in self.names]

    # -- helpers -------------------------------------------------------------------------

    def fold(self, words: str) -> str:
        """:func:`fold`, remembered (the same names and titles recur)."""
        key = self._folded.get(words)
        if key is None:
            key = self._folded[words] = fold(words)
        return key

    def _skipped(self, pos: int) -> bool:
        index = bisect.bisect_right(self.skip_starts, pos) - 1
        return index >= 0 and pos < self.skip_ends[index]

    def _name_inside(self, start: int, end: int) -> bool:
        """Whether a person-like name token starts inside ``(start, end)``."""
        index = bisect.bisect_right(self.name_starts, start)
        return index < len(self.name_starts) and self.name_starts[index] < end

    def _token_at(self, pos: int) -> int | None:
        index = bisect.bisect_left(self.starts, pos)
        if index < len(self.starts) and self.starts[index] == pos:
            return index
        return None

    def _token_ending_at(self, end: int, kinds: Iterable[str]) -> int | None:
        """The token of one of ``kinds`` ending at ``end`` (spaces before ``end`` skipped)."""
        while end > 0 and self.text[end - 1] == " ":
            end -= 1
        index = bisect.bisect_left(self.starts, end) - 1
        if index >= 0 and self.tokens[index].end == end and self.tokens[index].kind in kinds:
            return index
        return None

    def _local_places(self) -> set[str]:
        """Names the article writes after a locality word: "huyện Trần Văn Thời".

        Districts and wards are often named after people; once the article writes the
        name as a place, its other mentions ("Bí thư Huyện ủy Trần Văn Thời") are that
        place too, unless an honorific makes one a person.
        """
        text = self.text
        places = set()
        for i, tok in enumerate(self.tokens):
            if (
                tok.kind == "name"
                and self._after_locality_word(tok.start)
                and not self._title_in_clause_before(i)  # "Chủ tịch UBND tỉnh Nguyễn Văn A"
            ):
                places.add(text[tok.start : tok.end])
        # A famous eponym ("thành phố Hồ Chí Minh") names the person elsewhere.
        return places - self.lex.prefixed_places

    def _title_in_clause_before(self, index: int) -> bool:
        """Whether a title head stands before token ``index`` in its clause (60 characters)."""
        start = self.tokens[index].start
        floor = max(0, start - 60)
        cut = max(self.text.rfind(mark, floor, start) for mark in ",;:.\n(")
        floor = max(floor, cut + 1)
        for tok in reversed(self.tokens[max(0, index - 8) : index]):
            if tok.start < floor:
                break
            if tok.kind == "title":
                return True
        return False

    def _after_locality_word(self, pos: int) -> bool:
        before = self.text[max(0, pos - 12) : pos].lower().rstrip(" ")
        return any(before.endswith(w) for w in self.lex.locality_words)

    def _block_places(self) -> None:
        """Mark name tokens that read as places or institutions, not people."""
        text = self.text
        given = self.lex.given
        local_places = self._local_places()
        for i, tok in enumerate(self.tokens):
            if tok.kind != "name":
                continue
            if (
                text[tok.start : tok.end] in local_places
                and not self._honorifics_before(tok.start)[0]
            ):
                self.blocked.add(i)  # "Bí thư Huyện ủy Trần Văn Thời" beside "huyện Trần Văn Thời"
                continue
            syllables = text[tok.start : tok.end].split(" ")
            unknown = sum(1 for s in syllables[1:] if s not in given)
            if syllables[0].startswith("H'"):
                unknown = 0  # "H'Liên Niê": the marker makes it a name
            if unknown > 1 or (unknown and len(syllables) < 3):
                self.blocked.add(i)  # too little of it is a known name
                continue
            nxt = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
            if nxt is not None and nxt.kind in _NAMES and text[tok.end : nxt.start] == " ":
                self.blocked.add(i)  # "Hà Nam Trương Quốc Huy": the first is a place
                continue
            if self._eponym_before(tok.start):
                self.blocked.add(i)  # "đường Lê Duẩn", "tư tưởng Hồ Chí Minh"
                continue
            if _LOCATIVE_BEFORE.search(text, max(0, tok.start - 12), tok.start):
                self.blocked.add(i)  # "Tại Quang Bình, ...": a place, not a person
                continue
            prev = self.tokens[i - 1] if i > 0 else None
            if (
                prev is not None
                and prev.kind == "title"
                and text[prev.end : tok.start] == " "
                and self._eponym_before(prev.start)
            ):
                self.blocked.add(i)  # "Lăng Chủ tịch Hồ Chí Minh"
                continue
            if text[tok.start : tok.end] in self.lex.prefixed_places and self._after_locality_word(
                tok.start
            ):
                self.blocked.add(i)  # "thành phố Hồ Chí Minh"

    def _eponym_before(self, pos: int) -> bool:
        """Whether an eponym head and capitalised words end right before ``pos``."""
        window = self.text[max(0, pos - 60) : pos]
        # Searching tries the pattern at every position of the window, so first a cheap look
        # at its end: a match ends with whitespace (which ``rstrip`` removes) after a head or
        # after a number (never alphabetic, never a clause mark).
        stem = window.rstrip()
        if len(stem) == len(window) or not stem:
            return False
        if not stem.endswith(self.lex.eponym_ends) and (
            stem[-1].isalpha() or stem[-1] in _CLAUSE_MARKS
        ):
            return False
        return self.lex.eponym_before.search(window, concurrent=False) is not None

    # -- title phrases ---------------------------------------------------------------------

    def _chunk_from(self, title_index: int, end: int) -> _Chunk:
        tok = self.tokens[title_index]
        start = tok.start
        modifier = self._modifier_before(start)
        if modifier is not None:
            start = modifier
        return _Chunk(start, self._trim(tok.end, end), tok.start, tok.end)

    def _modifier_before(self, pos: int) -> int | None:
        """Start of a modifier ("nguyên", "quyền", "đương kim") right before ``pos``."""
        match = self.lex.modifier_before.search(self.text, max(0, pos - 16), pos)
        return None if match is None else match.start()

    def _trim(self, start: int, end: int) -> int:
        while end > start and self.text[end - 1] in " ,":
            end -= 1
        return end

    def _back(self, pos: int) -> int:
        """``pos`` moved back over spaces."""
        while pos > 0 and self.text[pos - 1] == " ":
            pos -= 1
        return pos

    def _title_ending(self, stop: int) -> _Chunk | None:
        """The title phrase whose text ends exactly at ``stop``.

        The earliest head whose gap to ``stop`` reads as the name of a body wins, so a
        head inside a body's name ("Chánh Văn phòng Chủ tịch nước") does not cut it.
        """
        text = self.text
        lo = bisect.bisect_left(self.starts, max(0, stop - _MAX_GAP))
        hi = bisect.bisect_left(self.starts, stop)
        for index in range(lo, hi):
            tok = self.tokens[index]
            if tok.kind != "title" or tok.end > stop:
                continue
            if tok.end < stop and (
                text[tok.end] != " "
                or self._name_inside(tok.end, stop)
                or self._conjoined_title(index, stop)
                or self.lex.tail_loose.fullmatch(
                    text, self._tail_origin(tok), stop, concurrent=False
                )
                is None
            ):
                continue
            return self._chunk_from(index, stop)
        return None

    def _conjoined_title(self, index: int, stop: int) -> bool:
        """Whether a title joined by "và", "," or "kiêm" follows token ``index`` before ``stop``.

        "Chủ tịch HĐQT kiêm Tổng Giám đốc FPT Trương Gia Bình và Tổng Giám đốc VNPT ..."
        holds two people: the first head does not reach the second name.
        """
        text = self.text
        for later in range(index + 1, len(self.tokens)):
            tok = self.tokens[later]
            if tok.start >= stop:
                break
            if tok.kind == "title" and _JOINED_BEFORE.search(
                text, max(0, tok.start - 8), tok.start
            ):
                return True
        return False

    def _title_after(self, pos: int) -> tuple[_Chunk, bool] | None:
        """The title phrase that starts at ``pos``, and whether a name follows it."""
        match = self.lex.title_at.match(self.text, pos, concurrent=False)
        if match is None:
            return None
        # A head written in lower case ("nhà sáng lập", "giám đốc") is not a scanned token.
        tok = _Token("title", *match.span("title"))
        end = self._tail_end(tok)
        index = bisect.bisect_right(self.name_starts, tok.end)
        name_after = index < len(self.name_starts) and self.name_starts[index] <= end + 1
        if name_after:
            end = self.name_starts[index]
        return _Chunk(match.start(), self._trim(tok.end, end), tok.start, tok.end), name_after

    def _bare_occupation(self, chunk: _Chunk) -> bool:
        """An occupation ("nông dân") with no body after it and no clause end: not a title."""
        row = self.lex.titles.get(self.text[chunk.head_start : chunk.head_end].lower())
        return (
            row is not None
            and row.kind == "occupation"
            and chunk.end == chunk.head_end
            and _DELIMITER.match(self.text, chunk.end) is None
        )

    def _tail_origin(self, tok: _Token) -> int:
        """Where the body's name after title head ``tok`` starts being read.

        A head that contains the body's noun ("Trưởng Ban", "Giám đốc Sở") lets the noun
        start the name, so "Trưởng Ban Chỉ đạo chuyển đổi số tỉnh" reads as one phrase.
        """
        head = self.text[tok.start : tok.end]
        row = self.lex.titles.get(head.lower())
        if row is not None and row.org_noun and head.lower().endswith(row.org_noun.lower()):
            origin = tok.end - len(row.org_noun) - 1
            if origin > tok.start and self.text[origin] == " ":
                return origin
        return tok.end

    def _tail_end(self, tok: _Token) -> int:
        """Where the body's name after the title head ``tok`` ends (reading forward).

        When the body's noun in the head is written in lower case ("Trưởng phòng Văn hóa
        và Thông tin huyện") it cannot start a name: the name is read after the head.
        """
        origin = self._tail_origin(tok)
        end = self._tail_from(origin, tok)
        if end <= tok.end < origin:
            return end
        if end <= tok.end and origin < tok.end:
            end = self._tail_from(tok.end, tok)
        return end

    def _tail_from(self, pos: int, tok: _Token) -> int:
        """Where a body's name read from ``pos`` ends (at least the end of ``tok``)."""
        text = self.text
        loose = self.lex.tail_loose.match(text, pos, concurrent=False)
        loose_end = loose.end() if loose else pos
        if loose is not None and not loose.captures("more"):
            return max(loose_end, tok.end)  # the strict tail reads exactly the same words
        strict = self.lex.tail_strict.match(text, pos, concurrent=False)
        strict_end = strict.end() if strict else pos
        if loose_end > strict_end and (
            _DELIMITER.match(text, loose_end) or self.lex.verb_after.match(text, loose_end)
        ):
            return max(loose_end, tok.end)
        return max(strict_end, tok.end)

    # -- reading one name ---------------------------------------------------------------------

    def _honorifics_before(self, pos: int) -> tuple[list[str], int]:
        """Honorifics right before ``pos``, in text order, and where the first starts."""
        found: list[str] = []
        while True:
            stop = self._back(pos)
            if stop == pos and found:
                break
            index = self._token_ending_at(stop, ("honorific",))
            if index is None:
                break
            tok = self.tokens[index]
            word = self.text[tok.start : tok.end]
            found.insert(0, self.lex.honorifics.get(word.lower(), word))
            pos = tok.start
        return found, pos

    def _separator_before(self, pos: int, pattern: regex.Pattern[str]) -> int | None:
        """Where a separator (",", ":", "kiêm") that ends right before ``pos`` starts."""
        base = max(0, pos - 8)
        match = pattern.search(self.text, base, pos)
        return None if match is None else match.start()

    def read_left(self, reading: _Reading, previous: _Reading | None) -> None:
        """Titles, honorifics and list membership before the name."""
        text = self.text
        tok = reading.token
        honorifics, pos = self._honorifics_before(tok.start)
        reading.honorifics.extend(honorifics)
        stop = self._back(pos)
        chunk = self._title_ending(stop) if stop < pos else None
        if chunk is None and honorifics:
            # "Bộ trưởng Bộ Công an, Đại tướng Tô Lâm": titles, then the rank.
            comma = self._separator_before(pos, _COMMA_BEFORE)
            if comma is not None:
                chunk = self._title_ending(self._back(comma))
        if chunk is None and not honorifics:
            colon = self._separator_before(pos, _COLON_BEFORE)
            if colon is not None:
                # "các Phó Thủ tướng: A, B" or "các đồng chí: A, B"
                chunk = self._title_ending(self._back(colon))
                plural, _ = self._honorifics_before(colon)
                reading.honorifics.extend(plural)
                reading.listed = chunk is not None or bool(plural)
        while chunk is not None:
            reading.chunks.insert(0, chunk)
            more, pos = self._honorifics_before(chunk.start)
            reading.honorifics[:0] = more
            if _PLURAL.search(text, max(0, pos - 12), pos):
                reading.listed = True
            sep = self._separator_before(pos, _CHAIN_BEFORE)
            chunk = self._title_ending(self._back(sep)) if sep is not None else None
        if reading.chunks:
            self._read_shared_lead(reading, previous, pos)
        if _PLURAL.search(text, max(0, pos - 12), pos) and reading.honorifics:
            reading.listed = True
        if reading.chunks or reading.honorifics:
            return
        if (
            previous is not None
            and previous.listed
            and previous.accepted
            and _LIST_SEPARATOR.fullmatch(text, previous.token.end, tok.start)
        ):
            reading.chunks.extend(previous.chunks)
            reading.honorifics.extend(previous.honorifics)
            reading.listed = True

    def _read_shared_lead(self, reading: _Reading, previous: _Reading | None, pos: int) -> None:
        """The lead title of a list of titled names, which every item holds too."""
        colon = self._separator_before(pos, _COLON_BEFORE)
        if colon is not None:
            lead = self._title_ending(self._back(colon))
            reading.shared = [lead] if lead is not None else []
        elif (
            previous is not None
            and previous.shared
            and previous.accepted
            and _LIST_SEPARATOR.fullmatch(self.text, previous.token.end, pos)
        ):
            reading.shared = list(previous.shared)
        reading.chunks[:0] = reading.shared

    def read_right(self, reading: _Reading) -> None:
        """Titles in apposition after the name: ", TITLE, TITLE", " - TITLE", " (TITLE)"."""
        text = self.text
        opener = _APPOSITION_OPENER.match(text, reading.token.end)
        if opener is None:
            return
        paren = opener.group().strip() == "("
        pos = opener.end()
        while True:
            found = self._title_after(pos)
            if found is None:
                return
            chunk, name_after = found
            if name_after:
                return  # the title belongs to the next name
            if self._bare_occupation(chunk):
                return  # "Chủ tịch Hồ Chí Minh, nông dân là ...": not an apposition
            reading.chunks.append(chunk)
            sep = _APPOSITION_SEPARATOR.match(text, chunk.end)
            if sep is None or (paren and text.startswith(")", chunk.end)):
                return
            pos = sep.end()

    def read(self) -> list[_Person]:
        readings: list[_Reading] = []
        previous: _Reading | None = None
        for index in self.names:
            reading = _Reading(self.tokens[index])
            self.read_left(reading, previous)
            self.read_right(reading)
            reading.accepted = bool(reading.chunks or reading.honorifics or reading.listed)
            if not reading.accepted and (
                self._speaks(reading.token) or self._opens_sentence(reading.token)
            ):
                reading.accepted = True
            readings.append(reading)
            previous = reading
        return self._people(readings)

    def _opens_sentence(self, tok: _Token) -> bool:
        """A full name of known syllables opens a sentence, then a comma ("Nguyễn Hữu Tuấn,")."""
        text = self.text
        words = text[tok.start : tok.end].split(" ")
        if len(words) < 3 or not text.startswith(",", tok.end):
            return False
        if any(word not in self.lex.given for word in words[1:]):
            return False
        before = text[max(0, tok.start - 3) : tok.start].rstrip(" ")
        return not before or before.endswith(("\n", ".", "!", "?", ":", '"'))

    def _speaks(self, tok: _Token) -> bool:
        syllables = self.text[tok.start : tok.end].count(" ") + 1
        return syllables >= 3 and self.lex.verb_after.match(self.text, tok.end) is not None

    # -- assembling people -------------------------------------------------------------------

    def _people(self, readings: list[_Reading]) -> list[_Person]:
        text = self.text
        people: dict[str, _Person] = {}
        for reading in readings:
            if not reading.accepted:
                continue
            tok = reading.token
            name = text[tok.start : tok.end]
            key = self.fold(name)
            person = people.get(key)
            if person is None:
                person = people[key] = _Person(key, name, tok.start)
            elif _fullness(name) > _fullness(person.name):
                person.name = name
            person.chunks.extend(reading.chunks)
            for honorific in reading.honorifics:
                if honorific.lower() not in {h.lower() for h in person.honorifics}:
                    person.honorifics.append(honorific)
        if not people:
            return []
        for reading in readings:
            tok = reading.token
            person = people.get(self.fold(text[tok.start : tok.end]))
            if person is not None:
                person.mentions.append((tok.start, tok.end))
                person.first = min(person.first, tok.start)
        self._short_mentions(people)
        self._title_mentions(people)
        return sorted(people.values(), key=lambda p: p.first)

    def _short_mentions(self, people: Mapping[str, _Person]) -> None:
        """Short mentions: an honorific and the end of one known name ("ông Hùng")."""
        text = self.text
        endings: dict[str, list[_Person]] = {}
        for person in people.values():
            words = person.key.split()
            for size in (1, 2):
                if len(words) > size:
                    endings.setdefault(" ".join(words[-size:]), []).append(person)
        for tok in self.tokens:
            if tok.kind != "honorific":
                continue
            match = self.lex.cap_run.match(text, tok.end)
            if match is None or self._token_at(match.start("run")) is not None:
                continue
            words = match.group("run").split()
            for size in range(min(2, len(words)), 0, -1):
                key = self.fold(" ".join(words[:size]))
                holders = endings.get(key, [])
                if len(holders) == 1:
                    start = match.start("run")
                    end = start + len(" ".join(words[:size]))
                    holders[0].mentions.append((start, end))
                    break

    def _title_mentions(self, people: Mapping[str, _Person]) -> None:
        """A bare title ("Thủ tướng", "Bộ trưởng Bộ Nội vụ") naming the one person who holds it."""
        used = {c.head_start for p in people.values() for c in p.chunks}
        holders: dict[str, list[_Person]] = {}
        for person in people.values():
            keys = set()
            for chunk in person.chunks:
                keys.add(self.fold(self.text[chunk.start : chunk.end]))
                keys.add(self.fold(self.text[chunk.head_start : chunk.head_end]))
            for key in keys:
                holders.setdefault(key, []).append(person)
        for index, tok in enumerate(self.tokens):
            if tok.kind != "title" or tok.start in used:
                continue
            if self.fold(self.text[tok.start : tok.end]) not in holders:
                continue  # nobody holds this office: no need to read the body's name
            row = self.lex.titles.get(self.text[tok.start : tok.end].lower())
            if not self.text[tok.start].isupper() or (row is not None and row.kind == "occupation"):
                continue  # "nông dân", "các bộ trưởng": common nouns, not an office
            if _PLURAL.search(self.text, max(0, tok.start - 12), tok.start):
                continue
            nxt = self.tokens[index + 1] if index + 1 < len(self.tokens) else None
            end = self._trim(tok.start, self._tail_end(tok))
            if nxt is not None and nxt.kind in _NAMES and nxt.start <= end + 1:
                continue
            for key in (
                self.fold(self.text[tok.start : end]),
                self.fold(self.text[tok.start : tok.end]),
            ):
                found = holders.get(key, [])
                if len(found) == 1:
                    found[0].mentions.append((tok.start, end))
                    break

    def officials(self) -> list[Official]:
        out = []
        for person in self.read():
            out.append(
                Official(
                    id=official_id(person.name),
                    name=person.name,
                    honorifics=tuple(person.honorifics),
                    positions=tuple(self._positions(person.chunks)),
                    mentions=tuple(
                        self.doc.span(start, end) for start, end in sorted(set(person.mentions))
                    ),
                )
            )
        return out

    def _positions(self, chunks: Sequence[_Chunk]) -> list[Position]:
        text = self.text
        kept: dict[str, _Chunk] = {}
        order: dict[str, int] = {}
        for chunk in chunks:
            key = self.fold(text[chunk.start : chunk.end])
            if key in kept:
                continue
            longer = next((k for k in kept if k.startswith(key + " ")), None)
            if longer is not None:
                continue  # "Thủ tướng" after "Thủ tướng Chính phủ"
            shorter = [k for k in kept if key.startswith(k + " ")]
            first = min((order[k] for k in shorter), default=chunk.start)
            for k in shorter:
                del kept[k]
                del order[k]
            kept[key] = chunk
            order[key] = first
        out = []
        for key in sorted(kept, key=lambda k: order[k]):
            out.append(self._position(kept[key]))
        return out

    def _position(self, chunk: _Chunk) -> Position:
        text = self.text
        title = text[chunk.start : chunk.end]
        head = text[chunk.head_start : chunk.head_end]
        row = self.lex.titles.get(head.lower())
        tail = text[chunk.head_end : chunk.end].strip(" ,")
        org_name = tail
        where = head.lower().rfind(row.org_noun.lower()) if row is not None and row.org_noun else -1
        if row is not None and where >= 0:
            noun = head[where : where + len(row.org_noun)]  # "Ban" of "Trưởng Ban"
            org_name = f"{noun} {tail}".strip() if tail else noun
        organization = None
        if org_name:
            abbreviation = None
            paren = _NAME_AND_ABBREVIATION.fullmatch(org_name) if org_name.endswith(")") else None
            if paren is not None:
                org_name, abbreviation = paren.group("name"), paren.group("abbr")
            organization = Organization(
                id=organization_id(org_name), name=org_name, abbreviation=abbreviation
            )
        role = head
        if row is not None and row.org_noun and head.lower().endswith(row.org_noun.lower()):
            office = head[: len(head) - len(row.org_noun)].rstrip()
            if office.lower() in self.lex.titles:
                role = office  # "Phó Chủ tịch" of "Phó Chủ tịch UBND", "Giám đốc" of "Giám đốc Sở"
        return Position(
            title=title,
            role=role,
            organization=organization,
            observed=self.doc.published,
            article_id=self.doc.article_id,
            evidence=self.doc.span(chunk.start, chunk.end),
        )


def _fullness(name: str) -> int:
    """How fully a spelling is written: its number of code points once decomposed."""
    return len(unicodedata.normalize("NFD", name))


# ---------------------------------------------------------------------------------------
# Public API


def extract_officials(doc: Document, *, bylines: Bylines | None = None) -> list[Official]:
    """Every named person of the article with every title the text gives them.

    Officials come in the order they are first met; titles in the order first met, as
    written in ``doc.text`` (a shorter form of a longer title of the same person, such as
    "Thủ tướng" beside "Thủ tướng Chính phủ", is folded into the longer one). Evidence
    spans point into the caller's original text. Never raises on any text.

    Args:
        doc: the article, read once (:meth:`Document.read`).
        bylines: the article's bylines and credits (never officials), when already
            read with :func:`~vn_digital_policy.extract.bylines.extract_bylines`.

    Returns:
        The officials, each with honorifics, positions (title, role, organisation,
        ``observed`` = the publication date, evidence) and every mention.

    >>> import datetime as dt
    >>> doc = Document.read(
    ...     "Dự hội nghị có các Phó thủ tướng Chính phủ: Lê Minh Khái, Trần Hồng Hà.",
    ...     published=dt.date(2024, 7, 19),
    ... )
    >>> [(o.name, o.titles) for o in extract_officials(doc)]
    [('Lê Minh Khái', ['Phó thủ tướng Chính phủ']), ('Trần Hồng Hà', ['Phó thủ tướng Chính phủ'])]
    """
    return _Reader(doc, bylines).officials()


def resolve_person(
    doc: Document, officials: Sequence[Official], position: int, end: int | None = None
) -> Official | None:
    """The official that the words at ``position`` of ``doc.text`` refer to, if one does.

    The words may be a full name ("Phạm Minh Chính"), an honorific and a short name
    ("ông Hùng", "đồng chí Trần Tuấn Anh"), or a title with or without its body
    ("Thủ tướng", "Thủ tướng Chính phủ", "Bộ trưởng Bộ Nội vụ", "đồng chí Bí thư Tỉnh
    ủy"), possibly followed by the name. A title resolves to the official holding it; when
    several do, to the one mentioned last before ``position``. Never raises.

    Args:
        doc: the article.
        officials: the article's officials (:func:`extract_officials`).
        position: offset in ``doc.text`` where the reference starts.
        end: offset where it ends; when omitted, the reference is read from ``position``
            as far as it goes.

    Returns:
        The official referred to, or None.

    >>> import datetime as dt
    >>> doc = Document.read(
    ...     "Thủ tướng Chính phủ Phạm Minh Chính dự. Thủ tướng yêu cầu các bộ.",
    ...     published=dt.date(2021, 12, 6),
    ... )
    >>> people = extract_officials(doc)
    >>> resolve_person(doc, people, doc.text.index("Thủ tướng yêu")).name
    'Phạm Minh Chính'
    >>> resolve_person(doc, people, doc.text.index("các bộ")) is None
    True
    """
    text = doc.text
    if not officials or not 0 <= position < len(text):
        return None
    stop = len(text) if end is None else min(end, len(text))
    if stop <= position:
        return None
    lex = _lexicon()
    by_key = {fold(o.name): o for o in officials}
    tokens = _scan(text, position, min(stop, position + 300))
    pos = position
    index = 0
    while (
        index < len(tokens)
        and tokens[index].kind == "honorific"
        and not text[pos : tokens[index].start].strip()
    ):
        pos = tokens[index].end
        index += 1
    while pos < stop and text[pos] == " ":
        pos += 1
    first = tokens[index] if index < len(tokens) and tokens[index].start == pos else None
    if first is not None and first.kind in _NAMES:
        return by_key.get(fold(text[first.start : first.end]))
    title = lex.title_at.match(text, pos, stop)
    if title is None:
        run = lex.cap_run.match(text, pos - 1, stop) if pos > position else None
        return _by_short_name(officials, run.group("run")) if run is not None else None
    tail = lex.tail_strict.match(text, title.end("title"), stop)
    tail_end = tail.end() if tail is not None else title.end("title")
    for tok in tokens:
        if tok.kind in _NAMES and title.end("title") < tok.start <= tail_end + 1:
            return by_key.get(fold(text[tok.start : tok.end]))  # "Thủ tướng Phạm Minh Chính"
    phrase = fold(text[title.start("title") : tail_end if end is None else stop])
    head = fold(title.group("title"))
    holders = [
        o
        for o in officials
        if any(_title_fits(phrase, head, fold(p.title), fold(p.role or "")) for p in o.positions)
    ]
    if len(holders) <= 1:
        return holders[0] if holders else None
    origin = doc.span(position, position).start
    last: tuple[int, Official] | None = None
    for official in holders:
        before = [m.start for m in official.mentions if m.start < origin]
        if before and (last is None or max(before) > last[0]):
            last = (max(before), official)
    return last[1] if last is not None else None


def _by_short_name(officials: Sequence[Official], short: str) -> Official | None:
    """The one official whose name ends with ``short`` ("Hùng", "Tuấn Anh")."""
    key = fold(short)
    found = [o for o in officials if fold(o.name).endswith(" " + key)]
    return found[0] if len(found) == 1 else None


def _title_fits(phrase: str, head: str, title: str, role: str) -> bool:
    """Whether a title phrase of the text denotes a position ``title`` (role ``role``)."""
    if not phrase:
        return False
    if phrase in {title, role}:
        return True
    if phrase == head:
        return role == head
    return title.startswith(phrase + " ") or phrase.startswith(title + " ")
