"""Văn bản (formal documents): the resolutions, decisions, laws and schemes an article cites.

A Vietnamese news article cites formal instruments in three ways, and this module reads
all three into :class:`~vn_digital_policy.models.Resolution` records:

* **by code** (số và ký hiệu): "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về
  ...". The code comes from ``doc.codes``; the kind word in front of it decides the kind
  where the code leaves a choice ("Quy định số 144-QĐ/TW" is a *quy định*, "Luật ... số
  20/2023/QH15" a *luật*); the date, issuer and subject line (trích yếu) are read after it.
* **by a short number**: "Nghị quyết 57", "NQ 57", "Quyết định 749", "Đề án 06", "Thông tư
  29/2024". A short form is merged with the coded document of the same kind and number when
  the article has one, else it is a document of its own named "Quyết định 749".
* **by a proper name**: "Nghị quyết Đại hội XIII" (also written "Nghị quyết Đại hội đại biểu
  toàn quốc lần thứ XIII của Đảng"), "Kết luận của Hội nghị Trung ương 4 khóa XIII", "Luật
  Giao dịch điện tử", "Chiến lược quốc gia về ...", "Đề án “Chủ trương, chính sách ...”".

Generic mentions are not documents (``shared/devset/GUIDE.md``): "các nghị quyết của Quốc
hội", "một nghị quyết mới", "chiến lược công nghiệp hóa" (lower case, no name), nor is a
programme *launched* at a ceremony ("lễ phát động Chương trình “...”": an initiative).

The kind words live in ``data/document_kinds.tsv``, the issuer phrases in
``data/issuing_bodies.txt``.

>>> import datetime as dt
>>> text = (
...     "Hội nghị quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về "
...     "đột phá phát triển khoa học, công nghệ. Nghị quyết 57 đặt mục tiêu cao."
... )
>>> doc = Document.read(text, published=dt.date(2025, 1, 10))
>>> [r] = extract_resolutions(doc)
>>> str(r.code), r.kind.value, r.issuer, r.date.isoformat(), r.title
('57-NQ/TW', 'nghị quyết', 'Bộ Chính trị', '2024-12-22', 'đột phá phát triển khoa học, công nghệ')
>>> [m.text for m in r.mentions]
['Nghị quyết số 57-NQ/TW', 'Nghị quyết 57']
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import functools
from collections.abc import Iterable, Mapping

import attrs
import regex

from vn_digital_policy._data import read_lines, read_table
from vn_digital_policy._patterns import alternation, trie
from vn_digital_policy.codes import CodeMatch, DocumentCode
from vn_digital_policy.dates import DateMatch
from vn_digital_policy.enums import DatePrecision, DocumentKind
from vn_digital_policy.errors import DataFileError, DocumentCodeError
from vn_digital_policy.extract.document import Document
from vn_digital_policy.ids import resolution_id
from vn_digital_policy.models import Resolution, Span
from vn_digital_policy.text import fold, normalize

__all__ = [
    "extract_resolutions",
    "find_bodies",
    "issuing_body_at",
    "sentence_bounds",
]

_KINDS_FILE = "document_kinds.tsv"
#: A space inside a lexicon entry: any run of whitespace (the body patterns run in POSIX mode).
_SPACE = r"\s+"
_BODIES_FILE = "issuing_bodies.txt"

#: How far (characters) a kind word may stand before the code it names ("Luật Giao dịch điện
#: tử số 20/2023/QH15"), and how far the date/issuer/title may follow it.
_KIND_WINDOW = 120
_TAIL_WINDOW = 400
_MAX_TITLE_WORDS = 60
_MAX_NAME_WORDS = 45
#: Two quoted names of the same kind are one document when their folded words agree this much.
_NEAR_IDENTICAL = 0.85

_WORD_BOUNDARY_BEFORE = r"(?<![\p{L}\p{M}\p{N}])"
_WORD_BOUNDARY_AFTER = r"(?![\p{L}\p{M}\p{N}])"

# ---------------------------------------------------------------------------------------
# Lexicons
# ---------------------------------------------------------------------------------------

_FORMS = frozenset({"code", "number", "name", "quoted", "abbr", "generic"})


@attrs.frozen(slots=True)
class _KindWord:
    """One row of ``document_kinds.tsv``."""

    surface: str
    kind: DocumentKind
    forms: frozenset[str]


@attrs.frozen(slots=True)
class _Lexicon:
    """The kind words and the compiled patterns built from the data files."""

    words: Mapping[str, _KindWord]  # casefolded normalised surface -> row
    kind_res: tuple[regex.Pattern[str], ...]  # on lower-cased text, by first word: _kind_spans
    kind_re_any_case: regex.Pattern[str]  # when lower-casing changes the text's length
    body_re: regex.Pattern[str]  # the bodies the list names (longest match)
    named_body_re: regex.Pattern[str]  # head nouns followed by a name ("Tổng công ty <tên>")
    any_body_re: regex.Pattern[str]  # either, for scanning


def _word_key(text: str) -> str:
    """Lookup key of a kind word: lower case, single spaces (on normalised text)."""
    return " ".join(text.lower().split())


_PLACE_WORD = r"\p{Lu}[\p{L}\p{M}]*+"
_PLACE = (
    r"(?:\s++(?:(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)\s++)?"
    rf"(?-i:(?:TP\.\s*+)?{_PLACE_WORD}(?:\s++{_PLACE_WORD}){{0,2}}"  # Quảng Ninh, Thừa Thiên Huế
    rf"(?:\s*+-\s*+{_PLACE_WORD}(?:\s++{_PLACE_WORD}){{0,2}})?))?"  # Bà Rịa - Vũng Tàu
)
_TERM = r"""(?:\s*+,?\s*+khóa\s++(?-i:[IVXLC]{1,6}+|\d{1,2})(?![\p{L}\p{N}]))?"""
# Lower-case syllables that cannot continue a body's name: verbs and function words.
_NAME_STOP = (
    "tổ|chức|phối|hợp|cùng|với|đã|sẽ|đang|tại|do|của|về|chủ|trì|và|vào|ngày|sáng|chiều|"
    "tối|ban|hành|là|có|được|cho|trong|theo|đến|tới|thông|báo|công|bố|khai|mạc|long|trọng|"
    "tham|dự|đồng|phát|biểu|nhằm|để|này|đó|các|những|tỉnh|thành|phố|huyện|khóa|số"
)
_CAP_WORD = (
    r"(?-i:\p{Lu}[\p{L}\p{M}&]*+)"
    rf"(?:\s++(?!(?:{_NAME_STOP})(?![\p{{L}}\p{{M}}]))(?-i:\p{{Ll}}[\p{{L}}\p{{M}}]*+)){{0,2}}"
)
_NAME = rf"(?:\s++{_CAP_WORD}(?:(?:\s++và\s++|\s*+-\s*+|\s++){_CAP_WORD}){{0,8}})"
_PLACEHOLDERS = {"<địa danh>": _PLACE, "<khóa>": _TERM, "<tên>": _NAME}


def _body_patterns(lines: Iterable[str]) -> tuple[str, str]:
    """Two patterns: the bodies the list names, and the head nouns followed by a name."""
    buckets: dict[str, list[str]] = {marker: [] for marker in (*_PLACEHOLDERS, "<cơ quan>", "")}
    for raw in lines:
        line = normalize(raw)
        marker = next((m for m in buckets if m and line.endswith(m)), "")
        if "<" in line[: len(line) - len(marker)]:
            msg = f"data/{_BODIES_FILE}: unknown placeholder in {raw!r}"
            raise DataFileError(msg)
        buckets[marker].append(line[: len(line) - len(marker)].strip())
    # Prefix trees: the same language as alternations (so the same longest match), but
    # the engine follows one branch of a tree instead of trying every phrase.
    known = "|".join(
        f"{trie(buckets[marker], space=_SPACE)}{tail}"
        for marker, tail in (*_PLACEHOLDERS.items(), ("", ""))
        if buckets[marker] and marker != "<tên>"  # a name follows "<tên>": the second pattern
    )
    roles = buckets["<cơ quan>"]
    role = f"(?:{trie(roles, space=_SPACE)}\\s+)?" if roles else ""
    named = f"{trie(buckets['<tên>'], space=_SPACE)}{_NAME}"
    return (
        f"{_WORD_BOUNDARY_BEFORE}(?:{role}(?:{known})){_WORD_BOUNDARY_AFTER}",
        f"{_WORD_BOUNDARY_BEFORE}{role}{named}{_WORD_BOUNDARY_AFTER}",
    )


def _kind_pattern(surfaces: Iterable[str]) -> str:
    r"""Whole kind words as a trie, longest first (``\b``: the fastest boundary test)."""
    return rf"\b{trie(surfaces, space=_SPACE)}\b"


@functools.cache
def _lexicon() -> _Lexicon:
    words: dict[str, _KindWord] = {}
    for surface, kind_name, forms_cell, _note in read_table(_KINDS_FILE, columns=4):
        forms = frozenset(f.strip() for f in forms_cell.split(",") if f.strip())
        if not forms <= _FORMS or kind_name not in DocumentKind.__members__:
            msg = f"data/{_KINDS_FILE}: bad row for {surface!r}"
            raise DataFileError(msg)
        surface_n = normalize(surface)
        words[_word_key(surface_n)] = _KindWord(surface_n, DocumentKind[kind_name], forms)
    surfaces = [w.surface.lower() for w in words.values()]
    by_first_word: dict[str, list[str]] = {}  # "quy" also leads "quyết": one search for both
    for surface in sorted(surfaces, key=lambda s: s.split()[0]):
        first = surface.split()[0]
        lead = next((lead for lead in by_first_word if first.startswith(lead)), first)
        by_first_word.setdefault(lead, []).append(surface)
    known, named = _body_patterns(read_lines(_BODIES_FILE))
    return _Lexicon(
        words=words,
        kind_res=tuple(
            regex.compile(_kind_pattern(group)) for _first, group in sorted(by_first_word.items())
        ),
        kind_re_any_case=regex.compile(_kind_pattern(surfaces), regex.IGNORECASE),
        body_re=regex.compile(known, regex.IGNORECASE | regex.POSIX),
        named_body_re=regex.compile(named, regex.IGNORECASE | regex.POSIX),
        any_body_re=regex.compile(f"{known}|{named}", regex.IGNORECASE),
    )


def issuing_body_at(text: str, pos: int) -> tuple[int, int] | None:
    """Return the span of the issuing body named at ``text[pos:]``, or None.

    The phrases come from ``data/issuing_bodies.txt`` (case- and tone-style-insensitive
    on normalised text); a place name or a term may follow ("UBND tỉnh Quảng Ninh",
    "Ban Chấp hành Trung ương Đảng khóa XIII"). The bodies the list names win over the
    head nouns followed by any name ("Ban <tên>").

    >>> text = "của UBND tỉnh Quảng Ninh về việc"
    >>> start, end = issuing_body_at(text, 4)
    >>> text[start:end]
    'UBND tỉnh Quảng Ninh'
    >>> text = "do Tổng công ty Bưu điện Việt Nam tổ chức"
    >>> text[slice(*issuing_body_at(text, 3))]
    'Tổng công ty Bưu điện Việt Nam'
    >>> issuing_body_at("của ông Nguyễn Văn A", 4) is None
    True
    """
    return _body_at(text, pos, len(text))


def _body_at(text: str, pos: int, endpos: int) -> tuple[int, int] | None:
    if not 0 <= pos <= endpos <= len(text):
        return None
    lex = _lexicon()
    m = lex.body_re.match(text, pos, endpos) or lex.named_body_re.match(text, pos, endpos)
    return (m.start(), m.end()) if m else None


def find_bodies(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return the spans of every issuing/organising body named in ``text[start:end]``.

    >>> text = "Bộ Khoa học và Công nghệ phối hợp với UBND tỉnh Bắc Ninh tổ chức"
    >>> [text[s:e] for s, e in find_bodies(text)]
    ['Bộ Khoa học và Công nghệ', 'UBND tỉnh Bắc Ninh']
    """
    stop = len(text) if end is None else min(end, len(text))
    if not 0 <= start <= stop:
        return []
    out: list[tuple[int, int]] = []
    pos = start
    scan = _lexicon().any_body_re
    while pos < stop:
        candidate = scan.search(text, pos, stop)
        if candidate is None:
            break
        found = _body_at(text, candidate.start(), stop)
        if found is None or found[1] <= found[0]:
            pos = candidate.end() if candidate.end() > pos else pos + 1
            continue
        out.append(found)
        pos = found[1]
    return out


# ---------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------

# Between a kind word and its code: "số", "số:", "số hiệu", or nothing.
_DIRECT_GAP = regex.compile(r"\s*+:?\s*+(?:số\s*+(?:hiệu\s*+)?:?\s*+)?", regex.IGNORECASE)
# Between two codes of one list: "Nghị quyết số 52-NQ/TW ngày 27/9/2019 và số 57-NQ/TW".
_LIST_GAP = regex.compile(
    r"""
    \s*+
    (?:,\s*+)?(?:ngày\s*+[\d/.\-]{3,10}+\s*+)?      # the date of the previous code
    (?:và|hoặc|cùng|,|;)                          # a list separator
    \s*+(?:các\s++)?(?:số\s*+:?\s*+)?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# A bare number naming a document: "Quyết định 749", "Đề án 06/CP", "Thông tư 29/2024".
_NUMBER_NAME = regex.compile(
    r"""
    \s*+(?:số\s*+:?\s*+)?
    (?P<number>\d{1,5}+[a-z]?)
    (?:/(?P<year>(?:19|20)\d\d)(?![\d/]))?       # "Thông tư 29/2024"
    (?P<issuer>/[A-ZĐ]{1,6}+(?![\p{L}\p{N}/-]))?  # "Đề án 06/CP": dropped from the name
    (?![\p{L}\p{N}]|[/.,-]\d|-[\p{L}])            # not a longer number, code or date
    """,
    regex.VERBOSE,
)
# A word after a number that makes it a quantity, not a document number ("kế hoạch 5 năm").
_UNIT_AFTER = regex.compile(
    r"""\s*+(?:%|(?:(?:năm|tháng|ngày)(?!\s*+\d)|tuần|giờ|phút|lần|người|đơn\s+vị|phần\s+trăm|tỷ|tỉ|triệu|
    nghìn|ngàn|trăm|điểm|nội\s+dung|vấn\s+đề|nhiệm\s+vụ|giải\s+pháp|nhóm|mục\s+tiêu|chỉ\s+tiêu|
    lĩnh\s+vực|dự\s+án|chương\s+trình|đề\s+án|văn\s+bản)(?![\p{L}\p{M}]))""",
    regex.IGNORECASE | regex.VERBOSE,
)
# What may follow a lower-case kind word and its number ("quyết định 1069 của ..."): the
# lower-case word is often a verb ("quyết định 3 vấn đề"), so only clear continuations count.
_LOWER_NUMBER_FOLLOW = regex.compile(
    r"""\s*+(?:$|[,.;:)"\n]|(?:của|về|ngày|và|hoặc|được|đã|do|ban\s+hành|này|với|
    trong|tại|thì|để|nhằm|sẽ|có|cũng|phê\s+duyệt|quy\s+định)(?![\p{L}\p{M}]))""",
    regex.IGNORECASE | regex.VERBOSE,
)
_QUOTED = regex.compile(r'\s*+(?:về\s++|:\s*+)?"(?P<q>[^"\n]{3,400}+)"', regex.IGNORECASE)
_TITLE_LEAD = regex.compile(
    r"""
    [\s,]*+
    (?:
        (?:về\s+việc|v/v|về)\s++(?P<plain>)          # "về", "về việc": not part of the title
      | (?=(?:phê\s+duyệt|ban\s+hành|quy\s+định|hướng\s+dẫn|sửa\s+đổi|thành\s+lập)\s)
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
_OF_UNKNOWN = regex.compile(
    r"""[\s,]*+của\s++(?P<body>(?-i:\p{Lu})[^,;.:"()\n]{1,80}?)
    (?=\s++(?:về|v/v|phê\s+duyệt|quy\s+định)\s)""",
    regex.IGNORECASE | regex.VERBOSE,
)
_MORE_BODY = regex.compile(r"\s*+(?:,|và)\s*+", regex.IGNORECASE)
_ISSUER_LEAD = regex.compile(r"[\s,]*+(?:của|ban\s+hành\s+bởi)\s++", regex.IGNORECASE)
_DO_LEAD = regex.compile(r"[\s,]*+do\s++", regex.IGNORECASE)
_DO_TAIL = regex.compile(r"\s*+(?:ban\s+hành|ký|thông\s+qua)(?![\p{L}\p{M}])", regex.IGNORECASE)
_TRAILING_SO = regex.compile(r"\s++số\s*+:?$", regex.IGNORECASE)
_ISSUED_BEFORE = regex.compile(
    r"\s++(?:(?:đã|vừa|mới|đã\s+ký)\s++)?(?:ký\s+)?ban\s+hành\s++(?:các\s++)?$",
    regex.IGNORECASE,
)
_DATE_LEAD = regex.compile(r"[\s,]*+(?:(?:được\s+)?ban\s+hành\s++)?", regex.IGNORECASE)

# Congress resolutions: "Nghị quyết Đại hội XIII (của Đảng)", "Nghị quyết Đại hội đại biểu
# toàn quốc lần thứ XIII của Đảng", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII".
_CONGRESS_DOC = regex.compile(
    r"""
    (?P<head>nghị\s+quyết)\s++(?:của\s++)?
    đại\s+hội\s++
    (?:(?:đại\s+biểu|toàn\s+quốc|toàn\s+Đảng|Đảng(?!\s+bộ))\s++){0,4}
    (?P<local>Đảng\s+bộ\s++(?:tỉnh|thành\s+phố|huyện|thị\s+xã|quận|khối|xã)?
        (?:\s*+(?-i:\p{Lu}[\p{L}\p{M}]*+)){0,4}\s++(?:(?:tỉnh|thành\s+phố)\s++)?)?
    (?:lần\s+thứ\s++)?
    (?P<ordinal>(?-i:[IVXLC]{1,6}+)|\d{1,2}+)(?![\p{L}\p{M}\p{N}])
    (?P<tail>\s++của\s++Đảng(?!\s+bộ))?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# Plenum documents: "Nghị quyết Trung ương 4 khóa XII", "Kết luận của Hội nghị Trung ương 4
# khóa XIII", "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII".
_PLENUM_DOC = regex.compile(
    r"""
    (?P<head>nghị\s+quyết|kết\s+luận)\s++(?:của\s++)?
    (?:hội\s+nghị\s++)?
    (?:lần\s+thứ\s++(?P<nth>[\p{L}\d]++)\s++)?
    (?:(?:ban\s+chấp\s+hành|BCH)\s++)?
    trung\s+ương\s*+(?:Đảng\s*+)?
    (?:(?:lần\s+thứ\s++)?(?P<n>\d{1,2}+)(?![\p{L}\p{N}/-]))?
    (?P<term>\s*+,?\s*+\(?khóa\s++(?-i:[IVXLC]{1,6}+)(?![\p{L}\p{M}\p{N}]))?
    """,
    regex.IGNORECASE | regex.VERBOSE,
)

# A kind word inside a body's name: "Viện Chiến lược ...", "Sở Kế hoạch và Đầu tư".
_ORG_BEFORE = regex.compile(
    r"""(?<![\p{L}\p{M}])(?:Bộ|Sở|Vụ|Viện|Cục|Ban|Phòng|Trung\s+tâm|Học\s+viện|Tạp\s+chí|Trường|
    Khoa|Văn\s+phòng|Ủy\s+ban|Hội\s+đồng)\s++$""",
    regex.VERBOSE,
)
_PLURAL_BEFORE = regex.compile(
    r"(?:các|những|nhiều|một\s+số|mọi|mỗi|từng|một|hai|ba|bốn|năm|loạt|cả)\s++$",
    regex.IGNORECASE,
)
_LAUNCH_PHRASES = ("phát động", "ra mắt", "khởi động", "khởi xướng", "lễ phát động")
_LAUNCH_BEFORE = regex.compile(
    rf"(?:{alternation(_LAUNCH_PHRASES, space=_SPACE)})\s++$", regex.IGNORECASE
)
# The last words of the phrases: no letter of theirs but itself matches it in any case
# (as "İ" matches "i"), so a lower-cased comparison tells when a search is needed.
_LAUNCH_LAST_WORDS = tuple(sorted({phrase.split()[-1] for phrase in _LAUNCH_PHRASES}))
#: Schemes are numbered with two digits or more ("Đề án 06", "Chương trình 135").
_SCHEMES = frozenset({DocumentKind.PROJECT, DocumentKind.PROGRAMME, DocumentKind.PLAN})
_NATIONAL = regex.compile(
    r"(?:quốc\s+gia|tổng\s+thể|mục\s+tiêu\s+quốc\s+gia)(?![\p{L}\p{M}])", regex.IGNORECASE
)
_ALIAS = regex.compile(
    r"\s*+\(\s*+(?:sau\s+đây\s++)?(?:(?:được\s++)?(?:gọi|viết)\s+tắt\s+là\s++|gọi\s+là\s++)?",
    regex.IGNORECASE,
)
_DISTINCTIVE = regex.compile(
    r"""(?:quốc\s+gia|tổng\s+thể|mục\s+tiêu\s+quốc\s+gia|giai\s+đoạn|đến\s+năm|tầm\s+nhìn|
    định\s+hướng|chuyển\s+đổi\s+số|\d{4})""",
    regex.IGNORECASE | regex.VERBOSE,
)

# Words of a name or title. A "." or "/" inside a token only when letters or digits follow.
# A word (letters, marks, digits, "&"; "." "/" "'" inside: "4.0", "TP.HCM") or one mark.
_TOKEN = regex.compile(r"\w[\w&]*+(?:[.'/]\w[\w&]*+)*+|\S")
# Words that end a name or title wherever they stand (the clause's predicate starts).
_STOP = frozenset(
    [
        "đã",
        "đang",
        "sẽ",
        "được",
        "bị",
        "là",
        "nhằm",
        "để",
        "thì",
        "cũng",
        "khi",
        "nên",
        "mà",
        "do",
        "có",
        "này",
        "đó",
        "nêu",
        "theo",
        "cần",
        "phải",
        "vẫn",
        "luôn",
        "còn",
        "đều",
        "chưa",
        "rất",
    ]
)
# Words that end a name or title when a number follows ("... số 20/2023/QH15", "... ngày 6/1").
_STOP_BEFORE_NUMBER = frozenset(["số", "ngày", "tháng", "sáng", "chiều", "tối", "hôm"])
# Words before "trình" that make it part of a noun ("chương trình", "quy trình", "lộ trình").
_TRINH_NOUNS = frozenset(["chương", "quy", "lộ", "tiến", "công", "hành", "giáo"])
_CONNECTORS = frozenset({"và", "hoặc", "cùng", "với", "cho"})
# Two-word phrases that end a name or title.
_STOP2 = frozenset(
    {
        "tập trung",
        "góp phần",
        "tạo ra",
        "nhấn mạnh",
        "khẳng định",
        "yêu cầu",
        "đề nghị",
        "cho biết",
        "chỉ đạo",
        "xác định",
        "đặt ra",
        "đề ra",
        "chỉ rõ",
        "trong đó",
        "đồng thời",
        "theo đó",
        "qua đó",
        "từ đó",
        "tuy nhiên",
        "bên cạnh",
        "gắn với",
        "trên cơ",
        "dự án",
        "dự thảo",
    }
)
# Words that may not start a segment after a comma (a new clause starts).
_AFTER_COMMA_STOP = frozenset(
    [
        "và",
        "nhưng",
        "song",
        "tạo",
        "góp",
        "nhằm",
        "để",
        "với",
        "cùng",
        "đồng",
        "trong",
        "theo",
        "qua",
        "từ",
        "tuy",
        "bên",
        "vì",
        "nên",
        "hay",
        "hoặc",
        "khi",
        "đây",
        "đó",
        "các",
        "những",
        "nhiều",
        "mọi",
    ]
)
_HORIZON_LEADS = frozenset({"tầm", "định", "giai", "đến", "tới"})
#: The words :func:`_stops` may stop at: most words are not, and skip the call.
_MAY_STOP = frozenset(
    {*_STOP, "của", *_STOP_BEFORE_NUMBER, "trình", *(pair.split()[0] for pair in _STOP2)}
)


# ---------------------------------------------------------------------------------------
# Internal records
# ---------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _KindHit:
    """A kind word found in the text."""

    start: int
    end: int
    word: _KindWord


@attrs.frozen(slots=True)
class _Mention:
    """One mention of a document, before mentions are merged into records."""

    start: int
    end: int
    kind: DocumentKind
    code: DocumentCode | None = None
    number: str | None = None  # short forms: "749", "29/2024"
    name: str | None = None
    title: str | None = None
    issuer: str | None = None
    date: dt.date | None = None
    quoted: bool = False


@attrs.define(slots=True)
class _Record:
    """A document being assembled from its mentions."""

    kind: DocumentKind
    code: DocumentCode | None
    number: str | None
    name: str | None
    title: str | None
    issuer: str | None
    date: dt.date | None
    quoted: bool
    spans: list[tuple[int, int]]

    @classmethod
    def of(cls, m: _Mention) -> _Record:
        return cls(
            kind=m.kind,
            code=m.code,
            number=m.number,
            name=m.name,
            title=m.title,
            issuer=m.issuer,
            date=m.date,
            quoted=m.quoted,
            spans=[(m.start, m.end)],
        )

    def absorb(self, m: _Mention) -> None:
        self.spans.append((m.start, m.end))
        if m.name and (self.name is None or (self.code is None and len(m.name) > len(self.name))):
            self.name = m.name
        if m.title and (self.title is None or (self.quoted and len(m.title) > len(self.title))):
            self.title = m.title
        self.issuer = self.issuer or m.issuer
        self.date = self.date or m.date


# ---------------------------------------------------------------------------------------
# Reading helpers
# ---------------------------------------------------------------------------------------


class _Reader:
    """Everything one call of :func:`extract_resolutions` reads, indexed once."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        lex = _lexicon()
        self.hits: list[_KindHit] = []
        for start, end in _kind_spans(self.text):
            written = self.text[start:end]
            word = lex.words.get(_word_key(written))
            if word is None or _ORG_BEFORE.search(self.text, max(0, start - 12), start):
                continue
            if "abbr" in word.forms and not written.isupper():
                continue
            self.hits.append(_KindHit(start, end, word))
        self.hit_ends = [h.end for h in self.hits]
        self.hit_at = {h.start: h for h in self.hits}
        self.hit_starts = set(self.hit_at)
        self.dates_by_start: dict[int, DateMatch] = {d.start: d for d in doc.dates}
        self.plain_date_starts = {d.start for d in doc.dates if d.horizon is None}
        self.code_spans = [(c.start, c.end) for c in doc.codes]
        self.code_starts = [c.start for c in doc.codes]
        self.sentence_starts, self.sentence_ends = sentence_bounds(doc)
        self.used: set[int] = set()  # starts of kind hits already read

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i < 0:
            return 0, len(self.text)
        return self.sentence_starts[i], max(self.sentence_ends[i], pos)

    def in_code(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.code_starts, end) - 1
        while i >= 0:
            c_start, c_end = self.code_spans[i]
            if c_end <= start:
                return False
            if c_start < end:
                return True
            i -= 1
        return False

    def hit_before(self, pos: int, lower: int) -> _KindHit | None:
        i = bisect.bisect_right(self.hit_ends, pos) - 1
        if i < 0 or self.hits[i].start < lower:
            return None
        return self.hits[i]

    def day_date_at(self, pos: int) -> DateMatch | None:
        """A day-precision date starting at ``pos`` (with or without its "ngày")."""
        found = self.dates_by_start.get(pos)
        if found is None or found.precision is not DatePrecision.DAY or found.date is None:
            return None
        return found


def _kind_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the kind words in ``text``: at each place the longest, left to right.

    One trie of all the kind words, tried at every position, costs the ``regex`` engine
    twenty times more than finding a literal: each pattern of ``kind_res`` starts with one
    first word ("nghị", "quy" for "quy định" and "quyết định"), which the engine finds by
    fast string search. All the words that can match at one place start alike, so the
    longest match there is the same, and keeping the leftmost of overlapping matches
    ("thông báo kết luận" over the "kết luận" inside it) gives what one scan with the
    whole trie gives (no kind word holds its pattern's first word again).
    """
    lex = _lexicon()
    lowered = text.lower()
    if len(lowered) != len(text):  # a few non-Vietnamese letters grow when lower-cased
        return [m.span() for m in lex.kind_re_any_case.finditer(text)]
    found = sorted(m.span() for pattern in lex.kind_res for m in pattern.finditer(lowered))
    spans: list[tuple[int, int]] = []
    for start, end in found:
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def sentence_bounds(doc: Document) -> tuple[list[int], list[int]]:
    """Starts and ends of ``doc.sentences`` (no sentence ends after "TP.", "TS." ...).

    >>> doc = Document.read(
    ...     "Sáng 6/12, tại TP. Hồ Chí Minh, Hội nghị khai mạc. Xong.", published=None
    ... )
    >>> starts, ends = sentence_bounds(doc)
    >>> [doc.text[s:e] for s, e in zip(starts, ends)]
    ['Sáng 6/12, tại TP. Hồ Chí Minh, Hội nghị khai mạc.', 'Xong.']
    """
    return doc.sentence_bounds


def _with_kind(code: DocumentCode, kind: DocumentKind) -> DocumentCode | None:
    if code.kind is kind:
        return code  # what ``with_kind`` gives, without validating the code again
    try:
        return code.with_kind(kind)
    except (DocumentCodeError, ValueError):
        return None


_Token = tuple[int, int, str, str, bool]  # start, end, text, lower-case text, is a word
#: Tokens read first; most names end early, so more are read only when these run out.
_FIRST_TOKENS = 16
_MAX_TOKENS = 90
#: Tokens read beyond what a scan asks for: it asks one token ahead at a time.
_READ_AHEAD = 4


class _Tokens:
    """The first ``cap`` tokens of ``text[start:limit]``, read only as far as a scan looks.

    Most names and subject lines end after a few words: reading every token up front
    cost more than the scan itself. Raising ``cap`` reads on where the last scan stopped.
    """

    __slots__ = ("_matches", "cap", "read")

    def __init__(self, text: str, start: int, limit: int) -> None:
        self._matches = _TOKEN.finditer(text, start, limit)
        self.read: list[_Token] = []
        self.cap = _FIRST_TOKENS

    def read_to(self, count: int) -> list[_Token]:
        """The tokens read so far, at least the first ``count`` of them (up to ``cap``).

        A few more are read at once: the scans look a little ahead, token by token.
        """
        read = self.read
        wanted = min(count + _READ_AHEAD, self.cap)
        while len(read) < wanted:
            m = next(self._matches, None)
            if m is None:
                self.cap = len(read)  # the text ran out
                break
            (start, end), token = m.span(), m.group()
            read.append((start, end, token, token.lower(), token[0].isalnum()))
        return read


def _is_year(token: str) -> bool:
    return len(token) == 4 and token.isdigit() and token[:2] in {"19", "20"}


def _phrase_end(
    reader: _Reader, start: int, limit: int, *, max_words: int, names: bool = False
) -> int:
    """End of the name or subject line that starts at ``start`` (clause-level heuristics).

    The phrase runs over words, inner hyphens and list commas, and stops at clause
    punctuation, a quotation mark, a predicate word ("đã", "được", "là", ...), "của" (the
    issuer follows), another document ("... và Nghị quyết 52"), a comma followed by a new
    clause or a capitalised word, and after the last year of a horizon ("..., tầm nhìn đến
    năm 2045").
    """
    tokens = _Tokens(reader.text, start, limit)
    for cap in (_FIRST_TOKENS, _MAX_TOKENS):
        tokens.cap = cap
        end, stop = _scan_phrase(reader, tokens, start, max_words=max_words, names=names)
        if stop < cap - 3 or len(tokens.read_to(cap)) < cap:
            break  # decided with lookahead to spare, or the text ran out
    return end


def _scan_phrase(
    reader: _Reader, tokens: _Tokens, start: int, *, max_words: int, names: bool
) -> tuple[int, int]:
    """Scan a phrase's tokens: (end of the phrase, index of the token it stopped at).

    The scan looks at most two tokens ahead of ``toks[i]``, except to find a date in a
    segment after a comma, which reads on to the segment's end.
    """
    end = start
    words = 0
    i = 0
    toks = tokens.read
    hit_starts = reader.hit_starts
    while words < max_words:
        if len(toks) < i + 3:
            tokens.read_to(i + 3)
            if i >= len(toks):
                break
        t_start, t_end, tok, low, is_word = toks[i]
        if not is_word:
            if tok in "-&+":
                i += 1
                continue
            if tok == "." and reader.text[t_start - 2 : t_start] == "TP":
                end = t_end
                i += 1
                continue
            if (
                tok == ","
                and i + 1 < len(toks)
                and toks[i + 1][4]
                and _continues(toks, i + 1)
                and not _dated_segment(reader, tokens, i + 1)
            ):
                i += 1
                continue
            break
        if low in _MAY_STOP and _stops(toks, i):
            break
        if low in {"và", "hoặc"} and i + 1 < len(toks) and toks[i + 1][0] in hit_starts:
            break
        if names and words and t_start in hit_starts:
            break  # "Luật Dữ liệu, Luật Giao dịch điện tử": another document starts
        words += 1
        if low not in _CONNECTORS:
            end = t_end  # a phrase never ends on "và", "hoặc"
        if tok[0] in "12" and _is_year(tok):
            # A year closes the phrase ("Luật Dữ liệu năm 2024", "..., tầm nhìn đến năm
            # 2045") unless a period or another horizon follows.
            following = toks[i + 1 : i + 3]
            if len(following) == 2 and following[0][2] == "-" and _is_year(following[1][2]):
                i += 1  # "giai đoạn 2022 - 2025": the period goes on
                continue
            if not (
                len(following) == 2
                and following[0][2] in {",", "và"}
                and following[1][3] in _HORIZON_LEADS
            ):
                break
        i += 1
    return end, i


def _dated_segment(reader: _Reader, tokens: _Tokens, i: int) -> bool:
    """Whether the comma-separated segment from ``toks[i]`` holds a date.

    "..., hoàn thành trong quý II/2024" is a new clause that times an action, not part of
    a subject line.
    """
    toks = tokens.read
    while i < len(toks) or i < len(tokens.read_to(i + 1)):  # up to the cap, read as needed
        t_start, _t_end, tok, _low, is_word = toks[i]
        if not is_word and tok in ",;.:":
            return False
        if t_start in reader.plain_date_starts:
            return True
        i += 1
    return False


def _stops(toks: list[_Token], i: int) -> bool:
    """Whether the word ``toks[i]`` ends a name or subject line (it is not part of it)."""
    low = toks[i][3]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    nxt_low = nxt[3] if nxt is not None and nxt[4] else ""
    if low in _STOP or low == "của" or f"{low} {nxt_low}" in _STOP2:
        return True
    if low in _STOP_BEFORE_NUMBER and nxt is not None and nxt[2][:1].isdigit():
        return True
    if low == "trình":
        before = toks[i - 1][3] if i > 0 and toks[i - 1][4] else ""
        return before not in _TRINH_NOUNS and nxt_low not in {"độ", "diễn", "bày"}
    return False


def _continues(toks: list[_Token], i: int) -> bool:
    """Whether the phrase goes on after the comma before ``toks[i]`` (a list, a horizon)."""
    tok, low = toks[i][2], toks[i][3]
    if low in {"đến", "tới"}:
        return False  # "..., đến năm 2025 tỉnh phấn đấu": a new clause
    if low in _HORIZON_LEADS:
        return True
    if not tok[0].islower():
        return False
    return low not in _AFTER_COMMA_STOP and not _stops(toks, i)


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:-")


# ---------------------------------------------------------------------------------------
# The three readings
# ---------------------------------------------------------------------------------------


def _read_tail(reader: _Reader, pos: int) -> tuple[str | None, dt.date | None, str | None, int]:
    """Read the issuer, date and subject line that follow a code ending at ``pos``.

    Returns (issuer, date, title, end of what was read).
    """
    text = reader.text
    limit = min(len(text), pos + _TAIL_WINDOW, reader.sentence(pos)[1] + 1)
    issuer: str | None = None
    date: dt.date | None = None
    title: str | None = None
    for _ in range(3):
        progressed = False
        if date is None:
            lead = _DATE_LEAD.match(text, pos, limit)
            at = lead.end() if lead else pos
            found = reader.day_date_at(at)
            if found is not None and found.date is not None:
                date, pos, progressed = found.date, found.end, True
        if issuer is None:
            lead = _ISSUER_LEAD.match(text, pos, limit)
            do_lead = None if lead else _DO_LEAD.match(text, pos, limit)
            body = None
            if lead is not None:
                body = issuing_body_at(text, lead.end())
            elif do_lead is not None:
                body = issuing_body_at(text, do_lead.end())
                if body is not None and not _DO_TAIL.match(text, body[1], limit):
                    body = None
            if body is not None:
                while (more := _MORE_BODY.match(text, body[1], limit)) is not None and (
                    following := issuing_body_at(text, more.end())
                ):
                    body = (body[0], following[1])  # "của Bộ Chính trị, Ban Bí thư"
                issuer, progressed = _clean(text[body[0] : body[1]]), True
                pos = body[1]
                if do_lead is not None:
                    after = _DO_TAIL.match(text, pos, limit)
                    pos = after.end() if after else pos
        if not progressed:
            break
    if issuer is None:
        unknown = _OF_UNKNOWN.match(text, pos, limit)
        if unknown is not None:  # "của <a body not in the list> về ...": the body is the issuer
            issuer, pos = _clean(unknown["body"]), unknown.end("body")
    lead = _TITLE_LEAD.match(text, pos, limit)
    if lead is not None:
        quoted = _QUOTED.match(text, lead.end(), limit + 400)
        if quoted is not None:
            title = _clean(quoted["q"])
            pos = quoted.end()
        else:
            end = _phrase_end(reader, lead.end(), limit, max_words=_MAX_TITLE_WORDS)
            if end > lead.end():
                title = _clean(text[lead.end() : end])
                pos = end
                if issuer is None:
                    of = _ISSUER_LEAD.match(text, pos, limit)
                    body = issuing_body_at(text, of.end()) if of else None
                    if body is not None:
                        issuer = _clean(text[body[0] : body[1]])
                        pos = body[1]
    return issuer, date, title, pos


def _kind_for_code(
    reader: _Reader, match: CodeMatch, previous: _Mention | None
) -> tuple[_KindHit | None, DocumentKind | None, str | None, str | None]:
    """Find the kind word naming the code at ``match``.

    Returns (kind word hit, kind it gives, name between word and code, issuer before code).
    """
    text = reader.text
    sentence_start = reader.sentence(match.start)[0]
    lower = max(sentence_start, match.start - _KIND_WINDOW)
    hit = reader.hit_before(match.start, lower)
    if hit is not None and "code" in hit.word.forms:
        gap = text[hit.end : match.start]
        if _DIRECT_GAP.fullmatch(gap):
            return hit, hit.word.kind, None, None
        of = _ISSUER_LEAD.match(text, hit.end, match.start)
        body = issuing_body_at(text, of.end()) if of else None
        if body is not None and _DIRECT_GAP.fullmatch(text[body[1] : match.start]):
            return hit, hit.word.kind, None, _clean(text[body[0] : body[1]])
        if "name" in hit.word.forms and not reader.in_code(hit.end, match.start):
            name_end = _phrase_end(reader, hit.end, match.start, max_words=14)
            rest = text[name_end : match.start]
            first = text[hit.end : name_end].lstrip()[:1]
            if name_end > hit.end and _DIRECT_GAP.fullmatch(rest) and first.isupper():
                name = _TRAILING_SO.sub("", _clean(text[hit.start : name_end]))
                return hit, hit.word.kind, name, None
    if previous is not None and previous.code is not None and previous.end <= match.start:
        gap = text[previous.end : match.start]
        if len(gap) < 40 and _LIST_GAP.fullmatch(gap):
            return None, previous.kind, None, None
    return None, None, None, None


def _coded_mentions(reader: _Reader) -> list[_Mention]:
    out: list[_Mention] = []
    previous: _Mention | None = None
    group: list[int] = []  # indices in ``out`` of the codes of one list
    head_issuer: str | None = None
    for match in reader.doc.codes:
        hit, kind, name, issuer_before = _kind_for_code(reader, match, previous)
        code = match.code
        start = hit.start if hit is not None else match.start
        if hit is not None:
            reader.used.add(hit.start)
            issuer_before = issuer_before or _issuer_before(reader, hit.start)
        if (
            hit is not None
            and kind in {DocumentKind.PROJECT, DocumentKind.PROGRAMME}
            and code.type is None
            and code.year is None
        ):
            # "Đề án 06/CP": a short name with the issuer, not an official-letter code.
            label = _clean(_kind_label(reader, hit)) + " " + code.number
            out.append(_Mention(start, match.end, kind, number=code.number, name=label))
            previous, group = None, []
            continue
        if kind is not None and (hit is None or "generic" not in hit.word.forms):
            code = _with_kind(code, kind) or code
        final_kind = code.kind or kind or DocumentKind.OTHER
        if kind is not None and code.kind is None:
            final_kind = kind
        issuer, date, title, _end = _read_tail(reader, match.end)
        mention = _Mention(
            start,
            match.end,
            final_kind,
            code=code,
            name=name,
            title=title,
            issuer=issuer_before or issuer,
            date=date,
        )
        in_list = hit is None and kind is not None
        if not in_list:
            group = []
            head_issuer = issuer_before  # "các Quyết định của Thủ tướng: số A; số B"
        elif mention.issuer is None and head_issuer is not None:
            mention = attrs.evolve(mention, issuer=head_issuer)
        group.append(len(out))
        out.append(mention)
        if in_list and group:
            _share_list_tail(out, group, match, reader)
            if mention.issuer:
                group = [group[-1]]
        previous = mention
    return out


def _share_list_tail(
    out: list[_Mention], group: list[int], match: CodeMatch, reader: _Reader
) -> None:
    """Give the earlier codes of a list what the text states once after the last one.

    "Nghị quyết số 52-NQ/TW ... và số 57-NQ/TW của Bộ Chính trị": one issuer for both.
    "Các Nghị quyết số 18, 19-NQ/TW ngày 25/10/2017 của ... về ...": numbers sharing one
    suffix share its date and subject line too.
    """
    last = out[group[-1]]
    shared_suffix = reader.text[match.start - 2 : match.start].strip() == ","
    for i in group[:-1]:
        earlier = out[i]
        bare = "/" not in reader.text[earlier.start : earlier.end].split()[-1]
        share = bare and shared_suffix
        out[i] = attrs.evolve(
            earlier,
            issuer=earlier.issuer or last.issuer,
            date=earlier.date or (last.date if share else None),
            title=earlier.title or (last.title if share else None),
        )


def _issuer_before(reader: _Reader, kind_start: int) -> str | None:
    """The body in "UBND tỉnh đã ban hành Kế hoạch số ...", if the sentence says so."""
    text = reader.text
    lead = _issued_before(text, max(0, kind_start - 40), kind_start)
    if lead is None:
        return None
    sentence_start = reader.sentence(kind_start)[0]
    bodies = find_bodies(text, max(sentence_start, lead.start() - 150), lead.start())
    if bodies and lead.start() - bodies[-1][1] <= 2:
        return _clean(text[bodies[-1][0] : bodies[-1][1]])
    return None


def _issued_before(text: str, start: int, end: int) -> regex.Match[str] | None:
    """``_ISSUED_BEFORE.search(text, start, end)``, skipped where "ban" is not written.

    No letter of "ban" but itself matches it in another case, so the lower-cased text
    tells when the search (at every position of the stretch) is needed: rarely.
    """
    if "ban" not in text[start:end].lower():
        return None
    return _ISSUED_BEFORE.search(text, start, end)


def _kind_label(reader: _Reader, hit: _KindHit) -> str:
    """The kind word as written, capitalised ("quyết định" -> "Quyết định")."""
    written = reader.text[hit.start : hit.end]
    if "abbr" in hit.word.forms:
        written = hit.word.kind.value
    return written[:1].upper() + written[1:]


def _special_mentions(reader: _Reader) -> list[_Mention]:
    """Congress and plenum documents, read by their own patterns."""
    text = reader.text
    out: list[_Mention] = []
    for hit in reader.hits:
        if hit.start in reader.used or hit.word.kind not in {
            DocumentKind.RESOLUTION,
            DocumentKind.CONCLUSION,
        }:
            continue
        m = (
            _CONGRESS_DOC.match(text, hit.start)
            if hit.word.kind is DocumentKind.RESOLUTION
            else None
        )
        if m is not None:
            if m["local"]:
                name = _clean(text[m.start() : m.end("ordinal")])
                name = name[:1].upper() + name[1:]
            else:
                name = f"Nghị quyết Đại hội {m['ordinal']}"
            out.append(_Mention(m.start(), m.end(), DocumentKind.RESOLUTION, name=name))
            reader.used.add(hit.start)
            continue
        m = _PLENUM_DOC.match(text, hit.start)
        if m is not None and (m["n"] or m["nth"]):
            end = m.end("term") if m["term"] else m.end()
            name = _clean(text[m.start() : end]).replace("(", "")
            name = name[:1].upper() + name[1:]
            out.append(_Mention(m.start(), end, hit.word.kind, name=name))
            reader.used.add(hit.start)
    return out


def _named_mentions(reader: _Reader) -> list[_Mention]:
    """Short numbers ("Quyết định 749"), quoted names and proper names."""
    text = reader.text
    out: list[_Mention] = []
    for hit in reader.hits:
        if hit.start in reader.used:
            continue
        forms = hit.word.forms
        kind = hit.word.kind
        capitalised = text[hit.start].isupper()
        if "number" in forms:
            m = _NUMBER_NAME.match(text, hit.end)
            if m is not None and not reader.in_code(m.start("number"), m.end("number")):
                follow = _UNIT_AFTER.match(text, m.end())
                lower_ok = capitalised or _LOWER_NUMBER_FOLLOW.match(text, m.end())
                short = len(m["number"]) < 2 and kind in _SCHEMES
                if follow is None and lower_ok and not short:
                    number = m["number"] + (f"/{m['year']}" if m["year"] else "")
                    name = f"{_kind_label(reader, hit)} {number}"
                    issuer, date, title, _end = _read_tail(reader, m.end())
                    out.append(
                        _Mention(
                            hit.start,
                            m.end(),
                            kind,
                            number=number,
                            name=name,
                            title=title,
                            issuer=issuer,
                            date=date,
                        )
                    )
                    continue
        if "abbr" in forms:
            continue
        if "quoted" in forms:
            m = _QUOTED.match(text, hit.end)
            if m is not None and capitalised and not _launched(reader, hit):
                quoted = _clean(m["q"])
                mention = _Mention(hit.start, m.end(), kind, name=quoted, title=quoted, quoted=True)
                out.append(_with_alias(reader, mention))
                continue
        if "name" in forms and capitalised:
            named = _proper_name(reader, hit)
            if named is not None:
                out.append(named)
    return out


def _launched(reader: _Reader, hit: _KindHit) -> bool:
    """Whether the document word follows "phát động", "ra mắt": an initiative, not a document."""
    return _ends_with_launch(reader.text[max(0, hit.start - 40) : hit.start])


def _ends_with_launch(before: str) -> bool:
    """``_LAUNCH_BEFORE.search(before)``, skipped unless a launch phrase's last word ends it."""
    if not before.rstrip().lower().endswith(_LAUNCH_LAST_WORDS):
        return False  # the common case, decided without a search at every position
    return _LAUNCH_BEFORE.search(before) is not None


def _proper_name(reader: _Reader, hit: _KindHit) -> _Mention | None:
    text = reader.text
    sentence_start, sentence_end = reader.sentence(hit.start)
    if _PLURAL_BEFORE.search(text[max(sentence_start, hit.start - 12) : hit.start]):
        return None
    if _launched(reader, hit):
        return None
    limit = min(sentence_end + 1, hit.end + 400)
    end = _phrase_end(reader, hit.end, limit, max_words=_MAX_NAME_WORDS, names=True)
    words = text[hit.end : end].split()
    if not words:
        return None
    kind = hit.word.kind
    capitals = any(w[:1].isupper() for w in words)
    if kind in {DocumentKind.LAW, DocumentKind.ORDINANCE}:
        if not words[0][:1].isupper():
            return None
    elif not text[sentence_start : hit.start].strip(" -+*•"):
        # At the start of a sentence every word is capitalised ("Chương trình nhằm ..."):
        # only a national or capitalised name makes it a proper name.
        if len(words) < 2 or not (capitals or _NATIONAL.search(text, hit.end, end)):
            return None
    elif len(words) < 3 or not (capitals or _DISTINCTIVE.search(text, hit.end, end)):
        return None
    name = _clean(text[hit.start : end])
    issuer = None
    of = _ISSUER_LEAD.match(text, end, limit)
    body = issuing_body_at(text, of.end()) if of else None
    if body is not None:
        issuer = _clean(text[body[0] : body[1]])
    return _with_alias(reader, _Mention(hit.start, end, kind, name=name, issuer=issuer))


def _with_alias(reader: _Reader, mention: _Mention) -> _Mention:
    """A long name followed by its short form ("... tầm nhìn đến năm 2030 (Đề án 06)")."""
    text = reader.text
    lead = _ALIAS.match(text, mention.end)
    if lead is None:
        return mention
    hit = reader.hit_at.get(lead.end())
    if hit is None or hit.word.kind is not mention.kind:
        return mention
    number = _NUMBER_NAME.match(text, hit.end)
    if number is None:
        return mention
    short = number["number"] + (f"/{number['year']}" if number["year"] else "")
    return attrs.evolve(
        mention,
        number=short,
        name=f"{_kind_label(reader, hit)} {short}",
        title=mention.title or mention.name,
    )


# ---------------------------------------------------------------------------------------
# Merging
# ---------------------------------------------------------------------------------------


def _number_key(number: str) -> str:
    head, _, year = number.partition("/")
    return f"{head.lstrip('0') or '0'}/{year}" if year else head.lstrip("0") or "0"


def _name_words(name: str) -> list[str]:
    return fold(name).replace(",", " ").replace("-", " ").split()


def _near_identical(a: str, b: str) -> bool:
    wa, wb = _name_words(a), _name_words(b)
    if wa == wb:
        return True
    if {w for w in wa if w.isdigit()} != {w for w in wb if w.isdigit()}:
        return False
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio() >= _NEAR_IDENTICAL


def _strip_year(words: list[str]) -> list[str]:
    if words and _is_year(words[-1]):
        words = words[:-1]
        if words and words[-1] == "nam":
            words = words[:-1]
    return words


def _merge(mentions: list[_Mention]) -> list[_Record]:
    records: list[_Record] = []
    by_code: dict[str, _Record] = {}
    by_number: dict[tuple[DocumentKind, str], list[_Record]] = {}  # coded, by kind and number
    for m in sorted((m for m in mentions if m.code is not None), key=lambda m: m.start):
        code_key = str(m.code)
        if code_key in by_code:
            by_code[code_key].absorb(m)
            continue
        record = by_code[code_key] = _Record.of(m)
        records.append(record)
        assert m.code is not None  # noqa: S101 - filtered above
        by_number.setdefault((m.kind, _number_key(m.code.number)), []).append(record)
    numbered: dict[tuple[DocumentKind, str], _Record] = {}
    named: dict[tuple[DocumentKind, tuple[str, ...]], _Record] = {}
    quoted: list[_Record] = []
    for m in sorted((m for m in mentions if m.code is None), key=lambda m: m.start):
        if m.number is not None:
            key = (m.kind, _number_key(m.number))
            target = numbered.get(key) or _coded_target(by_number, m)
            if target is None:
                target = _Record.of(m)
                records.append(target)
                if target.title:
                    named.setdefault(_name_key(m.kind, target.title), target)
            else:
                target.absorb(m)
            numbered[key] = target
            continue
        assert m.name is not None  # noqa: S101 - named mentions always have a name
        name_key = _name_key(m.kind, m.name) if not m.quoted else None
        if name_key is None:
            target = next((r for r in quoted if _same_quoted(r, m)), None)
        else:
            target = named.get(name_key)
        if target is None:
            target = _Record.of(m)
            records.append(target)
            if name_key is None:
                quoted.append(target)
            else:
                named[name_key] = target
        else:
            target.absorb(m)
    return records


def _name_key(kind: DocumentKind, name: str) -> tuple[DocumentKind, tuple[str, ...]]:
    return kind, tuple(_strip_year(_name_words(name)))


def _coded_target(
    by_number: dict[tuple[DocumentKind, str], list[_Record]], m: _Mention
) -> _Record | None:
    """The coded document a short form ("Nghị quyết 57") stands for, if the article has it."""
    assert m.number is not None  # noqa: S101 - only called for short forms
    head, _, year = m.number.partition("/")
    best: _Record | None = None
    for record in by_number.get((m.kind, _number_key(head)), []):
        code = record.code
        if code is None or (year and code.year is not None and str(code.year) != year):
            continue
        if best is None or record.spans[0][0] < m.start:
            best = record
    return best


def _same_quoted(record: _Record, m: _Mention) -> bool:
    return (
        record.kind is m.kind
        and record.name is not None
        and m.name is not None
        and _near_identical(record.name, m.name)
    )


# ---------------------------------------------------------------------------------------
# Public function
# ---------------------------------------------------------------------------------------


def extract_resolutions(doc: Document) -> list[Resolution]:
    """Every formal document the article cites, one record per document, with every mention.

    Coded documents come from ``doc.codes``; short numbers ("Quyết định 749"), congress
    and plenum documents ("Nghị quyết Đại hội XIII") and proper names ("Luật Giao dịch điện
    tử", "Đề án “...”") are read from the text. Records are in order of first mention;
    ``mentions`` are evidence spans on the original text.

    Args:
        doc: the article, read once by :meth:`Document.read`.

    Returns:
        The documents, in order of first mention.

    >>> doc = Document.read(
    ...     "Triển khai Đề án 06 và Quyết định 749/QĐ-TTg của Thủ tướng Chính phủ "
    ...     "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến "
    ...     "năm 2030. Quyết định 749 đã tạo nền tảng.",
    ...     published=None,
    ... )
    >>> [
    ...     (r.kind.value, r.label) for r in extract_resolutions(doc)
    ... ]  # doctest: +NORMALIZE_WHITESPACE
    [('đề án', 'Đề án 06'), ('quyết định', 'Quyết định 749/QĐ-TTg'),
     ('chương trình', 'Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030')]
    >>> extract_resolutions(Document.read("các nghị quyết của Quốc hội, Chính phủ", published=None))
    []
    """
    reader = _Reader(doc)
    mentions = _coded_mentions(reader)
    mentions += _special_mentions(reader)
    mentions += _named_mentions(reader)
    records = _merge(mentions)
    records.sort(key=lambda r: min(r.spans))
    return [_build(doc, record) for record in records]


def _build(doc: Document, record: _Record) -> Resolution:
    spans = sorted(set(record.spans))
    mentions: list[Span] = []
    for start, end in spans:
        span = doc.span(start, end)
        if span.text:
            mentions.append(span)
    if record.code is not None:
        rid = resolution_id(code=str(record.code))
    else:
        rid = resolution_id(name=record.name or record.title or "", kind=record.kind.value)
    return Resolution(
        id=rid,
        kind=record.kind,
        code=record.code,
        name=record.name,
        title=record.title,
        issuer=record.issuer,
        date=record.date,
        mentions=tuple(mentions),
    )
