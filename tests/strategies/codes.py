"""Hypothesis strategies for Vietnamese document codes (vn_digital_policy.codes).

``canonical_codes()`` draws valid :class:`DocumentCode` values from the shipped type and issuer
tables: Party and State codes, with and without year, laws of the National Assembly (QH13-QH15,
UBTVQH), official letters with drafting-unit suffixes, joint documents, numbers with leading
zeros and letter suffixes, unknown (upper-case) issuers. ``noisy_codes()`` draws a code together
with a way real text writes it (spaces around separators, dash variants, case, lost diacritics,
"số" lead-ins, swapped family separators, glued kind and issuer, file-name style) that lenient
parsing must bring back to the code. ``sentences_with_code()`` embeds a canonical code in a
plausible news sentence.
"""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

from vn_digital_policy._data import read_table
from vn_digital_policy.codes import DocumentCode
from vn_digital_policy.enums import DocumentFamily

_TYPE_ROWS = read_table("document_types.tsv", columns=5)
_ISSUER_ROWS = read_table("issuers.tsv", columns=5)

PARTY_TYPES = sorted({abbr for abbr, family, *_ in _TYPE_ROWS if family == "PARTY"})
STATE_TYPES = sorted({abbr for abbr, family, *_ in _TYPE_ROWS if family == "STATE"})
#: Issuers of a single family (the family is read off them whatever the separators).
PARTY_ISSUERS = sorted(code for code, family, term, *_ in _ISSUER_ROWS if family == "PARTY")
STATE_ISSUERS = sorted(
    code for code, family, term, *_ in _ISSUER_ROWS if family == "STATE" and not term
)
AMBIGUOUS_ISSUERS = sorted(code for code, family, *_ in _ISSUER_ROWS if "|" in family)
KNOWN_ISSUERS = frozenset(code for code, *_ in _ISSUER_ROWS)
SINGLE_FAMILY_ISSUERS = frozenset(PARTY_ISSUERS) | frozenset(STATE_ISSUERS)


def fold(text: str) -> str:
    """Upper case without diacritics (Đ -> D), as text without Vietnamese marks writes it."""
    decomposed = unicodedata.normalize("NFD", text.upper()).replace("Đ", "D")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_ALL_TYPES = {abbr for abbr, *_ in _TYPE_ROWS}
#: Kind abbreviations whose diacritic-less spelling is not another abbreviation (ĐA/DA, HĐ/HD).
FOLDABLE_TYPES = frozenset(
    abbr
    for abbr in _ALL_TYPES
    if not any(fold(other) == fold(abbr) for other in _ALL_TYPES - {abbr})
)

# Kinds and issuers glued without hyphen in real text ("137/2015/NĐCP", "06/QĐTTg").
GLUE_TYPES = ("NĐ", "QĐ", "NQ", "CT", "TT")
GLUE_ISSUERS = ("CP", "TTg", "BTC", "BYT", "BCA", "NHNN")

_UNIT_LETTERS = "ABCDEGHKLMNPQRSTVX"

numbers = st.one_of(
    st.integers(1, 99_999).map(str),
    st.integers(1, 9).map(lambda n: f"0{n}"),  # "Số: 05/BNV-VP": a leading zero below 10
    st.tuples(st.integers(1, 999), st.sampled_from("ab")).map(lambda t: f"{t[0]}{t[1]}"),
)
years = st.integers(1990, 2030)
units = st.text(alphabet=_UNIT_LETTERS, min_size=2, max_size=5)  # drafting units: VX, KSTT
unknown_issuers = st.text(alphabet=_UNIT_LETTERS, min_size=2, max_size=6).filter(
    lambda s: fold(s) not in {fold(k) for k in KNOWN_ISSUERS}
)


@st.composite
def party_codes(draw: st.DrawFn) -> DocumentCode:
    issuer = draw(st.one_of(st.sampled_from(PARTY_ISSUERS + AMBIGUOUS_ISSUERS), unknown_issuers))
    return DocumentCode(
        number=draw(numbers),
        type=draw(st.sampled_from(PARTY_TYPES)),
        issuer=issuer,
        family=DocumentFamily.PARTY,
    )


@st.composite
def state_typed_codes(draw: st.DrawFn) -> DocumentCode:
    first = draw(st.one_of(st.sampled_from(STATE_ISSUERS + AMBIGUOUS_ISSUERS), unknown_issuers))
    more = draw(st.lists(st.one_of(st.sampled_from(STATE_ISSUERS), units), min_size=0, max_size=3))
    return DocumentCode(
        number=draw(numbers),
        year=draw(st.none() | years),
        type=draw(st.sampled_from(STATE_TYPES)),
        issuer="-".join([first, *more]),
        family=DocumentFamily.STATE,
    )


@st.composite
def laws(draw: st.DrawFn) -> DocumentCode:
    body = draw(st.sampled_from(("QH", "UBTVQH")))
    return DocumentCode(
        number=draw(numbers), year=draw(years), issuer=f"{body}{draw(st.integers(13, 15))}"
    )


@st.composite
def official_letters(draw: st.DrawFn) -> DocumentCode:
    suffix = draw(st.lists(units, min_size=1, max_size=2))
    return DocumentCode(
        number=draw(numbers), issuer="-".join([draw(st.sampled_from(STATE_ISSUERS)), *suffix])
    )


def canonical_codes() -> st.SearchStrategy[DocumentCode]:
    """Valid codes of every shape the tables allow."""
    return st.one_of(party_codes(), state_typed_codes(), laws(), official_letters())


_DASHES = ("-", "-", "–", "—")
_LEADS = ("", "", "số ", "Số ", "Số: ", "số:", "No. ")


def _spaced(draw: st.DrawFn, sep: str) -> str:
    return " " * draw(st.integers(0, 2)) + sep + " " * draw(st.integers(0, 2))


def _recase(draw: st.DrawFn, part: str, *, known: bool) -> str:
    choice = draw(st.sampled_from(("keep", "upper", "lower", "fold")))
    if choice == "upper":
        return part.upper()
    if choice == "lower":
        return part.lower()
    if choice == "fold" and known:
        return fold(part)
    return part


@st.composite
def noisy_codes(draw: st.DrawFn) -> tuple[DocumentCode, str]:
    """A canonical code and one way real text writes it, recoverable by lenient parsing."""
    code = draw(canonical_codes())
    parts = code.issuer.split("-")
    first_known = parts[0] in SINGLE_FAMILY_ISSUERS or code.type is None
    written_parts = []
    for part in parts:
        known = part in KNOWN_ISSUERS
        if known and part.endswith("TW") and draw(st.booleans()):
            written_parts.append(part[:-2] + "TƯ")  # "Chỉ thị số 05-CT/TƯ"
        else:
            written_parts.append(_recase(draw, part, known=known))
    inner = [_spaced(draw, draw(st.sampled_from(("-", "_")))) for _ in written_parts[1:]]
    issuer = written_parts[0] + "".join(
        s + p for s, p in zip(inner, written_parts[1:], strict=True)
    )
    type_written = ""
    if code.type is not None:
        type_written = _recase(draw, code.type, known=code.type in FOLDABLE_TYPES)
    if code.family is DocumentFamily.PARTY:
        style = draw(st.sampled_from(("party", "state", "slashes", "hyphens", "space")))
        if not first_known:
            style = "party"  # unknown issuers: only the separators tell the family
        if style == "party":
            text = f"{code.number}{_spaced(draw, draw(st.sampled_from(_DASHES)))}{type_written}"
            text += f"{_spaced(draw, '/')}{issuer}"
        elif style == "state":  # "22/NQ-TU"
            text = f"{code.number}{_spaced(draw, '/')}{type_written}-{issuer}"
        elif style == "slashes":  # "646/QĐ/QUTW"
            text = f"{code.number}/{type_written}/{issuer}"
        elif style == "hyphens":  # "52-NQ-TW"
            text = f"{code.number}-{type_written}-{issuer}"
        else:  # "84 QĐ/TWĐTN"
            text = f"{code.number} {type_written}/{issuer}"
    else:
        head = code.number
        if code.year is not None:
            if draw(st.booleans()):  # file-name style "18-2019-TT-BGDĐT"
                head = f"{code.number}-{code.year}"
                slash = "-"
            else:
                head = f"{code.number}{_spaced(draw, '/')}{code.year}"
                slash = _spaced(draw, "/")
        else:
            slash = _spaced(draw, "/")
        if code.type is None:
            text = f"{head}{slash}{issuer}"
        else:
            style = draw(st.sampled_from(("state", "party", "glued")))
            if style == "party" and code.year is None and first_known:  # "03-NQ/CP"
                text = f"{code.number}-{type_written}/{issuer}"
            elif style == "glued" and code.type in GLUE_TYPES and parts[0] in GLUE_ISSUERS:
                text = f"{head}{slash}{code.type}{issuer}"  # "137/2015/NĐCP"
            else:
                text = f"{head}{slash}{type_written}{_spaced(draw, draw(st.sampled_from(_DASHES)))}"
                text += issuer
    return code, draw(st.sampled_from(_LEADS)) + text


_BEFORE = (
    "Theo Quyết định số ",
    "Căn cứ Nghị quyết ",
    "thực hiện Chỉ thị số ",
    "(",
    "“",
    "Văn bản ",
    "",
)
_AFTER = (
    " ngày 22/12/2024 của Bộ Chính trị",
    ", ngày 3/6/2020 của Thủ tướng Chính phủ",
    ")",
    "”",
    ".",
    "",
    " về chuyển đổi số quốc gia",
)


@st.composite
def sentences_with_code(draw: st.DrawFn) -> tuple[DocumentCode, str, int]:
    """A canonical code inside a sentence, and its start offset."""
    code = draw(canonical_codes())
    before = draw(st.sampled_from(_BEFORE))
    return code, before + str(code) + draw(st.sampled_from(_AFTER)), len(before)


#: Inputs that make naive grammars backtrack or loop.
ADVERSARIAL = (
    "9" * 20_000,
    "/" * 20_000,
    "1/" * 10_000,
    "1-NQ/" * 5_000,
    "số " * 10_000,
    " - " * 3_000,
    "“" * 3_000,
    "9" * 5_000,
    "/" * 5_000,
    "1/" * 3_000,
    "1-" * 10_000,
    "1 - " * 5_000,
    "số 1, " * 5_000 + "2/QĐ-TTg",
    "1/QĐ-" + "A" * 20_000,
    "1/QĐ-" + "Ab" * 10_000,
    "1/QĐ-TT" + "ngày" * 5_000,
    "1/" + "A-" * 10_000,
    "1/QĐ" + " - A" * 5_000,
    "12/2023/" * 5_000,
    "số:" * 5_000 + "1",
    "1\u0301" * 5_000,
    "TƯ" * 5_000,
)
