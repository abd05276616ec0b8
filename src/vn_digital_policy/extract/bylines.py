r"""Bút danh và nguồn tin (bylines and credits): who wrote an article, where it comes from.

Vietnamese news pages end (and sometimes start) with lines that are not the article: the
author's byline ("Thanh Nga", "Lê Hoàng", "Minh Anh (TTXVN)", "Nhóm PV"), the source
("Theo Huy Thắng/baochinhphu.vn", "(Theo VnExpress)", "Nguồn QĐND: https://..."), photo
credits ("Ảnh: VGP/Nhật Bắc"), dateline credits ("(Chinhphu.vn) - Sáng 6/12, ...") and page
furniture ("Đường dây nóng ...", "Trả lời", "Email của bạn sẽ không được hiển thị công
khai.", "Bình luận", "Chia sẻ", time stamps). :func:`extract_bylines` reads them once, so the
other extractors can skip their spans: an author or a photographer is never an official,
a time stamp is never an event date.

It also finds the headline: the first line that is not page furniture, when it is short
(under 200 characters), does not end like a sentence and is followed by more text. An
article whose first line is a long lead sentence has no headline.

Outlets are recognised from ``data/organizations.tsv`` (rows of kind ``media``), from
web domains ("baochinhphu.vn") and from agency abbreviations in capitals ("TTXVN", "QĐND").
A byline is a short line of capitalised syllables (a pen name is not always a surname and
given name, so the name lexicons are not used), optionally with an agency in parentheses.

>>> import datetime as dt
>>> text = (
...     "Diễn đàn cấp cao về công nghiệp 4.0\n\nSáng 6/12, Thủ tướng dự Diễn đàn."
...     "\n\nThanh Nga\n\nTrả lời"
... )
>>> b = extract_bylines(Document.read(text, published=dt.date(2021, 12, 6)))
>>> b.title, b.authors, b.publisher
('Diễn đàn cấp cao về công nghiệp 4.0', ('Thanh Nga',), None)
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import attrs
import regex

from vn_digital_policy._data import read_table
from vn_digital_policy._patterns import alternation
from vn_digital_policy.extract.document import Document, Segment
from vn_digital_policy.text import normalize

__all__ = ["Bylines", "extract_bylines"]

#: How many lines at the end of an article may hold bylines and furniture.
_TAIL_LINES = 8
#: How many lines at the start may hold furniture before the headline.
_HEAD_LINES = 4
#: A headline is shorter than this.
_MAX_TITLE = 200
#: A byline or credit line is shorter than this.
_MAX_CREDIT = 160

# Page furniture: whole lines that are never article text.
_FURNITURE = regex.compile(
    r"""
    (?: đường \s++ dây \s++ nóng | hotline ) \b .*+          # Đường dây nóng 1900 ...
  | (?: trả \s++ lời | bình \s++ luận (?: \s*+ \( \d++ \) )?+ | gửi \s++ bình \s++ luận
      | chia \s++ sẻ | share | tweet | thích | lưu \s++ bài | in \s++ bài | quay \s++ lại
      | về \s++ đầu \s++ trang | đầu \s++ trang | xem \s++ thêm | đọc \s++ thêm
      | (?: tin | bài ) \s++ (?: liên \s++ quan | cùng \s++ chuyên \s++ mục | mới \s++ nhất )
      | tin \s++ khác | video \s++ đang \s++ xem | nghe \s++ (?: bài \s++ viết | đọc ) )
    \s*+ :? \s*+
  | email \s++ của \s++ bạn \s++ sẽ \s++ không \s++ được \s++ hiển \s++ thị .*+
  | các \s++ trường \s++ bắt \s++ buộc .*+
  | (?: tags? | từ \s++ khóa | chủ \s++ đề ) \s*+ : .*+
  | (?: bản \s++ quyền | copyright | © ) .*+
  | (?: thứ \s++ (?: hai | ba | tư | năm | sáu | bảy ) | chủ \s++ nhật ) ,? \s++
    \d{1,2}+ / \d{1,2}+ / \d{4} .*+                           # Thứ Hai, 06/12/2021 09:39
  | \d{1,2}+ / \d{1,2}+ / \d{4} \s*+ ,? \s*+ \d{1,2}+ : \d{2} .*+
  | \d{1,2}+ : \d{2} \s*+ (?: \( GMT [+\d:]*+ \) \s*+ )?+ ,? \s*+ \d{1,2}+ / \d{1,2}+ / \d{4} .*+
  | (?: trang \s++ chủ | home ) \s*+ [>»/] .*+
  | https?:// \S++
  | mời \s++ quý \s++ (?: độc \s++ giả | vị | bạn ) .*+
  | \(? (?: ảnh | nguồn \s++ ảnh | video | clip | đồ \s++ họa ) \s*+ : [^\n]{1,80}+  # Ảnh: VGP
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A source line: "Theo Huy Thắng/baochinhphu.vn", "(Theo VnExpress)", "Nguồn QĐND: https://...".
_SOURCE = regex.compile(
    r"""
    \(? \s*+ (?P<lead> theo | nguồn (?: \s++ tin )?+ ) \b \s*+ :? \s*+
    (?P<rest> [^\n]+? ) \s*+ \)? \.?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: The words that open a source line, lower-cased (what ``lead`` of :data:`_SOURCE` reads).
_SOURCE_LEADS = ("theo", "nguồn")
_SOURCE_SPLIT = regex.compile(r"\s*+(?:/|\s-\s|,|:)\s*+")
_OUTLET_HEAD = regex.compile(r"(?:Báo|báo|Tạp chí|tạp chí|Đài|Cổng|Trang)\s++\p{Lu}")
_COMPILED_BY = regex.compile(r"(?i:tổng\s++hợp|t/h|th|lược\s++dịch|biên\s++dịch)")
_URL = regex.compile(r"https?://[^\s)]++")
_DOMAIN = regex.compile(
    r"(?:[\w-]++\.)++(?:vn|com|net|org|gov|info|edu)(?:\.vn)?+/?", regex.IGNORECASE
)
# A pen name: capitalised syllables ("Thanh Nga", "Lê Hoàng").
_PERSON = regex.compile(
    r"""
    \p{Lu}[\p{Ll}\p{M}]*+ (?: \s \p{Lu}[\p{Ll}\p{M}]*+ ){1,4}+   # Thanh Nga, Lê Hoàng
  | \p{Lu} \. \s?+ \p{Lu}[\p{Ll}\p{M}]++                        # T.Hằng, Q. Hương
    """,
    regex.VERBOSE,
)
# A department credited after a byline: "(Ban Thời sự)", "(Trung tâm Truyền thông tỉnh)".
_DEPARTMENT = regex.compile(r"\p{Lu}[\p{L}\p{M}]*+(?:\s[\p{L}\p{M}&-]++){0,5}+")
# An agency in capitals ("TTXVN", "PV", "QĐND", "VGP").
_AGENCY = regex.compile(
    r"(?:Nhóm\s++)?\p{Lu}[\p{Lu}\p{N}&.-]++(?<![&-])|Nhóm\s++(?:PV|phóng\s++viên)"
)
# The role words that may open a byline ("Bài và ảnh: ...", "Tin, ảnh: ...").
_BYLINE_LEAD = regex.compile(
    r"""
    (?: (?: bài | tin | thực \s++ hiện | nhóm \s++ phóng \s++ viên )
        (?: \s*+ (?: , | và ) \s*+ (?: ảnh | bài | clip | video ) )?+
      | ảnh \s*+ (?: , | và ) \s*+ (?: bài | tin )
    ) \s*+ : \s*+
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
_BYLINE_SUFFIX = regex.compile(
    r"\s*+\((?P<inner>[^()\n]{1,40}+)\)\s*+$",
)
_BYLINE_SPLIT = regex.compile(r"\s*+(?:[-,/&]|\svà\s)\s*+")
#: The words that open a photo or video credit, as the press writes them (no case folding).
_PHOTO_WORDS = (
    "Ảnh",
    "ảnh",
    "ẢNH",
    "Nguồn ảnh",
    "nguồn ảnh",
    "Video",
    "video",
    "VIDEO",
    "Clip",
    "clip",
    "Đồ họa",
    "đồ họa",
)
#: A space inside a credit word: exactly one (the pattern is ``VERBOSE``).
_ONE_SPACE = r"\ "
#: What follows a credit word: a colon, or "minh họa" (:func:`_photo_credits` starts there).
_PHOTO_ANCHORS = (":", "minh")
# Photo and video credits inside a line: "Ảnh: VGP/Nhật Bắc", "(Ảnh minh họa)".
_PHOTO_CREDIT = regex.compile(
    rf"""
    (?: {alternation(_PHOTO_WORDS, space=_ONE_SPACE)} )
    (?: \s*+ : [^\n()]{{1,80}}+ | \s++ minh \s++ họa )
    """,
    regex.VERBOSE,
)
# What may end a credit: the end of the line or a closing parenthesis.
_CREDIT_END = regex.compile(r"\)|[ \t]*+(?:\n|\Z)")
# A dateline credit opening a paragraph: "(Chinhphu.vn) - ", "HÀ NỘI (TTXVN) - ".
_DATELINE = regex.compile(
    r"""
    (?: [\p{Lu}][\p{Lu}\p{M}.]*+ (?: \s [\p{Lu}][\p{Lu}\p{M}.]*+ ){0,3}+ \s*+ )?+
    \( (?P<agency> [^()\n]{2,40}+ ) \) \s*+ - \s*+
    """,
    regex.VERBOSE,
)
_SENTENCE_END = regex.compile(r"[.;:,]\s*+$")


@attrs.frozen(slots=True)
class Bylines:
    """The bylines, credits and headline of one article.

    ``spans`` are ``(start, end)`` offsets into ``doc.text`` (the normalised text) of every
    byline, credit and furniture line, in text order: other extractors skip them.

    >>> Bylines().authors
    ()
    """

    authors: tuple[str, ...] = ()
    publisher: str | None = None
    url: str | None = None
    spans: tuple[tuple[int, int], ...] = ()
    title: str | None = None


@functools.cache
def _outlets() -> frozenset[str]:
    """Lower-cased names, abbreviations and domains of the outlets in organizations.tsv."""
    names: set[str] = set()
    for name, abbreviation, kind, _note in read_table("organizations.tsv", columns=4):
        if kind.strip() == "media":
            names.add(normalize(name).lower())
            if abbreviation.strip():
                names.add(normalize(abbreviation).lower())
    return frozenset(names)


def _is_outlet(word: str) -> bool:
    word = word.strip(" :.")
    if not word:
        return False
    return (
        word.lower() in _outlets()
        or _DOMAIN.fullmatch(word) is not None
        or _OUTLET_HEAD.match(word) is not None
        or (_AGENCY.fullmatch(word) is not None and len(word) <= 12)
    )


@attrs.define(slots=True)
class _Found:
    authors: list[str] = attrs.field(factory=list)
    publisher: str | None = None
    url: str | None = None
    spans: list[tuple[int, int]] = attrs.field(factory=list)

    def add_author(self, name: str) -> None:
        name = name.strip(" .")
        if name and name not in self.authors:
            self.authors.append(name)

    def set_publisher(self, name: str) -> None:
        name = name.strip(" .:")
        if name and self.publisher is None:
            self.publisher = name


def _read_source(line: str, found: _Found) -> bool:
    """Read a "Theo ..."/"Nguồn ..." line; False when it is not one (a sentence)."""
    opening = line[1:] if line.startswith("(") else line
    if not opening.lstrip()[:5].lower().startswith(_SOURCE_LEADS):
        return False  # a cheap look first: the pattern reads a long paragraph to its end
    match = _SOURCE.fullmatch(line)
    if match is None:
        return False
    rest = match.group("rest")
    url = _URL.search(rest)
    if url is not None:
        rest = (rest[: url.start()] + rest[url.end() :]).strip()
    rest = rest.strip(" :.-()")
    authors: list[str] = []
    outlets: list[str] = []
    for raw in _SOURCE_SPLIT.split(rest) if rest else []:
        part = raw.strip(" .()")
        if not part:
            continue
        if _is_outlet(part):
            outlets.append(part)
        elif _PERSON.fullmatch(part):
            authors.append(part)
        else:
            return False
    if not (authors or outlets or url):
        return False
    for author in authors:
        found.add_author(author)
    for outlet in outlets:
        found.set_publisher(outlet)
    if url is not None and found.url is None:
        found.url = url.group().rstrip(".,")
    return True


def _read_byline(line: str, found: _Found) -> bool:
    """Read a byline line ("Thanh Nga", "Minh Anh (TTXVN)", "Nhóm PV"); False otherwise."""
    body = line.strip()
    lead = _BYLINE_LEAD.match(body)
    if lead is not None:
        body = body[lead.end() :]
    suffix = _BYLINE_SUFFIX.search(body)
    agency = None
    if suffix is not None:
        inner = suffix.group("inner").strip()
        if all(_is_outlet(part) for part in inner.split("/")):
            agency = inner  # "(TTXVN)", "(TTXVN/Vietnam+)", "(Báo Quảng Ninh)"
        elif not (_COMPILED_BY.fullmatch(inner) or _DEPARTMENT.fullmatch(inner)):
            return False
        body = body[: suffix.start()]
    parts = [p for p in _BYLINE_SPLIT.split(body.strip()) if p]
    if not parts or len(parts) > 5:
        return False
    names: list[str] = []
    for part in parts:
        if _PERSON.fullmatch(part) or _AGENCY.fullmatch(part):
            names.append(part)
        else:
            return False
    for name in names:
        found.add_author(name)
    if agency is not None:
        found.set_publisher(agency)
    return True


def _photo_credits(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :data:`_PHOTO_CREDIT` in ``text``, as ``finditer`` gives them.

    Trying the pattern at every position of the text is slow (its words start with
    common letters); a credit word is always followed, across spaces, by a colon or
    "minh", so the pattern is tried only where a credit word ends before one of those.
    """
    starts: set[int] = set()
    for anchor in _PHOTO_ANCHORS:
        at = text.find(anchor)
        while at != -1:
            end = at
            while end > 0 and text[end - 1].isspace():
                end -= 1
            if text.endswith(_PHOTO_WORDS, 0, end):
                starts.update(end - len(w) for w in _PHOTO_WORDS if text.endswith(w, 0, end))
            at = text.find(anchor, at + 1)
    reached = 0
    for start in sorted(starts):
        if start < reached:
            continue  # inside the previous credit, as finditer would skip it
        match = _PHOTO_CREDIT.match(text, start)
        if match is not None:
            reached = match.end()
            yield match


def _span_of(text: str, segment: Segment) -> tuple[int, int]:
    return segment.start, segment.end


def _merge(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return tuple(out)


def extract_bylines(doc: Document) -> Bylines:
    r"""Read the bylines, credits, furniture lines and headline of an article.

    Never raises; an article without any of them gives an empty :class:`Bylines`.

    Args:
        doc: the article, read once (:meth:`Document.read`).

    Returns:
        Authors (pen names and agency credits), publisher, source URL, the spans of
        every line or credit other extractors must skip, and the headline.

    >>> import datetime as dt
    >>> text = (
    ...     "Sáng 19-7, Thủ tướng chủ trì Hội nghị.\n\nTTXVN\n\nNguồn QĐND: https://www.qdnd.vn/a-1"
    ... )
    >>> b = extract_bylines(Document.read(text, published=dt.date(2024, 7, 19)))
    >>> b.authors, b.publisher, b.url, b.title
    (('TTXVN',), 'QĐND', 'https://www.qdnd.vn/a-1', None)
    >>> extract_bylines(Document.read("Theo Huy Thắng/baochinhphu.vn", published=None)).publisher
    'baochinhphu.vn'
    """
    text = doc.text
    lines = list(doc.lines)
    found = _Found()
    # Page furniture and credits at the end, read from the last line up.
    tail_from = len(lines)
    for index in range(len(lines) - 1, max(-1, len(lines) - 1 - _TAIL_LINES), -1):
        segment = lines[index]
        line = text[segment.start : segment.end]
        if not (
            _read_source(line, found)
            or (
                len(line) <= _MAX_CREDIT
                and (_FURNITURE.fullmatch(line) or _read_byline(line, found))
            )
        ):
            break
        found.spans.append(_span_of(text, segment))
        tail_from = index
    # Furniture at the start, then the headline.
    title = None
    for index, segment in enumerate(lines[: min(_HEAD_LINES, tail_from)]):
        line = text[segment.start : segment.end]
        if _FURNITURE.fullmatch(line):
            found.spans.append(_span_of(text, segment))
            continue
        if (
            len(line) < _MAX_TITLE
            and not _SENTENCE_END.search(line)
            and index + 1 < tail_from
            and not _PERSON.fullmatch(line)
        ):
            title = line
        break
    # Credits inside lines: photo credits anywhere, dateline credits at paragraph starts.
    for match in _photo_credits(text):
        start, end = match.span()
        if start and text[start - 1] not in " \n(":
            continue  # inside a word ("Hình ảnh:" is fine, "Bảnh" is not a credit)
        closing = _CREDIT_END.match(text, end)
        if closing is None:
            continue
        if start and text[start - 1] == "(":
            start -= 1
            end = closing.end() if text.startswith(")", closing.start()) else end
        found.spans.append((start, end))
    for segment in lines:
        if text.find("(", segment.start, segment.end) == -1:
            continue  # a dateline credit is in parentheses
        dateline = _DATELINE.match(text, segment.start, segment.end)
        if dateline is not None and _is_outlet(dateline.group("agency").strip()):
            found.spans.append(dateline.span())
            found.set_publisher(dateline.group("agency").strip())
    return Bylines(
        authors=tuple(found.authors),
        publisher=found.publisher,
        url=found.url,
        spans=_merge(found.spans),
        title=title,
    )
