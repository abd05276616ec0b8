"""Chỉ đạo (directives): the instructions leaders and bodies give, and their labelled sets.

Vietnamese government and Party news reports instructions in one shape: a subject (a
leader's title and name, or a body), an instruction verb, the addressees, and what is
asked — "Thủ tướng Phạm Minh Chính yêu cầu các bộ, ban, ngành, các địa phương tiếp tục
tập trung ...". Leaders also give *labelled sets* of instructions, a count and a head
word in quotation marks followed by the enumeration: "thực hiện chuyển đổi số với “5
trọng tâm”: A; B; C; D; E", "5 “đẩy mạnh”, 5 “bảo đảm” gắn với 5 “không”", "3 đột phá
chiến lược". :func:`extract_directives` returns both.

What counts as a labelled set (the annotation guide: "only enumerated, labelled sets of
instructions attributed to a person or body"):

* a count (digits or words: "5", "năm") and a head that is quoted, fully (“5 trọng
  tâm”) or alone (5 “đẩy mạnh”); a quoted head outside the lexicon
  (``data/directive_labels.txt``) counts only when an instruction verb governs it or an
  enumeration follows it;
* or a count and a lexicon head without quotes ("3 đột phá chiến lược", "năm nhiệm vụ
  trọng tâm") governed by an instruction verb (``data/directive_verbs.tsv``) earlier in the
  same sentence; very common words ("không", "có", "nhất", "rõ") count only quoted;
* not: counted things that are not instructions ("3 nhóm vấn đề trọng tâm" discussed by
  delegates, "3 nội lực", "3 điểm cầu", "10 phiên hội thảo") and numbered points with no
  label.

The label is the count in digits and the head as written, without quotes ("5 đẩy
mạnh"; "năm nhiệm vụ trọng tâm" gives "5 nhiệm vụ trọng tâm"), so a set written both
ways is one label; ``count`` is the number the label declares. The same label mentioned
several times is one directive with every mention as evidence.

How items are delimited: the enumeration follows a mention after ":", "gồm:", "là:",
"bao gồm", "đó là", "sau:", a few words and ":" ("“3 giảm” trong phục vụ người dân: ..."),
or starts with the next sentence when that opens with "Thứ nhất"/"Một là"/"(1)".
Numbered items ("(1) ... (2) ...", "1) ...", "a) ...", "Thứ nhất, ... Thứ hai, ...", "Một
là, ... Hai là, ...") split at their markers, over the following lines while they go on
numbering; bulleted lines after a colon that ends its line ("- ...", "+ ...") give one item
a line; otherwise the enumeration runs to the end of its sentence and splits at every
";" outside brackets ("Không nói không, không nói khó, không nói có mà không làm; không
bàn lùi, chỉ bàn làm" is two items), or, with no ";", at every "," (and at a final "và"
when that brings the items up to the declared count). Items are never merged or dropped
to match the declared count: :attr:`~vn_digital_policy.models.Directive.count_mismatch`
flags the difference.

The issuer is the subject of the instruction verb, resolved to a named official of the
article where possible: by name ("Thủ tướng Phạm Minh Chính yêu cầu"), by title ("Thủ
tướng yêu cầu" -> the article's Thủ tướng; among several holders, the one mentioned last
before), by given name ("ông Hoan") or, for a bare "Đồng chí"/"Ông", the official mentioned
last; otherwise the body or title as written ("Bộ Chính trị", "Ban Thường vụ Tỉnh ủy").
A labelled mention with no verb in its sentence ("Trong đó, “5 đẩy mạnh” gồm: ...") takes
the issuer of the nearest instruction before it.

Unlabelled directives: every instruction verb whose subject is a leader, a body or a
named official gives a directive with its verb, addressees and content; "nhấn mạnh",
"chỉ rõ", "nêu rõ" and "kết luận" report statements as often as instructions, so they give
an unlabelled directive only when what follows contains "cần"/"phải"/"yêu cầu". Requests
of delegates ("các đại biểu đề nghị Chính phủ ...") are kept with the issuer as written:
they are instruction-like requests to a named addressee. Delegates never govern a
labelled set, though: they propose, they do not instruct.

>>> import datetime as dt
>>> text = (
...     "Thủ tướng yêu cầu thực hiện chuyển đổi số với “3 trọng tâm”: "
...     "phát triển hạ tầng số; phát triển nhân lực số; hoàn thiện thể chế."
... )
>>> doc = Document.read(text, published=dt.date(2024, 7, 19))
>>> [d] = [d for d in extract_directives(doc, ()) if d.label]
>>> d.label, d.count, d.issuer, d.verb.value
('3 trọng tâm', 3, 'Thủ tướng', 'yêu cầu')
>>> [item.text for item in d.items]
['phát triển hạ tầng số', 'phát triển nhân lực số', 'hoàn thiện thể chế']
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from vn_digital_policy._data import read_table
from vn_digital_policy._patterns import find_all, trie
from vn_digital_policy.enums import DirectiveVerb
from vn_digital_policy.errors import ParseError
from vn_digital_policy.extract.document import Document
from vn_digital_policy.extract.resolutions import sentence_bounds
from vn_digital_policy.ids import entity_id
from vn_digital_policy.models import Directive, DirectiveItem, Official
from vn_digital_policy.numbers import number_to_words, parse_number
from vn_digital_policy.text import fold, normalize

__all__ = ["InstructionClause", "extract_directives", "find_instruction_clauses", "sentence_bounds"]

_VERBS_FILE = "directive_verbs.tsv"
_LABELS_FILE = "directive_labels.txt"

#: Labelled sets declare between two and this many instructions.
_MIN_COUNT, _MAX_COUNT = 2, 20
#: A subject longer than this many words is a clause, not a subject.
_MAX_SUBJECT_WORDS = 16
#: How far back (characters) a labelled mention without a verb looks for its issuer.
_ISSUER_LOOKBACK = 2000
#: Longest stretch (characters) read as addressees after the verb.
_MAX_ADDRESSEE_CHARS = 160
#: Most lines a multi-line enumeration spans.
_MAX_LIST_LINES = 30
#: Longest stretch (characters) read as one enumeration, or as a subject's sentence on
#: either side of the verb: bounds the work per match on adversarial text.
_WINDOW = 3000
#: Characters before a verb searched for its subject.
_SUBJECT_WINDOW = 400
#: Characters stripped from the edges of an item.
_ITEM_EDGES = " \t\n;,.:…"

# Quotation marks as the normaliser leaves them, and as callers may still write them.
_Q = '"“”„‟«»'

#: Verbs that report statements as often as instructions.
_STATEMENT_VERBS = frozenset(
    {DirectiveVerb.EMPHASISE, DirectiveVerb.INSTRUCT, DirectiveVerb.CONCLUDE}
)

_MODAL = regex.compile(r"(?<!\w)(?:cần|phải|yêu\s+cầu|đề\s+nghị)(?!\w)", regex.IGNORECASE)

# "giao" is an instruction ("giao Bộ Công an chủ trì", "giao cho các sở") only before an
# addressee; "giao dịch", "giao thông", "giao lưu" are other words.
_ASSIGN_NEXT = regex.compile(r"\s*+(?:cho\b|nhiệm\s+vụ\b|các\b|những\b|\p{Lu})")

# Where a subject starts: after a clause separator inside the sentence, a punctuation mark
# or a dash between spaces (" - "). The space before a dash is a lookbehind: a pattern
# that starts with one character class is three times faster to scan for, but it can see
# a space that the last separator ended with, or one before the scan: see _pieces.
_DASHES = "-–—"
_PIECE_SEPARATOR = regex.compile(r"[,;:()\[\]" + _Q + r"]|(?<=\s)[" + _DASHES + r"]\s")

# Marks that open a numbered item: "(1)", "1)", "1.", "a)", "Thứ nhất,", "Một là,".
_ORDINAL_WORDS = ("nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười")
_CARDINAL_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
_MARKER = regex.compile(
    r"""
    (?<![\w/.,-])                                   # not inside a word, code or number
    (?:
        \( (?P<paren>\d{1,2}+) \)                   # (1)
      | (?P<close>\d{1,2}+) \) (?=\s)               # 1)
      | (?P<letter>[a-zđ]) \) (?=\s)                # a)
      | [Tt]hứ \s (?P<ordinal>"""
    + "|".join(_ORDINAL_WORDS)
    + r""") \s*+ [,:]                               # Thứ nhất,
      | (?P<cardinal>"""
    + "|".join(w.capitalize() + "|" + w for w in _CARDINAL_WORDS)
    + r""") \s là \s*+ [,:]                          # Một là,
    )
    """,
    regex.VERBOSE,
)
# A line that starts a list item: a bullet or a numbered mark.
_BULLET_LINE = regex.compile(r"[-+•*–—]\s++|\d{1,2}+[.)]\s++|[a-zđ]\)\s++")

# The end of an inline enumeration: a sentence end followed by a new sentence.
_SENTENCE_END = regex.compile(
    r"(?<!\b(?:TP|TS|ThS|GS|PGS|Tp|tp))[.!?…]++(?=\s++[\p{Lu}\d" + _Q + r"(]|\s*+$)"
)

# What may stand between a label and its enumeration.
_INTRO = regex.compile(
    r"""
    [ \t]*+ (?:,[ \t]*+)?
    (?:(?:sau\s+đây|như\s+sau|sau|cụ\s+thể|chủ\s+yếu|chính|lớn)[ \t]*+)?
    (?:,[ \t]*+)?
    (?P<word>bao\s+gồm|gồm\s+có|gồm|đó\s+là|cụ\s+thể\s+là|là|trong\s+đó\s+có)?
    [ \t]*+
    (?:
        (?P<colon>:)
      | (?<!\w)(?:[^\W\d_]++[ \t,]*+){1,8}+(?P<late_colon>:)   # “3 giảm” trong phục vụ người dân:
    )?
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# A copula or "has" between the verb and a bare label: the label describes, not instructs.
_DESCRIPTION = regex.compile(r"(?<!\w)(?:có|là|gồm|bao\s+gồm)(?!\w)", regex.IGNORECASE)
# The rest of a label's sentence before a list that starts with the next sentence.
_LABEL_TAIL = regex.compile(r"[^.:;!?\n]{0,80}+[.:]\s++")
# Abbreviations whose period does not end a sentence ("TP. Hồ Chí Minh", "TS. Nguyễn").
_LAST_AND = regex.compile(r"\s(?:và|hoặc)\s")
_LEADING_AND = regex.compile(r"^(?:và|hoặc)\s++", regex.IGNORECASE)
_COUNT_WORD_BEFORE = regex.compile(
    r"(?<!\w)(?:trong|vào|cuối|đầu|mỗi|hằng|hàng|cả|các|những|nhiều|từng|qua|sau|trước)\s$",
    regex.IGNORECASE,
)


# ---------------------------------------------------------------------------------------
# Lexicon
# ---------------------------------------------------------------------------------------


def _cased(words: Iterable[str]) -> list[str]:
    """Each word as written and with a capital first letter."""
    out: list[str] = []
    for word in words:
        out.extend((word, word[:1].upper() + word[1:]))
    return out


def _key(text: str) -> str:
    """Lexicon key: normalised, lower case, single spaces."""
    return " ".join(normalize(text).lower().split())


@attrs.frozen(slots=True)
class _Lexicon:
    verbs: dict[str, DirectiveVerb | None]
    issuer_head_re: regex.Pattern[str]
    delegate_re: regex.Pattern[str]
    honorific_re: regex.Pattern[str]
    adverb_tail_re: regex.Pattern[str]
    adverb_last_re: regex.Pattern[str]  # a letter that can end an adverb (see _search_before)
    action_re: regex.Pattern[str]
    heads: dict[str, str]
    quoted_re: regex.Pattern[str]
    head_quoted_re: regex.Pattern[str]
    count_before_re: regex.Pattern[str]
    count_last_re: regex.Pattern[str]  # a character that can end a count (see _search_before)
    bare_res: tuple[regex.Pattern[str], ...]
    count_firsts: tuple[str, ...]  # first words of the counts in words, as bare_res reads them
    verb_groups: tuple[tuple[str, tuple[str, ...]], ...]  # (common prefix, verbs), see _verbs
    quoted_list_re: regex.Pattern[str]
    count_openers: frozenset[str]
    pair_re: regex.Pattern[str]
    count_words: dict[int, tuple[str, ...]]
    count_values: dict[str, int]  # "5", "năm", "Năm" -> 5: the counts as the patterns read them


def _count_words() -> dict[int, tuple[str, ...]]:
    """The number words a label count may be written in, by value ("năm" -> 5)."""
    out = {}
    for number in range(_MIN_COUNT, _MAX_COUNT + 1):
        word = number_to_words(number)
        out[number] = tuple(sorted({_key(word), _key(word.replace("bảy", "bẩy"))}))
    return out


def _verb_groups(verbs: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The verbs by first word, each group with the prefix its verbs share ("chỉ ")."""
    by_first: dict[str, list[str]] = {}
    for verb in verbs:
        by_first.setdefault(verb.split()[0], []).append(verb)
    out = []
    for _first, group in sorted(by_first.items()):
        shortest, longest = min(group), max(group)  # their shared prefix is everyone's
        size = next(
            (i for i, (a, b) in enumerate(zip(shortest, longest, strict=False)) if a != b),
            len(shortest),
        )
        out.append((shortest[:size], tuple(group)))
    return tuple(out)


def _last_letters(words: Iterable[str], *, digits: bool = False) -> regex.Pattern[str]:
    """One character that can end one of ``words`` (or a digit), in any case."""
    letters = regex.escape("".join(sorted({word[-1] for word in words})))
    return regex.compile("[" + letters + (r"\d" if digits else "") + "]", regex.IGNORECASE)


@functools.cache
def _lexicon() -> _Lexicon:
    rows = read_table(_VERBS_FILE, columns=3)
    by_category: dict[str, list[str]] = {}
    verbs: dict[str, DirectiveVerb | None] = {}
    for category, surface, value in rows:
        key = _key(surface)
        by_category.setdefault(category, []).append(key)
        if category == "issuer_head" and value == "delegate":
            by_category.setdefault("delegate", []).append(key)
        if category == "verb":
            verbs[key] = DirectiveVerb(value)
        elif category == "label_verb":
            verbs[key] = None
    heads: dict[str, str] = {}
    for head, option in read_table(_LABELS_FILE, columns=2):
        heads[_key(head)] = option
    flags = regex.IGNORECASE | regex.VERBOSE
    words = _count_words()
    all_words = [w for spellings in words.values() for w in spellings]
    count = r"(?:\d{1,2}+(?![.,]?\d)|" + trie(all_words) + r"(?!\w))"
    head_tree = trie(_cased(heads))
    quoted_head = r"[^\W\d_][^\n" + _Q + r"\d]{0,40}?"
    edge = r"(?<![\w.,/-])"
    return _Lexicon(
        verbs=verbs,
        issuer_head_re=regex.compile(rf"{trie(by_category['issuer_head'])}(?!\w)", flags),
        delegate_re=regex.compile(rf"{trie(by_category['delegate'])}(?!\w)", flags),
        honorific_re=regex.compile(rf"(?:{trie(by_category['honorific'])}(?!\w)\s*+)++", flags),
        adverb_tail_re=regex.compile(rf"(?:\s++{trie(by_category['adverb'])})++\s*+$", flags),
        adverb_last_re=_last_letters(by_category["adverb"]),
        action_re=regex.compile(rf"(?<!\w){trie(by_category['action'])}(?!\w)", flags),
        heads=heads,
        # “5 trọng tâm”: matched at a quotation mark.
        quoted_re=regex.compile(
            rf"""{edge} [{_Q}] [ \t]*+ (?P<count>{count}) [ \t]++
                 (?P<head>{quoted_head}) [ \t]*+ [{_Q}]""",
            flags,
        ),
        # 5 “đẩy mạnh”: matched at the count found just before a quotation mark.
        head_quoted_re=regex.compile(
            rf"""{edge} (?P<count>{count}) [ \t]++ [{_Q}] [ \t]*+
                 (?P<head>{quoted_head}) [ \t]*+ [{_Q}]""",
            flags,
        ),
        count_before_re=regex.compile(rf"{edge} {count} [ \t]++ $", flags),
        count_last_re=_last_letters(all_words, digits=True),
        # 3 đột phá chiến lược, năm nhiệm vụ: searched after instruction verbs only, as two
        # case-sensitive prefix trees (lower case and capitalised), digits first: an
        # alternation of number words tried at every position is ten times slower.
        bare_res=(
            regex.compile(
                rf"{edge}(?P<count>\d{{1,2}}+)(?![.,]?\d)[ \t]++(?P<head>{head_tree})(?!\w)"
            ),
            regex.compile(
                rf"{edge}(?P<count>{trie(_cased(all_words))})[ \t]++(?P<head>{head_tree})(?!\w)"
            ),
        ),
        count_words=words,
        count_values={
            spelling: number
            for number, spellings in words.items()
            for spelling in (str(number), *_cased(spellings))
        },
        count_firsts=tuple(sorted({w.split()[0] for w in _cased(all_words)})),
        verb_groups=_verb_groups(verbs),
        count_openers=frozenset("0123456789" + "".join(w[0] + w[0].upper() for w in all_words)),
        quoted_list_re=regex.compile(
            rf"[{_Q}] [ \t]*+ (?P<body>[^\n{_Q}]{{3,120}}+) [{_Q}]", flags
        ),
        pair_re=regex.compile(
            rf"""(?P<count>{count}) [ \t]++
                 (?P<head>[^\W\d_]++(?:[ \t]++(?!và\b)[^\W\d_]++){{0,3}}+)
                 (?=[ \t]*+(?:[,;]|và\b|$))""",
            flags,
        ),
    )


# ---------------------------------------------------------------------------------------
# Officials
# ---------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Person:
    official: Official
    name_key: str
    title_keys: tuple[str, ...]
    mention_starts: tuple[int, ...]


def _people(officials: Sequence[Official]) -> list[_Person]:
    out = []
    keys: dict[str, str] = {}  # titles and roles repeat across officials: fold each once
    for official in officials:
        titles = {p.title for p in official.positions}
        titles |= {p.role for p in official.positions if p.role}
        for title in titles - keys.keys():
            keys[title] = fold(title)
        title_keys = tuple(sorted({keys[title] for title in titles}))
        starts = sorted(s.start for s in official.mentions)
        out.append(_Person(official, fold(official.name), title_keys, tuple(starts)))
    return out


def _title_matches(subject: str, title: str) -> bool:
    """Whether a subject written as a title ("Thủ tướng") denotes a holder of ``title``."""
    return bool(title) and (
        subject == title or title.startswith(subject + " ") or subject.startswith(title + " ")
    )


def _nearest(doc: Document, position: int, people: Sequence[_Person]) -> _Person | None:
    """Of ``people``, the one mentioned last before ``position`` (else the first)."""
    if len(people) <= 1:
        return people[0] if people else None
    origin = doc.span(position, position).start
    before = []
    for index, person in enumerate(people):
        at = bisect.bisect_left(person.mention_starts, origin)
        if at > 0:
            before.append((person.mention_starts[at - 1], -index))
    if not before:
        return people[0]
    return people[-max(before)[1]]


def _resolve(
    doc: Document, subject: str, position: int, people: Sequence[_Person]
) -> tuple[str, str | None]:
    """The issuer's name and official id, or the subject as written and None.

    By full name; else, after courtesy words, by a title the official holds ("Thủ tướng"
    -> the article's Thủ tướng), by a given name ("ông Hoan"), or, for a bare "Đồng chí"/
    "Ông"/"Bà", the official mentioned last before.
    """
    folded = fold(subject)
    named = [p for p in people if p.name_key and p.name_key in folded]
    if named:
        best = max(named, key=lambda p: len(p.name_key))
        return best.official.name, best.official.id
    courtesy = _lexicon().honorific_re.match(subject)
    bare = subject[courtesy.end() :] if courtesy else subject
    key = fold(bare) if courtesy else folded
    found: _Person | None = None
    if not key and courtesy:
        found = _nearest(doc, position, people)
    else:
        holders = [p for p in people if any(_title_matches(key, t) for t in p.title_keys)]
        if not holders and courtesy and bare[:1].isupper() and len(key.split()) <= 2:
            holders = [p for p in people if p.name_key.endswith(" " + key)]
        found = _nearest(doc, position, holders)
    if found is None:
        return subject, None
    return found.official.name, found.official.id


# ---------------------------------------------------------------------------------------
# Instruction clauses
# ---------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class InstructionClause:
    """An instruction verb with its subject, read in a :class:`Document`'s normalised text.

    Offsets index ``doc.text``. ``verb`` is None for a verb that only sets out a labelled
    set ("Nghị quyết xác định 3 đột phá chiến lược"). ``subject`` is the subject as
    written (normalised text);
    ``addressees`` the addressee stretch right after the verb, if any; ``content_start``
    where the instruction content begins; ``sentence_end`` where the sentence ends;
    ``by_delegates`` tells a delegates' request ("các đại biểu đề nghị") from a leader's
    or body's instruction.
    """

    subject_start: int
    verb_start: int
    verb_end: int
    verb: DirectiveVerb | None
    subject: str
    addressee_start: int
    addressee_end: int
    content_start: int
    sentence_end: int
    by_delegates: bool = False


def _sentence(starts: list[int], ends: list[int], position: int, length: int) -> tuple[int, int]:
    """The sentence around ``position``, clipped to :data:`_WINDOW` on either side."""
    index = bisect.bisect_right(starts, position) - 1
    if index < 0 or not starts:
        start, end = 0, length
    else:
        start, end = starts[index], max(ends[index], position)
    return max(start, position - _WINDOW), min(end, position + _WINDOW)


def _pieces(text: str, start: int, end: int) -> list[int]:
    """``start`` and the ends of the clause separators in ``text[start:end]``, in order."""
    cuts = [start]
    for separator in _PIECE_SEPARATOR.finditer(text, start, end):
        if separator.group()[0] in _DASHES and separator.start() - 1 < cuts[-1]:
            continue  # the space before the dash is not in the stretch, or ended a separator
        cuts.append(separator.end())
    return cuts


def _search_before(
    pattern: regex.Pattern[str], last: regex.Pattern[str], text: str, start: int, end: int
) -> regex.Match[str] | None:
    """``pattern.search(text, start, end)`` for a pattern whose last word ends the stretch.

    Such a pattern (a word, then spaces, then ``$``) is tried at every position of the
    stretch; it is not searched when the last character before the trailing spaces
    cannot end the word (``last``: one character, matched with the pattern's case rules).
    """
    before = end
    while before > start and text[before - 1].isspace():
        before -= 1
    if before == start or last.match(text, before - 1) is None:
        return None
    return pattern.search(text, start, end)


def _subject(text: str, sentence_start: int, verb_start: int) -> tuple[int, str] | None:
    """The subject before a verb: the last clause piece, or an apposition before a comma.

    "Thời gian tới, Thủ tướng Chính phủ yêu cầu" gives "Thủ tướng Chính phủ"; "Đồng chí
    A, Ủy viên Bộ Chính trị, Bí thư Thành ủy, nhấn mạnh" gives the whole apposition.
    """
    lexicon = _lexicon()
    sentence_start = max(sentence_start, verb_start - _SUBJECT_WINDOW)
    prefix_end = verb_start
    tail = _search_before(
        lexicon.adverb_tail_re,
        lexicon.adverb_last_re,
        text,
        max(sentence_start, verb_start - 40),
        verb_start,
    )
    if tail:
        prefix_end = tail.start()
    cuts = _pieces(text, sentence_start, prefix_end)
    cut = cuts[-1]
    if not text[cut:prefix_end].strip() and len(cuts) > 1:
        # The verb follows a comma: the subject is the apposition before it, a run of
        # pieces that each start with a capital letter.
        index = len(cuts) - 2
        first = index
        while index >= 0 and index >= len(cuts) - 7:
            piece = text[cuts[index] : cuts[index + 1]].strip()
            if not piece[:1].isupper():
                break
            first = index
            index -= 1
        head = text[cuts[first] : cuts[first + 1]].strip()
        if first == len(cuts) - 2 and not head[:1].isupper():
            return None
        cut = cuts[first]
        prefix_end = cuts[-1] - 1
    while cut < prefix_end and text[cut].isspace():
        cut += 1
    subject = text[cut:prefix_end].strip(" ,")
    if not subject or len(subject.split()) > _MAX_SUBJECT_WORDS * 2:
        return None
    if len(subject.split()) > _MAX_SUBJECT_WORDS and "," not in subject:
        return None
    return cut, subject


def _is_issuer(subject: str, people: Sequence[_Person]) -> bool:
    lexicon = _lexicon()
    if lexicon.issuer_head_re.match(subject):
        return True
    folded = fold(subject)
    return any(p.name_key and p.name_key in folded for p in people)


def _by_delegates(subject: str, people: Sequence[_Person]) -> bool:
    if not _lexicon().delegate_re.match(subject):
        return False
    folded = fold(subject)
    return not any(p.name_key and p.name_key in folded for p in people)


def find_instruction_clauses(
    doc: Document,
    officials: Sequence[Official] = (),
    *,
    within: Sequence[tuple[int, int]] | None = None,
) -> list[InstructionClause]:
    """Every instruction verb of the article whose subject is a leader, body or named official.

    Args:
        doc: the article, read once.
        officials: the article's named officials (a bare name is a subject only when known).
        within: sorted, non-overlapping ``(start, end)`` stretches of ``doc.text``; when
            given, only verbs inside them are read (the targets extractor needs the
            instructions of a few sentences only).

    Returns:
        The clauses in text order.

    >>> import datetime as dt
    >>> doc = Document.read(
    ...     "Thủ tướng yêu cầu các bộ, ngành tiếp tục tập trung làm tốt công tác này.",
    ...     published=dt.date(2024, 1, 1),
    ... )
    >>> [(c.subject, c.verb.value) for c in find_instruction_clauses(doc)]
    [('Thủ tướng', 'yêu cầu')]
    """
    return _clauses(doc, _people(officials), sentence_bounds(doc), within)


def _verbs(text: str) -> list[tuple[int, int, DirectiveVerb | None]]:
    """Every instruction verb written in lower case, as a whole word, longest first.

    Verbs are found by plain substring search (one pass per group of verbs sharing their
    first word, far faster than one alternation over the text). A capitalised verb is
    skipped on purpose: it is part of a name ("Ban Chỉ đạo", "Kết luận của Hội nghị") or
    opens a sentence with no subject.
    """
    lexicon = _lexicon()
    found: list[tuple[int, int, DirectiveVerb | None]] = []
    for prefix, surfaces in lexicon.verb_groups:  # one search for "chỉ đạo", "chỉ rõ" ...
        for position in find_all(text, prefix):
            if position > 0 and text[position - 1].isalnum():
                continue
            for surface in surfaces:
                end = position + len(surface)
                if text.startswith(surface, position) and (
                    end == len(text) or not text[end].isalnum()
                ):
                    found.append((position, end, lexicon.verbs[surface]))
    found.sort(key=lambda f: (f[0], -f[1]))
    out: list[tuple[int, int, DirectiveVerb | None]] = []
    for item in found:
        if out and item[0] < out[-1][1]:
            continue
        out.append(item)
    return out


def _clauses(
    doc: Document,
    people: Sequence[_Person],
    bounds: tuple[list[int], list[int]],
    within: Sequence[tuple[int, int]] | None = None,
) -> list[InstructionClause]:
    text = doc.text
    starts, ends = bounds
    out: list[InstructionClause] = []
    last_verb_end = -1
    verbs = _verbs(text)
    if within is not None:
        region_starts = [start for start, _ in within]
        verbs = [
            v
            for v in verbs
            if (i := bisect.bisect_right(region_starts, v[0]) - 1) >= 0 and v[1] <= within[i][1]
        ]
    for verb_start, verb_end, verb in verbs:
        if verb is DirectiveVerb.ASSIGN and not _ASSIGN_NEXT.match(text, verb_end):
            continue
        sent_start, sent_end = _sentence(starts, ends, verb_start, len(text))
        found = _subject(text, sent_start, verb_start)
        if found is None:
            continue
        subject_start, subject = found
        if subject_start < last_verb_end or not _is_issuer(subject, people):
            # "Bí thư giao Ban cán sự đảng UBND tỉnh chỉ đạo ...": the second verb's
            # subject is the first verb's addressee.
            continue
        last_verb_end = verb_end
        addressee_start, addressee_end = _addressees(text, verb_end, sent_end)
        content_start = addressee_end if addressee_end > addressee_start else verb_end
        while content_start < sent_end and text[content_start] in " ,:":
            content_start += 1
        out.append(
            InstructionClause(
                subject_start=subject_start,
                verb_start=verb_start,
                verb_end=verb_end,
                verb=verb,
                subject=subject,
                addressee_start=addressee_start,
                addressee_end=addressee_end,
                content_start=content_start,
                sentence_end=sent_end,
                by_delegates=_by_delegates(subject, people),
            )
        )
    return out


_PAIR_SEPARATOR = regex.compile(r"[ \t]*+(?:[,;]|và|cùng)[ \t]*+", regex.IGNORECASE)
_ADDRESSEE_STOP = regex.compile(r"[:;.\n]")
_ADDRESSEE_LEAD = regex.compile(r"(?:cho\s++)?(?=(?:các|những|mọi|toàn|cả|từng)\s|\p{Lu})")


def _addressees(text: str, verb_end: int, sentence_end: int) -> tuple[int, int]:
    """The addressee stretch after the verb: "các bộ, ban, ngành, các địa phương"."""
    position = verb_end
    while position < sentence_end and text[position] == " ":
        position += 1
    lead = _ADDRESSEE_LEAD.match(text, position, sentence_end)
    if lead is None:
        return position, position
    start = lead.end()
    limit = min(sentence_end, start + _MAX_ADDRESSEE_CHARS)
    stop = _ADDRESSEE_STOP.search(text, start, limit)
    # An action word has no punctuation in it: one after the stop does not matter (a line
    # break may sit inside one, written with a run of whitespace).
    reach = stop.start() if stop is not None and text[stop.start()] != "\n" else limit
    action = _lexicon().action_re.search(text, start + 1, reach)
    end = min(m.start() for m in (action, stop) if m is not None) if (action or stop) else -1
    if end < 0:
        return position, position
    while end > start and text[end - 1] in " ,":
        end -= 1
    if end <= start:
        return position, position
    return start, end


# ---------------------------------------------------------------------------------------
# Labelled sets
# ---------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _Mention:
    start: int
    end: int
    count_text: str
    head: str
    quoted: bool


@attrs.frozen(slots=True)
class _Item:
    start: int
    end: int


def _count_value(text: str) -> int | None:
    """The count a label declares ("5", "năm", "Mười hai"), if it is one.

    The usual spellings are looked up (digits other than "2" ... "20" are no count:
    ``parse_number`` rejects "05"); ``parse_number`` reads the rest ("NĂM").
    """
    known = _lexicon().count_values.get(text)
    if known is not None or (text.isascii() and text.isdigit()):
        return known
    try:
        number = parse_number(text)
    except ParseError:
        return None
    value = number.value
    if isinstance(value, float) and not value.is_integer():
        return None
    result = int(value)
    return result if _MIN_COUNT <= result <= _MAX_COUNT else None


def _mention(match: regex.Match[str], *, quoted: bool) -> _Mention:
    head = " ".join(match.group("head").split()).strip(" ,")
    return _Mention(match.start(), match.end(), match.group("count"), head, quoted)


def _head_quoted(text: str, position: int) -> _Mention | None:
    """5 “đẩy mạnh”: a count and a space right before the opening mark at ``position``."""
    lexicon = _lexicon()
    count = _search_before(
        lexicon.count_before_re, lexicon.count_last_re, text, max(0, position - 16), position
    )
    if count is None:
        return None
    match = lexicon.head_quoted_re.match(text, count.start())
    return _mention(match, quoted=True) if match is not None else None


def _quoted_list(text: str, position: int) -> list[_Mention]:
    """Several labels in one pair of quotation marks: “5 đẩy mạnh, 5 bảo đảm, 5 không”."""
    lexicon = _lexicon()
    quoted = lexicon.quoted_list_re.match(text, position)
    if quoted is None:
        return []
    start, end = quoted.span("body")
    out = []
    while start < end:
        pair = lexicon.pair_re.match(text, start, end)
        if pair is None:
            return []  # not a list of labels only: a quotation
        out.append(_mention(pair, quoted=True))
        start = pair.end()
        separator = _PAIR_SEPARATOR.match(text, start, end)
        if separator is not None:
            start = separator.end()
    return out if len(out) > 1 else []


def _mentions(text: str, clauses: Sequence[InstructionClause]) -> list[_Mention]:
    """Label candidates: quoted ones anywhere, bare ones after an instruction verb.

    Quoted labels are found from the quotation marks (rare characters, found by plain
    substring search); bare labels are searched only from each leader's or body's
    instruction verb to the end of its paragraph, since only those can govern them.
    """
    lexicon = _lexicon()
    found: dict[int, _Mention] = {}
    openers = lexicon.count_openers
    for position in sorted(p for mark in _Q for p in find_all(text, mark)):
        if position >= 2 and text[position - 1] in " \t" and text[position - 2].isalnum():
            mention = _head_quoted(text, position)  # 5 “đẩy mạnh”
            if mention is not None:
                found.setdefault(mention.start, mention)
                continue
        if text[position + 1 : position + 3].lstrip(" \t")[:1] not in openers:
            # Not “5 ...” nor “năm ...”: a closing mark or a quotation, the common case,
            # skipped without running a pattern.
            continue
        match = lexicon.quoted_re.match(text, position)
        if match is not None:
            found.setdefault(match.start(), _mention(match, quoted=True))
            continue
        for mention in _quoted_list(text, position):
            found.setdefault(mention.start, mention)
    digits = lexicon.bare_res[0]
    scanned = words_scanned = -1
    leading = [clause for clause in clauses if not clause.by_delegates]
    counts = (
        _count_word_starts(text, leading[0].verb_end, max(c.sentence_end for c in leading))
        if leading
        else []
    )
    for clause in leading:
        # Digit counts ("3 đột phá") to the end of the paragraph, where an enumerated set
        # may follow the instruction; counts in words ("ba đột phá", a slower pattern) in
        # the instruction's own sentence.
        start = max(clause.verb_end, scanned)
        end = text.find("\n", start, clause.verb_end + _WINDOW)
        end = min(len(text), clause.verb_end + _WINDOW) if end < 0 else end
        for match in digits.finditer(text, start, end):
            found.setdefault(match.start(), _mention(match, quoted=False))
        scanned = max(scanned, end)
        start = max(clause.verb_end, words_scanned)
        for match in _count_words_at(text, counts, start, clause.sentence_end):
            found.setdefault(match.start(), _mention(match, quoted=False))
        words_scanned = max(words_scanned, clause.sentence_end)
    out: list[_Mention] = []
    for mention in sorted(found.values(), key=lambda m: (m.start, -m.end)):
        if out and mention.start < out[-1].end:
            continue  # "“5 đẩy mạnh”": the bare "5 đẩy mạnh" inside the quotes is the same
        if not mention.count_text[0].isdigit() and _COUNT_WORD_BEFORE.search(
            text, max(0, mention.start - 12), mention.start
        ):
            continue
        out.append(mention)
    return out


def _count_word_starts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""Where a count in words may start in ``text[start:end]``, and its first word end.

    The first word of a number word ("ba", "Mười"; as the bare label pattern reads them,
    as written or capitalised), whole (no letter before it: every letter is a ``\w``
    for the pattern's edge) and followed by a space, found by plain substring search.
    """
    found = set()
    for first in _lexicon().count_firsts:
        for position in find_all(text, first, start, end):
            first_end = position + len(first)
            if (
                first_end < end
                and text[first_end].isspace()
                and not (position > 0 and text[position - 1].isalpha())
            ):
                found.add((position, first_end))
    return sorted(found)


def _count_words_at(
    text: str, counts: list[tuple[int, int]], start: int, end: int
) -> Iterator[regex.Match[str]]:
    """What ``finditer`` of the bare label pattern with a count in words gives.

    The pattern (a prefix tree of number words) is slow to try at every position: it is
    tried only at ``counts`` (from :func:`_count_word_starts`, covering the stretch), left
    to right and never inside the previous match.
    """
    pattern = _lexicon().bare_res[1]
    resume = start
    for position, first_end in counts[bisect.bisect_left(counts, (start, start)) :]:
        if position >= end:
            break
        if position < resume or first_end >= end:
            continue  # inside the last match, or no room for the label after the count
        match = pattern.match(text, position, end)
        if match is not None:
            yield match
            resume = match.end()


def _more_mentions(text: str, labelled: _LabelledSet) -> list[_Mention]:
    """Bare mentions of an accepted label elsewhere in the text ("thực hiện 3 đột phá")."""
    lexicon = _lexicon()
    head = " ".join(labelled.label.split()[1:])
    spans = sorted((m.start, m.end) for m in labelled.mentions)
    starts = [start for start, _ in spans]
    ends = [end for _, end in spans]
    out = []
    position = text.find(head)
    while position >= 0:
        count = _search_before(
            lexicon.count_before_re, lexicon.count_last_re, text, max(0, position - 16), position
        )
        at = bisect.bisect_right(starts, position) - 1
        covered = at >= 0 and position < ends[at]
        if count is not None and not covered:
            value = _count_value(text[count.start() : position].strip())
            end = position + len(head)
            if value == labelled.count and (end == len(text) or not text[end].isalnum()):
                count_text = text[count.start() : position].strip()
                out.append(_Mention(count.start(), end, count_text, head, quoted=False))
        position = text.find(head, position + 1)
    return out


def _enumeration(doc: Document, end: int, count: int) -> list[_Item]:
    """The items of the enumeration that follows a label ending at ``end``, if any."""
    text = doc.text
    intro = _INTRO.match(text, end)
    if intro is None or not (
        intro.group("colon") or intro.group("late_colon") or intro.group("word")
    ):
        return _next_sentence_list(text, end)
    body = intro.end()
    line_end = text.find("\n", body, body + _WINDOW)
    if line_end < 0:
        line_end = min(len(text), body + _WINDOW)
    if not text[body:line_end].strip():
        return _list_lines(text, line_end)
    markers = _numbered(text, body, line_end)
    if markers:
        return _split_at_markers(text, markers, _continued(text, line_end, markers))
    stop = _SENTENCE_END.search(text, body, line_end)
    stretch_end = stop.start() if stop else line_end
    return _split_inline(text, body, stretch_end, count)


def _style(marker: regex.Match[str]) -> str:
    """Which kind of numbering a marker uses ("paren", "close", "letter", ...)."""
    return next(name for name, value in marker.groupdict().items() if value is not None)


def _is_first(marker: regex.Match[str]) -> bool:
    """Whether a numbered marker opens a list: "(1)", "1)", "a)", "Thứ nhất", "Một là"."""
    first = {"1", "a", "nhất", "một"}
    return any(
        (marker.group(name) or "").lower() in first
        for name in ("paren", "close", "letter", "ordinal", "cardinal")
    )


def _next_sentence_list(text: str, end: int) -> list[_Item]:
    """Items numbered from the next sentence on: "ba nhiệm vụ trọng tâm. Thứ nhất, ..."."""
    tail = _LABEL_TAIL.match(text, end)
    if tail is None:
        return []
    marker = _MARKER.match(text, tail.end())
    if marker is None or not _is_first(marker):
        return []
    line_end = text.find("\n", marker.start(), marker.start() + _WINDOW)
    line_end = min(len(text), marker.start() + _WINDOW) if line_end < 0 else line_end
    markers = _numbered(text, marker.start(), line_end)
    if not markers:
        markers = [marker]
    return _split_at_markers(text, markers, _continued(text, line_end, markers))


def _numbered(text: str, start: int, end: int) -> list[regex.Match[str]]:
    """Numbered markers in ``text[start:end]`` when the first stands at the start."""
    if _MARKER.match(text, start) is None:
        return []
    found = list(_MARKER.finditer(text, start, end))
    if len(found) < 2 or text[start : found[0].start()].strip():
        return []
    return found


def _continued(text: str, line_end: int, markers: list[regex.Match[str]]) -> int:
    """Where a numbered list that starts on one line ends: later lines that open with a marker."""
    end = line_end
    for _ in range(_MAX_LIST_LINES):
        if end >= len(text):
            break
        nxt = end + 1
        while nxt < len(text) and text[nxt] == "\n":
            nxt += 1
        marker = _MARKER.match(text, nxt)
        if marker is None or _style(marker) != _style(markers[0]):
            break
        markers.append(marker)
        following = text.find("\n", nxt, nxt + _WINDOW)
        end = min(len(text), nxt + _WINDOW) if following < 0 else following
        markers.extend(_MARKER.finditer(text, marker.end(), end))
    return end


def _split_at_markers(text: str, markers: list[regex.Match[str]], end: int) -> list[_Item]:
    out = []
    for i, marker in enumerate(markers):
        stop = markers[i + 1].start() if i + 1 < len(markers) else end
        item = _trim(text, marker.end(), stop)
        if item is not None:
            out.append(item)
    return out


def _list_lines(text: str, line_end: int) -> list[_Item]:
    """Items on the lines after a colon that ends its line."""
    out: list[_Item] = []
    position = line_end
    for _ in range(_MAX_LIST_LINES):
        while position < len(text) and text[position] == "\n":
            position += 1
        if position >= len(text):
            break
        nxt = text.find("\n", position, position + _WINDOW)
        nxt = min(len(text), position + _WINDOW) if nxt < 0 else nxt
        marker = _MARKER.match(text, position) or _BULLET_LINE.match(text, position)
        if marker is None:
            break
        item = _trim(text, marker.end(), nxt)
        if item is not None:
            out.append(item)
        position = nxt
    return out


def _split_inline(text: str, start: int, end: int, count: int) -> list[_Item]:
    separator = ";" if _top_level(text, start, end, ";") else ","
    cuts = _top_level(text, start, end, separator)
    out = []
    previous = start
    for cut in [*cuts, end]:
        item = _trim(text, previous, cut)
        if item is not None:
            out.append(item)
        previous = cut + 1
    if separator == "," and cuts and 0 < len(out) < count:
        # "A, B và C": the last comma-separated item holds the last two.
        last = out[-1]
        conjunction = _LAST_AND.search(text, last.start, last.end)
        if conjunction is not None:
            first, second = (
                _trim(text, last.start, conjunction.start()),
                _trim(text, conjunction.end(), last.end),
            )
            if first is not None and second is not None:
                out[-1:] = [first, second]
    return out


def _top_level(text: str, start: int, end: int, separator: str) -> list[int]:
    """Offsets of ``separator`` in ``text[start:end]`` outside brackets."""
    if all(text.find(bracket, start, end) < 0 for bracket in "()[]"):
        return list(find_all(text, separator, start, end))  # the common case, at C speed
    depth = 0
    out = []
    for i in range(start, end):
        char = text[i]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        elif char == separator and depth == 0:
            out.append(i)
    return out


def _trim(text: str, start: int, end: int) -> _Item | None:
    piece = text[start:end]
    stripped = piece.strip(_ITEM_EDGES)
    if not stripped:
        return None
    start += len(piece) - len(piece.lstrip(_ITEM_EDGES))
    end = start + len(stripped)
    lead = _LEADING_AND.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    return _Item(start, end)


@attrs.define(slots=True)
class _LabelledSet:
    label: str
    key: str  # the label folded: one set however its mentions write it
    head_key: str  # the head as the lexicon keys it
    count: int
    mentions: list[_Mention]
    items: list[_Item]
    clause: InstructionClause | None


def _governing(
    clauses: Sequence[InstructionClause], starts: list[int], position: int
) -> InstructionClause | None:
    """The instruction clause of the same sentence whose verb precedes ``position``."""
    index = bisect.bisect_right(starts, position) - 1
    floor = index - 50  # at most this many verbs back: bounded work per label
    while index >= 0 and index > floor:
        clause = clauses[index]
        if clause.sentence_end < position:
            return None
        if clause.verb_end <= position:
            return clause
        index -= 1
    return None


def _previous_clause(
    clauses: Sequence[InstructionClause], starts: list[int], position: int
) -> InstructionClause | None:
    index = bisect.bisect_right(starts, position) - 1
    if index >= 0 and position - clauses[index].verb_end <= _ISSUER_LOOKBACK:
        return clauses[index]
    return None


def _paragraph_clause(
    text: str, clauses: Sequence[InstructionClause], starts: list[int], position: int
) -> InstructionClause | None:
    """The last instruction clause before ``position`` in the same paragraph."""
    index = bisect.bisect_right(starts, position) - 1
    if index < 0:
        return None
    clause = clauses[index]
    if (
        position - clause.verb_end > _ISSUER_LOOKBACK
        or text.find("\n", clause.verb_end, position) >= 0
    ):
        return None
    return clause


def _labelled_sets(doc: Document, clauses: Sequence[InstructionClause]) -> list[_LabelledSet]:
    """Every labelled set of the article, its mentions merged by label."""
    lexicon = _lexicon()
    text = doc.text
    verb_starts = [c.verb_start for c in clauses]
    sets: dict[str, _LabelledSet] = {}
    for mention in _mentions(text, clauses):
        count = _count_value(mention.count_text)
        head_key = _key(mention.head)
        if count is None or not head_key:
            continue
        if not all(word.strip(",").isalpha() for word in head_key.split()):
            continue
        label = f"{count} {mention.head}"
        key = fold(label)
        found = sets.get(key)
        if found is not None and found.items:
            # A later mention of a set already read: no need to read an enumeration again.
            found.mentions.append(mention)
            continue
        clause = _governing(clauses, verb_starts, mention.start)
        items = _enumeration(doc, mention.end, count)
        known = head_key in lexicon.heads
        option = lexicon.heads.get(head_key, "")
        if mention.quoted:
            # A count in words needs a known head: “Năm dữ liệu số” is "the Year of ...".
            if not known and not mention.count_text[0].isdigit():
                continue
            led = clause is not None and not clause.by_delegates
            accepted = known or (len(head_key.split()) <= 3 and (led or bool(items)))
        elif not known or option == "quoted" or (option == "listed" and not items):
            continue
        elif clause is not None and _DESCRIPTION.search(text, clause.verb_end, mention.start):
            # "Thủ tướng nhấn mạnh, chuyển đổi số có 3 trụ cột là ...": a description.
            continue
        else:
            if clause is None and items:
                # "Thủ tướng yêu cầu ... . Trong đó, 3 đột phá chiến lược gồm: ...": an
                # enumerated set in the paragraph of a leader's instruction.
                clause = _paragraph_clause(text, clauses, verb_starts, mention.start)
            accepted = clause is not None and not clause.by_delegates
        if not accepted:
            continue
        if found is None:
            sets[key] = _LabelledSet(label, key, head_key, count, [mention], items, clause)
            continue
        found.mentions.append(mention)
        found.items = found.items or items
        found.clause = found.clause or clause
    for found in sets.values():
        if lexicon.heads.get(found.head_key, "quoted") != "quoted":
            found.mentions.extend(_more_mentions(text, found))
        found.mentions.sort(key=lambda m: m.start)
        if not found.items:
            for mention in found.mentions:
                found.items = _enumeration(doc, mention.end, found.count)
                if found.items:
                    break
        if found.clause is None:
            found.clause = _previous_clause(clauses, verb_starts, found.mentions[0].start)
    return sorted(sets.values(), key=lambda s: s.mentions[0].start)


# ---------------------------------------------------------------------------------------
# Public function
# ---------------------------------------------------------------------------------------


def _as_written(doc: Document, start: int, end: int) -> str:
    """The normalised words: NFC, NFD and either tone style give one value.

    The original characters stay in the evidence span.
    """
    return doc.text[start:end]


def _addressee_texts(doc: Document, clause: InstructionClause | None) -> tuple[str, ...]:
    if clause is None or clause.addressee_end <= clause.addressee_start:
        return ()
    return (_as_written(doc, clause.addressee_start, clause.addressee_end),)


def extract_directives(doc: Document, officials: Sequence[Official]) -> list[Directive]:
    """Every directive of the article: labelled instruction sets and plain instructions.

    Args:
        doc: the article, read once.
        officials: the article's named officials, to resolve issuers ("Thủ tướng" -> the
            article's named Thủ tướng).

    Returns:
        Directives in text order. Labelled sets carry ``label``, ``count`` and ``items``;
        plain instructions have ``label`` and ``count`` None. Text fields read the
        caller's original text; every span is evidence on it.

    >>> import datetime as dt
    >>> doc = Document.read(
    ...     "Bộ Chính trị yêu cầu các cấp ủy tập trung lãnh đạo chuyển đổi số.",
    ...     published=dt.date(2025, 1, 1),
    ... )
    >>> [(d.issuer, d.verb.value, d.addressees) for d in extract_directives(doc, ())]
    [('Bộ Chính trị', 'yêu cầu', ('các cấp ủy',))]
    """
    people = _people(officials)
    bounds = sentence_bounds(doc)
    clauses = _clauses(doc, people, bounds)
    article = doc.article_id or ""
    found: list[tuple[int, Directive]] = []
    used_clauses: set[int] = set()
    for labelled in _labelled_sets(doc, clauses):
        clause = labelled.clause
        issuer: str | None = None
        issuer_id: str | None = None
        first = labelled.mentions[0]
        if clause is not None:
            if clause.sentence_end >= first.start:
                used_clauses.add(clause.verb_start)  # its own sentence: not a plain one too
            issuer, issuer_id = _resolve(doc, clause.subject, clause.verb_start, people)
        sent_start, sent_end = _sentence(*bounds, first.start, len(doc.text))
        content_start = (
            clause.content_start
            if clause is not None and clause.sentence_end >= first.start
            else sent_start
        )
        content_start = min(content_start, first.start)
        items = tuple(
            DirectiveItem(text=_as_written(doc, i.start, i.end), evidence=doc.span(i.start, i.end))
            for i in labelled.items
        )
        evidence = tuple(doc.span(m.start, m.end) for m in labelled.mentions)
        directive = Directive(
            id=entity_id("directive", article, labelled.key),
            issuer=issuer,
            issuer_id=issuer_id,
            verb=clause.verb if clause is not None else None,
            addressees=_addressee_texts(doc, clause),
            content=_as_written(doc, content_start, max(sent_end, first.end)).strip(),
            label=labelled.label,
            count=labelled.count,
            items=items,
            evidence=evidence,
        )
        found.append((first.start, directive))
    for clause in clauses:
        if clause.verb is None or clause.verb_start in used_clauses:
            continue  # a label verb ("xác định") gives no plain directive
        content = doc.text[clause.content_start : clause.sentence_end]
        if len(content.split()) < 3 or content.lstrip().startswith("tại "):
            continue
        if clause.verb in _STATEMENT_VERBS and not _MODAL.search(content):
            continue
        issuer, issuer_id = _resolve(doc, clause.subject, clause.verb_start, people)
        end = clause.sentence_end
        while end > clause.content_start and doc.text[end - 1] in ".;…!? ":
            end -= 1
        directive = Directive(
            id=entity_id("directive", article, str(clause.verb_start), clause.subject),
            issuer=issuer,
            issuer_id=issuer_id,
            verb=clause.verb,
            addressees=_addressee_texts(doc, clause),
            content=_as_written(doc, clause.content_start, end).strip(),
            evidence=(doc.span(clause.subject_start, end),),
        )
        found.append((clause.subject_start, directive))
    found.sort(key=lambda pair: pair[0])
    return [directive for _, directive in found]
