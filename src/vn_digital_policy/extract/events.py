"""Sự kiện (events): the forums, conferences, sessions and ceremonies an article reports.

A government news article is usually *about* one event ("Sáng 6/12, Ban Kinh tế Trung ương
tổ chức Diễn đàn ...") and mentions others (a "lễ phát động" held "trong khuôn khổ diễn
đàn", a series of workshops announced for next month). :func:`extract_events` finds every
mention of a meeting-like happening by its head noun (``data/event_kinds.tsv``: diễn đàn,
hội nghị, hội thảo, phiên họp, buổi làm việc, triển lãm, lễ phát động, tọa đàm, đại hội
...), groups the mentions of one event (the headline's "Hội nghị chuyên đề ..." and the
body's "Hội nghị thông tin chuyên đề ...", the caption "Quang cảnh hội nghị"), and reads
for each event its date and part of day, name, edition, theme, location, format,
connection points, organisers, chairs and participants. Exactly one event is marked
``is_main``: the one the headline and the dateline speak of.

Not events (``shared/devset/GUIDE.md``): a congress or plenum cited as the source of a
document ("Nghị quyết Đại hội XIII", "Kết luận của Hội nghị Trung ương 4") or as the body a
draft goes to ("trình Hội nghị Trung ương 6"), a celebrated future congress ("chào mừng
Đại hội Đảng toàn quốc lần thứ XIV"), and plural mentions of past events ("đã tổ chức
nhiều hội nghị trực tuyến").

>>> import datetime as dt
>>> doc = Document.read(
...     "Sáng 6/12, Ban Kinh tế Trung ương tổ chức Diễn đàn cấp cao công nghiệp 4.0 theo "
...     "hình thức trực tuyến tới 63 tỉnh, thành phố và 32 điểm cầu quốc tế. Thủ tướng "
...     "dự và chủ trì Diễn đàn.",
...     published=dt.date(2021, 12, 6),
... )
>>> [event] = extract_events(doc, [])
>>> event.kind.value, event.date.isoformat(), event.part_of_day.value, event.is_main
('diễn đàn', '2021-12-06', 'sáng', True)
>>> event.name, event.format.value, event.organisers
('Diễn đàn cấp cao công nghiệp 4.0', 'trực tuyến', ('Ban Kinh tế Trung ương',))
>>> [(c.count, c.description) for c in event.connection_points]
[(63, '63 tỉnh, thành phố'), (32, '32 điểm cầu quốc tế')]
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

import attrs
import regex

from vn_digital_policy._data import read_table
from vn_digital_policy._patterns import find_all, lower_aligned, scan_lower, trie
from vn_digital_policy.dates import DateMatch
from vn_digital_policy.enums import DatePrecision, EventFormat, EventKind, PartOfDay
from vn_digital_policy.errors import DataFileError
from vn_digital_policy.extract.document import Document
from vn_digital_policy.extract.resolutions import issuing_body_at, sentence_bounds
from vn_digital_policy.ids import entity_id
from vn_digital_policy.models import ConnectionPoint, Event, Official
from vn_digital_policy.numbers import ParsedNumber
from vn_digital_policy.text import fold, normalize

__all__ = ["extract_events"]

_KINDS_FILE = "event_kinds.tsv"
_FLAGS = frozenset({"strict", "part"})

#: A dated event is news: a day further than this from the publication date is a citation.
_MAX_EVENT_DISTANCE_DAYS = 400
_TIMING_PRECISIONS = frozenset(
    {DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.QUARTER, DatePrecision.PERIOD}
)
#: Longest event a day range ("18-20/5") can date.
_MAX_EVENT_DAYS = 14
_MAX_NAME_WORDS = 40
#: How far after an event's mention a sentence "Cùng dự có ..." still speaks of it.
_ATTENDANCE_REACH = 600


# ---------------------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Head:
    """One row of ``event_kinds.tsv``."""

    surface: str
    kind: EventKind
    strict: bool
    part: bool


@attrs.frozen(slots=True)
class _Lexicon:
    heads: Mapping[str, _Head]
    head_re: regex.Pattern[str]  # on lower-cased text (fast: a trie, case-sensitive)
    head_re_any_case: regex.Pattern[str]  # when lower-casing changes the text's length
    first_words: tuple[str, ...]  # every head opens with one of these (lower case)


@functools.cache
def _lexicon() -> _Lexicon:
    heads: dict[str, _Head] = {}
    for surface, kind_name, flags_cell, _note in read_table(_KINDS_FILE, columns=4):
        flags = frozenset(f.strip() for f in flags_cell.split(",") if f.strip())
        if not flags <= _FLAGS or kind_name not in EventKind.__members__:
            msg = f"data/{_KINDS_FILE}: bad row for {surface!r}"
            raise DataFileError(msg)
        surface_n = normalize(surface)
        heads[_key(surface_n)] = _Head(
            surface_n, EventKind[kind_name], "strict" in flags, "part" in flags
        )
    head_words = trie((h.surface.lower() for h in heads.values()), space=r"\s+")
    return _Lexicon(
        heads=heads,
        # \b is the fastest boundary test in the regex module (NFC text: no loose marks)
        head_re=regex.compile(rf"\b{head_words}\b"),
        head_re_any_case=regex.compile(rf"\b{head_words}\b", regex.IGNORECASE),
        first_words=tuple(sorted({h.surface.lower().split()[0] for h in heads.values()})),
    )


def _key(text: str) -> str:
    """Lookup key of a head: lower case, single spaces (the text is normalised already)."""
    return " ".join(text.lower().split())


# ---------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Caseless:
    """A case-insensitive pattern, compiled twice.

    ``regex`` runs ``IGNORECASE`` patterns slowly. ``lower`` (the pattern as written, all
    lower case, without the flag) finds the same spans on the lower-cased text, which is
    what :meth:`_Reader.ci` hands out whenever lower-casing is exact for the text at hand;
    ``any_case`` (with the flag) runs on the text itself otherwise. Groups of a ``lower``
    match are lower case: read them back from the text by their span.
    """

    lower: regex.Pattern[str]
    any_case: regex.Pattern[str]


def _caseless(pattern: str, flags: int = 0) -> _Caseless:
    return _Caseless(
        lower=regex.compile(pattern, flags),
        any_case=regex.compile(pattern, flags | regex.IGNORECASE),
    )


def _words_before(
    words: Sequence[str], *, before: str = "", after: str, or_else: str = ""
) -> _Caseless:
    """``before``, then one of the words (or the pattern ``or_else``), then ``after``.

    For the patterns that end a window (before a head or a date, ``after`` ends with
    ``$``): a search tries them at every position of the window, and the words (lower
    case) as a trie let the engine follow only those that continue the text there. Any
    order of the words finds the same match: it must end where the window does.
    """
    tree = trie(words, space=r"\s+")
    return _caseless(f"{before}(?:{or_else}|{tree}){after}" if or_else else before + tree + after)


# Words right before a head that make it no event: a document's source, a celebrated or
# awaited congress, the body a draft goes to, a venue ("Trung tâm Hội nghị Quốc gia").
_BLOCK_BEFORE = _words_before(
    [
        *("nghị quyết", "kết luận của", "văn kiện", "chào mừng", "hướng tới", "tiến tới"),
        *("trình", "trung tâm", "cung", "phòng", "nhà", "hội trường", "tinh thần"),
        *("thành công của", "chuẩn bị cho", "kỷ niệm"),
    ],
    after=r"\s*+(?:của\s++)?$",
)
# A capitalised head inside a venue's name: "tại Cung Quy hoạch, Hội chợ và Triển lãm tỉnh".
_VENUE_BEFORE = regex.compile(
    r"""(?<![\p{L}\p{M}])(?:Cung|Trung\s+tâm|Nhà|Khu|Hội\s+trường|Khách\s+sạn)
    (?:(?:\s*+,|\s++và|\s*+-)?\s++\p{Lu}[\p{L}\p{M}]*+(?:\s++\p{Ll}[\p{L}\p{M}]*+)?){1,6}
    (?:\s*+,|\s++và|\s*+-)?\s++$""",
    regex.VERBOSE,
)
_LAUNCHED_BEFORE = _words_before(
    ["phát động", "ra mắt", "khởi động", "công bố", "tổng kết", "trao giải"], after=r"\s++$"
)
_PLURAL_BEFORE = _words_before(
    [
        *("các", "những", "nhiều", "một số", "hàng loạt", "chuỗi", "loạt", "mỗi", "hằng"),
        *("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"),
    ],
    or_else=r"\d++",
    after=r"\s++(?:\d++\s++)?(?:phiên\s++|cuộc\s++|buổi\s++)?$",
)
_DEADLINE_BEFORE = _words_before(
    ["trước", "sau", "kể từ", "đến hết", "chậm nhất", "hạn chót", "hạn"],
    after=r"\s++(?:ngày\s++)?$",
)
# "từ ngày 5 đến 7/12": the first day of a multi-day event, before its last day's date.
_RANGE_START = _caseless(r"từ\s++(?:ngày\s++)?(?P<day>\d{1,2})\s*+(?:đến|tới|-)\s*+(?:ngày\s++)?$")
# "ngày 26/9 tới", "ngày 26/9 sắp tới": an upcoming day.
_UPCOMING_AFTER = _caseless(r"\s*+(?:sắp\s+)?tới(?:\s+đây)?(?![\p{L}\p{M}])")
_SINCE_AFTER = _caseless(r"\s*+(?:đến|tới)\s+(?:nay|hết|cuối)")
_COUNTED = _caseless(r"\d|chuỗi|loạt|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười")
_LIST_GAP = _caseless(r"\s*+(?:,|và|hoặc|cùng)\s*+(?:các\s++)?")
_PAST = _caseless(
    r"""(?<![\p{L}\p{M}])(?:đã|từng|vừa\s+qua|thời\s+gian\s+qua|trước\s+đây|những\s+năm\s+qua|
    năm\s+qua)(?![\p{L}\p{M}])""",
    regex.VERBOSE,
)
# Verbs that report a strict-kind event (congress, plenum) as taking place.
_HAPPENING = _caseless(
    r"""(?<![\p{L}\p{M}])(?:khai\s+mạc|bế\s+mạc|diễn\s+ra|tổ\s+chức|tiến\s+hành|dự|tham\s+dự|
    chủ\s+trì|phát\s+biểu|làm\s+việc|họp|thảo\s+luận|biểu\s+quyết|bầu)(?![\p{L}\p{M}])""",
    regex.VERBOSE,
)
# "trong khuôn khổ Diễn đàn ...": the other events of the sentence belong to this one.
_FRAME_BEFORE = _words_before(
    [
        *("trong khuôn khổ", "bên lề", "nhân dịp", "tại", "ngay sau", "ngay trước"),
        *("ngay sau khi kết thúc", "ngay sau khi bế mạc", "trước khi khai mạc"),
    ],
    after=r"\s++(?:của\s++)?$",
)
# Words that end in "hội" ("Quốc hội", "xã hội", "cơ hội"): a head "hội ..." right after one
# of them is an accident of the text ("Quốc hội thảo luận").
_COMPOUND_HOI = _words_before(
    [
        *("quốc", "xã", "cơ", "đại", "hiệp", "giáo", "công", "lễ", "phụ", "học", "tổng"),
        *("phân", "liên", "thể", "văn"),
    ],
    before=r"(?<![\p{L}\p{M}])",
    after=r"\s++$",
)
#: Kinds a ceremony launches ("lễ phát động cuộc thi ..."), rather than holds.
_LAUNCHABLE = frozenset({EventKind.CONTEST, EventKind.FESTIVAL})
_LUAN_AFTER = _caseless(r"\s++luận(?![\p{L}\p{M}])")
_VENUES = ("Cung", "Trung tâm", "Nhà", "Khu", "Hội trường", "Khách sạn")
_FRAME_WORDS = _caseless(r"khuôn\s+khổ|bên\s+lề|nhân\s+dịp")
# "Trong khuôn khổ sự kiện, ...": the events of the sentence belong to the main event.
_MAIN_FRAME = _caseless(
    r"""(?:trong\s+khuôn\s+khổ|bên\s+lề|nhân\s+dịp)\s++(?:của\s++)?
    (?:sự\s+kiện|chương\s+trình|hoạt\s+động)(?:\s+này|\s+trên)?(?![\p{L}\p{M}])""",
    regex.VERBOSE,
)
# "Chiều cùng ngày, diễn ra Tọa đàm ...": held on the main event's day.
_SAME_DAY = _caseless(r"(?:(?P<part>sáng|trưa|chiều|tối|đêm)\s++)?cùng\s+ngày(?![\p{L}\p{M}])")
_THEME = _caseless(
    r'(?:với|có|mang)?\s*+(?:chủ\s+đề|thông\s+điệp)\s*+(?:là\s*+)?:?\s*+"(?P<theme>[^"\n]{3,400}+)"'
)
_OTHER_COUNTED = _caseless(
    r"(?:cách\s+mạng|đại\s+hội|nghị\s+quyết|kết\s+luận|khóa|chương\s+trình|đề\s+án)"
)
_OPENINGS = frozenset({"lễ khai mạc", "lễ bế mạc", "lễ khai trương", "lễ tổng kết"})
# The token after a head: a word, or a quote opening a quoted name.
_NEXT_WORD = regex.compile(r'[^\S\n]*+(?P<word>\w++|")')
_QUOTED_NAME = regex.compile(r'\s*+"(?P<q>[^"\n]{3,300}+)"')
_EDITION = _caseless(r"(?:lần|phiên|kỳ)?\s*+thứ\s++")
# Lower-case syllables that cannot continue a place name ("tại Hà Nội hôm nay").
_PLACE_STOP = (
    "và|với|của|do|để|nhằm|theo|cùng|vào|ngày|hôm|sáng|chiều|tối|trưa|đêm|lúc|từ|đến|tới|"
    "là|có|đã|sẽ|được|nay|này|đó|trong|qua|tổ|chức|diễn|ra|khai|mạc|dự|chủ|trì|phát|biểu|"
    "các|những|cho|về|tại|sau|trước|khi|thì|mà|nên|bằng|trên|dưới|thành|tỉnh|huyện|quận|xã|"
    "phường"
)
_PLACE_WORD = (
    r"(?-i:(?:TP\.\s*+)?\p{Lu}[\p{L}\p{M}&]*+)"
    rf"(?:\s++(?!(?:{_PLACE_STOP})(?![\p{{L}}\p{{M}}]))(?-i:\p{{Ll}}[\p{{L}}\p{{M}}]*+)){{0,2}}"
)
_LOCATION = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{M}}])tại\s++(?:đầu\s+cầu\s++(?:chính\s++)?)?
    (?!(?:các|những|điểm\s+cầu|đây|đó|chỗ|buổi|phiên|hội\s+(?:nghị|thảo|chợ)|diễn\s+đàn|lễ|cuộc)
       (?![\p{{L}}\p{{M}}]))
    (?P<loc>
        (?:(?:trụ\s+sở|hội\s+trường|trung\s+tâm|nhà|khách\s+sạn|thành\s+phố|tỉnh|huyện|
             thị\s+xã|xã|phường|quận)\s++)?
        {_PLACE_WORD}
        (?:(?:\s++|\s*+-\s*+|\s++(?:tỉnh|thành\s+phố|huyện|quận)\s++){_PLACE_WORD}){{0,6}}
        (?:\s++(?:tỉnh|thành\s+phố|huyện)(?![\p{{L}}\p{{M}}]))?  # "Trung tâm Hội nghị tỉnh"
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
_VENUE_HEAD = regex.compile(r"(?:Cung|Trung\s+tâm|Nhà|Khu|Hội\s+trường)\s")
_CAP_GROUP = r"\p{Lu}[\p{L}\p{M}]*+(?:\s++\p{Ll}[\p{L}\p{M}]*+)?(?:\s++\p{Lu}[\p{L}\p{M}]*+)*+"
# "Cung Quy hoạch, Hội chợ và Triển lãm tỉnh": a venue named by a list of facilities.
_VENUE_LIST = regex.compile(
    rf"(?:\s*+,\s++{_CAP_GROUP})*+\s++và\s++{_CAP_GROUP}(?:\s++(?:tỉnh|thành\s+phố)(?![\p{{L}}]))?"
)
_HELD_BEFORE_LOCATION = _caseless(r"(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|được\s+tổ\s+chức|họp)")
_HYBRID = _caseless(
    r"""trực\s+tiếp\s+(?:kết\s+hợp|và|kèm|cùng)\s+(?:với\s+)?(?:hình\s+thức\s+)?trực\s+tuyến|
    trực\s+tuyến\s+(?:kết\s+hợp|và)\s+(?:với\s+)?(?:hình\s+thức\s+)?trực\s+tiếp|
    kết\s+hợp\s+(?:giữa\s+)?(?:hình\s+thức\s+)?trực\s+tiếp\s+(?:và|với)\s+trực\s+tuyến""",
    regex.VERBOSE,
)
_ONLINE = _caseless(
    r"""(?:hình\s+thức|tổ\s+chức|họp|hội\s+nghị|hội\s+thảo|diễn\s+đàn|tọa\s+đàm|kết\s+nối|
    phiên\s+họp|cuộc\s+họp|được\s+tổ\s+chức)\s+trực\s+tuyến|
    trực\s+tuyến\s+(?:tới|đến|với|qua|toàn\s+quốc)""",
    regex.VERBOSE,
)
_IN_PERSON = _caseless(r"(?:hình\s+thức|tổ\s+chức|họp)\s+trực\s+tiếp(?!\s+(?:kết\s+hợp|và))")
# Remote sites: "trực tuyến tới 63 tỉnh, thành phố ... và 32 điểm cầu quốc tế", "qua 3 điểm cầu".
_POINT_LEAD = _caseless(
    r"(?:trực\s+tuyến|kết\s+nối|truyền\s+hình|nối)\s++(?:tới|đến|với)\s++(?:hơn\s++|gần\s++|trên\s++)?"
)
_POINT = _caseless(
    r"""
    (?P<count>\d{1,3}+(?:\.\d{3})*+)\s++
    (?P<unit>điểm\s+cầu|đầu\s+cầu|tỉnh,\s*+thành\s+phố|tỉnh,\s*+thành|tỉnh\s+thành|tỉnh|
        thành\s+phố|địa\s+phương|quốc\s+gia|nước|xã,\s*+phường,\s*+thị\s+trấn|xã,\s*+phường|
        huyện|điểm)(?![\p{L}\p{M}])
    """,
    regex.VERBOSE,
)
_POINT_LEAD_WORDS = regex.compile(r"trực\s+tuyến|kết\s+nối|truyền\s+hình|nối\s+(?:tới|đến|với)")
_POINT_SEPARATOR = regex.compile(r"\s*+(?:,|và|cùng)\s*+(?:với\s++)?(?:hơn\s++|gần\s++)?")
_POINT_ANYWHERE = _caseless(
    r"(?<![\p{N}.,])(?P<count>\d{1,3}+(?:\.\d{3})*+)\s++(?P<unit>điểm\s+cầu|đầu\s+cầu)(?![\p{L}\p{M}])"
)
_POINT_STOP = frozenset(
    [
        "với",
        "theo",
        "cùng",
        "để",
        "nhằm",
        "do",
        "đã",
        "sẽ",
        "được",
        "có",
        "là",
        "chủ",
        "thu",
        "của",
        "dự",
        "tham",
        "về",
        "vào",
    ]
)
# Organisers: "do X (chủ trì) (phối hợp với Y) tổ chức", "X (phối hợp với Y) tổ chức <event>".
_DO_ORGANISED = _caseless(
    r"""(?<![\p{L}\p{M}])do\s++(?P<orgs>[^;:.!?\n"]{3,200}?)\s++
    (?:(?:đã|sẽ|vừa)\s++)?(?:chủ\s+trì\s++|đồng\s+chủ\s+trì\s++|phối\s+hợp\s++)?
    (?:tổ\s+chức|đăng\s+cai)(?![\p{L}\p{M}])""",
    regex.VERBOSE,
)
_ORGANISE_VERB = _caseless(
    r"""(?<![\p{L}\p{M}])(?:(?:đã|sẽ|vừa)\s++)?(?:long\s+trọng\s++|trọng\s+thể\s++)?
    (?:phối\s+hợp\s++)?tổ\s+chức\s++(?:thành\s+công\s++)?(?:long\s+trọng\s++|trọng\s+thể\s++)?$""",
    regex.VERBOSE,
)
_ORG_SPLIT = _caseless(
    r"\s*+[,;]\s*+|\s++(?:phối\s+hợp\s+với|phối\s+hợp|cùng\s+với|cùng|với|và)\s++"
)
_CLAUSE_BREAK = regex.compile(r"[,;:]")
_CHAIR = _caseless(r"(?<![\p{L}\p{M}])(?:đồng\s+)?chủ\s+trì(?!\s+tổ\s+chức)(?![\p{L}\p{M}])")
_CHAIR_BY = _caseless(r"\s*+bởi\s++")
_HAS = _caseless(r"(?<![\p{L}\p{M}])có(?![\p{L}\p{M}])")
_ATTEND = _caseless(
    r"""(?<![\p{L}\p{M}])(?:dự|tham\s+dự|phát\s+biểu|tham\s+luận|có\s+mặt|tham\s+gia|
    trình\s+bày|báo\s+cáo|chứng\s+kiến)(?![\p{L}\p{M}])""",
    regex.VERBOSE,
)
_WORKING_VERB = _caseless(
    r"(?<![\p{L}\p{M}])(?:có\s+buổi\s+)?làm\s+việc\s+(?:với|tại)(?![\p{L}\p{M}])"
)
# A word (letters, marks, digits, "&"; "." "/" "'" inside: "4.0", "TP.HCM") or one mark.
_TOKEN = regex.compile(r"\w[\w&]*+(?:[.'/]\w[\w&]*+)*+|\S")
# Words that end an event's name (what follows is the sentence's predicate or an adjunct).
_NAME_STOP = frozenset(
    [
        "tại",
        "vào",
        "do",
        "nhằm",
        "để",
        "được",
        "đã",
        "sẽ",
        "đang",
        "là",
        "có",
        "qua",
        "bằng",
        "lúc",
        "ở",
        "cùng",
        "từ",
        "đến",
        "tới",
        "trong",
        "theo",
        "này",
        "đó",
        "cũng",
        "thì",
        "khi",
        "dưới",
        "như",
        "gồm",
        "long",
    ]
)
# Words that end a name when a number or "nay"/"qua" follows ("... sáng 6/12", "chiều nay").
_DATE_WORDS = frozenset(["ngày", "sáng", "chiều", "tối", "trưa", "hôm", "đêm", "tháng"])
_COMMA_STOP = frozenset(
    [
        "với",
        "và",
        "các",
        "những",
        "đồng",
        "nhằm",
        "góp",
        "tạo",
        "thu",
        "có",
        "là",
        "hướng",
        "thể",
        "mở",
        "đánh",
        "khẳng",
        "nhấn",
    ]
)
_NAME_STOP2 = frozenset(
    {
        "với chủ",
        "với sự",
        "với thông",
        "theo hình",
        "chủ trì",
        "tổ chức",
        "phát biểu",
        "tham dự",
        "diễn ra",
        "khai mạc",
        "bế mạc",
        "nhằm mục",
        "góp phần",
        "dự kiến",
        "thu hút",
        "thành công",
        "trở thành",
        "diễn biến",
    }
)
#: The first words of ``_NAME_STOP2``: a pair is built only after one of them.
_NAME_STOP2_FIRST = frozenset(pair.split()[0] for pair in _NAME_STOP2)


# ---------------------------------------------------------------------------------------
# Internal records
# ---------------------------------------------------------------------------------------

# (The records made once or more per mention are named tuples: the cheapest to build.)


class _Mention(NamedTuple):
    """One mention of an event by its head noun."""

    start: int
    end: int  # end of the head
    name_end: int  # end of the name phrase (>= end)
    head: _Head
    sentence: tuple[int, int]
    plural: bool
    counted: bool  # a plural with a count or a series word ("chuỗi 10 phiên hội thảo")
    date: DateMatch | None
    edition: int | None
    framed_by: int | None  # start of the mention this one is "trong khuôn khổ" of; -1: main
    same_day: PartOfDay | bool = False  # "chiều cùng ngày": the main event's day


@attrs.define(slots=True)
class _Cluster:
    """The mentions of one event."""

    kind: EventKind
    mentions: list[_Mention]
    date: DateMatch | None = None
    edition: int | None = None
    parent: _Cluster | None = None
    is_main: bool = False
    same_day: PartOfDay | bool = False
    extra_sentences: list[tuple[int, int]] = attrs.Factory(list)  # "Cùng dự có ..."

    @property
    def first(self) -> int:
        return self.mentions[0].start


@attrs.frozen(slots=True)
class _Layout:
    """Where the headline ends and where the first body paragraph (the lead) ends."""

    headline_end: int
    lead_end: int


class _Person(NamedTuple):
    """A mention of an official in the normalised text."""

    start: int
    end: int
    name: str


class _Reader:
    """What one call of :func:`extract_events` reads, indexed once."""

    def __init__(self, doc: Document, officials: Sequence[Official]) -> None:
        self.doc = doc
        self.text = doc.text
        self.lower = lower_aligned(doc.text)  # same offsets as text: for quick guards
        # "İ" is the one letter that lower-cases to two characters (``lower`` keeps it as
        # it is), and with "ſ" the only one IGNORECASE takes for a letter that differs
        # from its lower case ("i", "s"). Without them a lower-case pattern on ``lower``
        # matches where the same pattern with IGNORECASE matches on ``text``.
        self.lower_is_text_lower = "İ" not in self.text
        self._lower_is_exact = self.lower_is_text_lower and "ſ" not in self.text
        #: The text the patterns :meth:`ci` hands out run on (same offsets as ``text``).
        self.ci_text = self.lower if self._lower_is_exact else self.text
        self.sentence_starts, self.sentence_ends = sentence_bounds(doc)
        self.line_starts = [s.start for s in doc.lines]
        self.line_ends = [s.end for s in doc.lines]
        self.doc_date_starts = _document_dates(doc)
        # the dates that can date an event, as the day the event starts ("18-20/5" -> 18/5)
        self.dates = [day for day in map(self._event_day, doc.dates) if day is not None]
        self.event_day = {d.start: d for d in self.dates}
        # every expression that can time an event (days, months, quarters; not horizons)
        self.timing = [
            d
            for d in doc.dates
            if d.horizon is None
            and d.precision in _TIMING_PRECISIONS
            and d.start not in self.doc_date_starts
        ]
        self.timing_starts = [d.start for d in self.timing]
        self.number_starts = [n.start for n in doc.numbers]
        self.date_starts = [d.start for d in self.dates]
        self.people = _people(doc, self.lower, officials)
        self.people_starts = [p.start for p in self.people]
        self.headline_end = _headline_end(doc)
        self.body_start = _body_start(doc, self.headline_end)

    def _event_day(self, d: DateMatch) -> DateMatch | None:
        """``d`` as the day an event starts, or None if it cannot date an event."""
        day = self._first_day(d)
        if day is None or d.horizon is not None:
            return None
        if d.start in self.doc_date_starts:
            return None
        if d.part_of_day is None and self.ci(_DEADLINE_BEFORE).search(
            self.ci_text, max(0, d.start - 15), d.start
        ):
            return None  # "trước ngày 30/6": a deadline, not the day an event is held
        if self.ci(_SINCE_AFTER).match(self.ci_text, d.end):
            return None  # "từ ngày 1/1 đến nay": the start of a period under review
        reference = self.doc.published
        if (
            reference is not None
            and day < reference
            and d.year_inferred
            and self.ci(_UPCOMING_AFTER).match(self.ci_text, d.end)
        ):
            day = _next_year(day)  # "vào ngày 26/9 tới" in January: this coming September
        if reference is not None and abs((day - reference).days) > _MAX_EVENT_DISTANCE_DAYS:
            return None
        if d.precision is DatePrecision.DAY and d.date == day:
            return d
        return attrs.evolve(
            d,
            precision=DatePrecision.DAY,
            day=day.day,
            month=day.month,
            year=day.year,
            first=day,
            last=day,
        )

    def _first_day(self, d: DateMatch) -> dt.date | None:
        """The day an event dated by ``d`` starts: "Sáng 6/12", "18-20/5", "từ ngày 5 đến 7/12"."""
        if d.precision is DatePrecision.PERIOD:
            short = d.first is not None and d.last is not None and d.day is not None
            if short and d.first and d.last and (d.last - d.first).days <= _MAX_EVENT_DAYS:
                return d.first
            return None
        if d.precision is not DatePrecision.DAY or d.date is None:
            return None
        lo = max(0, d.start - 25)
        lead = (
            self.ci(_RANGE_START).search(self.ci_text, lo, d.start)
            if self.may_hold("từ", lo, d.start)
            else None
        )
        if lead is not None:
            try:
                start = d.date.replace(day=int(lead["day"]))
            except ValueError:
                return d.date
            if start < d.date and (d.date - start).days <= _MAX_EVENT_DAYS:
                return start
        return d.date

    def ci(self, pattern: _Caseless) -> regex.Pattern[str]:
        """The form of a case-insensitive pattern to run on :attr:`ci_text`."""
        return pattern.lower if self._lower_is_exact else pattern.any_case

    def may_hold_any(self, window: str, *words: str) -> bool:
        """Whether ``window`` (a slice of :attr:`ci_text`) may hold one of the lower-case words.

        A guard like :meth:`may_hold`, for a window already cut out.
        """
        return not self._lower_is_exact or any(word in window for word in words)

    def may_hold(self, word: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` may hold ``word`` (lower case) in any case.

        A guard before a case-insensitive pattern that needs the word: false only when
        the word is surely missing (always true when lower-casing is not exact).
        """
        return not self._lower_is_exact or self.lower.find(word, start, end) >= 0

    def occurrences(self, word: str, start: int, end: int) -> Sequence[int]:
        """Where a case-insensitive match opening with ``word`` can start in ``[start, end)``.

        The occurrences of ``word`` (lower case) in any case, left to right; every
        position when lower-casing is not exact for this text.
        """
        if not self._lower_is_exact:
            return range(start, end)
        return list(find_all(self.lower, word, start, end))

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i < 0:
            return 0, len(self.text)
        return self.sentence_starts[i], max(self.sentence_ends[i], pos)

    def line_end(self, pos: int) -> int:
        """End of the line (paragraph) holding ``pos``: "TP. Hồ Chí Minh" may split sentences."""
        i = bisect.bisect_right(self.line_starts, pos) - 1
        return max(self.line_ends[i], pos) if i >= 0 else len(self.text)

    def numbers_in(self, start: int, end: int) -> list[ParsedNumber]:
        i = bisect.bisect_left(self.number_starts, start)
        j = bisect.bisect_left(self.number_starts, end)
        return [n for n in self.doc.numbers[i:j] if n.end <= end]

    def timing_in(self, start: int, end: int) -> list[DateMatch]:
        i = bisect.bisect_left(self.timing_starts, start)
        j = bisect.bisect_left(self.timing_starts, end)
        return self.timing[i:j]

    def dates_in(self, start: int, end: int) -> list[DateMatch]:
        i = bisect.bisect_left(self.date_starts, start)
        j = bisect.bisect_left(self.date_starts, end)
        return self.dates[i:j]

    def people_in(self, start: int, end: int) -> list[_Person]:
        i = bisect.bisect_left(self.people_starts, start)
        j = bisect.bisect_left(self.people_starts, end)
        return [p for p in self.people[i:j] if p.end <= end]


def _next_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29/2
        return day


def _document_dates(doc: Document) -> set[int]:
    """Starts of dates that date a document ("57-NQ/TW ngày 22/12/2024", "ban hành ngày")."""
    starts: set[int] = set()
    code_ends = sorted(c.end for c in doc.codes)
    text = doc.text
    for d in doc.dates:
        i = bisect.bisect_right(code_ends, d.start) - 1
        if i >= 0 and d.start - code_ends[i] <= 3 and not text[code_ends[i] : d.start].strip(" ,"):
            starts.add(d.start)
            continue
        before = fold(text[max(0, d.start - 12) : d.start])
        if before.rstrip().endswith(("ban hanh", "ky", "hieu luc", "thong qua")):
            starts.add(d.start)
    return starts


def _people(doc: Document, lowered: str, officials: Sequence[Official]) -> list[_Person]:
    """Every mention of an official: full names, and titles only one official holds.

    ``lowered`` is the document's text in lower case (same offsets); names and titles are
    normalised the same way, so tone-mark style and case do not matter.
    """
    entries: list[tuple[str, str, bool]] = []  # (phrase, the official's name, is a title)
    for official in officials:
        entries.append((official.name, official.name, False))
        for position in official.positions:
            for title in (position.title, position.role):
                if title and len(title) > 3:
                    entries.append((title, official.name, True))
    names: dict[str, str] = {}
    titles: dict[str, set[str]] = {}
    normalized = _normalize_all([phrase for phrase, _name, _is_title in entries])
    for (_phrase, name, is_title), phrase in zip(entries, normalized, strict=True):
        key = _key(phrase)
        if is_title:
            titles.setdefault(key, set()).add(name)
        elif key:
            names[key] = name
    unique_titles = {t: next(iter(n)) for t, n in titles.items() if len(n) == 1}
    if not names:
        return []
    size = len(lowered)
    # (start, -end, order found, name): sorts by start, the longest first, then as found
    found: list[tuple[int, int, int, str]] = []
    for keys, is_title in ((names, False), (unique_titles, True)):
        for key, name in keys.items():
            width = len(key)
            for pos in find_all(lowered, key):
                end = pos + width
                if (
                    (pos == 0 or not lowered[pos - 1].isalnum())
                    and (end == size or not lowered[end].isalnum())
                    and not (is_title and lowered[max(0, pos - 4) : pos] == "phó ")
                ):
                    found.append((pos, -end, len(found), name))
    # Longest match wins: "Trưởng Ban Chỉ đạo ..." (one person) over "Trưởng Ban" (another).
    found.sort()
    kept: list[_Person] = []
    reach = -1
    for start, negative_end, _order, name in found:
        if -negative_end <= reach:
            continue  # inside a longer mention
        kept.append(_Person(start, -negative_end, name))
        reach = -negative_end
    return kept


#: Joins the phrases :func:`_normalize_all` normalises in one call: plain ASCII and no
#: letter, mark or space, which normalize passes over quickly and leaves as it is.
_PHRASE_SEPARATOR = "|"


def _normalize_all(phrases: list[str]) -> list[str]:
    """``[normalize(p) for p in phrases]`` up to whitespace at their ends, in one call.

    :func:`normalize` costs mostly per call, and every rule it applies stays within a
    word, a whitespace run or a combining sequence, none of which crosses a separator
    that is no letter, mark or space: each phrase comes out as it would alone (but the
    whitespace at its ends). A phrase that holds the separator, or any surprise in the
    result, falls back to one call per phrase.
    """
    parts: list[str] = []
    if not any(_PHRASE_SEPARATOR in phrase for phrase in phrases):
        parts = normalize(_PHRASE_SEPARATOR.join(phrases)).split(_PHRASE_SEPARATOR)
    if len(parts) != len(phrases):
        parts = [normalize(phrase) for phrase in phrases]
    return parts


def _headline_end(doc: Document) -> int:
    """End of the headline zone: the short lines before the first body paragraph."""
    end = 0
    for line in doc.lines[:3]:
        chunk = doc.text[line.start : line.end]
        if len(chunk) > 250 or chunk.rstrip().endswith((".", "...")):
            break
        end = line.end
    return end


def _body_start(doc: Document, headline_end: int) -> int:
    for line in doc.lines:
        if line.start >= headline_end:
            return line.start
    return headline_end


# ---------------------------------------------------------------------------------------
# Finding mentions
# ---------------------------------------------------------------------------------------


_Token = tuple[int, int, str, bool]  # start, end, text, is a word


class _Tokens:
    """The tokens of ``text[start:limit]`` (at most ``cap``), read as far as they are asked for.

    A name mostly ends within a few words: reading on demand leaves the rest untouched.
    """

    __slots__ = ("_matches", "_read")

    def __init__(self, text: str, start: int, limit: int, cap: int = 2 * _MAX_NAME_WORDS) -> None:
        self._matches = itertools.islice(_TOKEN.finditer(text, start, limit), cap)
        self._read: list[_Token] = []

    def get(self, i: int) -> _Token | None:
        """Token ``i``, or None past the last one."""
        read = self._read
        while len(read) <= i:
            m = next(self._matches, None)
            if m is None:
                return None
            tok = m.group()
            read.append((m.start(), m.end(), tok, tok[0].isalnum()))
        return read[i]


def _name_end(
    text: str, start: int, limit: int, head_starts: set[int], *, across_heads: bool = False
) -> int:
    """End of the name phrase of an event whose head ends at ``start``.

    A quoted title ends the name ("Tọa đàm "Chuyển đổi số ..."", "lễ phát động Chương
    trình "..."); another event's head ends it too, except after a ceremony word ("lễ
    phát động cuộc thi ...", "Lễ khai mạc Triển lãm ...": ``across_heads``).
    """
    nxt = _NEXT_WORD.match(text, start, limit)
    if nxt is None or nxt["word"].lower() in _NAME_STOP:
        return start  # a bare head: "Tại Hội nghị, ...", "dự Diễn đàn tại ..."
    if nxt["word"] == '"':
        quoted = _QUOTED_NAME.match(text, start, limit)
        return quoted.end() if quoted is not None else start
    toks = _Tokens(text, start, limit)
    return _scan_name(text, toks, start, limit, head_starts, across_heads=across_heads)


def _scan_name(
    text: str,
    toks: _Tokens,
    start: int,
    limit: int,
    head_starts: set[int],
    *,
    across_heads: bool,
) -> int:
    """Scan a name's tokens: the end of the name."""
    end = start
    words = 0
    i = 0  # index of ``nxt``, the token after the current one
    nxt = toks.get(0)
    while (token := nxt) is not None and words < _MAX_NAME_WORDS:
        t_start, t_end, tok, is_word = token
        i += 1
        nxt = toks.get(i)
        if not is_word:
            if tok in "-&+":
                continue
            if tok == "." and text[t_start - 2 : t_start] == "TP":
                end = t_end
                continue
            if tok == "," and nxt is not None and nxt[3] and _name_goes_on(toks, i, nxt[2]):
                continue
            if tok == '"' and words:
                quoted = _QUOTED_NAME.match(text, t_start, limit)
                if quoted is not None:
                    end = quoted.end()
            break
        low = tok.lower()
        if low in _NAME_STOP or (
            low in _NAME_STOP2_FIRST
            and nxt is not None
            and nxt[3]
            and f"{low} {nxt[2].lower()}" in _NAME_STOP2
        ):
            break
        if (
            low in _DATE_WORDS
            and nxt is not None
            and (nxt[2][:1].isdigit() or nxt[2].lower() in {"nay", "qua", "mai", "cùng"})
        ):
            break
        if low == "và" and nxt is not None and nxt[0] in head_starts:
            break
        if t_start in head_starts and not across_heads:
            break
        words += 1
        if low not in {"và", "hoặc", "cùng", "với", "cho"}:
            end = t_end  # a name never ends on "và", "với"
    return end


def _name_goes_on(toks: _Tokens, i: int, word: str) -> bool:
    """Whether an event's name goes on after the comma before ``word``, token ``i``.

    It does for lists inside the name: of participants ("với các Bộ trưởng, Trưởng
    ngành, Chủ tịch UBND tỉnh, thành phố") and of topics ("về chủ trương, chính sách").
    """
    low = word.lower()
    if low in _NAME_STOP or low in _COMMA_STOP:
        return False
    if word[:1].isupper():
        # capitalised titles continue a list of capitalised titles (the words before the comma)
        return any(
            (t := toks.get(j)) is not None and t[3] and t[2][:1].isupper()
            for j in range(max(0, i - 3), i - 1)
        )
    nxt = toks.get(i + 1)
    nxt_low = nxt[2].lower() if nxt is not None and nxt[3] else ""
    return f"{low} {nxt_low}" not in _NAME_STOP2


def _edition(reader: _Reader, start: int, end: int) -> int | None:
    """The edition ("lần thứ ba", "Phiên họp thứ tư") a name states for its own event."""
    for number in reader.numbers_in(start, end):
        if reader.ci(_OTHER_COUNTED).search(reader.ci_text, start, number.start):
            break  # "... cuộc Cách mạng công nghiệp lần thứ 4": another thing's count
        before = reader.ci_text[max(start, number.start - 12) : number.start]
        led = (
            number.text.lower().startswith("thứ") or reader.ci(_EDITION).search(before) is not None
        )
        if led and isinstance(number.value, int) and 1 <= number.value <= 500:
            return number.value
    return None


def _mentions(reader: _Reader) -> list[_Mention]:
    text, ci_text = reader.text, reader.ci_text
    lex = _lexicon()
    found = [(start, end, lex.heads.get(_key(text[start:end]))) for start, end in _heads(reader)]
    head_starts = {start for start, _end, _head in found}
    out: list[_Mention] = []
    for start, end, head in found:
        if head is None:
            continue
        sentence = reader.sentence(start)
        before = ci_text[max(sentence[0], start - 30) : start]
        if reader.ci(_BLOCK_BEFORE).search(before) or _split_compound(reader, start, end, before):
            continue
        if text[start].isupper():
            venue_start = max(sentence[0], start - 60)
            venue_window = text[venue_start:start]
            if any(venue in venue_window for venue in _VENUES) and _VENUE_BEFORE.search(
                text, venue_start, start
            ):
                continue
        if head.kind in _LAUNCHABLE and reader.ci(_LAUNCHED_BEFORE).search(before):
            continue  # "lễ phát động cuộc thi ...": the contest is launched, not held
        plural_match = reader.ci(_PLURAL_BEFORE).search(before)
        if plural_match is None and out and out[-1].plural:
            # "các hội nghị, hội thảo"
            plural_match = reader.ci(_LIST_GAP).fullmatch(ci_text, out[-1].name_end, start)
        plural = plural_match is not None
        if plural and reader.ci(_PAST).search(ci_text, max(sentence[0], start - 200), start):
            continue
        counted = (
            plural_match is not None
            and reader.ci(_COUNTED).search(plural_match.group()) is not None
        )
        limit = min(sentence[1] + 1, end + 400)
        name_end = _name_end(
            text, end, limit, head_starts, across_heads=head.kind is EventKind.CEREMONY
        )
        if head.strict and not _happening(reader, start, name_end, sentence):
            continue
        date = _nearest_date(reader, start, name_end, sentence)
        same_day: PartOfDay | bool = False
        if date is None and "cùng ngày" in text[max(sentence[0], start - 80) : start].lower():
            same = reader.ci(_SAME_DAY).search(ci_text[max(sentence[0], start - 80) : start])
            if same is not None:
                same_day = PartOfDay(same["part"].lower()) if same["part"] else True
        opening = ci_text[sentence[0] : min(start, sentence[0] + 60)]
        main_frame = None
        if reader.may_hold_any(opening, "khổ", "lề", "dịp") and reader.ci(_FRAME_WORDS).search(
            opening
        ):  # "trong khuôn khổ", "bên lề", "nhân dịp"
            main_frame = reader.ci(_MAIN_FRAME).search(opening)
        out.append(
            _Mention(
                start=start,
                end=end,
                name_end=name_end,
                head=head,
                sentence=sentence,
                plural=plural,
                counted=counted,
                date=date,
                edition=_edition(reader, end, name_end),
                framed_by=-1 if main_frame is not None else None,
                same_day=same_day,
            )
        )
    out += _working_sessions(reader, out)
    out.sort(key=lambda m: m.start)
    return _frame(reader, out)


def _heads(reader: _Reader) -> list[tuple[int, int]]:
    """Spans of the head nouns, left to right: what ``scan_lower`` finds with the lexicon.

    Faster: the trie is tried only where the first word of a head occurs (a ``str.find``
    pass per word) instead of at every position of the text.
    """
    lex = _lexicon()
    if not reader.lower_is_text_lower:
        return [m.span() for m in scan_lower(reader.text, lex.head_re, lex.head_re_any_case)]
    lower = reader.lower
    starts = sorted(pos for word in lex.first_words for pos in find_all(lower, word))
    spans: list[tuple[int, int]] = []
    reach = 0  # matches do not overlap, as with finditer
    for pos in starts:
        if pos >= reach and (m := lex.head_re.match(lower, pos)) is not None:
            spans.append(m.span())
            reach = m.end()
    return spans


def _split_compound(reader: _Reader, start: int, end: int, before: str) -> bool:
    """Whether the head straddles two words: "Quốc hội thảo luận", "xã hội chợ ...".

    ``before`` is the :attr:`_Reader.ci_text` right before the head.
    """
    lower = reader.lower
    if lower[start : start + 3] == "hội" and reader.ci(_COMPOUND_HOI).search(before):
        return True
    return (
        lower[end - 4 : end] == "thảo"
        and reader.ci(_LUAN_AFTER).match(reader.ci_text, end) is not None
    )


def _happening(reader: _Reader, start: int, name_end: int, sentence: tuple[int, int]) -> bool:
    """Whether a congress or plenum is reported as taking place (not only cited)."""
    if reader.dates_in(sentence[0], sentence[1]):
        return True
    window_before = reader.ci_text[max(sentence[0], start - 25) : start]
    window_after = reader.ci_text[name_end : min(sentence[1], name_end + 40)]
    happening = reader.ci(_HAPPENING)
    return bool(happening.search(window_before) or happening.search(window_after))


def _nearest_date(
    reader: _Reader, start: int, name_end: int, sentence: tuple[int, int]
) -> DateMatch | None:
    """The day that dates the mention ``text[start:name_end]``: the nearest time expression.

    Dates inside the name ("Hội nghị tổng kết năm 2023") do not count. When the nearest
    expression is a month or a quarter ("Triển lãm ... vào tháng 6"), the event has no day.
    """
    best: DateMatch | None = None
    best_gap = len(reader.text)
    for d in reader.timing_in(sentence[0], sentence[1]):
        if start <= d.start < name_end:
            continue
        gap = start - d.end if d.end <= start else d.start - name_end
        if gap < best_gap:
            best, best_gap = d, gap
    return None if best is None else reader.event_day.get(best.start)


def _working_sessions(reader: _Reader, found: list[_Mention]) -> list[_Mention]:
    """A working session without its noun: "Chiều 12/3, đồng chí X làm việc với Sở ..."."""
    out: list[_Mention] = []
    taken = {m.sentence for m in found}
    head = _Head("buổi làm việc", EventKind.WORKING_SESSION, strict=False, part=False)
    for d in reader.dates:
        sentence = reader.sentence(d.start)
        if sentence in taken or d.start - sentence[0] > 3:
            continue
        m = reader.ci(_WORKING_VERB).search(reader.ci_text, d.end, sentence[1])
        if m is None:
            continue
        taken.add(sentence)
        out.append(
            _Mention(
                start=m.start(),
                end=m.end(),
                name_end=m.end(),
                head=head,
                sentence=sentence,
                plural=False,
                counted=False,
                date=d,
                edition=None,
                framed_by=None,
            )
        )
    return out


def _frame(reader: _Reader, mentions: list[_Mention]) -> list[_Mention]:
    """Mark the mentions that a sentence sets "trong khuôn khổ" another event.

    The opening or closing ceremony of an event ("Lễ khai mạc Triển lãm ...") is framed
    by that event too: it is part of it and cannot be the main event.
    """
    out = list(mentions)
    for i in range(len(out) - 1):
        here, after = out[i], out[i + 1]
        if (
            here.head.kind is EventKind.CEREMONY
            and _key(here.head.surface) in _OPENINGS
            and after.head.kind is not EventKind.CEREMONY
            and 0 <= after.start - here.end <= 2
        ):
            out[i] = here._replace(framed_by=after.start)
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, m in enumerate(out):
        by_sentence.setdefault(m.sentence, []).append(i)
    for indices in by_sentence.values():
        if len(indices) < 2:
            continue
        frame = next(
            (
                i
                for i in indices
                if reader.ci(_FRAME_BEFORE).search(
                    reader.ci_text[max(out[i].sentence[0], out[i].start - 30) : out[i].start]
                )
            ),
            None,
        )
        if frame is None:
            continue
        frame_kind = out[frame].head.kind
        for i in indices:
            if i != frame and out[i].head.kind is not frame_kind and not out[i].head.part:
                out[i] = out[i]._replace(framed_by=out[frame].start)
    return out


# ---------------------------------------------------------------------------------------
# Grouping mentions into events
# ---------------------------------------------------------------------------------------


def _cluster(mentions: list[_Mention], layout: _Layout) -> list[_Cluster]:
    clusters: list[_Cluster] = []
    by_start: dict[int, _Cluster] = {}
    parts: list[_Mention] = []
    for m in mentions:
        if m.head.part:
            parts.append(m)
            continue
        same = [c for c in clusters if c.kind is m.head.kind]
        if m.plural and not same and not m.counted and m.date is None:
            continue  # "tổ chức các hội nghị, hội thảo": no particular event
        target: _Cluster | None = None
        if m.date is not None and _named(m):
            target = next(
                (c for c in same if c.date is not None and c.date.date == m.date.date), None
            ) or next((c for c in reversed(same) if c.date is None), None)
        elif same:
            target = same[-1]
        if target is not None and m.edition and target.edition and m.edition != target.edition:
            target = None
        if target is None:
            target = _Cluster(kind=m.head.kind, mentions=[m])
            clusters.append(target)
        else:
            target.mentions.append(m)
        if target.date is None and m.date is not None:
            target.date = m.date
        target.edition = target.edition or m.edition
        target.same_day = target.same_day or m.same_day
        by_start[m.start] = target
    for cluster in clusters:
        framing = [m.framed_by for m in cluster.mentions if m.framed_by is not None]
        if framing and len(framing) == len(cluster.mentions) and framing[0] in by_start:
            parent = by_start[framing[0]]
            if parent is not cluster:
                cluster.parent = parent
    main = _choose_main(clusters, layout)
    for cluster in clusters:
        framed_by_main = all(m.framed_by == -1 for m in cluster.mentions)
        if framed_by_main and main is not None and cluster is not main:
            cluster.parent = main
    if main is not None and main.parent is not None:
        main = _choose_main(clusters, layout)
    for m in parts:
        adjacent = next(
            (c for c in clusters if any(0 <= m.start - x.name_end <= 3 for x in c.mentions)), None
        )
        target = adjacent or main
        if target is None:
            target = _Cluster(kind=m.head.kind, mentions=[m], date=m.date)
            clusters.append(target)
        else:
            target.mentions.append(m)
            if target.date is None and m.date is not None:
                target.date = m.date
    if main is None and clusters:
        main = _choose_main(clusters, layout)
    if main is not None:
        main.is_main = True
    for cluster in clusters:
        cluster.mentions.sort(key=lambda x: x.start)
    clusters.sort(key=lambda c: c.first)
    return clusters


def _named(m: _Mention) -> bool:
    """Whether a mention names its event (not a bare "hội nghị"): modifiers or a name follow."""
    return m.name_end > m.end or len(m.head.surface.split()) > len(m.head.kind.value.split())


def _choose_main(clusters: list[_Cluster], layout: _Layout) -> _Cluster | None:
    best: _Cluster | None = None
    best_score = float("-inf")
    for cluster in clusters:
        score = _main_score(cluster, layout)
        if score > best_score:
            best, best_score = cluster, score
    return best


def _main_score(cluster: _Cluster, layout: _Layout) -> float:
    if cluster.parent is not None:
        return -100.0 + cluster.first * -1e-9
    score = 0.0
    if any(m.start < layout.headline_end for m in cluster.mentions):
        score += 3
    if any(m.start < layout.lead_end and not m.plural for m in cluster.mentions):
        score += 2
    if cluster.date is not None:
        score += 2
        if cluster.date.start < layout.lead_end:
            score += 2
    if all(m.plural for m in cluster.mentions):
        score -= 5
    score += 0.5 * min(len(cluster.mentions), 6)
    return score - cluster.first * 1e-9


# ---------------------------------------------------------------------------------------
# Reading an event's details
# ---------------------------------------------------------------------------------------


def _sentences_of(cluster: _Cluster) -> list[tuple[int, int]]:
    return sorted({m.sentence for m in cluster.mentions})


def _name(reader: _Reader, cluster: _Cluster) -> str | None:
    """The event's name: from its first capitalised, singular mention with modifiers."""
    candidates = [m for m in cluster.mentions if m.name_end > m.end and not m.head.part]
    if not candidates:
        return None
    candidates.sort(key=lambda m: (m.plural, not reader.text[m.start].isupper(), m.start))
    m = candidates[0]
    name = " ".join(reader.text[m.start : m.name_end].split()).strip(" ,;:-")
    return name[:1].upper() + name[1:]


def _theme(reader: _Reader, cluster: _Cluster) -> str | None:
    for m in cluster.mentions:
        end = min(m.sentence[1], m.name_end + 200)
        if reader.text.find('"', m.end, end) < 0 or not (
            reader.may_hold("đề", m.end, end) or reader.may_hold("điệp", m.end, end)
        ):
            continue  # no quoted "chủ đề" or "thông điệp"
        hit = reader.ci(_THEME).search(reader.ci_text, m.end, end)
        if hit is not None:
            return " ".join(reader.text[hit.start("theme") : hit.end("theme")].split())
    return None


def _location(reader: _Reader, cluster: _Cluster, sentences: list[tuple[int, int]]) -> str | None:
    text = reader.text
    dated = cluster.date.start if cluster.date is not None else -1
    for sentence in sentences:
        is_date_sentence = sentence[0] <= dated < sentence[1]
        for hit in _location_hits(reader, sentence):
            lex = _lexicon()
            if lex.head_re_any_case.match(text, hit.start("loc")):
                continue  # "tại Kỳ họp thứ 7": an event, not a place
            if not is_date_sentence and not reader.ci(_HELD_BEFORE_LOCATION).search(
                reader.ci_text, max(sentence[0], hit.start() - 150), hit.start()
            ):
                continue
            end = hit.end("loc")
            if _VENUE_HEAD.match(hit["loc"]):
                more = _VENUE_LIST.match(text, end, reader.line_end(end))
                end = more.end() if more is not None else end
            return " ".join(text[hit.start("loc") : end].split())
    return None


def _location_hits(reader: _Reader, sentence: tuple[int, int]) -> Iterator[regex.Match[str]]:
    """The matches of ``_LOCATION`` in the sentence: as ``finditer``, tried only at "tại"."""
    reach = sentence[0]  # matches do not overlap
    for pos in reader.occurrences("tại", sentence[0], sentence[1]):
        if pos >= reach and (hit := _LOCATION.match(reader.text, pos, sentence[1])) is not None:
            reach = hit.end()
            yield hit


def _format(reader: _Reader, sentences: list[tuple[int, int]]) -> EventFormat | None:
    ci_text = reader.ci_text
    found: set[EventFormat] = set()
    for start, end in sentences:
        if reader.lower.find("trực", start, end) < 0:
            continue
        # the patterns need "trực tuyến" (online), "trực tiếp" (in person) or both (hybrid)
        online = reader.may_hold("tuyến", start, end)
        in_person = reader.may_hold("tiếp", start, end)
        if online and in_person and reader.ci(_HYBRID).search(ci_text, start, end):
            return EventFormat.HYBRID
        if online and reader.ci(_ONLINE).search(ci_text, start, end):
            found.add(EventFormat.ONLINE)
        elif in_person and reader.ci(_IN_PERSON).search(ci_text, start, end):
            found.add(EventFormat.IN_PERSON)
    if len(found) > 1:
        return EventFormat.HYBRID
    return next(iter(found), None)


def _connection_points(
    reader: _Reader, sentences: list[tuple[int, int]]
) -> tuple[ConnectionPoint, ...]:
    text, ci_text, lower = reader.text, reader.ci_text, reader.lower
    spans: list[tuple[int, int, int]] = []
    for start, end in sentences:
        lead = (
            reader.ci(_POINT_LEAD).search(ci_text, start, end)
            if any(reader.may_hold(word, start, end) for word in ("nối", "tuyến", "truyền"))
            else None
        )
        # Without "cầu" only a lead can give points, and a lead has the lead words.
        if lower.find("cầu", start, end) < 0 and (
            lead is None or not _POINT_LEAD_WORDS.search(lower, start, end)
        ):
            continue
        taken: set[int] = set()
        pos = lead.end() if lead else -1
        while lead is not None:
            point = reader.ci(_POINT).match(ci_text, pos, end)
            if point is None:
                break
            tail = _point_tail(text, point.end(), reader.line_end(point.end()))
            spans.append((_count(point["count"]), point.start(), tail))
            taken.add(point.start())
            sep = _POINT_SEPARATOR.match(text, tail, end)
            if sep is None:
                break
            pos = sep.end()
        if not reader.may_hold("cầu", start, end) or not (
            reader.may_hold("điểm", start, end) or reader.may_hold("đầu", start, end)
        ):
            continue  # no "điểm cầu", no "đầu cầu"
        for point in reader.ci(_POINT_ANYWHERE).finditer(ci_text, start, end):
            if point.start() in taken:
                continue
            tail = _point_tail(text, point.end(), reader.line_end(point.end()))
            spans.append((_count(point["count"]), point.start(), tail))
    out: list[ConnectionPoint] = []
    seen: set[str] = set()
    for count, start, end in spans:
        description = text[start:end].strip()
        if description in seen:
            continue
        seen.add(description)
        out.append(
            ConnectionPoint(
                count=count, description=description, evidence=reader.doc.span(start, end)
            )
        )
    return tuple(out)


def _count(digits: str) -> int:
    return int(digits.replace(".", ""))


def _point_tail(text: str, pos: int, limit: int) -> int:
    """End of a connection point's description: its qualifiers and places.

    "32 điểm cầu quốc tế", "63 tỉnh, thành phố trong cả nước", "3 điểm cầu tại Hà Nội và
    TP. Hồ Chí Minh"; the description stops before the next count ("và 32 ...").
    """
    end = pos
    toks = _Tokens(text, pos, min(limit, pos + 160))
    i = 0
    while i < 14 and (token := toks.get(i)) is not None:
        t_start, t_end, tok, is_word = token
        nxt_token = toks.get(i + 1)
        i += 1
        if not is_word:
            if tok == "." and text[t_start - 2 : t_start] == "TP":
                end = t_end
                continue
            if tok == "-":
                continue
            break
        low = tok.lower()
        nxt = nxt_token[2] if nxt_token is not None else ""
        if tok[:1].isdigit() or low in _POINT_STOP:
            break
        if low == "và" and not nxt[:1].isupper():
            break
        end = t_end
    return end


def _organisers(reader: _Reader, cluster: _Cluster) -> tuple[str, ...]:
    """Bodies that organise the event: "X (phối hợp với Y) tổ chức <event>", "do X tổ chức"."""
    found: list[str] = []
    organise_verb = reader.ci(_ORGANISE_VERB)
    for m in cluster.mentions:
        start, end = m.sentence
        lo = max(start, m.start - 60)
        verb = None
        if reader.may_hold("chức", lo, m.start):  # "tổ chức"
            before = reader.ci_text[lo : m.start]
            verb = organise_verb.search(before)
        if verb is not None:
            verb_start = lo + verb.start()
            found += _subject_bodies(reader, start, verb_start)
        do = _organised_by(reader, m.name_end, min(end, m.name_end + 600))
        if do is not None and do.start() - m.name_end <= 400:
            found += _organiser_names(reader, do.start("orgs"), do.end("orgs"))
    return tuple(dict.fromkeys(found))


def _organised_by(reader: _Reader, start: int, end: int) -> regex.Match[str] | None:
    """The first match of ``_DO_ORGANISED`` in ``[start, end)``."""
    if not (reader.may_hold("chức", start, end) or reader.may_hold("cai", start, end)):
        return None  # no "tổ chức", no "đăng cai"
    return reader.ci(_DO_ORGANISED).search(reader.ci_text, start, end)


def _subject_bodies(reader: _Reader, sentence_start: int, verb_start: int) -> list[str]:
    """The bodies that are the subject of "tổ chức": the earliest clause that opens with one."""
    text = reader.text
    candidates = [sentence_start] + [
        brk.end() for brk in _CLAUSE_BREAK.finditer(text, sentence_start, verb_start)
    ]
    for clause_start in candidates:
        names = _organiser_names(reader, clause_start, verb_start)
        if names:
            return names
    return []


def _organiser_names(reader: _Reader, start: int, end: int) -> list[str]:
    """Split "X phối hợp với Y" / "X và Y" into bodies; every part must open with a body."""
    text = reader.text
    while start < end and text[start].isspace():
        start += 1
    if start >= end or reader.people_in(start, end) or _body_span(reader, start, end) is None:
        return []
    cuts = [start]
    for sep in reader.ci(_ORG_SPLIT).finditer(reader.ci_text, start, end):
        if _body_span(reader, sep.end(), end) is not None:
            cuts.append(sep.start())
            cuts.append(sep.end())
    cuts.append(end)
    out: list[str] = []
    for part_start, part_end in zip(cuts[::2], cuts[1::2], strict=True):
        part = " ".join(text[part_start:part_end].split()).strip(" ,;")
        if part:
            out.append(part)
    return out


def _body_span(reader: _Reader, start: int, end: int) -> tuple[int, int] | None:
    found = issuing_body_at(reader.text, start)
    return found if found is not None and found[1] <= end else None


def _chairs(reader: _Reader, cluster: _Cluster) -> tuple[str, ...]:
    text, ci_text = reader.text, reader.ci_text
    chairs: list[str] = []
    for m in cluster.mentions:
        start, end = m.sentence
        lo, hi = max(start, m.start - 60), min(end, m.name_end + 170)
        if not reader.may_hold("trì", lo, hi):
            continue  # no "chủ trì"
        for verb in reader.ci(_CHAIR).finditer(ci_text, lo, hi):
            if verb.end() <= m.start:
                # "<persons> (dự và) chủ trì <event>"; "Cùng dự và chủ trì <event> có A, B; C"
                if m.start - verb.end() > 30:
                    continue
                clause_start = max(start, verb.start() - 300)
                clause_start = max(text.rfind(";", clause_start, verb.start()) + 1, clause_start)
                people = reader.people_in(clause_start, verb.start())
                if people:
                    chairs += [p.name for p in people]
                    continue
                has = reader.ci(_HAS).search(ci_text, m.name_end, min(end, m.name_end + 200))
                if has is not None:
                    end = min(end, has.end() + 400)
                    stop = text.find(";", has.end(), end)
                    chairs += [
                        p.name for p in reader.people_in(has.end(), stop if stop > 0 else end)
                    ]
            elif verb.start() >= m.name_end and verb.start() - m.name_end <= 150:
                # "<event> do <persons> chủ trì", "<event> được chủ trì bởi <persons>"
                by = reader.ci(_CHAIR_BY).match(ci_text, verb.end(), end)
                if by is not None:
                    end = min(end, by.end() + 400)
                    stop = text.find(";", by.end(), end)
                    chairs += [
                        p.name for p in reader.people_in(by.end(), stop if stop > 0 else end)
                    ]
                    continue
                do = text.rfind(" do ", m.name_end, verb.start())
                if do >= 0:
                    chairs += [p.name for p in reader.people_in(do, verb.start())]
    return tuple(dict.fromkeys(chairs))


def _participants(
    reader: _Reader,
    cluster: _Cluster,
    sentences: list[tuple[int, int]],
    chairs: tuple[str, ...],
) -> tuple[str, ...]:
    out: list[str] = []
    for start, end in sorted({*sentences, *cluster.extra_sentences}):
        people = reader.people_in(start, end)
        if not people or not reader.ci(_ATTEND).search(reader.ci_text, start, end):
            continue
        out += [p.name for p in people if p.name not in chairs]
    return tuple(dict.fromkeys(out))


# ---------------------------------------------------------------------------------------
# Public function
# ---------------------------------------------------------------------------------------


def extract_events(doc: Document, officials: Sequence[Official]) -> list[Event]:
    """Every meeting-like event the article reports or announces, one record per event.

    Mentions of one event are grouped (the same head noun, unless a different date or
    edition says otherwise); events held "trong khuôn khổ" another take its date and
    place when they state none; exactly one event is ``is_main``. Chairs and
    participants are names from ``officials`` (full names, and titles that only one
    of them holds: "Thủ tướng chủ trì").

    Args:
        doc: the article, read once by :meth:`Document.read`.
        officials: the officials extracted from the same document.

    Returns:
        The events in order of first mention.

    >>> import datetime as dt
    >>> doc = Document.read(
    ...     "Sáng 20/12 tại Hà Nội, Thủ tướng chủ trì Diễn đàn quốc gia phát triển kinh "
    ...     "tế số lần thứ ba. Trong khuôn khổ diễn đàn cũng diễn ra lễ phát động "
    ...     "Chương trình “Học từ làm việc thực tế”.",
    ...     published=dt.date(2025, 12, 20),
    ... )
    >>> [
    ...     (e.kind.value, e.date.isoformat(), e.location, e.edition, e.is_main)
    ...     for e in extract_events(doc, [])
    ... ]  # doctest: +NORMALIZE_WHITESPACE
    [('diễn đàn', '2025-12-20', 'Hà Nội', 3, True),
     ('lễ', '2025-12-20', 'Hà Nội', None, False)]
    """
    reader = _Reader(doc, officials)
    mentions = _mentions(reader)
    if not mentions:
        return []
    lead_end = _lead_end(doc, reader.body_start)
    clusters = _cluster(mentions, _Layout(reader.headline_end, lead_end))
    main = next((c for c in clusters if c.is_main), None)
    if main is not None and main.date is None:
        main.date = _dateline(reader, lead_end)
    _attach_attendance(reader, clusters)
    details: dict[int, tuple[str | None, dt.date | None, PartOfDay | None]] = {}
    built: dict[int, Event] = {}
    # Events held within another take its date and place: build the enclosing ones first.
    for cluster in sorted(clusters, key=lambda c: c.parent is not None):
        if cluster.same_day and cluster.date is None and main is not None and cluster is not main:
            cluster.parent = cluster.parent or main
        built[id(cluster)] = _build(reader, cluster, details)
    return [built[id(cluster)] for cluster in clusters]


def _attach_attendance(reader: _Reader, clusters: list[_Cluster]) -> None:
    """Give "Cùng dự có đồng chí A, ..." sentences to the event mentioned just before them."""
    if not reader.people:
        return
    mentioned = {m.sentence for c in clusters for m in c.mentions}
    starts = sorted((m.start, i) for i, c in enumerate(clusters) for m in c.mentions)
    positions = [p for p, _ in starts]
    # Only a sentence that names an official can take part: look at those (in text order).
    for sentence in dict.fromkeys(reader.sentence(p.start) for p in reader.people):
        if sentence in mentioned:
            continue
        i = bisect.bisect_left(positions, sentence[0]) - 1
        if i < 0 or sentence[0] - positions[i] > _ATTENDANCE_REACH:
            continue
        if reader.people_in(sentence[0], sentence[1]) and _has_cue(reader, sentence):
            clusters[starts[i][1]].extra_sentences.append(sentence)


def _has_cue(reader: _Reader, sentence: tuple[int, int]) -> bool:
    """Whether an attendance cue ("dự", "tham dự", ...) starts in ``sentence``.

    The cue is the one a scan of the whole text finds: a cue that runs over a line break
    ("tham" ending a line, "dự" opening the next) belongs to the sentence it starts in,
    and hides the "dự" of the next one. A cue is made of letters and spaces, so it never
    runs over the end of a sentence that ends in another character ("." or ":"): the
    scan starts after such an end and goes on up to one, mostly just this sentence.
    """
    text, starts, ends = reader.text, reader.sentence_starts, reader.sentence_ends
    first = last = bisect.bisect_right(starts, sentence[0]) - 1
    while first > 0 and text[ends[first - 1] - 1].isalpha():
        first -= 1
    while last < len(ends) - 1 and text[ends[last] - 1].isalpha():
        last += 1
    for cue in reader.ci(_ATTEND).finditer(reader.ci_text, starts[first], ends[last]):
        if cue.start() >= sentence[0]:
            return cue.start() < sentence[1]
    return False


def _lead_end(doc: Document, body_start: int) -> int:
    """End of the first body paragraph (the lead, where the dateline stands)."""
    for line in doc.lines:
        if line.start >= body_start:
            return line.end
    return body_start


def _dateline(reader: _Reader, lead_end: int) -> DateMatch | None:
    """The date that opens the first body paragraph ("Sáng 5/3, ..."), if any."""
    for d in reader.dates_in(reader.body_start, lead_end):
        line_start = reader.text.rfind("\n", 0, d.start) + 1
        if d.start - line_start <= 3:
            return d
    return None


def _build(
    reader: _Reader,
    cluster: _Cluster,
    details: dict[int, tuple[str | None, dt.date | None, PartOfDay | None]],
) -> Event:
    doc = reader.doc
    sentences = _sentences_of(cluster)
    location = _location(reader, cluster, sentences)
    date = cluster.date.date if cluster.date is not None else None
    part_of_day = cluster.date.part_of_day if cluster.date is not None else None
    parent = cluster.parent
    if parent is not None and id(parent) in details:
        p_location, p_date, p_part = details[id(parent)]
        if date is None:
            date, part_of_day = p_date, p_part
            if isinstance(cluster.same_day, PartOfDay):
                part_of_day = cluster.same_day
        location = location or p_location
    details[id(cluster)] = (location, date, part_of_day)
    chairs = _chairs(reader, cluster)
    name = _name(reader, cluster)
    return Event(
        id=entity_id(
            "event",
            doc.article_id or "",
            cluster.kind.value,
            date.isoformat() if date else "",
            name or "",
            str(cluster.first),
        ),
        kind=cluster.kind,
        name=name,
        edition=cluster.edition,
        theme=_theme(reader, cluster),
        date=date,
        part_of_day=part_of_day,
        location=location,
        format=_format(reader, sentences),
        connection_points=_connection_points(reader, sentences),
        organisers=_organisers(reader, cluster),
        chairs=chairs,
        participants=_participants(reader, cluster, sentences, chairs),
        is_main=cluster.is_main,
        mentions=tuple(doc.span(m.start, max(m.end, m.name_end)) for m in cluster.mentions),
    )
