"""Hypothesis strategies for Vietnamese text: realistic sentences, spelling variants, junk.

``vietnamese_text()`` builds sentences from real words of the government press, with
the punctuation, spaces and invisible characters scraped articles carry.
``spelling_variant(text)`` rewrites a text the way another outlet would write it
(NFD, the other tone style, upper case). The helpers ``to_nfd``/``new_style``/
``old_style`` are plain functions for tests that need a specific variant.
"""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

#: Words of the government press. Open oa/oe/uy syllables (where tone styles differ)
#: in both styles, the same vowels in closed syllables and after qu/gi (which must not
#: change), and ordinary words, names, numbers, codes and abbreviations.
OPEN_OLD_STYLE = (
    "hóa", "hòa", "hỏa", "họa", "khóa", "tòa", "xóa", "góa", "đóa", "thỏa", "lõa", "chóa",
    "khỏe", "xòe", "lòe", "hòe", "tóe", "nhòe", "thủy", "Ủy", "ủy", "hủy", "lũy", "tùy",
    "thúy", "Thúy", "nhụy", "ngụy", "tụy", "xúy", "chùy", "súy", "lụy", "hòa", "Hóa",
)  # fmt: skip
OPEN_NEW_STYLE = (
    "hoá", "hoà", "hoả", "hoạ", "khoá", "toà", "xoá", "goá", "đoá", "thoả", "khoẻ", "xoè",
    "thuỷ", "Uỷ", "uỷ", "huỷ", "luỹ", "tuỳ", "thuý", "nhuỵ", "nguỵ", "tuỵ", "Hoá",
)  # fmt: skip
UNCHANGING = (
    "hoàn", "toán", "hoạch", "khoảng", "huỳnh", "Huỳnh", "khuyến", "thuyết", "chuyển",
    "quyết", "quyền", "khuya", "khuỷu", "loại", "ngoài", "xoáy", "hoài", "quý", "Quý",
    "quỳ", "Quỳnh", "quả", "quốc", "Quốc", "già", "giữa", "giải", "qua", "quá", "thuở",
    "thuế", "hoa", "khoa", "Huy", "uy", "tuy", "xoay", "Chloé", "oa", "oe",
)  # fmt: skip
COMMON = (
    "chuyển", "đổi", "số", "công", "nghệ", "thông", "tin", "Đảng", "Nhà", "nước",
    "Chính", "phủ", "Thủ", "tướng", "Phạm", "Minh", "Chính", "Trung", "ương", "Nghị",
    "quyết", "ban", "nhân", "dân", "tỉnh", "Quảng", "Ninh", "kinh", "tế", "xã", "hội",
    "phát", "triển", "đẩy", "mạnh", "đến", "năm", "2030", "tầm", "nhìn", "2045",
    "Diễn", "đàn", "cấp", "cao", "4.0", "Sáng", "6/12", "dữ", "liệu", "số", "hóa",
    "749/QĐ-TTg", "57-NQ/TW", "UBND", "HĐND", "KH&CN", "TP.HCM", "BCĐ", "CĐS", "ĐMST",
    "Việt", "Nam", "được", "đã", "những", "và", "của", "trong", "với", "Ðà", "Nẵng",
    "lợi", "bình", "mạnh", "bỏ", "I", "II", "quý", "thành", "phố", "Hà", "Nội",
)  # fmt: skip
WORDS = OPEN_OLD_STYLE + OPEN_NEW_STYLE + UNCHANGING + COMMON

#: What sits between words in scraped articles.
SEPARATORS = (
    " ", " ", " ", " ", "  ", "\u00a0", "\u202f", "\t", " \u200b", "\u200b", "\n",
    "\n\n", "\n \n\n", "\r\n", "\r\n\r\n", "\u2028", " , ", ", ", ". ", ": ", "; ",
    " – ", " — ", "-", "…", " “", "” ", "‘", "’", " (", ") ", "/", " \ufeff", "\u00ad",
    "\u2009", " « ", " » ", "\u3000", '"', "'", " - ",
)  # fmt: skip

#: Characters spliced inside words: invisible ones, and combining marks.
INSIDE_WORD = ("\u200b", "\u200c", "\u200d", "\u00ad", "\ufeff", "\u2060", "\u0301", "\u0323")

#: Adversarial inputs: long runs that make careless regexes and loops go quadratic.
ADVERSARIAL = (
    "9" * 5000,
    "/" * 5000,
    "1/" * 3000,
    " - " * 3000,
    "“" * 3000,
    "\u0301" * 200_000,
    " " * 200_000,
    "oa" * 100_000,
    "oá" * 100_000,
    "hoá " * 50_000,
    "\u200b" * 100_000,
    "e\u200b" * 50_000,
    "a" + "\u200b" * 100_000 + "\u0301",
    "a" + "\u200b" * 100_000 + "b",
    "\n" * 100_000,
    "\r\n \t" * 50_000,
    " \n" * 100_000,
    "\u00a0" * 100_000,
    "o\u0301a" * 60_000,
    "…" * 50_000,
    "ᄀ" * 50_000 + "ᅡ" * 50_000,
    "\ufeff" + "x" * 200_000,
)


def to_nfd(text: str) -> str:
    """The text decomposed, as some sources (macOS, some CMSs) deliver it."""
    return unicodedata.normalize("NFD", text)


def new_style(text: str) -> str:
    """The text with tone marks in the "new" style (hoá, thuỷ)."""
    from vn_digital_policy.text import set_tone_style

    return set_tone_style(text, "new")


def old_style(text: str) -> str:
    """The text with tone marks in the "old" style (hóa, thủy)."""
    from vn_digital_policy.text import set_tone_style

    return set_tone_style(text, "old")


@st.composite
def vietnamese_word(draw: st.DrawFn) -> str:
    """A word of the press, maybe upper-cased or title-cased, maybe with a splice."""
    word = draw(st.sampled_from(WORDS))
    case = draw(st.sampled_from(("same", "same", "same", "upper", "title", "lower")))
    if case == "upper":
        word = word.upper()
    elif case == "title":
        word = word[:1].upper() + word[1:]
    elif case == "lower":
        word = word.lower()
    if word and draw(st.integers(0, 19)) == 0:
        at = draw(st.integers(0, len(word)))
        word = word[:at] + draw(st.sampled_from(INSIDE_WORD)) + word[at:]
    return word


@st.composite
def vietnamese_text(draw: st.DrawFn, *, max_words: int = 25) -> str:
    """A realistic run of Vietnamese news text: words, punctuation, messy whitespace."""
    words = draw(st.lists(vietnamese_word(), min_size=0, max_size=max_words))
    parts = [draw(st.sampled_from(("", "", "", " ", "\n", "\u200b", "“", "\ufeff")))]
    for word in words:
        parts.append(word)
        parts.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(parts)


def spelling_variant(text: str) -> st.SearchStrategy[str]:
    """The same text as another outlet might deliver it."""
    return st.sampled_from(
        (text, to_nfd(text), new_style(text), old_style(text), to_nfd(new_style(text)))
    )


def messy_text() -> st.SearchStrategy[str]:
    """Anything: arbitrary Unicode, Vietnamese text, or both glued together."""
    return st.one_of(
        st.text(),
        vietnamese_text(),
        st.builds(lambda a, b: a + b, vietnamese_text(), st.text(max_size=10)),
        st.builds(lambda a, b: a + b, st.text(max_size=10), vietnamese_text()),
        vietnamese_text().map(to_nfd),
    )
