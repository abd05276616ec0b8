"""Tests for vn_digital_policy.numbers: examples from real news, and properties."""

from __future__ import annotations

import pathlib
import unicodedata
from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from strategies.numbers import (
    ADVERSARIAL,
    NEWS,
    adversarial,
    big_word_integers,
    new_tone_style,
    nfd,
    noisy_news,
    respelled,
    roman_integers,
    roman_letters,
    vn_decimals,
    vn_integers,
    word_integers,
)
from vn_digital_policy.errors import NumberParseError, ParseError
from vn_digital_policy.numbers import (
    NumberKind,
    ParsedNumber,
    find_numbers,
    format_number,
    is_number,
    number_to_words,
    parse_number,
    parse_roman,
    to_roman,
)

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"
NewsItem = tuple[str, tuple[tuple[str, float], ...]]
CANONICAL_ROMANS = frozenset(to_roman(n) for n in range(1, 5000))


def pairs(text: str) -> list[tuple[str, int | float]]:
    return [(n.text, n.value) for n in find_numbers(text)]


def assert_spans(text: str, found: list[ParsedNumber]) -> None:
    previous_end = 0
    for number in found:
        assert text[number.start : number.end] == number.text
        assert previous_end <= number.start < number.end
        previous_end = number.end


# --- parse_number: examples -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("2.000", 2000, NumberKind.CARDINAL),
        ("13.000", 13000, NumberKind.CARDINAL),
        ("1.234.567", 1234567, NumberKind.CARDINAL),
        ("1,5", 1.5, NumberKind.DECIMAL),
        ("1.234,5", 1234.5, NumberKind.DECIMAL),
        ("4.0", 4, NumberKind.DECIMAL),
        ("1.5", 1.5, NumberKind.DECIMAL),
        ("3.14159", 3.14159, NumberKind.DECIMAL),
        ("1,500", 1.5, NumberKind.DECIMAL),  # Vietnamese decimal comma, documented rule
        ("1,234,567", 1234567, NumberKind.CARDINAL),  # only English-style reading possible
        ("1,234.5", 1234.5, NumberKind.DECIMAL),
        ("10 000", 10000, NumberKind.CARDINAL),
        ("1 234 567", 1234567, NumberKind.CARDINAL),
        ("100%", 100, NumberKind.PERCENT),
        ("20 %", 20, NumberKind.PERCENT),
        ("7,5%", 7.5, NumberKind.PERCENT),
        ("ba mươi phần trăm", 30, NumberKind.PERCENT),
        ("không", 0, NumberKind.CARDINAL),
        ("một", 1, NumberKind.CARDINAL),
        ("ba", 3, NumberKind.CARDINAL),
        ("năm", 5, NumberKind.CARDINAL),
        ("mười", 10, NumberKind.CARDINAL),
        ("mười lăm", 15, NumberKind.CARDINAL),
        ("mười bốn", 14, NumberKind.CARDINAL),
        ("hai mươi", 20, NumberKind.CARDINAL),
        ("hai mươi mốt", 21, NumberKind.CARDINAL),
        ("hai mươi một", 21, NumberKind.CARDINAL),
        ("hai mươi tư", 24, NumberKind.CARDINAL),
        ("hai mươi bốn", 24, NumberKind.CARDINAL),
        ("hai mươi lăm", 25, NumberKind.CARDINAL),
        ("hai mươi nhăm", 25, NumberKind.CARDINAL),
        ("hai mươi năm", 25, NumberKind.CARDINAL),  # lenient: the whole text is a number
        ("hai chục", 20, NumberKind.CARDINAL),
        ("một trăm", 100, NumberKind.CARDINAL),
        ("một trăm linh năm", 105, NumberKind.CARDINAL),
        ("một trăm lẻ năm", 105, NumberKind.CARDINAL),
        ("một trăm rưỡi", 150, NumberKind.CARDINAL),
        ("ba nghìn", 3000, NumberKind.CARDINAL),
        ("ba ngàn", 3000, NumberKind.CARDINAL),
        ("hai mươi ba nghìn bốn trăm năm mươi sáu", 23456, NumberKind.CARDINAL),
        ("một tỷ hai trăm triệu", 1_200_000_000, NumberKind.CARDINAL),
        ("một triệu không trăm linh năm nghìn", 1_005_000, NumberKind.CARDINAL),
        ("một nghìn tỷ", 10**12, NumberKind.CARDINAL),
        ("hai triệu rưỡi", 2_500_000, NumberKind.CARDINAL),
        ("1,5 triệu", 1_500_000, NumberKind.DECIMAL),
        ("2 tỷ", 2_000_000_000, NumberKind.CARDINAL),
        ("2 tỉ", 2_000_000_000, NumberKind.CARDINAL),
        ("13 nghìn", 13000, NumberKind.CARDINAL),
        ("1 tỷ 200 triệu", 1_200_000_000, NumberKind.CARDINAL),
        ("1.000 tỷ", 10**12, NumberKind.CARDINAL),
        ("0,5 triệu", 500_000, NumberKind.DECIMAL),
        ("thứ nhất", 1, NumberKind.ORDINAL),
        ("thứ nhì", 2, NumberKind.ORDINAL),
        ("thứ hai", 2, NumberKind.ORDINAL),
        ("thứ ba", 3, NumberKind.ORDINAL),
        ("thứ tư", 4, NumberKind.ORDINAL),
        ("lần thứ 3", 3, NumberKind.ORDINAL),
        ("lần thứ ba", 3, NumberKind.ORDINAL),
        ("lần thứ mười hai", 12, NumberKind.ORDINAL),
        ("lần thứ XIII", 13, NumberKind.ROMAN),
        ("XIII", 13, NumberKind.ROMAN),
        ("khóa XIV", 14, NumberKind.ROMAN),
        ("khoá XIV", 14, NumberKind.ROMAN),
        ("Đại hội XIII", 13, NumberKind.ROMAN),
        ("hai con số", 10, NumberKind.DOUBLE_DIGIT),
        ("2 con số", 10, NumberKind.DOUBLE_DIGIT),
        ("một con số", 1, NumberKind.SINGLE_DIGIT),
        ("ba con số", 100, NumberKind.TRIPLE_DIGIT),
        ("-1.234,5", -1234.5, NumberKind.DECIMAL),
        ("  Hai Mươi Mốt  ", 21, NumberKind.CARDINAL),
    ],
)
def test_parse_number_examples(text: str, value: float, kind: NumberKind) -> None:
    parsed = parse_number(text)
    assert parsed.value == value
    assert type(parsed.value) is type(value)
    assert parsed.kind is kind
    assert text[parsed.start : parsed.end] == parsed.text


def test_parse_number_fields() -> None:
    number = parse_number("khoảng 1,5 triệu tỷ")
    assert (number.value, number.mantissa, number.scale) == (1_500_000_000_000_000, 1.5, "triệu tỷ")
    assert (number.qualifier, number.approximate, number.text) == ("khoảng", True, "1,5 triệu tỷ")
    usd = parse_number("20 tỷ")
    assert (usd.value, usd.mantissa, usd.scale) == (20_000_000_000, 20, "tỷ")
    compound = parse_number("một tỷ hai trăm triệu")
    assert (compound.mantissa, compound.scale) == (1.2, "tỷ")
    regional = parse_number("ba ngàn tỉ")
    assert (regional.value, regional.scale) == (3 * 10**12, "nghìn tỷ")
    roman = parse_number("khóa XIV")
    assert (roman.value, roman.context, roman.text, roman.is_ordinal) == (14, "khóa", "XIV", False)
    ordinal = parse_number("lần thứ XIII")
    assert (ordinal.text, ordinal.is_ordinal, ordinal.kind) == ("thứ XIII", True, NumberKind.ROMAN)
    percent = parse_number("7,09%")
    assert (percent.is_percent, percent.text) == (True, "7,09%")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "hàng nghìn",
        "vài chục",
        "tỷ",
        "nghìn",
        "tư",
        "lăm",
        "linh",
        "2021 2022",
        "1.2.3",
        "06",
        "IIII",
        "VX",
        "xiv",
        "hai tỷ ba nghìn tỷ",
        "một mươi",
        "thứ",
        "thứ không",
        "khóa",
        "năm con số",
        "4.0 con số",
        "6/12",
        "52-NQ/TW",
        "- hai",
        "1,5 triệu rưỡi",
        "9" * 100,
    ],
)
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(NumberParseError) as info:
        parse_number(text)
    assert isinstance(info.value, ParseError)
    assert isinstance(info.value, ValueError)
    assert info.value.text == text
    assert not is_number(text)


# --- find_numbers: examples -------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "expected"), NEWS)
def test_find_numbers_news(sentence: str, expected: tuple[tuple[str, float], ...]) -> None:
    assert pairs(sentence) == list(expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "năm" is the noun "year" here
        ("đến năm 2030", [("2030", 2030)]),
        ("Năm 2024 là năm bản lề", [("2024", 2024)]),
        ("mỗi năm hai triệu người", [("hai triệu", 2_000_000)]),
        ("trong năm năm tới", []),
        ("mười năm qua", [("mười", 10)]),
        ("ba mươi năm đổi mới", [("ba mươi", 30)]),
        ("một trăm năm", [("một trăm", 100)]),
        ("hai năm qua", [("hai", 2)]),
        ("năm nhóm giải pháp", [("năm", 5)]),
        ("năm trăm doanh nghiệp", [("năm trăm", 500)]),
        ("năm mươi", [("năm mươi", 50)]),
        ("năm tháng qua", []),
        # "một" is the article, "không" is "not"; pairs and vague words are not counts
        ("một người", []),
        ("không người lái", []),
        ("vài ba người", []),
        ("hai ba ngày", []),
        ("tuy hai mà một", []),
        ("Ba Đình, Ba Lan", []),
        ("đầu tư tư nhân", []),
        ("bán lẻ và linh hoạt", []),
        ("hàng chục nghìn tỷ đồng", []),
        # scale words inside other words
        ("tỷ lệ, tỷ trọng, tỷ giá, triệu tập", []),
        ("hai tỷ lệ", []),
        # weekdays are not ordinals
        ("sáng thứ năm", []),
        ("vào thứ Hai tuần này", []),
        ("Thứ Bảy, ngày 20/5", []),
        ("thứ bảy (20/5)", []),
        ("Thứ nhất, thứ hai, thứ ba", [("Thứ nhất", 1), ("thứ hai", 2), ("thứ ba", 3)]),
        ("kỳ họp thứ tám", [("thứ tám", 8)]),
        ("ngày thứ mười", [("thứ mười", 10)]),
        # Roman numerals need a context and I, V or X
        ("Phần II và chương IV", [("II", 2), ("IV", 4)]),
        ("loại C, hạng D", []),
        ("Make in Vietnam, AI, CMCN 4.0", [("4.0", 4)]),
        ("quý II/2024", []),
        ("khóa xiv", []),
        # digits glued to codes, dates, names, units are not numbers
        ("5G, G20, COP26, 8h30, 10:30, 3D", []),
        ("Quyết định 749/QĐ-TTg, Nghị định 13/2023/NĐ-CP", []),
        ("Công văn số 1206 /QĐ-HVTC và Chỉ thị 05 – CT/TW", []),
        ("ngày 22.12.2024, ngày 9.1.2025, ngày 15-4-2011", []),
        ("phiên bản 1.2.3", []),
        ("Đề án 06, số 0912 345 678", []),
        ("https://qdnd.vn/chinh-tri-786010", []),
        # the unit is shared by a glued range
        ("từ 10 - 15%", [("10", 10), ("15%", 15)]),
        ("5-7 triệu đồng", [("5", 5_000_000), ("7 triệu", 7_000_000)]),
        ("2.000-3.000 tỷ", [("2.000", 2 * 10**12), ("3.000 tỷ", 3 * 10**12)]),
        ("khoảng 50-60 doanh nghiệp", [("50", 50), ("60", 60)]),
        ("2 – 3 ngày", [("2", 2), ("3", 3)]),
        ("ngày 3-5 năm 2024", [("2024", 2024)]),
        ("Sáng 19-7 người dân", []),
        ("dự kiến thu hút 200-300 nghìn lao động", [("200", 200_000), ("300 nghìn", 300_000)]),
        ("Một là, hoàn thiện thể chế. Hai là, phát triển hạ tầng.", []),
        ("Việt Nam xếp thứ 2 khu vực, đứng thứ 46/132 quốc gia", [("thứ 2", 2)]),
        ("vào thứ 7 tuần trước", []),
        # number words inside names
        ("ông Nguyễn Văn Ba, bà Trần Thị Năm và anh Sáu cùng dự", []),
        ("Tổng Bí thư Đỗ Mười", []),
        ("anh Mười nói", []),
        ("Mười năm qua", [("Mười", 10)]),
        # numbers in words, digits and scales
        (
            "hai mươi ba nghìn bốn trăm năm mươi sáu",
            [("hai mươi ba nghìn bốn trăm năm mươi sáu", 23456)],
        ),
        ("một tỷ hai trăm triệu đồng", [("một tỷ hai trăm triệu", 1_200_000_000)]),
        ("1 tỷ 200 triệu đồng", [("1 tỷ 200 triệu", 1_200_000_000)]),
        ("giai đoạn 2021 - 2025", [("2021", 2021), ("2025", 2025)]),
        ("năm 2021 2022", [("2021", 2021), ("2022", 2022)]),
        ("12 500 000 đồng", [("12 500 000", 12_500_000)]),
        ("10 phiên và 1,234,567 lượt", [("10", 10), ("1,234,567", 1_234_567)]),
        ("hai chục người", [("hai chục", 20)]),
        ("hai triệu rưỡi", [("hai triệu rưỡi", 2_500_000)]),
        # digit-count bands need a growth context and no demonstrative
        ("tăng trưởng kinh tế đạt hai con số", [("hai con số", 10)]),
        ("tăng trưởng 2 con số", [("2 con số", 10)]),
        ("lạm phát ở mức một con số", [("một con số", 1)]),
        ("đây là một con số ấn tượng", []),
        ("tăng trưởng GDP với hai con số này", []),
    ],
)
def test_find_numbers_rules(sentence: str, expected: list[tuple[str, float]]) -> None:
    assert pairs(sentence) == expected


def test_find_numbers_fields() -> None:
    (number,) = find_numbers("thu hút hơn 2.000 đại biểu")
    assert (number.qualifier, number.approximate, number.kind) == ("hơn", True, NumberKind.CARDINAL)
    (scaled,) = find_numbers("quy mô khoảng 1,5 triệu tỷ đồng")
    assert (scaled.mantissa, scaled.scale, scaled.qualifier) == (1.5, "triệu tỷ", "khoảng")
    (based_on,) = find_numbers("dựa trên 3 nội lực")
    assert (based_on.qualifier, based_on.approximate) == (None, False)
    (roman,) = find_numbers("Ban Chấp hành Trung ương Đảng Khóa XIII")
    assert (roman.context, roman.kind, roman.is_ordinal) == ("khóa", NumberKind.ROMAN, False)
    (ordinal,) = find_numbers("Đại hội Thi đua yêu nước lần thứ XI")
    assert (ordinal.text, ordinal.is_ordinal, ordinal.context) == ("thứ XI", True, None)
    low, high = find_numbers("tăng 6,5-7%")
    assert (low.is_percent, high.is_percent, low.kind) == (True, True, NumberKind.PERCENT)


def test_find_numbers_seed_article() -> None:
    text = (SEEDS / "002_e253fd4a92d0331a.txt").read_text(encoding="utf-8")
    found = find_numbers(text)
    assert_spans(text, found)
    assert [(n.text, n.value, n.kind.name) for n in found] == [
        ("thứ 3", 3, "ORDINAL"),
        ("thứ ba", 3, "ORDINAL"),
        ("hai con số", 10, "DOUBLE_DIGIT"),
        ("thứ XIV", 14, "ROMAN"),
        ("thứ XI", 11, "ROMAN"),
        ("hai", 2, "CARDINAL"),
        ("thứ XIII", 13, "ROMAN"),
        ("2021", 2021, "CARDINAL"),
        ("2025", 2025, "CARDINAL"),
        ("3", 3, "CARDINAL"),
        ("2021", 2021, "CARDINAL"),
        ("2025", 2025, "CARDINAL"),
        ("3", 3, "CARDINAL"),
    ]


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_find_numbers_seeds_nfd_and_spans(path: pathlib.Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = find_numbers(text)
    assert found
    assert_spans(text, found)
    decomposed = nfd(text)
    found_nfd = find_numbers(decomposed)
    assert_spans(decomposed, found_nfd)
    assert [(n.value, n.kind) for n in found_nfd] == [(n.value, n.kind) for n in found]
    # no digit group of a date, code or name leaks out
    assert all(n.text not in {"12", "19", "7", "06", "52", "22", "2018"} for n in found)


# --- find_numbers: properties -----------------------------------------------------------


@given(st.text())
@example("9" * 2000)
@example("Sáng 6/12 tại 63 tỉnh\u0301 và khóa XIV")
@example("2 %\u0301 và יִ 5 ngàn")
def test_find_numbers_never_raises_and_spans_are_valid(text: str) -> None:
    found = find_numbers(text)
    assert_spans(text, found)
    for number in found:
        assert isinstance(number.value, (int, float))
        assert number.approximate == (number.qualifier is not None)


@given(noisy_news)
def test_find_numbers_in_noisy_news_spans_are_valid(text: str) -> None:
    assert_spans(text, find_numbers(text))


@given(st.sampled_from(NEWS))
def test_find_numbers_invariant_under_nfd_and_tone_style(item: NewsItem) -> None:
    sentence, expected = item
    values = [value for _, value in expected]
    for variant in (nfd(sentence), new_tone_style(sentence), nfd(new_tone_style(sentence))):
        found = find_numbers(variant)
        assert_spans(variant, found)
        assert [n.value for n in found] == values


@given(st.sampled_from(NEWS))
def test_find_numbers_readings_reparse(item: NewsItem) -> None:
    sentence, _ = item
    for number in find_numbers(sentence):
        if "-" in sentence[number.start - 1 : number.end + 1]:
            continue  # the low end of a range inherits its unit from the high end
        assert parse_number(number.text).value == number.value


@given(st.integers(min_value=2, max_value=10**12))
@example(5)
@example(15)
@example(105)
@example(1_005_000)
@example(2_000_000)
def test_find_numbers_reads_spelled_numbers_in_a_sentence(n: int) -> None:
    sentence = f"Năm nay có {number_to_words(n)} doanh nghiệp"
    assert [n_.value for n_ in find_numbers(sentence)] == [n]


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(["", "hơn ", "khoảng "]))
def test_find_numbers_reads_formatted_numbers_in_a_sentence(n: int, qualifier: str) -> None:
    sentence = f"Tính đến nay, {qualifier}{format_number(n)} doanh nghiệp đã tham gia."
    (number,) = find_numbers(sentence)
    assert number.value == n
    assert number.qualifier == (qualifier.strip() or None)


@given(adversarial)
def test_adversarial_input_is_handled(text: str) -> None:
    found = find_numbers(text)
    assert_spans(text, found)
    with pytest.raises(NumberParseError):
        parse_number(text)


def test_adversarial_outcomes() -> None:
    by_text = {text: find_numbers(text) for text in ADVERSARIAL}
    assert by_text["9" * 20000] == []  # far too many digits to be a news number
    assert by_text["I" * 10000] == []
    assert by_text["X I " * 5000] == []
    assert by_text["1 " * 5000] == []  # a run of bare digit groups, like a phone number
    assert len(by_text["hai mươi " * 5000]) >= 2500
    assert {n.value for n in by_text["hai mươi " * 5000]} <= {20, 22}
    assert by_text["1.000" * 3000] == []


@given(st.text())
@example("XIV")
@example("Ⅻ")
def test_parse_roman_raises_only_number_parse_error(text: str) -> None:
    try:
        value = parse_roman(text)
    except NumberParseError:
        return
    assert to_roman(value) == unicodedata.normalize("NFKC", text).strip().upper()


@given(st.integers() | st.floats() | st.decimals() | st.text() | st.none() | st.booleans())
@example(Decimal("1E+999999999"))
@example(Decimal("sNaN"))
def test_int_functions_raise_only_number_parse_error(value: object) -> None:
    functions: tuple[Callable[..., str], ...] = (number_to_words, to_roman, format_number)
    for function in functions:
        try:
            result = function(value)
        except NumberParseError:
            continue
        assert isinstance(result, str)


# --- number_to_words --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "không"),
        (5, "năm"),
        (10, "mười"),
        (11, "mười một"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (1000, "một nghìn"),
        (1_005_000, "một triệu không trăm linh năm nghìn"),
        (1_000_005, "một triệu không trăm linh năm"),
        (2_003_000_000_000, "hai nghìn không trăm linh ba tỷ"),
        (10**12, "một nghìn tỷ"),
        (10**15, "một triệu tỷ"),
        (23456, "hai mươi ba nghìn bốn trăm năm mươi sáu"),
    ],
)
def test_number_to_words_examples(n: int, words: str) -> None:
    assert number_to_words(n) == words


@pytest.mark.parametrize("bad", [-1, 10**18, 1.5, True, "3"])
def test_number_to_words_rejects(bad: object) -> None:
    with pytest.raises(NumberParseError):
        number_to_words(bad)  # type: ignore[arg-type]


@given(word_integers)
@example(0)
@example(10**12)
@example(1_005_000)
@example(1_000_000_005)
def test_number_to_words_round_trip(n: int) -> None:
    parsed = parse_number(number_to_words(n))
    assert parsed.value == n
    assert parsed.kind is NumberKind.CARDINAL


@given(big_word_integers)
def test_number_to_words_round_trip_up_to_10_18(n: int) -> None:
    assert parse_number(number_to_words(n)).value == n


@given(st.data())
def test_alternative_spellings_parse(data: st.DataObject) -> None:
    n = data.draw(word_integers)
    spelled = data.draw(respelled(n))
    assert parse_number(spelled).value == n


# --- Roman numerals ---------------------------------------------------------------------


@given(roman_integers)
def test_roman_round_trip(n: int) -> None:
    assert parse_roman(to_roman(n)) == n
    assert parse_roman(to_roman(n).lower()) == n


@given(roman_letters)
@example("IIII")
@example("VX")
@example("IC")
@example("MMMM")
def test_parse_roman_accepts_exactly_canonical(letters: str) -> None:
    try:
        value = parse_roman(letters)
    except NumberParseError:
        assert letters not in CANONICAL_ROMANS
    else:
        assert to_roman(value) == letters


@pytest.mark.parametrize("bad", ["", "IIII", "VX", "IC", "XIIII", "Xiv", "ABC", "MMMMM"])
def test_parse_roman_rejects(bad: str) -> None:
    with pytest.raises(NumberParseError):
        parse_roman(bad)


@pytest.mark.parametrize("bad", [0, 5000, -3])
def test_to_roman_rejects(bad: int) -> None:
    with pytest.raises(NumberParseError):
        to_roman(bad)


# --- format_number ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (2000, None, "2.000"),
        (1.5, None, "1,5"),
        (1234.5, None, "1.234,5"),
        (4.0, None, "4"),
        (-1_234_567, None, "-1.234.567"),
        (0, None, "0"),
        (-0.0, None, "0"),
        (7.089, 2, "7,09"),
        (2.5, 0, "3"),  # half up, not banker's rounding
        (1, 2, "1,00"),
        (Decimal("1234.50"), None, "1.234,50"),
        (1e20, None, "100.000.000.000.000.000.000"),
    ],
)
def test_format_number_examples(value: float, decimals: int | None, text: str) -> None:
    assert format_number(value, decimals=decimals) == text


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), True, "1", None, Decimal("1E+5000")])
def test_format_number_rejects(bad: object) -> None:
    with pytest.raises(NumberParseError):
        format_number(bad)  # type: ignore[arg-type]


def test_format_number_rejects_bad_decimals() -> None:
    with pytest.raises(NumberParseError):
        format_number(1.5, decimals=-1)
    with pytest.raises(NumberParseError):
        format_number(1.5, decimals=5000)


@given(vn_integers)
@example(0)
@example(999)
@example(1000)
def test_format_number_round_trip_integers(n: int) -> None:
    assert parse_number(format_number(n)).value == n


@given(vn_decimals)
@example(1.234)
@example(0.001)
def test_format_number_round_trip_decimals(x: float) -> None:
    parsed = parse_number(format_number(x))
    assert parsed.value == x


@given(vn_decimals, st.integers(min_value=0, max_value=3))
def test_format_number_with_decimals_rounds(x: float, decimals: int) -> None:
    text = format_number(x, decimals=decimals)
    fraction = text.partition(",")[2]
    assert len(fraction) == decimals
    error = abs(Decimal(repr(parse_number(text).value)) - Decimal(repr(x)))
    assert error <= Decimal(5).scaleb(-decimals - 1)  # half a unit in the last place


@given(
    st.decimals(min_value=0, max_value=999, places=2, allow_nan=False).filter(lambda d: d > 0),
    st.sampled_from([("nghìn", 10**3), ("triệu", 10**6), ("tỷ", 10**9), ("nghìn tỷ", 10**12)]),
)
def test_value_is_mantissa_times_scale(mantissa: Decimal, scale: tuple[str, int]) -> None:
    words, factor = scale
    parsed = parse_number(f"{format_number(mantissa)} {words}")
    assert parsed.scale == words
    assert Decimal(str(parsed.mantissa)) == mantissa.normalize()
    assert parsed.value == mantissa * factor


# --- parse_number: properties -----------------------------------------------------------


@given(st.text())
@example("hai mươi " * 100)
@example("thứ")
def test_parse_number_raises_only_number_parse_error(text: str) -> None:
    try:
        parsed = parse_number(text)
    except NumberParseError:
        assert not is_number(text)
    else:
        assert is_number(text)
        assert text[parsed.start : parsed.end] == parsed.text


@given(word_integers)
def test_parse_number_is_invariant_under_nfd_and_case(n: int) -> None:
    words = number_to_words(n)
    for variant in (nfd(words), words.upper(), f"  {words.title()}\n"):
        parsed = parse_number(variant)
        assert parsed.value == n
        assert variant[parsed.start : parsed.end] == parsed.text
