"""vn_digital_policy.text: normalisation, offset maps, folding, tone styles, abbreviations."""

from __future__ import annotations

import itertools
import sys
import unicodedata
from pathlib import Path

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from strategies.text import (
    ADVERSARIAL,
    OPEN_NEW_STYLE,
    OPEN_OLD_STYLE,
    UNCHANGING,
    messy_text,
    new_style,
    spelling_variant,
    to_nfd,
    vietnamese_text,
)
from vn_digital_policy._data import read_table
from vn_digital_policy.errors import ParseError
from vn_digital_policy.text import (
    NormalizedText,
    abbreviations,
    expand_abbreviation,
    fold,
    fold_aligned,
    normalize,
    normalize_with_map,
    set_tone_style,
    strip_diacritics,
)

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]

WORD_CHAR = regex.compile(r"[\p{L}\p{M}]")
MARK = regex.compile(r"\p{M}")

# Real sentences from the press, in the "new" tone style and with the punctuation and
# spacing of scraped pages, and what normalize() makes of them.
NEWS = [
    (
        "Uỷ ban nhân dân tỉnh Quảng Ninh",
        "Ủy ban nhân dân tỉnh Quảng Ninh",
    ),
    (
        "đẩy mạnh công nghiệp hoá, hiện đại hoá trong kỷ nguyên số",
        "đẩy mạnh công nghiệp hóa, hiện đại hóa trong kỷ nguyên số",
    ),
    (
        "Phó Chủ tịch Thường trực UBND tỉnh  Vũ Việt Văn,\u00a0Uỷ viên BTV Tỉnh uỷ",
        "Phó Chủ tịch Thường trực UBND tỉnh Vũ Việt Văn, Ủy viên BTV Tỉnh ủy",
    ),
    (
        "với chủ đề “Phục hồi phát triển kinh tế – xã hội bền vững thời kỳ hậu Covid-19”",
        'với chủ đề "Phục hồi phát triển kinh tế - xã hội bền vững thời kỳ hậu Covid-19"',
    ),
    (
        "Bộ trưởng Bộ TT&TT Nguyễn Mạnh Hùng: ‘Chuyển đổi số là tất yếu’…",
        "Bộ trưởng Bộ TT&TT Nguyễn Mạnh Hùng: 'Chuyển đổi số là tất yếu'...",
    ),
    (
        "Nâng cao sức khoẻ nhân dân; phát triển thuỷ lợi, hoà bình, huỷ bỏ thủ tục",
        "Nâng cao sức khỏe nhân dân; phát triển thủy lợi, hòa bình, hủy bỏ thủ tục",
    ),
    (
        "Trong quý I, Quỳnh Lưu hoàn thành 100% thủ tục; TP.HCM xếp thứ nhất.",
        "Trong quý I, Quỳnh Lưu hoàn thành 100% thủ tục; TP.HCM xếp thứ nhất.",
    ),
    (
        "\ufeffSáng 6/12,\u200b Thủ tướng Chính phủ Phạm Minh Chính\r\n\r\n\r\n"
        "chủ trì Diễn đàn. \n",
        "Sáng 6/12, Thủ tướng Chính phủ Phạm Minh Chính\n\nchủ trì Diễn đàn.",
    ),
    (
        "CHUYỂN ĐỔI SỐ QUỐC GIA: UỶ BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ\u2028Quyết định 749/QĐ‑TTg",
        "CHUYỂN ĐỔI SỐ QUỐC GIA: ỦY BAN QUỐC GIA VỀ CHUYỂN ĐỔI SỐ\nQuyết định 749/QĐ-TTg",
    ),
    (
        "Ðảng bộ tỉnh lãnh đạo toàn diện; xoá bỏ rào cản, khoẻ mạnh, luỹ kế",
        "Đảng bộ tỉnh lãnh đạo toàn diện; xóa bỏ rào cản, khỏe mạnh, lũy kế",
    ),
]


def is_word_boundary(text: str, pos: int) -> bool:
    """``pos`` does not fall between two letters/marks (a cut that splits no word)."""
    if pos in (0, len(text)):
        return True
    return not (WORD_CHAR.match(text[pos - 1]) and WORD_CHAR.match(text[pos]))


# -- normalize: examples ----------------------------------------------------------------


@pytest.mark.parametrize(("raw", "expected"), NEWS)
def test_normalize_news_sentences(raw: str, expected: str) -> None:
    assert normalize(raw) == expected
    assert normalize(to_nfd(raw)) == expected
    assert normalize(new_style(raw)) == expected
    assert normalize(expected) == expected


@pytest.mark.parametrize(("new", "old"), [(n, normalize(n)) for n in OPEN_NEW_STYLE])
def test_open_syllables_take_the_old_style(new: str, old: str) -> None:
    assert old in OPEN_OLD_STYLE
    assert set_tone_style(old, "new") == new


@pytest.mark.parametrize("word", OPEN_OLD_STYLE + UNCHANGING)
def test_old_style_and_closed_syllables_never_change(word: str) -> None:
    assert normalize(word) == word
    assert normalize(word.upper()) == word.upper()
    assert set_tone_style(word, "old") == word


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("UỶ BAN", "ỦY BAN"),
        ("THUỶ LỢI", "THỦY LỢI"),
        ("HOÁ", "HÓA"),
        ("KhoẺ", "KhỏE"),  # each position keeps its case
        ("quý", "quý"),
        ("QUỲ", "QUỲ"),
        ("giá", "giá"),
        ("Chloé", "Chloé"),  # "chl" is not a Vietnamese onset: a foreign name
        ("hoá2030", "hóa2030"),  # digits end a syllable
        ("hoán", "hoán"),
        ("khuỷu", "khuỷu"),
        ("Ðoá hoa", "Đóa hoa"),  # eth stands for Đ, and still counts as the onset
        ("o\u0301a", "óa"),  # decomposed old style
        ("ho\u200bá", "hóa"),  # an invisible character inside the syllable
        ("hoá\u200bn", "hoán"),  # ... which then has a final consonant
    ],
)
def test_tone_placement_edge_cases(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("“a” „b‟ «c» ＂d＂", '"a" "b" "c" "d"'),
        ("‘a’ ‚b‛ ‹c›", "'a' 'b' 'c'"),
        ("a–b—c‒d―e−f‐g‑h", "a-b-c-d-e-f-g-h"),
        ("Nghị quyết số …/NQ-CP…", "Nghị quyết số .../NQ-CP..."),
        ("a\u00a0b\u202fc\u2009d\u3000e\tf", "a b c d e f"),
        ("a\u200b\u200c\u200d\u2060\ufeff\u00adb", "ab"),
        ("a \u200b b", "a b"),
        ("  a  \n  b  ", "a\nb"),
        ("a\r\nb\rc\u2028d\u2029e\x85f", "a\nb\nc\nd\ne\nf"),
        ("a\n\n\n\n\nb", "a\n\nb"),
        ("a\n \t\n \nb", "a\n\nb"),
        ("\n\n a \n\n", "a"),
        (" \t\u00a0\n", ""),
        ("", ""),
    ],
)
def test_punctuation_and_whitespace(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_whitespace_sets_match_python() -> None:
    spaces = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}
    assert normalize("x" + "".join(sorted(spaces)) + "x") == "x\n\nx"
    assert fold("x" + "".join(sorted(spaces)) + "x") == "x x"
    for char in spaces:
        assert normalize(f"a{char}b") == ("a\nb" if len(f"a{char}b".splitlines()) == 2 else "a b")


def test_plain_characters_are_never_special() -> None:
    from vn_digital_policy import text as module

    special = module._INVISIBLE | set(module._CHAR_MAP) | (module._WHITESPACE - {" ", "\n"})
    plain = "".join(map(chr, range(0x3000))) + "".join(map(chr, range(0xF000, 0x10000)))
    text = "x".join(sorted(special)) + plain
    assert module._specials(text) == [(i, c) for i, c in enumerate(text) if c in special]


def test_seed_articles_keep_their_words() -> None:
    for text in SEED_TEXTS:
        normalized = normalize(text)
        assert normalize(normalized) == normalized
        assert fold(normalized) == fold(text)
        # the seeds already use the old tone style: only punctuation and spacing change
        assert set_tone_style(text, "old") == text
        assert regex.findall(r"\w+", normalized) == regex.findall(r"\w+", text)
        assert "“" not in normalized
        assert "–" not in normalized


# -- normalize: properties --------------------------------------------------------------


@given(messy_text())
@example("Uỷ ban nhân dân tỉnh Quảng Ninh")
@example("a\u0301\u200b\u0323")
@example("ᄀ\u200bᅡ")
@example("\u0958\u093c")
@example(" \u0301a")
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(messy_text())
@example("hóa")
@example("a\u0301\u200b\u0323")
def test_normalize_ignores_unicode_form(text: str) -> None:
    assert normalize(to_nfd(text)) == normalize(text)
    assert normalize(unicodedata.normalize("NFC", text)) == normalize(text)


@given(vietnamese_text())
@example("Uỷ ban, thuỷ lợi, hoà bình")
@example("hóa\u200bn")
def test_normalize_ignores_tone_style(text: str) -> None:
    expected = normalize(text)
    assert normalize(set_tone_style(text, "new")) == expected
    assert normalize(set_tone_style(text, "old")) == expected


@given(st.text())
def test_normalize_ignores_tone_style_of_arbitrary_text(text: str) -> None:
    assert normalize(set_tone_style(text, "new")) == normalize(text)


@given(messy_text())
def test_normalized_text_has_one_form(text: str) -> None:
    out = normalize(text)
    assert unicodedata.is_normalized("NFC", out)
    assert out == out.strip()
    assert not any(c in out for c in "“”«»‘’–—…\u00a0\u200b\ufeff\r\t")
    assert "  " not in out
    assert "\n\n\n" not in out
    assert " \n" not in out
    assert "\n " not in out
    assert not regex.search(r"\s", out.replace(" ", "").replace("\n", ""))


# -- set_tone_style ---------------------------------------------------------------------


@given(vietnamese_text())
def test_tone_styles_round_trip(text: str) -> None:
    new, old = set_tone_style(text, "new"), set_tone_style(text, "old")
    assert set_tone_style(new, "old") == old
    assert set_tone_style(old, "new") == new
    assert set_tone_style(new, "new") == new
    assert fold(new) == fold(old) == fold(text)
    assert len(new) == len(old) == len(unicodedata.normalize("NFC", text))


def test_tone_style_rejects_unknown_style() -> None:
    with pytest.raises(ParseError) as info:
        set_tone_style("hóa", "modern")  # type: ignore[arg-type]
    assert info.value.suggestions == ("old", "new")


# -- offset map -------------------------------------------------------------------------


def test_map_of_nfd_input_covers_both_code_points() -> None:
    nt = normalize_with_map(to_nfd("hóa"))
    assert nt.text == "hóa"
    assert nt.to_original(1, 2) == (1, 3)
    assert nt.to_normalized(1, 3) == (1, 2)
    assert nt.to_normalized(2, 3) == (1, 2)


def test_map_of_collapsed_and_removed_characters() -> None:
    original = "Chủ tịch\u00a0\u00a0UBND\u200b tỉnh \u200b Quảng\u00adNinh"
    nt = normalize_with_map(original)
    assert nt.text == "Chủ tịch UBND tỉnh QuảngNinh"
    space = nt.text.index(" UBND")
    assert nt.to_original(space, space + 1) == (8, 10)  # the whole NBSP run
    start = nt.text.index("UBND")
    a, b = nt.to_original(start, start + len("UBND tỉnh"))
    assert original[a:b] == "UBND\u200b tỉnh"  # the inner zero-width space is included
    a, b = nt.to_original(start, start + 4)
    assert original[a:b] == "UBND"  # the one at the edge is not
    a, b = nt.to_original(nt.text.index("Quảng"), len(nt.text))
    assert original[a:b] == "Quảng\u00adNinh"


def test_map_of_quotes_dashes_and_ellipsis() -> None:
    original = "kinh tế – xã hội “số”…"
    nt = normalize_with_map(original)
    assert nt.text == 'kinh tế - xã hội "số"...'
    assert nt.to_original(8, 9) == (8, 9)
    assert nt.to_original(len(nt.text) - 2, len(nt.text) - 1) == (21, 22)
    assert nt.to_original(len(nt.text) - 3, len(nt.text)) == (21, 22)
    assert nt.to_normalized(21, 22) == (len(nt.text) - 3, len(nt.text))


def test_map_of_tone_move_and_edges() -> None:
    original = "  Uỷ ban\n"
    nt = normalize_with_map(original)
    assert nt.text == "Ủy ban"
    assert nt.to_original(0, 2) == (2, 4)
    assert nt.to_original(0, 1) == (2, 4)  # the moved mark makes "Uỷ" one segment
    assert nt.to_original(0, len(nt.text)) == (2, 8)
    assert nt.to_normalized(0, 2) == (0, 0)  # removed leading spaces
    assert nt.to_normalized(0, len(original)) == (0, 6)


def test_map_bounds_are_read_like_slices() -> None:
    nt = normalize_with_map("  Uỷ ban")
    assert nt.to_original(-3, 99) == (5, 8)
    assert nt.to_original(4, 2) == (nt.to_original(4, 4))
    assert nt.to_normalized(-100, 100) == (0, 6)
    assert nt.to_original(0, 0) == (2, 2)


def test_map_is_identity_for_normalized_text() -> None:
    for text in SEED_TEXTS:
        normalized = normalize(text)
        nt = normalize_with_map(normalized)
        assert nt.text == normalized
        for i in range(0, len(normalized), 97):
            assert nt.to_original(i, i + 13) == (i, min(i + 13, len(normalized)))


def test_normalized_text_constructor_and_equality() -> None:
    nt = NormalizedText("Uỷ ban")
    assert nt.text == "Ủy ban"
    assert nt == normalize_with_map("Uỷ ban")
    assert nt != normalize_with_map("Ủy ban")
    assert "Ủy ban" in repr(nt)
    with pytest.raises(AttributeError):
        nt.text = "x"  # type: ignore[misc]


@given(messy_text(), st.lists(st.integers(0, 400), min_size=2, max_size=8))
@example("  Uỷ\u200b ban  nhân\u00a0dân …", [0, 1, 2, 3, 5, 9, 14])
@example(to_nfd("Thủ tướng\r\n\r\nPhạm Minh Chính"), [0, 3, 9, 10, 11, 12])
@example("a \u200b b\u0301", [0, 1, 2, 3, 4])
def test_offset_map_properties(text: str, cuts: list[int]) -> None:
    nt = normalize_with_map(text)
    assert nt.original == text
    assert nt.text == normalize(text)
    size = len(nt.text)
    points = sorted({min(c, size) for c in cuts})
    # monotone starts and ends
    starts = [nt.to_original(p, size)[0] for p in points]
    ends = [nt.to_original(0, p)[1] for p in points if p > 0]
    assert starts == sorted(starts)
    assert ends == sorted(ends)
    for i, j in itertools.pairwise(points):
        a, b = nt.to_original(i, j)
        assert 0 <= a <= b <= len(text)
        i2, j2 = nt.to_normalized(a, b)
        assert i2 <= i < j <= j2  # the round trip contains the span
        assert nt.to_original(i2, j2) == (a, b)
        if is_word_boundary(nt.text, i2) and is_word_boundary(nt.text, j2):
            assert normalize(text[a:b]) == nt.text[i2:j2].strip()
    # the whole text maps to the original minus the stripped edges
    a, b = nt.to_original(0, size)
    assert normalize(text[a:b]) == nt.text


@given(messy_text(), st.integers(0, 400), st.integers(0, 400))
def test_to_normalized_spans_are_valid(text: str, a: int, b: int) -> None:
    nt = normalize_with_map(text)
    i, j = nt.to_normalized(a, b)
    assert 0 <= i <= j <= len(nt.text)


# -- fold, fold_aligned, strip_diacritics ---------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Thủ tướng Phạm Minh Chính", "thu tuong pham minh chinh"),
        ("Phạm Minh Chính", "pham minh chinh"),
        ("ĐẢNG", "dang"),
        ("Ðảng", "dang"),
        ("Uỷ ban  nhân\u00a0dân\n\ntỉnh", "uy ban nhan dan tinh"),
        ("CÔNG NGHIỆP HOÁ – HIỆN ĐẠI HÓA", "cong nghiep hoa - hien dai hoa"),
        ("“Chuyển đổi số”…", '"chuyen doi so"...'),
        ("Nghị\u200b quyết 57-NQ/TW", "nghi quyet 57-nq/tw"),
        ("", ""),
    ],
)
def test_fold_examples(raw: str, expected: str) -> None:
    assert fold(raw) == expected
    assert fold(to_nfd(raw)) == expected


@given(messy_text())
@example("ᄀ\u200bᅡ")
@example("İstanbul")
@example("e\u200b\u0301")
def test_fold_is_invariant_under_normalize(text: str) -> None:
    folded = fold(text)
    assert fold(normalize(text)) == folded
    assert fold(to_nfd(text)) == folded
    assert fold(folded) == folded


@given(vietnamese_text().flatmap(lambda t: st.tuples(st.just(t), spelling_variant(t))))
def test_fold_is_invariant_under_spelling(pair: tuple[str, str]) -> None:
    text, variant = pair
    assert fold(variant) == fold(text)
    assert fold(text.upper()) == fold(text)


@given(messy_text())
def test_fold_output_has_no_marks_no_d_stroke(text: str) -> None:
    folded = fold(text)
    assert not MARK.search(folded)
    assert not any(c in folded for c in "đĐðÐ")
    assert folded == " ".join(folded.split())  # only single spaces, none at the ends
    assert unicodedata.is_normalized("NFC", folded)


@given(vietnamese_text())
def test_fold_of_vietnamese_is_ascii_lower(text: str) -> None:
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()


@given(st.text())
def test_fold_aligned_keeps_the_length_and_whitespace(text: str) -> None:
    aligned = fold_aligned(text)
    assert len(aligned) == len(text)
    assert [c.isspace() for c in aligned] == [c.isspace() for c in text]


@given(vietnamese_text())
def test_fold_aligned_matches_fold_on_normalized_text(text: str) -> None:
    # (leaving out what folds to no or several characters: stray marks, "…")
    normalized = MARK.sub("", normalize(text)).replace("...", ".")
    aligned = fold_aligned(normalized)
    assert len(aligned) == len(normalized)
    assert aligned.split() == fold(normalized).split()


def test_fold_aligned_offsets_point_into_the_normalized_text() -> None:
    nt = normalize_with_map("Sáng 6/12, Thủ tướng CHÍNH PHỦ Phạm Minh Chính chủ trì")
    match = regex.search(r"thu tuong chinh phu", fold_aligned(nt.text))
    assert match is not None
    assert nt.text[match.start() : match.end()] == "Thủ tướng CHÍNH PHỦ"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Đổi mới sáng tạo", "Doi moi sang tao"),
        ("ĐẢNG CỘNG SẢN VIỆT NAM", "DANG CONG SAN VIET NAM"),
        ("Ủy ban, thuỷ lợi, “số”", "Uy ban, thuy loi, “so”"),
        ("ÐÀ NẴNG", "DA NANG"),
    ],
)
def test_strip_diacritics_examples(raw: str, expected: str) -> None:
    assert strip_diacritics(raw) == expected
    assert strip_diacritics(to_nfd(raw)) == expected


@given(vietnamese_text())
def test_strip_diacritics_properties(text: str) -> None:
    stripped = strip_diacritics(text)
    assert not MARK.search(stripped)
    assert all(c.isascii() for c in stripped if c.isalpha())
    assert fold(stripped) == fold(text)
    assert strip_diacritics(stripped) == stripped


# -- robustness -------------------------------------------------------------------------

PUBLIC_FUNCTIONS = (
    normalize,
    fold,
    fold_aligned,
    strip_diacritics,
    expand_abbreviation,
    lambda text: set_tone_style(text, "new"),
    lambda text: set_tone_style(text, "old"),
    lambda text: normalize_with_map(text).to_original(1, 5),
    lambda text: normalize_with_map(text).to_normalized(1, 5),
)


@given(st.text())
@example("\ud800")  # a lone surrogate
@example("\x00\x07\x1b")
def test_public_functions_never_raise(text: str) -> None:
    for function in PUBLIC_FUNCTIONS:
        function(text)


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_adversarial_inputs_finish(text: str) -> None:
    # Linear-time algorithms finish these in well under a second each; a quadratic
    # regex or loop would not finish at all.
    out = normalize(text)
    assert normalize(out) == out
    nt = normalize_with_map(text)
    assert nt.text == out
    assert nt.to_original(0, len(out))[1] <= len(text)
    assert len(fold_aligned(text)) == len(text)
    fold(text)
    strip_diacritics(text)
    set_tone_style(text, "new")


# -- abbreviations ----------------------------------------------------------------------

REQUIRED = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "BCH": "Ban Chấp hành",
    "BTV": "Ban Thường vụ",
    "BCĐ": "Ban Chỉ đạo",
    "BCT": "Bộ Chính trị",
    "KH&CN": "khoa học và công nghệ",
    "KHCN": "khoa học và công nghệ",
    "CMCN": "Cách mạng công nghiệp",
    "CNH": "công nghiệp hóa",
    "HĐH": "hiện đại hóa",
    "GD&ĐT": "giáo dục và đào tạo",
    "GDĐT": "giáo dục và đào tạo",
    "QP-AN": "quốc phòng - an ninh",
    "ANQP": "an ninh - quốc phòng",
    "TTXVN": "Thông tấn xã Việt Nam",
    "TP.": "thành phố",
    "TP.HCM": "Thành phố Hồ Chí Minh",
    "MTTQ": "Mặt trận Tổ quốc",
    "TW": "Trung ương",
    "TƯ": "Trung ương",
    "CNTT": "công nghệ thông tin",
    "CĐS": "chuyển đổi số",
    "ĐMST": "đổi mới sáng tạo",
    "KT-XH": "kinh tế - xã hội",
    "NSNN": "ngân sách nhà nước",
    "DNNVV": "doanh nghiệp nhỏ và vừa",
    "CCHC": "cải cách hành chính",
    "DVC": "dịch vụ công",
    "VBQPPL": "văn bản quy phạm pháp luật",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "NQ": "nghị quyết",
    "QĐ": "quyết định",
    "CT": "chỉ thị",
    "KL": "kết luận",
    "TTg": "Thủ tướng Chính phủ",
}


@pytest.mark.parametrize(("abbr", "expansion"), sorted(REQUIRED.items()))
def test_required_abbreviations(abbr: str, expansion: str) -> None:
    assert expand_abbreviation(abbr)[0] == expansion
    assert expand_abbreviation(to_nfd(abbr)) == expand_abbreviation(abbr)


def test_abbreviation_table() -> None:
    table = abbreviations()
    assert len(read_table("abbreviations.tsv", columns=3)) >= 60
    assert table["BCT"] == ("Bộ Chính trị", "Bộ Công Thương")
    assert "Bộ Tài chính" in table["BTC"]
    assert expand_abbreviation("ubnd") == ()  # case-sensitive
    assert expand_abbreviation("Ubnd") == ()
    assert expand_abbreviation(" UBND ") == ("Ủy ban nhân dân",)
    assert expand_abbreviation("XYZW") == ()
    assert expand_abbreviation("") == ()
    with pytest.raises(TypeError):
        table["NEW"] = ("x",)  # type: ignore[index]
    for key, values in table.items():
        assert key == normalize(key)
        assert values
        assert all(value == normalize(value) for value in values)


def test_abbreviation_lookup_tolerates_tone_style() -> None:
    table = abbreviations()
    # the expansions are in the canonical (old) style
    assert all(set_tone_style(v, "old") == v for values in table.values() for v in values)
    assert expand_abbreviation("CNH") == ("công nghiệp hóa",)


@pytest.mark.parametrize("name", ["abbreviations.tsv", "tone_marks.tsv"])
def test_data_files_open_with_a_header(name: str) -> None:
    path = Path(__file__).resolve().parents[1] / "src" / "vn_digital_policy" / "data" / name
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ")
    assert sum(line.startswith("#") for line in lines[:8]) >= 4


def test_tone_mark_table_is_consistent() -> None:
    rows = read_table("tone_marks.tsv", columns=7)
    vowels = [row[1:] for row in rows if row[0] == "vowel"]
    assert len(vowels) == 12
    marks = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]  # sắc huyền hỏi ngã nặng
    for base, *toned in vowels:
        for mark, form in zip(marks, toned, strict=True):
            assert len(form) == 1
            assert unicodedata.normalize("NFC", base + mark) == form
    onsets = [row[1] for row in rows if row[0] == "onset"]
    assert len(onsets) == 28  # the 27 initials, and "ð" for "đ"
