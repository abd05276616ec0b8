"""Tests for vn_digital_policy.codes: Vietnamese document codes ("số và ký hiệu văn bản").

Real examples cite the section of shared/reference/document-codes.md they come from (verbatim).
"""

from __future__ import annotations

import json
import pathlib
import unicodedata

import pydantic
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from strategies.codes import (
    ADVERSARIAL,
    canonical_codes,
    fold,
    noisy_codes,
    sentences_with_code,
)
from vn_digital_policy._data import read_table
from vn_digital_policy.codes import (
    CodeMatch,
    DocumentCode,
    ParsedCode,
    find_document_codes,
    is_document_code,
    parse_document_code,
)
from vn_digital_policy.enums import DocumentFamily, DocumentKind
from vn_digital_policy.errors import DocumentCodeError

PARTY = DocumentFamily.PARTY
STATE = DocumentFamily.STATE
K = DocumentKind
SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"


def codes_in(text: str) -> list[str]:
    return [str(m.code) for m in find_document_codes(text)]


def assert_valid_matches(text: str, matches: list[CodeMatch]) -> None:
    previous_end = 0
    for m in matches:
        assert previous_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        previous_end = m.end


# ---------------------------------------------------------------------------------------------
# Data tables
# ---------------------------------------------------------------------------------------------


def test_type_table_rows_are_well_formed() -> None:
    rows = read_table("document_types.tsv", columns=5)
    assert len(rows) > 40
    seen = set()
    for abbr, family, kind, also, source in rows:
        assert (abbr, family) not in seen, abbr
        seen.add((abbr, family))
        assert DocumentFamily[family]
        assert DocumentKind[kind]
        for extra in filter(None, also.split(",")):
            assert DocumentKind[extra.strip()]
        assert source, abbr
    # case-insensitive spellings must be unique ("CTr" vs "CT", "QĐi" vs "QĐ")
    upper = [abbr.upper() for abbr in {a for a, *_ in rows}]
    assert len(upper) == len(set(upper))


def test_issuer_table_rows_are_well_formed() -> None:
    rows = read_table("issuers.tsv", columns=5)
    codes = [code for code, *_ in rows]
    assert len(codes) == len(set(codes))
    folded = [fold(code) for code in codes]
    assert len(folded) == len(set(folded)), "two issuers differ only by diacritics"
    types = {fold(a) for a, *_ in read_table("document_types.tsv", columns=5)}
    assert not types & set(folded), "an issuer code is also a kind abbreviation"
    for code, family, term, name, note in rows:
        assert {f.strip() for f in family.split("|")} <= {"PARTY", "STATE"}
        assert term in ("", "khóa")
        assert name, code
        assert note, code
    assert {"TW", "TU", "VPTW", "BTGTW", "BTCTW", "QUTW", "TWĐTN"} <= set(codes)
    assert {"CP", "TTg", "QH", "UBND", "BTTTT", "BKHCN", "BLĐTBXH"} <= set(codes)


# ---------------------------------------------------------------------------------------------
# Canonical codes: §2 and §3 of the reference (and NĐ30's own examples)
# ---------------------------------------------------------------------------------------------

CANONICAL = [
    # (code, family, kind, year, type, issuer)
    ("749/QĐ-TTg", STATE, K.DECISION, None, "QĐ", "TTg"),  # §2.2
    ("15/QĐ-BNV", STATE, K.DECISION, None, "QĐ", "BNV"),  # §2.2, NĐ30 example
    ("05/BNV-VP", STATE, K.OFFICIAL_LETTER, None, None, "BNV-VP"),  # §2.1
    ("12/UBND-VX", STATE, K.OFFICIAL_LETTER, None, None, "UBND-VX"),  # §2.2
    ("2844/VPCP-KSTT", STATE, K.OFFICIAL_LETTER, None, None, "VPCP-KSTT"),  # §2.2
    ("1369/BTTTT-KHTC", STATE, K.OFFICIAL_LETTER, None, None, "BTTTT-KHTC"),  # §2.2
    ("61/TTg-KTTH", STATE, K.OFFICIAL_LETTER, None, None, "TTg-KTTH"),  # §2.2
    ("3298/QĐ-BNN-HTQT", STATE, K.DECISION, None, "QĐ", "BNN-HTQT"),  # §5 #22
    ("05/2009/TTLT-BCA-BNG", STATE, K.JOINT_CIRCULAR, 2009, "TTLT", "BCA-BNG"),  # §2.2
    (
        "01/2014/TTLT-BCA-BQP-BLĐTBXH-BNG",
        STATE,
        K.JOINT_CIRCULAR,
        2014,
        "TTLT",
        "BCA-BQP-BLĐTBXH-BNG",
    ),
    ("04/TTr-BKHCN-BTTTT", STATE, K.SUBMISSION, None, "TTr", "BKHCN-BTTTT"),  # §2.2
    ("43/HDLN-SYT-BHXH", STATE, K.GUIDANCE, None, "HDLN", "SYT-BHXH"),  # §2.2
    ("2548/QCPH-LĐTBXH-CA-QP-NG", STATE, K.RULES, None, "QCPH", "LĐTBXH-CA-QP-NG"),  # §2.2
    ("13/2023/NĐ-CP", STATE, K.DECREE, 2023, "NĐ", "CP"),  # §2.3
    ("29/2024/TT-BGDĐT", STATE, K.CIRCULAR, 2024, "TT", "BGDĐT"),  # §2.3
    ("17/2024/TT-NHNN", STATE, K.CIRCULAR, 2024, "TT", "NHNN"),  # §2.3
    ("05/2017/QĐ-TTg", STATE, K.DECISION, 2017, "QĐ", "TTg"),  # §2.3
    ("18/2006/NQ-HĐND", STATE, K.RESOLUTION, 2006, "NQ", "HĐND"),  # §2.3
    ("19/2008/CT-TTg", STATE, K.DIRECTIVE, 2008, "CT", "TTg"),  # §2.3
    ("20/2023/QH15", STATE, None, 2023, None, "QH15"),  # §2.3: law or resolution
    ("51/2005/QH11", STATE, None, 2005, None, "QH11"),  # §2.3
    ("26/2022/UBTVQH15", STATE, None, 2022, None, "UBTVQH15"),  # §2.3
    ("1034/CĐ-TTg", STATE, K.DISPATCH, None, "CĐ", "TTg"),  # §2.3
    ("176/KH-UBND", STATE, K.PLAN, None, "KH", "UBND"),  # §2.3
    ("26/BC-BTTTT", STATE, K.REPORT, None, "BC", "BTTTT"),  # §2.3
    ("158/TTr-SYT", STATE, K.SUBMISSION, None, "TTr", "SYT"),  # §2.3
    ("28/CP", STATE, K.OFFICIAL_LETTER, None, None, "CP"),  # §2.3 historic decree: override kind
    ("05/VBHN-BGDĐT", STATE, K.CONSOLIDATED_TEXT, None, "VBHN", "BGDĐT"),  # §2.3
    ("4/VBHN-BNV", STATE, K.CONSOLIDATED_TEXT, None, "VBHN", "BNV"),  # §2.1, no leading zero
    ("36a/NQ-CP", STATE, K.RESOLUTION, None, "NQ", "CP"),  # §2.1 letter suffix
    ("10401/QĐ-UBND", STATE, K.DECISION, None, "QĐ", "UBND"),  # §2.1 five digits
    ("1893/QĐ-ĐDN", STATE, K.DECISION, None, "QĐ", "ĐDN"),  # §5 #30
    ("57-NQ/TW", PARTY, K.RESOLUTION, None, "NQ", "TW"),  # §1
    ("36-HD/VPTW", PARTY, K.GUIDANCE, None, "HD", "VPTW"),  # §3.1
    ("97-QĐ/TW", PARTY, K.DECISION, None, "QĐ", "TW"),  # §3.1 (a quy định: override)
    ("09-NQ/TU", PARTY, K.RESOLUTION, None, "NQ", "TU"),  # §3.3
    ("08-QĐi/TW", PARTY, K.REGULATION, None, "QĐi", "TW"),  # §3.3
    ("127-KL/TW", PARTY, K.CONCLUSION, None, "KL", "TW"),  # §3.3
    ("151-HD/BTGTW", PARTY, K.GUIDANCE, None, "HD", "BTGTW"),  # §3.3
    ("70-TB/TW", PARTY, K.NOTICE, None, "TB", "TW"),  # §3.3
    ("46-CTr/TU", PARTY, K.PROGRAMME, None, "CTr", "TU"),  # §3.3
    ("534-KH/TU", PARTY, K.PLAN, None, "KH", "TU"),  # §3.3
    ("8011-CV/BTCTW", PARTY, K.OFFICIAL_LETTER, None, "CV", "BTCTW"),  # §3.3
    ("59-CV/BCĐ", PARTY, K.OFFICIAL_LETTER, None, "CV", "BCĐ"),  # §3.3
    ("646-QĐ/QUTW", PARTY, K.DECISION, None, "QĐ", "QUTW"),  # §3.3
    ("84-QĐ/TWĐTN", PARTY, K.DECISION, None, "QĐ", "TWĐTN"),  # §3.3 Youth Union
    ("19-KH/BCSĐ", PARTY, K.PLAN, None, "KH", "BCSĐ"),  # §3.4
]


@pytest.mark.parametrize("row", CANONICAL, ids=[row[0] for row in CANONICAL])
def test_canonical_examples(
    row: tuple[str, DocumentFamily, DocumentKind | None, int | None, str | None, str],
) -> None:
    text, _family, _kind, year, type_, issuer = row
    parsed = parse_document_code(text, strict=True)
    code = parsed.code
    assert (text, code.family, code.kind, code.year, code.type, code.issuer) == row
    assert str(code) == code.canonical == text
    assert parsed.is_canonical
    assert parsed.corrections == ()
    assert is_document_code(text, strict=True)
    # in running text a code without kind and year needs a drafting unit ("Đề án 06/CP", §4.5)
    bare_letter = type_ is None and year is None and "-" not in issuer
    assert codes_in(f"Theo văn bản số {text} ngày 1/1/2020.") == ([] if bare_letter else [text])


def test_thong_tu_is_circular_for_the_state_and_thong_tri_for_the_party() -> None:
    # §2.4 pitfalls: TT is thông tư in State codes, thông tri in Party codes; CT vs CTr
    assert DocumentCode.parse("01/2021/TT-BTTTT").kind is K.CIRCULAR
    assert DocumentCode.parse("12-TT/TW").kind is K.CIRCULAR_NOTE
    assert DocumentCode.parse("05-CT/TW").kind is K.DIRECTIVE
    assert DocumentCode.parse("09-CTr/TU").kind is K.PROGRAMME


def test_reused_numbers_are_equal_codes() -> None:
    # §2.3: 127/QĐ-TTg of 2018 and of 2021 share a code; the date tells them apart
    assert DocumentCode.parse("127/QĐ-TTg") == DocumentCode.parse("127/QĐ-TTg ")
    assert hash(DocumentCode.parse("127/QĐ-TTg")) == hash(DocumentCode.parse("127/QD-TTG"))


# ---------------------------------------------------------------------------------------------
# Lenient parsing: the variants of §4, verbatim
# ---------------------------------------------------------------------------------------------

LENIENT = [
    # (as written, canonical, a word expected in one of the corrections)
    ("Số: 06/QĐTTg", "06/QĐ-TTg", "missing hyphen"),  # §4.2
    ("137/2015/NĐCP", "137/2015/NĐ-CP", "missing hyphen"),  # §4.2
    ("132/2008-NĐCP", "132/2008/NĐ-CP", "after the year"),  # §4.2
    ("18-2019-TT-BGDĐT", "18/2019/TT-BGDĐT", "file-name"),  # §4.2
    ("302-2016-TT-BTC", "302/2016/TT-BTC", "file-name"),  # §4.2
    ("84 QĐ/TWĐTN", "84-QĐ/TWĐTN", "space instead of hyphen"),  # §3.4, §4.2
    ("2718/ UBND - VX", "2718/UBND-VX", "spaces"),  # §4.2
    ("16/CT - TTg", "16/CT-TTg", "spaces"),  # §4.2
    ("37/2009/TT- BTTTT", "37/2009/TT-BTTTT", "spaces"),  # §4.2
    ("08- QĐi/TW", "08-QĐi/TW", "spaces"),  # §4.2
    ("15- Nq/tw", "15-NQ/TW", "case"),  # §4.2
    ("1206 /QĐ-HVTC", "1206/QĐ-HVTC", "spaces"),  # §4.1, §4.2
    ("05 – CT/TW", "05-CT/TW", "dash variant"),  # §4.2
    ("2455/TCT_DNNCN", "2455/TCT-DNNCN", "underscore"),  # §4.2
    ("05-CT/TƯ", "05-CT/TW", "TƯ"),  # §4.2
    ("2086/QĐ-TTG", "2086/QĐ-TTg", "case"),  # §4.1
    ("06-ct/tw", "06-CT/TW", "case"),  # §4.1
    ("33/2008/qd-Ttg", "33/2008/QĐ-TTg", "Đ"),  # §4.1
    ("13/2023/ND-CP", "13/2023/NĐ-CP", "Đ"),  # §4.1 English rendering
    ("648/QD-TTg", "648/QĐ-TTg", "Đ"),  # §4.1
    ("22/NQ-TU", "22-NQ/TU", "Party code written State-style"),  # §4.3
    ("22/CT-TW", "22-CT/TW", "Party code written State-style"),  # §4.3
    ("148/QĐ-TW", "148-QĐ/TW", "Party code written State-style"),  # §4.3
    ("646/QĐ/QUTW", "646-QĐ/QUTW", "slash instead of hyphen"),  # §4.3
    ("03-NQ/CP", "03/NQ-CP", "State code written Party-style"),  # §4.3
    ("52-NQ-TW", "52-NQ/TW", "hyphen instead of slash"),  # brief: "NQ-TW" for "NQ/TW"
    ("số 57-NQ/TW", "57-NQ/TW", "lead-in"),  # §4.1
    ("Số: 05/BNV-VP", "05/BNV-VP", "lead-in"),  # §2.1
    ("No. 37/2019/ND-CP", "37/2019/NĐ-CP", "lead-in"),  # §4.1 "Decree No. 37/2019/ND-CP"
    ("01/2014/TTLT-BCA-BQP-BLDTBXH-BNG", "01/2014/TTLT-BCA-BQP-BLĐTBXH-BNG", "Đ"),
    ("số31-QĐ/TW", "31-QĐ/TW", "lead-in"),  # §4.1 glued "số"
    ("57-NQ/TW.", "57-NQ/TW", "punctuation"),
]


@pytest.mark.parametrize(("written", "canonical", "note"), LENIENT)
def test_lenient_variants(written: str, canonical: str, note: str) -> None:
    parsed = parse_document_code(written)
    assert str(parsed.code) == canonical
    assert not parsed.is_canonical
    assert any(note in c for c in parsed.corrections), parsed.corrections
    with pytest.raises(DocumentCodeError) as info:
        DocumentCode.parse(written, strict=True)
    assert info.value.suggestions == (canonical,)
    assert is_document_code(written)
    assert not is_document_code(written, strict=True)


NOT_CODES = [
    "22/3/2018",  # dates
    "6/12",
    "19-7",
    "9.1.2025",
    "4.0",
    "COVID-19",
    "Covid-19",
    "G20",
    "1900 54 54 81",
    "2021-2025",
    "KT-XH",
    "QP - AN",
    "ISO 9001:2015",
    "TP.HCM",
    "52-NQ",  # kind without issuer
    "159-TB",  # §4.6 truncated
    "12/AB-CD",  # unknown kind and issuer
    "23/SL",  # §2.3 Sắc lệnh: SL alone is not an issuer
    "Thông tư 29/2024",  # §4.5
    "qd-Ttg",  # no number
    "",
    "   ",
    "số",
    "1/2",
    "5/QĐi-UBND",  # Party-only kind with a State issuer
    "5/2019/NQ-TW",  # Party codes carry no year
    "5/TW",  # Party codes always carry a kind
    "1234567/QĐ-TTg",  # seven digits
    "٣/QĐ-TTg",  # not ASCII digits
]


@pytest.mark.parametrize("text", NOT_CODES)
def test_not_codes(text: str) -> None:
    with pytest.raises(DocumentCodeError):
        parse_document_code(text)
    assert not is_document_code(text)
    assert find_document_codes(text) == []


def test_overlong_input_is_rejected_quickly() -> None:
    with pytest.raises(DocumentCodeError, match="too long"):
        DocumentCode.parse("57-NQ/TW" + " " * 300)


def test_non_string_input() -> None:
    with pytest.raises(DocumentCodeError):
        parse_document_code(57)  # type: ignore[arg-type]
    assert is_document_code(None) is False  # type: ignore[arg-type]
    assert find_document_codes(None) == []  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# The model
# ---------------------------------------------------------------------------------------------


def test_model_derives_family_and_kind() -> None:
    assert DocumentCode(number="57", type="NQ", issuer="TW").family is PARTY
    assert DocumentCode(number="57", type="NQ", issuer="CP").family is STATE
    assert DocumentCode(number="1", type="QĐi", issuer="XYZ").family is PARTY  # Party-only kind
    assert DocumentCode(number="1", type="NQ", issuer="XYZ").family is STATE  # default
    assert DocumentCode(number="59", type="CV", issuer="BCĐ").family is PARTY  # ambiguous body
    law = DocumentCode(number="20", year=2023, issuer="QH15")
    assert law.kind is None
    assert law.issuer_name == "Quốc hội khóa XV"


def test_model_canonicalises_spelling() -> None:
    code = DocumentCode(number="749", type="qd", issuer="ttg")
    assert (code.type, code.issuer, str(code)) == ("QĐ", "TTg", "749/QĐ-TTg")
    assert DocumentCode(number="1", type="NQ", issuer="tƯ").issuer == "TW"
    assert DocumentCode(number="1", type="KH", issuer="ubnd-vx").issuer == "UBND-VX"


@pytest.mark.parametrize(
    "fields",
    [
        {"number": "1", "type": "NĐ", "issuer": "TW"},  # State-only kind, Party issuer
        {"number": "1", "type": "NQ", "issuer": "TW", "family": STATE},  # contradicts issuer
        {"number": "1", "type": "NQ", "issuer": "CP", "kind": K.LAW},  # contradicts kind
        {"number": "1", "year": 2020, "issuer": "QH14", "kind": K.DECREE},
        {"number": "1", "year": 2020, "type": "NQ", "issuer": "TW"},  # Party with a year
        {"number": "1", "issuer": "XYZ-AB"},  # no kind and unknown issuer
        {"number": "1", "type": "XX", "issuer": "CP"},  # unknown kind
        {"number": "", "type": "NQ", "issuer": "CP"},
        {"number": "1/2", "type": "NQ", "issuer": "CP"},
        {"number": "1", "year": 1850, "type": "NQ", "issuer": "CP"},
        {"number": "1", "type": "NQ", "issuer": "C P"},
        {"number": "1", "type": "NQ", "issuer": "CP-"},
        {"number": "1", "type": "NQ", "issuer": "CP", "extra": 1},
        {"number": 1, "type": "NQ", "issuer": "CP"},
        {"number": "1", "type": "NQ", "issuer": "CP", "family": "Party"},
    ],
)
def test_model_rejects_inconsistent_fields(fields: dict[str, object]) -> None:
    with pytest.raises(pydantic.ValidationError):
        DocumentCode.model_validate(fields)


def test_model_is_frozen_and_hashable() -> None:
    code = DocumentCode.parse("749/QĐ-TTg")
    with pytest.raises(pydantic.ValidationError):
        code.number = "750"  # type: ignore[misc]
    assert {code, DocumentCode.parse("749/QD-TTg")} == {code}


def test_with_kind_overrides_only_where_the_code_allows() -> None:
    # §3.3: "Quy định số 144-QĐ/TW" - the word in front decides between quyết định and quy định
    rule = DocumentCode.parse("144-QĐ/TW").with_kind(K.REGULATION)
    assert rule.kind is K.REGULATION
    assert str(rule) == "144-QĐ/TW"
    assert rule.with_kind(None).kind is K.DECISION
    assert DocumentCode.parse("24/2018/QH14").with_kind(K.LAW).kind is K.LAW
    assert DocumentCode.parse("01/2018/UBTVQH14").with_kind(K.ORDINANCE).kind is K.ORDINANCE
    assert DocumentCode.parse("28/CP").with_kind(K.DECREE).kind is K.DECREE  # §2.3 historic
    with pytest.raises(DocumentCodeError):
        DocumentCode.parse("749/QĐ-TTg").with_kind(K.REGULATION)
    with pytest.raises(DocumentCodeError):
        DocumentCode.parse("20/2023/QH15").with_kind(K.DECREE)


def test_issuer_name() -> None:
    assert DocumentCode.parse("57-NQ/TW").issuer_name is not None
    assert DocumentCode.parse("2844/VPCP-KSTT").issuer_name == "Văn phòng Chính phủ"
    assert DocumentCode.parse("26/2022/UBTVQH15").issuer_name == (
        "Ủy ban Thường vụ Quốc hội khóa XV"
    )
    assert DocumentCode.parse("1206/QĐ-HVTC").issuer_name is None


def test_json_schema_lists_the_fields() -> None:
    schema = DocumentCode.model_json_schema()
    assert set(schema["properties"]) == {"number", "year", "type", "issuer", "family", "kind"}
    assert schema["additionalProperties"] is False


def test_json_uses_vietnamese_enum_values() -> None:
    dumped = json.loads(DocumentCode.parse("57-NQ/TW").model_dump_json())
    assert dumped == {
        "number": "57",
        "year": None,
        "type": "NQ",
        "issuer": "TW",
        "family": "Đảng",
        "kind": "nghị quyết",
    }


# ---------------------------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------------------------


@given(canonical_codes())
@example(DocumentCode(number="03", type="NQ", issuer="CP"))
@example(DocumentCode(number="36a", type="NQ", issuer="CP"))
@example(DocumentCode(number="1", year=2014, type="TTLT", issuer="BCA-BQP-BLĐTBXH-BNG"))
def test_canonical_round_trip(code: DocumentCode) -> None:
    text = str(code)
    assert DocumentCode.parse(text, strict=True) == code
    parsed = parse_document_code(text)
    assert parsed.is_canonical
    assert parsed.corrections == ()
    assert DocumentCode.model_validate_json(code.model_dump_json()) == code
    assert DocumentCode.model_validate(code.model_dump()) == code


@given(noisy_codes())
@example((DocumentCode(number="22", type="NQ", issuer="TU"), "22/NQ-TU"))
@example((DocumentCode(number="05", type="CT", issuer="TW"), "05 – CT/TW"))
@example((DocumentCode(number="84", type="QĐ", issuer="TWĐTN"), "84 QĐ/TWĐTN"))
def test_noisy_variants_parse_to_the_code(case: tuple[DocumentCode, str]) -> None:
    code, written = case
    parsed = parse_document_code(written)
    assert parsed.code == code
    assert parsed.is_canonical == (written == str(code))
    assert parsed.is_canonical == (not parsed.corrections)
    if written != str(code):
        with pytest.raises(DocumentCodeError):
            DocumentCode.parse(written, strict=True)


@given(noisy_codes())
def test_parsing_is_idempotent(case: tuple[DocumentCode, str]) -> None:
    code = DocumentCode.parse(case[1])
    assert DocumentCode.parse(str(code)) == code


@given(sentences_with_code())
@example(
    (
        DocumentCode(number="57", type="NQ", issuer="TW"),
        "Nghị quyết số 57-NQ/TW ngày 22/12/2024",
        14,
    )
)
def test_find_in_sentence(case: tuple[DocumentCode, str, int]) -> None:
    code, sentence, start = case
    matches = find_document_codes(sentence)
    assert [(m.code, m.start, m.end) for m in matches] == [(code, start, start + len(str(code)))]
    assert matches[0].is_canonical
    assert_valid_matches(sentence, matches)


@given(sentences_with_code())
def test_find_is_invariant_under_nfd(case: tuple[DocumentCode, str, int]) -> None:
    _, sentence, _ = case
    composed = "Căn cứ Chỉ thị số 05-CT/TƯ và " + sentence
    decomposed = unicodedata.normalize("NFD", composed)
    matches = find_document_codes(decomposed)
    assert_valid_matches(decomposed, matches)
    assert [m.code for m in matches] == [m.code for m in find_document_codes(composed)]
    assert len(matches) == 2


@given(st.text())
@example("Số: 06/QĐTTg")
@example("số 2522, 2523/UBND-VX")
@example("\u0301" * 10)
def test_parse_raises_only_document_code_error(text: str) -> None:
    try:
        code = DocumentCode.parse(text)
    except DocumentCodeError:
        assert not is_document_code(text)
    else:
        assert is_document_code(text)
        assert DocumentCode.parse(str(code), strict=True) == code


@given(st.text(alphabet=st.sampled_from("0123456789/-–_ .,:QĐNTCPWUBKHVXgiốsaày\r\n")))
@example("70-TB/TWngày 06")
@example("số 1, 2/QĐ-TTg")
def test_find_never_raises_and_spans_are_valid(text: str) -> None:
    matches = find_document_codes(text)
    assert_valid_matches(text, matches)
    for m in matches:
        assert DocumentCode.parse(str(m.code), strict=True) == m.code
        if not any("glued" in note or "shares" in note for note in m.corrections):
            assert DocumentCode.parse(m.text) == m.code  # text read = code string read


@given(st.text())
def test_find_on_arbitrary_unicode(text: str) -> None:
    assert_valid_matches(text, find_document_codes(text))


# full size for the finder; cut to 200 characters too, so the parser runs its grammar on them
ADVERSARIAL_CASES = [*ADVERSARIAL, *(s[:200] for s in ADVERSARIAL)]


@pytest.mark.parametrize(
    "text", ADVERSARIAL_CASES, ids=[f"{s[:10]!r}x{len(s)}" for s in ADVERSARIAL_CASES]
)
def test_adversarial_inputs_terminate(text: str) -> None:
    matches = find_document_codes(text)
    assert_valid_matches(text, matches)
    assert not is_document_code(text)
    with pytest.raises(DocumentCodeError):
        parse_document_code(text)


def test_adversarial_code_dense_text() -> None:
    text = "1/QĐ-TTg " * 5_000
    matches = find_document_codes(text)
    assert len(matches) == 5_000
    assert {str(m.code) for m in matches} == {"1/QĐ-TTg"}


# ---------------------------------------------------------------------------------------------
# Finding codes in real sentences (§4 verbatim and the brief)
# ---------------------------------------------------------------------------------------------

SENTENCES = [
    # (sentence, the codes a reader sees)
    ("Nghị quyết 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị", ["23-NQ/TW"]),
    (
        "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học,"
        " công nghệ",
        ["57-NQ/TW"],
    ),
    (
        "Quyết định số 749/QĐ-TTg ngày 3/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình"
        " Chuyển đổi số quốc gia",
        ["749/QĐ-TTg"],
    ),
    ("Nghị định 13/2023/NĐ-CP", ["13/2023/NĐ-CP"]),
    ("Luật Giao dịch điện tử số 20/2023/QH15", ["20/2023/QH15"]),
    ("Chỉ thị 05 – CT/TW", ["05-CT/TW"]),  # §4.2
    ("Công văn 2455/TCT_DNNCN", ["2455/TCT-DNNCN"]),  # §4.2
    ("Decree 13/2023/ND-CP", ["13/2023/NĐ-CP"]),  # §4.1
    ("Thông tư 01/2021/TT-BTTTT", ["01/2021/TT-BTTTT"]),
    ("Nghị quyết 03-NQ/CP ngày 9.1.2025", ["03/NQ-CP"]),  # §4.3
    ("Quyết định số 06/QĐ-TTg", ["06/QĐ-TTg"]),
    ("Nghị quyết số 52-NQ/TW và 57-NQ/TW", ["52-NQ/TW", "57-NQ/TW"]),
    ("các Công văn số 2522, 2523/UBND - VX", ["2522/UBND-VX", "2523/UBND-VX"]),  # §4.1
    ("Quyết định số 318, 319 và 320/QĐ-TTg", ["318/QĐ-TTg", "319/QĐ-TTg", "320/QĐ-TTg"]),
    ("Nghị quyết số 52, 57-NQ/TW", ["52-NQ/TW", "57-NQ/TW"]),
    ("các Quyết định số: 318, 319, 320, 321 ngày 8/3/2022", []),  # §4.1: no suffix at all
    ("449/QĐ-TTngày 12 tháng 3 năm 2013", ["449/QĐ-TTg"]),  # §4.2: the g of TTg is lost
    ("70-TB/TWngày 06 tháng 01", ["70-TB/TW"]),  # §4.2
    ("1896/QĐ-TTg\r\nngày 25/12/2019", ["1896/QĐ-TTg"]),  # §4.2
    ("Quyết định số: 1206 /QĐ-HVTC", ["1206/QĐ-HVTC"]),  # §4.1
    ("Số hiệu:Thông tư số 33/2015/TT-BCT", ["33/2015/TT-BCT"]),  # §4.1
    ("văn bản số 4912/UBND-NC", ["4912/UBND-NC"]),  # §4.1
    ("Văn bản số 2777-CV/TU", ["2777-CV/TU"]),  # §4.1
    ("QUYẾT ĐỊNH 2086/QĐ-TTG", ["2086/QĐ-TTg"]),  # §4.1
    ("Nghị Quyết số 22/NQ-TU", ["22-NQ/TU"]),  # §4.1, §4.3
    ("chỉ thị số 06-ct/tw", ["06-CT/TW"]),  # §4.1
    ("quyết định 505/QĐ-TTg", ["505/QĐ-TTg"]),  # §4.1
    ("THÔNG TƯ15/2017/TT-BCT", ["15/2017/TT-BCT"]),  # §4.1 glued to the kind word
    ("Bộ Chính trị số31-QĐ/TW", ["31-QĐ/TW"]),  # §4.1 glued to "số"
    ("Thông tư liêntịch số05/2009/TTLT-BCA-BNG", ["05/2009/TTLT-BCA-BNG"]),  # §4.1
    (
        "Căn cứ các Quyết định của Thủ tướng Chính phủ: số 950/QĐ-TTg …; số 749/QĐ-TTg …;"
        " số 942/QĐ-TTg …; số 06/QĐ-TTg …",
        ["950/QĐ-TTg", "749/QĐ-TTg", "942/QĐ-TTg", "06/QĐ-TTg"],
    ),  # §4.1
    ("Decision 648/QD-TTg", ["648/QĐ-TTg"]),  # §4.1
    ("Resolution No. 52-NQ/TW", ["52-NQ/TW"]),  # §4.1
    ("Decree No. 37/2019/ND-CP", ["37/2019/NĐ-CP"]),  # §4.1
    ("Decision 33/2008/qd-Ttg", ["33/2008/QĐ-TTg"]),  # §4.1
    ("DECREE 648/QD-TTg", ["648/QĐ-TTg"]),  # §4.1
    ("2718/ UBND - VX", ["2718/UBND-VX"]),  # §4.2
    ("16/CT - TTg", ["16/CT-TTg"]),  # §4.2
    ("37/2009/TT- BTTTT", ["37/2009/TT-BTTTT"]),  # §4.2
    ("08- QĐi/TW", ["08-QĐi/TW"]),  # §4.2
    ("15- Nq/tw", ["15-NQ/TW"]),  # §4.2
    ("18-2019-TT-BGDĐT", ["18/2019/TT-BGDĐT"]),  # §4.2
    ("302-2016-TT-BTC", ["302/2016/TT-BTC"]),  # §4.2
    ("132/2008-NĐCP", ["132/2008/NĐ-CP"]),  # §4.2
    ("137/2015/NĐCP", ["137/2015/NĐ-CP"]),  # §4.2
    ("Số: 06/QĐTTg", ["06/QĐ-TTg"]),  # §4.2
    ("Quyết định số 84 QĐ/TWĐTN … của Ban Chấp hành Trung ương Đoàn", ["84-QĐ/TWĐTN"]),  # §3.4
    ("Chỉ thị số 05-CT/TƯ", ["05-CT/TW"]),  # §4.2
    ("Ngh nh s 17/2008/N -CP", []),  # §4.2 "Đ" lost in PDF extraction: unrecoverable
    ("QĐ-TTG, qd-Ttg, -ct/tw, -kl/tw, Nq/tw", []),  # §4.2: no number
    ("KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ", ["127-KL/TW"]),  # §4.2 scattered diacritics
    ("Nghị qụỵết số 18-NQ/TW", ["18-NQ/TW"]),  # §4.2
    ("Kết lùận số 126-KL/TW, ngàỷ 14/02/2025", ["126-KL/TW"]),  # §4.2
    ("Chỉ thị số 22/CT-TW", ["22-CT/TW"]),  # §4.3
    ("Quy định 148/QĐ-TW", ["148-QĐ/TW"]),  # §4.3
    ("Quy định số 646/QĐ/QUTW", ["646-QĐ/QUTW"]),  # §4.3
    ("Nghị quyết 57-NQ/TW, ngày 22/12/2024", ["57-NQ/TW"]),  # §4.4
    ("2941/QĐ-BCT của Bộ Công Thương ngày 8/11/2023", ["2941/QĐ-BCT"]),  # §4.4
    ("Nghị quyết 10-NQ/TW năm 2017", ["10-NQ/TW"]),  # §4.4
    ("Nghị quyết 52-NQ/TW ngày 27/9/20119", ["52-NQ/TW"]),  # §4.4 typo in the date
    (
        "Nghị quyết số 09-NQ/TU của BTV Tỉnh ủy về “Chuyển đổi số toàn diện tỉnh Quảng Ninh …”",
        ["09-NQ/TU"],
    ),  # §4.4
    (
        "… Chỉ thị số 46-CT/TW, ngày 16/5/2025 của Bộ Chính trị về “Lãnh đạo cuộc bầu cử …”",
        ["46-CT/TW"],
    ),  # §4.4
    ("(sau đây được viết tắt là Nghị định số 11/2016/NĐ-CP)", ["11/2016/NĐ-CP"]),  # §4.4
    ("Nghị định số 28/CP ngày 29/4/1995", []),  # §2.3 historic: no kind, no unit (see docs)
    ("Đề án 06 và Đề án 06/CP, Chương trình MTQG 1719", []),  # §4.5 scheme names
    ("Quyết định 749, Thông tư 29/2024, Luật Căn cước 2023, (NQ 57)", []),  # §4.5
    ("Thông báo Kết luận số 159-TB", []),  # §4.6 truncated
    ("Nghị định số 160/NĐ-CP ngày 12 tháng 11 năm 2013", ["160/NĐ-CP"]),  # §4.6 as written
    ("Quyết định số 06/2022/QĐ-TTg", ["06/2022/QĐ-TTg"]),  # §4.6 as written
    ("Công điện 480/CT-TTg", ["480/CT-TTg"]),  # §4.6 the code wins over the word
    ("Ordinance No. 01/2018/QH14", ["01/2018/QH14"]),  # §4.6
    ("Nghị quyết 57-NQ/TW - CMCN 4.0", ["57-NQ/TW"]),  # no suffix after a Party issuer
    ("Quyết định 749/QĐ-TTg - KT", ["749/QĐ-TTg"]),  # spaced unknown suffix is not a unit
    ("Nghị quyết 52-NQ/TWcủa Bộ Chính trị", ["52-NQ/TW"]),
    ("Sắc lệnh số 23/SL", []),  # §2.3
    ("Quyết định749/QĐ-TTg", ["749/QĐ-TTg"]),  # glued to a Vietnamese kind word
    ("Covid19/CT-TTg, A320/QĐ-TTg, VN30-Index, Su-30MK2, H5N1", []),  # glued to ASCII words
    ("chỉ thị06-ct/tw", []),  # glued and lower case: too weak
    # must not match
    ("Sáng 6/12, chiều 19-7, ngày 22/3/2018, 24/7, 1/2 số đại biểu", []),
    ("công nghiệp 4.0, Industry 4.0 Summit 2021, hậu Covid-19, COVID-19, G20, TP.HCM", []),
    ("Đường dây nóng 1900 54 54 81, tỷ lệ 95%, giai đoạn 2021-2025, 2026-2030", []),
    ("bảo đảm QP - AN, phát triển KT-XH, ISO 9001:2015, 100 km/h, mạng 5G/LTE-A", []),
    (
        "Nguồn QĐND: https://www.qdnd.vn/chinh-tri/tin-tuc/thu-tuong-pham-minh-chinh-chu-tri"
        "-hoi-nghi-ve-chuyen-doi-so-voi-cac-bo-truong-truong-nganh-chu-tich-ubnd-cac-tinh-thanh"
        "-pho-786010",
        [],
    ),
    ("https://thuvienphapluat.vn/van-ban/quyet-dinh-1176-qd-ttg-2019-phe-duyet.aspx", []),
    ("năm 2020, 57-NQ/TW", ["57-NQ/TW"]),  # a list needs "số" in front
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_find_in_real_sentences(sentence: str, expected: list[str]) -> None:
    matches = find_document_codes(sentence)
    assert [str(m.code) for m in matches] == expected
    assert_valid_matches(sentence, matches)


def test_shared_suffix_spans() -> None:
    text = "các Công văn số 2522, 2523/UBND-VX"
    first, second = find_document_codes(text)
    assert (first.text, str(first.code)) == ("2522", "2522/UBND-VX")
    assert (second.text, str(second.code)) == ("2523/UBND-VX", "2523/UBND-VX")
    assert any("shares" in note for note in first.corrections)


def test_glued_word_span_stops_before_the_word() -> None:
    (match,) = find_document_codes("70-TB/TWngày 06")
    assert match.text == "70-TB/TW"
    (match,) = find_document_codes("449/QĐ-TTngày 12 tháng 3")
    assert (match.text, str(match.code)) == ("449/QĐ-TT", "449/QĐ-TTg")


def test_corrections_are_reported_in_text() -> None:
    (match,) = find_document_codes("Nghị quyết 03-NQ/CP ngày 9.1.2025")
    assert match.corrections == ("State code written Party-style",)
    assert not match.is_canonical
    (match,) = find_document_codes("Nghị quyết 52-NQ/TW")
    assert match.corrections == ()
    assert match.is_canonical


def test_seed_articles() -> None:
    found = {
        path.name: [(m.text, str(m.code)) for m in find_document_codes(path.read_text("utf-8"))]
        for path in sorted(SEEDS.glob("*.txt"))
    }
    everything = [pair for pairs in found.values() for pair in pairs]
    assert everything == [("23-NQ/TW", "23-NQ/TW")] + [("52-NQ/TW", "52-NQ/TW")] * 3
    assert found["001_409c9cc6f1cf5d43.txt"] == [("23-NQ/TW", "23-NQ/TW")]
    assert found["003_98b07f8de306c9c3.txt"] == [("52-NQ/TW", "52-NQ/TW")] * 3


def test_parsed_code_is_a_frozen_attrs_value() -> None:
    parsed = parse_document_code("57-NQ/TW")
    assert parsed == ParsedCode(DocumentCode.parse("57-NQ/TW"), (), True)
    with pytest.raises(AttributeError):
        parsed.is_canonical = False  # type: ignore[misc]
