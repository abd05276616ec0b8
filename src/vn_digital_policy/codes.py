"""Số và ký hiệu văn bản: Vietnamese document codes ("number and symbol" of a document).

Every formally issued Vietnamese document carries a code such as ``749/QĐ-TTg`` (a decision of
the Prime Minister), ``13/2023/NĐ-CP`` (a decree of the Government, with its year because it is a
legal normative document), ``20/2023/QH15`` (a law of the 15th National Assembly, no kind
abbreviation), ``2844/VPCP-KSTT`` (an official letter: issuer and drafting unit only) or
``57-NQ/TW`` (a Party resolution: hyphen after the number, slash before the issuer).

Sources: Nghị định 30/2020/NĐ-CP (Phụ lục I mục II.3, Phụ lục III) for State documents,
Hướng dẫn 36-HD/VPTW (điểm 1.3) for Party documents; the variants real text produces are
collected in ``shared/reference/document-codes.md`` (§4).

This module offers the same protocol as the other parsers of the package:

* :class:`DocumentCode`, a frozen pydantic model whose ``str()`` is the canonical code;
* :func:`parse_document_code` / :meth:`DocumentCode.parse` read one code (lenient by default,
  ``strict=True`` accepts only the canonical form) and raise
  :class:`~vn_digital_policy.errors.DocumentCodeError` on anything else;
* :func:`is_document_code` never raises;
* :func:`find_document_codes` finds every code in running text, with spans into the text
  passed, and never raises.

Reading rules (see the reference for the sources):

* The family is decided from the issuer first (``TW``, ``TU``, ``VPTW`` ... are Party; ``CP``,
  ``TTg``, ``UBND``, ministries are State), because real text swaps the separators
  ("22/NQ-TU", "03-NQ/CP"); the separators only decide for issuers the tables do not know.
* A code needs a number, a separator and letters that are either a known kind abbreviation
  (``data/document_types.tsv``) or, for codes without one (laws, official letters), a known
  issuer (``data/issuers.tsv``). Random "A/B-C" strings are therefore not codes.
* In Party codes ``QĐ`` is both *quyết định* and *quy định*: :attr:`DocumentCode.kind` says
  :attr:`~vn_digital_policy.enums.DocumentKind.DECISION` and callers that read "Quy định số"
  in front of the code override it with :meth:`DocumentCode.with_kind`. Likewise a code with a
  year and no kind abbreviation ("20/2023/QH15") has ``kind`` None: law, resolution or
  ordinance, the words in front decide.
* Running text is read more conservatively than a string handed to the parser: unknown issuer
  parts must be in capitals, a lower-case kind ("06-ct/tw") needs a known issuer, an official
  letter needs its drafting unit ("2844/VPCP-KSTT"; a bare "06/CP" is usually the name of a
  scheme, "Đề án 06/CP"), a number glued to a Vietnamese word ("THÔNG TƯ15/2017/TT-BCT") needs
  a kind in capitals and a known issuer, and one glued to an ASCII word ("Covid19/...") is
  not read. News text is full of numbers, dates, slugs and model names; a code string handed
  to the parser is known to be one.

>>> code = DocumentCode.parse("Số: 06/QĐTTg")
>>> str(code), code.kind.value, code.family.value
('06/QĐ-TTg', 'quyết định', 'Nhà nước')
>>> [str(m.code) for m in find_document_codes("Nghị quyết số 52-NQ/TW và 57-NQ/TW")]
['52-NQ/TW', '57-NQ/TW']
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping

import attrs
import regex
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from vn_digital_policy._data import read_table
from vn_digital_policy.enums import DocumentFamily, DocumentKind
from vn_digital_policy.errors import DocumentCodeError

__all__ = [
    "CodeMatch",
    "DocumentCode",
    "ParsedCode",
    "find_document_codes",
    "is_document_code",
    "parse_document_code",
]

_PARTY = DocumentFamily.PARTY
_STATE = DocumentFamily.STATE

#: Kinds a code with a year but no kind abbreviation can stand for (laws, Assembly resolutions,
#: ordinances of the Standing Committee): the words before the code decide.
_YEAR_NO_TYPE_KINDS = frozenset({DocumentKind.LAW, DocumentKind.RESOLUTION, DocumentKind.ORDINANCE})

_MAX_PARSE_LENGTH = 200  # no code is longer; longer input is rejected before any regex runs
_MAX_SEGMENT_LENGTH = 20
_MAX_ISSUER_SEGMENTS = 8
_LIST_WINDOW = 200  # how far back a shared-suffix list ("số 2522, 2523/UBND-VX") may start


# ---------------------------------------------------------------------------------------------
# Tables (data/document_types.tsv, data/issuers.tsv), loaded once
# ---------------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class _TypeRow:
    """One row of ``document_types.tsv``: an abbreviation as used by one family."""

    abbr: str
    family: DocumentFamily
    kind: DocumentKind
    also: frozenset[DocumentKind]


@attrs.frozen(slots=True)
class _IssuerRow:
    """One row of ``issuers.tsv``."""

    code: str
    families: tuple[DocumentFamily, ...]  # preferred first
    takes_term: bool
    name: str


@attrs.frozen(slots=True)
class _Tables:
    """Lookup structures built from the two data files."""

    types: Mapping[tuple[str, DocumentFamily], _TypeRow]
    type_exact: Mapping[str, str]  # upper-cased NFC spelling -> canonical
    type_folded: Mapping[str, str]  # folded (no diacritics, upper) -> canonical, unambiguous only
    type_max_length: int
    issuers: Mapping[str, _IssuerRow]  # canonical -> row
    issuer_exact: Mapping[str, str]
    issuer_folded: Mapping[str, str]


def _fold(text: str) -> str:
    """Upper-case ``text`` and drop its diacritics, Đ included ("Quyết" -> "QUYET")."""
    decomposed = unicodedata.normalize("NFD", text.upper()).replace("Đ", "D")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _lookup_maps(canonicals: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    exact = {c.upper(): c for c in canonicals}
    folded: dict[str, str] = {}
    clashes: set[str] = set()
    for canonical in canonicals:
        key = _fold(canonical)
        if key in folded and folded[key] != canonical:
            clashes.add(key)
        folded[key] = canonical
    for key in clashes:
        del folded[key]
    return exact, folded


def _families(cell: str) -> tuple[DocumentFamily, ...]:
    return tuple(DocumentFamily[name.strip()] for name in cell.split("|"))


@functools.cache
def _tables() -> _Tables:
    types: dict[tuple[str, DocumentFamily], _TypeRow] = {}
    for abbr, family, kind, also, _source in read_table("document_types.tsv", columns=5):
        extra = frozenset(DocumentKind[k.strip()] for k in also.split(",") if k.strip())
        row = _TypeRow(abbr, DocumentFamily[family], DocumentKind[kind], extra)
        types[(abbr, row.family)] = row
    issuers: dict[str, _IssuerRow] = {}
    for code, family, term, name, _note in read_table("issuers.tsv", columns=5):
        issuers[code] = _IssuerRow(code, _families(family), bool(term), name)
    type_exact, type_folded = _lookup_maps({abbr for abbr, _ in types})
    issuer_exact, issuer_folded = _lookup_maps(set(issuers))
    return _Tables(
        types=types,
        type_exact=type_exact,
        type_folded=type_folded,
        type_max_length=max(len(abbr) for abbr, _ in types),
        issuers=issuers,
        issuer_exact=issuer_exact,
        issuer_folded=issuer_folded,
    )


def _spelling_notes(written: str, canonical: str, what: str) -> list[str]:
    """Say how ``written`` differs from ``canonical`` (case, diacritics)."""
    if written == canonical:
        return []
    if written.upper() == canonical.upper():
        return [f"canonical case of {what} {canonical} (written {written})"]
    if "Đ" in canonical and "Đ" not in written.upper():
        return [f"restored Đ in {canonical} (written {written})"]
    return [f"restored diacritics in {canonical} (written {written})"]


@functools.lru_cache(maxsize=4096)
def _lookup_type(written: str) -> tuple[str, tuple[str, ...]] | None:
    """Return the canonical kind abbreviation for ``written`` and notes, or None."""
    tables = _tables()
    if len(written) > tables.type_max_length + 2:
        return None
    upper = unicodedata.normalize("NFC", written).upper()
    canonical = tables.type_exact.get(upper) or tables.type_folded.get(_fold(upper))
    if canonical is None:
        return None
    return canonical, tuple(_spelling_notes(written, canonical, "kind"))


_TERM_RE = regex.compile(r"(?P<base>\p{L}+?)(?P<term>[0-9]{1,2})")


@functools.lru_cache(maxsize=4096)
def _lookup_issuer(written: str) -> tuple[str, tuple[str, ...]] | None:
    """Return the canonical spelling of a known issuer segment and notes, or None.

    Handles case ("TTG"), lost diacritics ("BLDTBXH"), "TƯ" for "TW" and term numbers ("QH15").
    """
    if not written or len(written) > _MAX_SEGMENT_LENGTH:
        return None
    tables = _tables()
    upper = unicodedata.normalize("NFC", written).upper()
    notes: list[str] = []
    if upper.endswith("TƯ"):
        upper = upper[:-2] + "TW"
        notes.append(f"restored TW (written {written})")
    canonical = tables.issuer_exact.get(upper) or tables.issuer_folded.get(_fold(upper))
    if canonical is None:
        term = _TERM_RE.fullmatch(upper)
        if term is None:
            return None
        base = tables.issuer_exact.get(term["base"]) or tables.issuer_folded.get(
            _fold(term["base"])
        )
        if base is None or not tables.issuers[base].takes_term:
            return None
        canonical = base + term["term"]
    if not notes:
        notes = _spelling_notes(written, canonical, "issuer")
    return canonical, tuple(notes)


# Unknown issuer segments (drafting units "VX", "KSTT", unknown bodies): letters of the codes'
# alphabet (ASCII and Đ) and digits, starting with a letter.
_UNKNOWN_SEGMENT_RE = regex.compile(r"[A-ZĐ][A-ZĐ0-9]*+", regex.IGNORECASE)
_UPPER_SEGMENT_RE = regex.compile(r"[A-ZĐ][A-ZĐ0-9]*+")


def _canonical_segment(written: str) -> str | None:
    """Canonical spelling of one issuer segment (known or not), None if it cannot be one."""
    known = _lookup_issuer(written)
    if known is not None:
        return known[0]
    upper = unicodedata.normalize("NFC", written).upper()
    if len(upper) > _MAX_SEGMENT_LENGTH or not _UPPER_SEGMENT_RE.fullmatch(upper):
        return None
    return upper


# ---------------------------------------------------------------------------------------------
# Family and kind rules
# ---------------------------------------------------------------------------------------------


def _allowed_families(
    type_: str | None, year: int | None, first_issuer: str
) -> tuple[DocumentFamily, ...]:
    """Families a code with these parts can belong to, the default first."""
    tables = _tables()
    row = tables.issuers.get(first_issuer)
    if row is None:
        term = _TERM_RE.fullmatch(first_issuer)
        row = tables.issuers.get(term["base"]) if term else None
    families = row.families if row is not None else (_STATE, _PARTY)
    if year is not None or type_ is None:  # Party codes never carry a year and always a kind
        families = tuple(f for f in families if f is _STATE)
    if type_ is not None:
        families = tuple(f for f in families if (type_, f) in tables.types)
    return families


def _kind_options(
    type_: str | None, year: int | None, family: DocumentFamily
) -> tuple[DocumentKind | None, frozenset[DocumentKind | None] | None]:
    """Return the default kind and the set of kinds allowed (None = any kind)."""
    if type_ is None:
        if year is not None:  # law, Assembly resolution, ordinance: the words before decide
            return None, frozenset({None, *_YEAR_NO_TYPE_KINDS})
        # công văn; historic codes without kind ("Nghị định số 28/CP") may be overridden freely
        return DocumentKind.OFFICIAL_LETTER, None
    row = _tables().types[(type_, family)]
    return row.kind, frozenset({row.kind, *row.also})


def _is_known_issuer(segment: str) -> bool:
    return _lookup_issuer(segment) is not None


def _roman(number: int) -> str:
    """Roman numeral of a term number ("khóa XV")."""
    out = []
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


_NUMBER_RE = regex.compile(r"[0-9]{1,6}+[A-Za-z]?")


def _normalise_fields(data: dict[str, object]) -> dict[str, object]:
    """Canonicalise a DocumentCode's input fields and derive/check family and kind."""
    number, year, type_, issuer = (data.get(k) for k in ("number", "year", "type", "issuer"))
    if isinstance(year, str) and year.isascii() and year.isdigit():
        year = int(year)
    if (
        not isinstance(number, str)
        or not isinstance(issuer, str)
        or not (type_ is None or isinstance(type_, str))
        or not (year is None or (isinstance(year, int) and not isinstance(year, bool)))
    ):
        return data  # let pydantic report the type errors
    if not _NUMBER_RE.fullmatch(number):
        msg = "the number must be 1-6 digits with an optional letter suffix"
        raise DocumentCodeError(msg, text=number)
    if year is not None and not 1900 <= year <= 2099:
        raise DocumentCodeError("the year must have four digits (1900-2099)", text=str(year))
    canonical_type: str | None = None
    if type_ is not None:
        found = _lookup_type(type_)
        if found is None:
            raise DocumentCodeError("unknown kind abbreviation", text=type_)
        canonical_type = found[0]
    segments = issuer.split("-")
    if not 1 <= len(segments) <= _MAX_ISSUER_SEGMENTS:
        raise DocumentCodeError("the issuer must have 1-8 parts", text=issuer)
    canonical_segments = []
    for segment in segments:
        canonical_segment = _canonical_segment(segment)
        if canonical_segment is None:
            raise DocumentCodeError("malformed issuer part", text=segment)
        canonical_segments.append(canonical_segment)
    if canonical_type is None and not _is_known_issuer(canonical_segments[0]):
        msg = "a code without kind abbreviation needs a known issuer"
        raise DocumentCodeError(msg, text=issuer)
    families = _allowed_families(canonical_type, year, canonical_segments[0])
    if not families:
        msg = "the kind, year and issuer of this code belong to no single family"
        raise DocumentCodeError(msg, text=issuer)
    family = data.get("family")
    if family is None:
        family = families[0]
    else:
        try:
            family = DocumentFamily(family)
        except ValueError as exc:
            raise DocumentCodeError("unknown document family", text=str(family)) from exc
        if family not in families:
            msg = f"family {family.name} contradicts the issuer, kind or year"
            raise DocumentCodeError(msg, text=issuer)
    default_kind, allowed_kinds = _kind_options(canonical_type, year, family)
    kind = data.get("kind")
    if kind is None:
        kind = default_kind
    else:
        try:
            kind = DocumentKind(kind)
        except ValueError as exc:
            raise DocumentCodeError("unknown document kind", text=str(kind)) from exc
        if allowed_kinds is not None and kind not in allowed_kinds:
            msg = f"kind {kind.name} contradicts the code (expected {default_kind})"
            raise DocumentCodeError(msg, text=canonical_type or issuer)
    return {
        **data,
        "number": number,
        "year": year,
        "type": canonical_type,
        "issuer": "-".join(canonical_segments),
        "family": family,
        "kind": kind,
    }


# ---------------------------------------------------------------------------------------------
# The model
# ---------------------------------------------------------------------------------------------


class DocumentCode(BaseModel):
    """A Vietnamese document code ("số và ký hiệu văn bản") in canonical form.

    Fields hold the parts as written officially: ``number`` keeps leading zeros and letter
    suffixes ("03", "36a"), ``year`` is the year *segment* of the code (legal normative
    documents only, never the issue date), ``type`` the kind abbreviation ("QĐ", "QĐi", "CTr";
    None for laws and official letters), ``issuer`` everything after it ("TTg", "QH15",
    "UBND-VX", "BCA-BQP-BLĐTBXH-BNG").

    ``family`` and ``kind`` are derived from the other fields when omitted (or None), and an
    explicit value that contradicts them is rejected. ``kind`` is None for a year-bearing code
    without kind abbreviation ("20/2023/QH15": law or resolution, the words before decide).
    Type and issuer spellings are canonicalised ("qd" -> "QĐ", "TTG" -> "TTg").

    >>> code = DocumentCode(number="749", type="QĐ", issuer="TTg")
    >>> str(code), code.family.value, code.kind.value
    ('749/QĐ-TTg', 'Nhà nước', 'quyết định')
    >>> str(DocumentCode(number="57", type="NQ", issuer="TW"))
    '57-NQ/TW'
    >>> law = DocumentCode(number="20", year=2023, issuer="QH15")
    >>> str(law), law.kind is None
    ('20/2023/QH15', True)
    >>> DocumentCode.model_validate_json(code.model_dump_json()) == code
    True
    >>> DocumentCode(number="1", type="NĐ", issuer="TW")
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for DocumentCode
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    number: str
    year: int | None = None
    type: str | None = None
    issuer: str
    family: DocumentFamily = _STATE
    kind: DocumentKind | None = None

    @model_validator(mode="before")
    @classmethod
    def _canonicalise(cls, data: object) -> object:
        if isinstance(data, dict):
            return _normalise_fields(data)
        return data

    def __str__(self) -> str:
        if self.family is _PARTY:
            return f"{self.number}-{self.type}/{self.issuer}"
        head = self.number if self.year is None else f"{self.number}/{self.year}"
        if self.type is None:
            return f"{head}/{self.issuer}"
        return f"{head}/{self.type}-{self.issuer}"

    @property
    def canonical(self) -> str:
        """The canonical form of the code, the same as ``str(code)``.

        >>> DocumentCode.parse("13/2023/ND-CP").canonical
        '13/2023/NĐ-CP'
        """
        return str(self)

    @property
    def issuer_name(self) -> str | None:
        """Full name of the first issuer part, from ``data/issuers.tsv``; None if unknown.

        >>> DocumentCode.parse("749/QĐ-TTg").issuer_name
        'Thủ tướng Chính phủ'
        >>> DocumentCode.parse("20/2023/QH15").issuer_name
        'Quốc hội khóa XV'
        >>> DocumentCode.parse("1206/QĐ-HVTC").issuer_name is None
        True
        """
        first = self.issuer.split("-", 1)[0]
        tables = _tables()
        row = tables.issuers.get(first)
        if row is not None:
            return row.name
        term = _TERM_RE.fullmatch(first)
        if term is None or term["base"] not in tables.issuers:
            return None
        return f"{tables.issuers[term['base']].name} khóa {_roman(int(term['term']))}"

    def with_kind(self, kind: DocumentKind | None) -> DocumentCode:
        """Return a copy whose ``kind`` is ``kind``, read from the words in front of the code.

        Only kinds the code allows are accepted: a Party ``QĐ`` may be a quyết định or a
        quy định, a year-bearing code without kind abbreviation a law, a resolution or an
        ordinance. ``None`` restores the derived kind.

        Raises:
            DocumentCodeError: ``kind`` contradicts the code.

        >>> DocumentCode.parse("144-QĐ/TW").with_kind(DocumentKind.REGULATION).kind.value
        'quy định'
        >>> DocumentCode.parse("20/2023/QH15").with_kind(DocumentKind.LAW).kind.value
        'luật'
        >>> DocumentCode.parse("749/QĐ-TTg").with_kind(DocumentKind.LAW)
        Traceback (most recent call last):
        ...
        vn_digital_policy.errors.DocumentCodeError: kind LAW contradicts the code ...
        """
        data: dict[str, object] = {**self.model_dump(), "kind": kind}
        return DocumentCode.model_validate(_normalise_fields(data))

    @classmethod
    def parse(cls, text: str, *, strict: bool = False) -> DocumentCode:
        """Read one document code; :func:`parse_document_code` without the corrections.

        Args:
            text: the code, optionally after "số"/"Số:" ("Số: 06/QĐTTg", "33/2008/qd-Ttg").
            strict: accept only the canonical form, exactly.

        Raises:
            DocumentCodeError: ``text`` is not a document code (or not canonical, if strict).

        >>> str(DocumentCode.parse("22/NQ-TU"))
        '22-NQ/TU'
        >>> DocumentCode.parse("số 749/QĐ-TTg", strict=True)
        Traceback (most recent call last):
        ...
        vn_digital_policy.errors.DocumentCodeError: not in canonical form ...
        """
        return parse_document_code(text, strict=strict).code


# ---------------------------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class ParsedCode:
    """The result of :func:`parse_document_code`.

    Attributes:
        code: the canonical code.
        corrections: human-readable notes of what lenient reading corrected.
        is_canonical: the input was exactly the canonical form.

    >>> parsed = parse_document_code("137/2015/NĐCP")
    >>> str(parsed.code), parsed.is_canonical, parsed.corrections
    ('137/2015/NĐ-CP', False, ('added missing hyphen between kind and issuer',))
    """

    code: DocumentCode
    corrections: tuple[str, ...]
    is_canonical: bool


@attrs.frozen(slots=True)
class CodeMatch:
    """A document code found in running text by :func:`find_document_codes`.

    Attributes:
        code: the canonical code.
        start: offset of the first character of the code in the text searched.
        end: offset just after its last character, so ``text[start:end] == match.text``.
        text: the code as written.
        corrections: what lenient reading corrected (as in :class:`ParsedCode`).

    >>> match = find_document_codes("Chỉ thị 05 – CT/TW của Ban Bí thư")[0]
    >>> match.text, str(match.code), match.start, match.end
    ('05 – CT/TW', '05-CT/TW', 8, 18)
    """

    code: DocumentCode
    start: int
    end: int
    text: str
    corrections: tuple[str, ...] = ()

    @property
    def is_canonical(self) -> bool:
        """Whether the code is written exactly in canonical form.

        >>> [m.is_canonical for m in find_document_codes("749/QĐ-TTg, 749/QD-TTg")]
        [True, False]
        """
        return self.text == str(self.code)


# ---------------------------------------------------------------------------------------------
# The grammar
# ---------------------------------------------------------------------------------------------

_H = r"[\t \u00a0\u2000-\u200a\u202f\u205f\u3000]"  # horizontal spaces, never a line break
_SLASH_CHARS = "/\u2215\u2044\uff0f"
_DASH_CHARS = "\\-\u2010-\u2015\u2212\ufe63\uff0d"  # hyphen, dashes, minus signs
_SEP_CLASS = f"[{_SLASH_CHARS}{_DASH_CHARS}_]"
_SO = r"(?i:số|so\u0302\u0301|sô\u0301)"  # "số" (NFC or NFD), any case

_SEP = rf"{_H}{{0,3}}+ {_SEP_CLASS} {_H}{{0,3}}+"
_SEGMENT = r"\p{L}[\p{L}\p{M}\p{N}]*+"
# a space after the number, only before a kind abbreviation and its separator ("84 QĐ/TWĐTN")
_SPACE_SEP = rf"{_H}{{1,2}}+ (?= \p{{L}}{{2,5}} {_H}{{0,2}} {_SEP_CLASS} )"

_CORE = rf"""
    (?P<number> \d{{1,6}}+ (?: [A-Za-z] (?= {_SEP} | {_SPACE_SEP} ) )? )   # "36a"; \d, not
                                                    # [0-9], lets regex skip to digits fast;
                                                    # non-ASCII digits are refused in _read
    (?:
        (?P<sep1> {_SEP} )                          # "/" "-" "–" "_" with up to 3 spaces around
        (?: (?P<year> (?:19|20)[0-9]{{2}} ) (?P<sep2> {_SEP} ) )?   # year segment of VBQPPL codes
      |
        (?P<sep1s> {_SPACE_SEP} )                   # "84 QĐ/TWĐTN"
    )
    (?P<rest> {_SEGMENT} (?: {_SEP} {_SEGMENT} ){{0,8}}+ )   # kind and issuer parts
"""

_FIND_RE = regex.compile(
    rf"""
    (?:
        (?<! [\p{{N}}_/\\.,:;@#&+=%{_SLASH_CHARS}{_DASH_CHARS}] )   # not inside a number, date,
                                                    # URL or decimal (after a letter: see _read)
      | (?<= : ) (?<= {_SO} : )                     # "Số:06/QĐ-TTg"
    )
    {_CORE}
    """,
    regex.VERBOSE,
)

_PARSE_RE = regex.compile(
    rf"""
    (?P<lead> (?: {_SO} | (?i:no) \.? ) {_H}*+ :? {_H}*+ )?   # "số", "Số:", "No." lead-in
    {_CORE}
    """,
    regex.VERBOSE,
)

_SO_BEFORE_RE = regex.compile(rf"(?r){_SO}:?\Z")  # "số31-QĐ/TW": glued to "số" is fine

# Separators and segments of the "rest" group, for interpretation.
_TOKEN_RE = regex.compile(rf"(?P<sep> {_SEP} )? (?P<seg> {_SEGMENT} )", regex.VERBOSE)

# Shared-suffix lists: "các Công văn số 2522, 2523/UBND-VX", "số 318, 319 và 320/QĐ-TTg".
# Searched backwards from the start of a code, anchored at it.
_LIST_NUMBER = r"[0-9]{1,6}+[a-z]?"
_LIST_RE = regex.compile(
    rf"""(?r)
    (?<! [\p{{L}}\p{{M}}] ) {_SO} {_H}*+ :? {_H}*+             # the list needs "số" in front
    (?P<item> {_LIST_NUMBER} )
    (?: {_H}*+ , {_H}*+ (?P<item> {_LIST_NUMBER} ) ){{0,30}}+
    (?: {_H}*+ , {_H}*+ | {_H}++ (?: và | & ) {_H}++ )        # before the code itself
    \Z
    """,
    regex.VERBOSE,
)

# A lower-case word glued to the end of a code: "70-TB/TWngày 06", "449/QĐ-TTngày".
_GLUED_TAIL_RE = regex.compile(r"(?P<head>[\p{Lu}\p{N}]{2,}?)(?P<tail>\p{Ll}[\p{L}\p{M}\p{N}]*)")


@attrs.frozen(slots=True)
class _Token:
    sep: str | None
    seg: str
    start: int
    end: int


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _sep_char(sep: str) -> str:
    """Return '/', '-' or ' ' for the kind of separator ``sep``."""
    core = sep.strip()
    if not core:
        return " "
    return "/" if core in _SLASH_CHARS else "-"


def _separator_notes(seps: list[str]) -> list[str]:
    notes = []
    if any(sep.strip() and sep != sep.strip() for sep in seps):
        notes.append("removed spaces around separators")
    cores = {sep.strip() for sep in seps}
    if "_" in cores:
        notes.append("replaced underscore with hyphen")
    if cores - {"_", "/", "-", ""} - set(_SLASH_CHARS[1:]):
        notes.append("replaced dash variant with hyphen")
    if cores & set(_SLASH_CHARS[1:]):
        notes.append("replaced slash variant with /")
    return notes


def _style_notes(
    family: DocumentFamily, s1: str, s2: str | None, st: str | None, has_type: bool
) -> list[str]:
    """Notes on separators that do not follow the family's template."""
    notes = []
    if family is _PARTY:
        if s1 == "/" and st == "-":
            return ["Party code written State-style"]
        if s1 == "/":
            notes.append("slash instead of hyphen after the number")
        elif s1 == " ":
            notes.append("space instead of hyphen after the number")
        if st == "-":
            notes.append("hyphen instead of slash before the issuer")
        elif st is None:
            notes.append("added missing slash between kind and issuer")
        return notes
    if s1 == "-" and s2 is None and st == "/":
        return ["State code written Party-style"]
    if s1 == "-" and s2 == "-":
        notes.append("hyphens instead of slashes around the year (file-name style)")
    else:
        if s1 == "-":
            notes.append("hyphen instead of slash after the number")
        elif s1 == " ":
            notes.append("space instead of slash after the number")
        if s2 == "-":
            notes.append("hyphen instead of slash after the year")
    if has_type:
        if st == "/":
            notes.append("slash instead of hyphen before the issuer")
        elif st is None:
            notes.append("added missing hyphen between kind and issuer")
    return notes


def _glued_kind_length(segment: str) -> int | None:
    """Length of a known kind glued to a known issuer ("NĐCP", "QĐTTg"), longest kind first."""
    for cut in range(min(len(segment) - 1, _tables().type_max_length), 1, -1):
        if _lookup_type(segment[:cut]) and _is_known_issuer(segment[cut:]):
            return cut
    return None


def _split_glued_word(segment: str) -> tuple[str, str] | None:
    """Split "TWngày" / "TTgngày" into the issuer part and the glued lower-case word."""
    if len(segment) > 2 * _MAX_SEGMENT_LENGTH:
        return None
    for cut in range(min(len(segment) - 1, _MAX_SEGMENT_LENGTH), 1, -1):
        # a known issuer prefix first ("TTg" + "ngày")
        if segment[cut].islower() and _is_known_issuer(segment[:cut]):
            return segment[:cut], segment[cut:]
    glued = _GLUED_TAIL_RE.fullmatch(segment)
    if glued is None:
        return None
    return glued["head"], glued["tail"]


def _written_as_code(written: str, canonical: str) -> bool:
    """Whether a part is spelt like a code ("TTg", "TTG"), not like a word ("tu", "Ca")."""
    return written == canonical or written.isupper()


def _is_plain_known_issuer(written: str) -> bool:
    """A known issuer spelt like a code ("TTg", "CP"; not "tu")."""
    known = _lookup_issuer(written)
    return known is not None and _written_as_code(written, known[0])


@attrs.frozen(slots=True)
class _Part:
    """An issuer part as read: canonical spelling, notes, and a glued word cut off it."""

    canonical: str
    notes: tuple[str, ...]
    written: str
    glued_word: str | None = None


def _resolve_part(segment: str, *, in_text: bool, may_be_unknown: bool) -> _Part | None:
    """Read one issuer part.

    Known parts get their canonical spelling. In running text (``in_text``) unknown parts must
    be upper case, a part spelt like a word is refused where it would be the only evidence of a
    code (``may_be_unknown`` False: the first issuer part of a code without kind abbreviation),
    and a lower-case word glued to the part is cut off ("TWngày"). A code string being parsed
    may have unknown parts in any case; they are upper-cased.
    """
    known = _lookup_issuer(segment)
    if known is not None and (may_be_unknown or not in_text or _written_as_code(segment, known[0])):
        return _Part(known[0], known[1], segment)
    if len(segment) > _MAX_SEGMENT_LENGTH * 2:
        return None
    if in_text:
        split = _split_glued_word(segment)
        if split is not None:
            head, tail = split
            known = _lookup_issuer(head)
            if known is not None and (may_be_unknown or _written_as_code(head, known[0])):
                return _Part(known[0], known[1], head, tail)
            if may_be_unknown and _UPPER_SEGMENT_RE.fullmatch(head):
                return _Part(head, (), head, tail)
            return None
        if may_be_unknown and _UPPER_SEGMENT_RE.fullmatch(segment):
            return _Part(segment, (), segment)
        return None
    if may_be_unknown and _UNKNOWN_SEGMENT_RE.fullmatch(segment):
        upper = segment.upper()
        note = f"upper-cased issuer part {upper} (written {segment})"
        return _Part(upper, () if upper == segment else (note,), segment)
    return None


def _is_party_issuer(part: str) -> bool:
    row = _tables().issuers.get(part)
    return row is not None and row.families == (_PARTY,)


@attrs.frozen(slots=True)
class _Reading:
    """A code read from text: the code, the corrections, and where it ends in the text."""

    code: DocumentCode
    corrections: tuple[str, ...]
    end: int


def _internal_separator_ok(sep: str, *, after_party_issuer: bool, in_text: bool) -> bool:
    """Whether ``sep`` may join two issuer parts.

    Hyphen or underscore, spaced or not ("UBND - VX"), or an unspaced dash variant; never a
    slash. In text, Party issuers take no spaced suffix ("57-NQ/TW - CMCN" ends after TW).
    """
    core = sep.strip()
    if core in _SLASH_CHARS:
        return False
    if sep == core:
        return True
    return core in ("-", "_") and not (in_text and after_party_issuer)


def _read(
    text: str, m: regex.Match[str], *, in_text: bool, glued_start: bool = False
) -> tuple[_Reading | None, str]:
    """Interpret a match of the grammar; return (reading, "") or (None, reason).

    ``in_text`` is True for :func:`find_document_codes` (conservative: unknown issuer parts must
    be upper case, the issuer may end before a part that does not fit) and False for parsing a
    code string (every part must fit).
    """
    number = m["number"]
    if not number.isascii():
        return None, "document numbers are written in ASCII digits"
    s1_text = m["sep1"] if m["sep1"] is not None else m["sep1s"]
    s1 = _sep_char(s1_text)
    year = int(m["year"]) if m["year"] else None
    s2 = _sep_char(m["sep2"]) if m["sep2"] is not None else None
    seps = [s1_text] + ([m["sep2"]] if m["sep2"] is not None else [])
    tokens = [
        _Token(t["sep"], t["seg"], t.start("seg"), t.end("seg"))
        for t in _TOKEN_RE.finditer(text, m.start("rest"), m.end("rest"))
    ]
    notes: list[str] = []

    # --- kind abbreviation, or none ----------------------------------------------------------
    first = tokens[0]
    type_: str | None = None
    type_written = ""
    st: str | None = None  # the separator between kind and issuer
    found_type = _lookup_type(first.seg)
    if found_type is not None:
        type_, type_notes = found_type
        type_written = first.seg
        notes += type_notes
        issuer_tokens = tokens[1:]
        if not issuer_tokens:
            return None, "a kind abbreviation without issuer"
        st_text = issuer_tokens[0].sep or ""
        st = _sep_char(st_text)
        seps.append(st_text)
    elif _is_known_issuer(first.seg):
        issuer_tokens = tokens
    else:
        cut = _glued_kind_length(first.seg)
        found_type = _lookup_type(first.seg[:cut]) if cut else None
        if cut is None or found_type is None:
            return None, "neither a known kind abbreviation nor a known issuer"
        type_written = first.seg[:cut]
        issuer_written = first.seg[cut:]
        if in_text and not (type_written.isupper() and _is_plain_known_issuer(issuer_written)):
            return None, "a kind glued to the issuer is read in text only when written in capitals"
        type_, type_notes = found_type
        notes += type_notes
        issuer_tokens = [_Token(None, issuer_written, first.start + cut, first.end), *tokens[1:]]
    # "-ct/tw", "Nq/tw": a kind not in capitals is read in text only before a known issuer
    lower_case_type = type_ is not None and type_written not in (type_, type_.upper())
    if s1 == " " and type_ is None:
        return None, "a space after the number is read only before a kind abbreviation"

    # --- issuer parts ------------------------------------------------------------------------
    parts: list[str] = []
    end = first.end
    glued_word: str | None = None
    for index, token in enumerate(issuer_tokens):
        if index > 0:
            sep = token.sep or ""
            after_party = _is_party_issuer(parts[0])
            if not _internal_separator_ok(sep, after_party_issuer=after_party, in_text=in_text):
                break
        part = _resolve_part(
            token.seg, in_text=in_text, may_be_unknown=index > 0 or type_ is not None
        )
        if part is None or len(part.canonical) > _MAX_SEGMENT_LENGTH:
            if in_text and index > 0:
                break
            return None, f"issuer part {token.seg!r} is not recognised"
        if (
            in_text
            and index > 0
            and type_ is not None
            and (token.sep or "") != (token.sep or "").strip()
            and not _is_known_issuer(part.canonical)
        ):
            break  # "749/QĐ-TTg - KT": a spaced suffix after a kind + issuer must be a known body
        if index > 0:
            seps.append(token.sep or "")
        parts.append(part.canonical)
        notes += part.notes
        end = token.start + len(part.written)
        glued_word = part.glued_word
        if glued_word is not None or len(parts) == _MAX_ISSUER_SEGMENTS:
            break
    if not in_text and end != m.end("rest"):
        return None, "unexpected text after the code"
    if type_ is None and not _is_known_issuer(parts[0]):
        return None, "a code without kind abbreviation needs a known issuer"
    if in_text and (lower_case_type or s1 == " ") and not _is_known_issuer(parts[0]):
        return None, "a lower-case kind or a space after the number needs a known issuer"
    if glued_start and (
        type_ is None or lower_case_type or s1 == " " or not _is_known_issuer(parts[0])
    ):
        return None, "a number glued to a word needs a kind in capitals and a known issuer"
    if in_text and type_ is None and year is None and (s1 != "/" or len(parts) < 2):
        # công văn "2844/VPCP-KSTT"; "Đề án 06/CP" is a scheme's name, not a code
        return None, "an official letter code needs a slash and a drafting unit in text"
    if glued_word is not None:
        notes.append(f"separated the glued word {glued_word!r}")
        if glued_word.startswith("ngày") and parts == ["TT"] and type_ is not None:
            parts = ["TTg"]  # "449/QĐ-TTngày": the g of TTg was lost with the space
            notes.append("restored the g of TTg lost before the glued 'ngày'")

    # --- family ------------------------------------------------------------------------------
    families = _allowed_families(type_, year, parts[0])
    if not families:
        return None, "the kind, year and issuer belong to no single family"
    if len(families) == 1:
        family = families[0]
    elif s1 == "-" or (s1 == " " and st == "/"):
        family = _PARTY
    else:
        family = _STATE
    notes = _separator_notes(seps) + _style_notes(family, s1, s2, st, type_ is not None) + notes
    try:
        code = DocumentCode(
            number=number, year=year, type=type_, issuer="-".join(parts), family=family
        )
    except ValidationError:
        return None, "the parts do not form a valid code"
    return _Reading(code, tuple(dict.fromkeys(notes)), end), ""


_TRAILING_PUNCTUATION = ".,;:"


def parse_document_code(text: str, *, strict: bool = False) -> ParsedCode:
    """Read one Vietnamese document code and say what had to be corrected.

    Lenient mode (the default) reads what real text writes and returns the canonical code:
    a leading "số"/"Số:", spaces around separators, en/em dashes and underscores, any case,
    lost diacritics ("QD", "ND", "BLDTBXH"), "TƯ" for "TW", Party codes written State-style
    ("22/NQ-TU") and the reverse ("03-NQ/CP"), a missing hyphen ("137/2015/NĐCP"), file-name
    style ("18-2019-TT-BGDĐT") and a space after the number ("84 QĐ/TWĐTN"). Strict mode accepts
    only the canonical form, exactly.

    Args:
        text: the code.
        strict: reject anything that is not exactly ``str(code)``.

    Returns:
        The code, the corrections made (human-readable) and whether the input was canonical.

    Raises:
        DocumentCodeError: ``text`` is not a document code, or not canonical in strict mode.

    >>> parsed = parse_document_code("Số: 15- Nq/tw")
    >>> str(parsed.code), parsed.is_canonical
    ('15-NQ/TW', False)
    >>> for note in parsed.corrections:
    ...     print(note)
    removed the lead-in 'Số:'
    removed spaces around separators
    canonical case of kind NQ (written Nq)
    canonical case of issuer TW (written tw)
    >>> parse_document_code("18-2019-TT-BGDĐT").code.canonical
    '18/2019/TT-BGDĐT'
    >>> parse_document_code("22/3/2018")
    Traceback (most recent call last):
    ...
    vn_digital_policy.errors.DocumentCodeError: not a Vietnamese document code: '22/3/2018'
    """
    given: object = text
    if not isinstance(given, str):
        raise DocumentCodeError("a document code must be a string", text=repr(given))
    if len(text) > _MAX_PARSE_LENGTH:
        raise DocumentCodeError("too long to be a document code", text=text)
    notes: list[str] = []
    working = unicodedata.normalize("NFC", text)
    if working != text:
        notes.append("normalised to NFC")
    if working.strip() != working:
        working = working.strip()
        notes.append("removed surrounding spaces")
    stripped = working.rstrip(_TRAILING_PUNCTUATION).rstrip()
    if stripped != working:
        notes.append("removed trailing punctuation")
    m = _PARSE_RE.fullmatch(stripped)
    if m is None:
        raise DocumentCodeError(text=text)
    if m["lead"]:
        notes.append(f"removed the lead-in {m['lead'].strip()!r}")
    reading, reason = _read(stripped, m, in_text=False)
    if reading is None:
        raise DocumentCodeError(f"not a Vietnamese document code ({reason})", text=text)
    canonical = str(reading.code)
    is_canonical = text == canonical
    if strict and not is_canonical:
        raise DocumentCodeError("not in canonical form", text=text, suggestions=(canonical,))
    return ParsedCode(reading.code, tuple(notes) + reading.corrections, is_canonical)


def is_document_code(text: str, *, strict: bool = False) -> bool:
    """Tell whether ``text`` is one document code; never raises.

    >>> is_document_code("57-NQ/TW"), is_document_code("COVID-19"), is_document_code(None)
    (True, False, False)
    >>> is_document_code("qd-Ttg 749"), is_document_code("749/qd-Ttg", strict=True)
    (False, False)
    """
    try:
        parse_document_code(text, strict=strict)
    except DocumentCodeError:
        return False
    return True


_WORD_BEFORE_RE = regex.compile(r"(?r)[\p{L}\p{M}]{1,12}+\Z")


def _glued_to_word(text: str, start: int) -> bool | None:
    """How the number at ``start`` is attached to what precedes it.

    False: not glued (or glued to "số", which is fine: "số31-QĐ/TW"). True: glued to a
    Vietnamese word ("THÔNG TƯ15/2017/TT-BCT", "định749/QĐ-TTg"), read only in a plainly
    written code. None: glued to an ASCII word or a letter and digit mix ("Covid19/CT-TTg",
    "VN30-Index"), not read at all.
    """
    if start == 0 or not _is_word_char(text[start - 1]):
        return False
    if _SO_BEFORE_RE.search(text, max(0, start - 8), start) is not None:
        return False
    word = _WORD_BEFORE_RE.search(text, max(0, start - 12), start)
    if word is None or word.group().isascii():
        return None
    return True


# Readings of matched strings, keyed by (matched text, glued to a word); news repeats codes.
_READ_CACHE: dict[tuple[str, bool], tuple[DocumentCode, tuple[str, ...], int] | None] = {}
_READ_CACHE_SIZE = 4096


def _list_matches(
    text: str, lower: int, start: int, code: DocumentCode, corrections: tuple[str, ...]
) -> list[CodeMatch]:
    """Numbers sharing the suffix of the code at ``start`` ("số 2522, 2523/UBND-VX")."""
    listed = _LIST_RE.search(text, max(lower, start - _LIST_WINDOW), start)
    if listed is None:
        return []
    note = f"number shares the kind and issuer written after the last one ({code})"
    matches = []
    items = sorted(
        zip(listed.starts("item"), listed.ends("item"), listed.captures("item"), strict=True)
    )
    for item_start, item_end, item in items:
        shared = code.model_copy(update={"number": item})
        matches.append(CodeMatch(shared, item_start, item_end, item, (*corrections, note)))
    return matches


def find_document_codes(text: str) -> list[CodeMatch]:
    """Find every document code in running text, in order; never raises.

    Spans index the string passed (no normalisation is applied to it). Several numbers sharing
    one suffix yield one code each: "các Công văn số 2522, 2523/UBND-VX" gives 2522/UBND-VX
    (span "2522") and 2523/UBND-VX; such lists need "số" before their first number.

    What is *not* a code: dates ("22/3/2018", "19-7"), "4.0", "COVID-19", "G20", phone numbers,
    URL slugs, periods ("2021-2025"), "KT-XH", "QP - AN". A candidate needs a number, a
    separator and either a known kind abbreviation or (codes without one: laws, official
    letters) a known issuer, so random "12/AB-CD" strings are left alone. Unknown issuer parts
    must be upper case; an official letter needs its drafting unit ("2844/VPCP-KSTT", not the
    scheme name "Đề án 06/CP"); no suffix is joined after a Party issuer with a spaced dash
    ("57-NQ/TW - CMCN 4.0"). A code glued to the next word stops before it ("70-TB/TWngày 06"
    -> 70-TB/TW); "449/QĐ-TTngày" is read as 449/QĐ-TTg, the g having been lost with the space
    (the only issuer restored from a truncation).

    >>> text = "Nghị quyết 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị và Quyết định 749/QĐ-TTg"
    >>> [(m.text, m.start, m.end) for m in find_document_codes(text)]
    [('23-NQ/TW', 11, 19), ('749/QĐ-TTg', 66, 76)]
    >>> [str(m.code) for m in find_document_codes("các Công văn số 2522, 2523/UBND - VX")]
    ['2522/UBND-VX', '2523/UBND-VX']
    >>> find_document_codes("COVID-19, công nghiệp 4.0, ngày 6/12, giai đoạn 2021-2025")
    []
    """
    given: object = text
    if not isinstance(given, str):
        return []
    matches: list[CodeMatch] = []
    previous_end = 0
    for m in _FIND_RE.finditer(text):
        start = m.start("number")
        glued = _glued_to_word(text, start)
        if glued is None:
            continue
        key = (m.group(), glued)
        if key in _READ_CACHE:
            cached = _READ_CACHE[key]
        else:
            reading, _reason = _read(text, m, in_text=True, glued_start=glued)
            cached = None
            if reading is not None:
                cached = (reading.code, reading.corrections, reading.end - start)
            if len(_READ_CACHE) >= _READ_CACHE_SIZE:
                _READ_CACHE.clear()
            _READ_CACHE[key] = cached
        if cached is None:
            continue
        code, corrections, length = cached
        end = start + length
        matches += _list_matches(text, previous_end, start, code, corrections)
        matches.append(CodeMatch(code, start, end, text[start:end], corrections))
        previous_end = end
    return matches
