"""Hypothesis strategies for :mod:`vn_digital_policy.dates`.

Templates use the fields of :func:`vn_digital_policy.dates.format_date` (``{d}``, ``{dd}``,
``{m}``, ``{mm}``, ``{y}``, ``{y2}``, ``{q}``, ``{Q}``, ``{n}``, ``{side}``); ``{pod}`` and
``{Pod}`` are filled in by the tests with a part of the day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import unicodedata

from hypothesis import strategies as st

from vn_digital_policy.enums import HorizonKind, PartOfDay

FIRST_DAY = dt.date(1990, 1, 1)
LAST_DAY = dt.date(2060, 12, 31)

#: Days written with their year, in every form the press and legal documents use.
DAY_FORMS_WITH_YEAR = (
    "{d}/{m}/{y}",
    "{dd}/{mm}/{y}",
    "{d}-{m}-{y}",
    "{dd}-{mm}-{y}",
    "{d}.{m}.{y}",
    "{dd}.{mm}.{y}",
    "ngày {d}/{m}/{y}",
    "Ngày {dd}/{mm}/{y}",
    "ngày {d}-{m}-{y}",
    "ngày {d}.{m}.{y}",
    "ngày {d} tháng {m} năm {y}",
    "ngày {dd} tháng {mm} năm {y}",
    "ngày {d}/{m} năm {y}",
    "{Pod} {d}/{m}/{y}",
    "{pod} {d}-{m}-{y}",
    "{Pod} ngày {d}/{m}/{y}",
    "{Pod} thứ Hai, ngày {d}/{m}/{y}",
    "{Pod} nay ({d}/{m}/{y})",
)

#: Days written without a year (the year comes from a reference or default year).
DAY_FORMS_WITHOUT_YEAR = (
    "ngày {d}/{m}",
    "ngày {dd}/{mm}",
    "Ngày {d}-{m}",
    "ngày {d} tháng {m}",
    "ngày mùng {d}/{m}",
    "{Pod} {d}/{m}",
    "{pod} {d}-{m}",
    "{Pod} {dd}/{mm}",
    "{pod} {d}.{m}",
    "{Pod} nay ({d}/{m})",
    "Hôm nay ({d}/{m})",
    "thứ Sáu, ngày {d}/{m}",
    "Chủ nhật ({d}/{m})",
    "({d}/{m})",
)

MONTH_FORMS = (
    "tháng {m}/{y}",
    "tháng {mm}/{y}",
    "Tháng {m}-{y}",
    "tháng {m}.{y}",
    "tháng {m} năm {y}",
    "THÁNG {mm} NĂM {y}",
)

QUARTER_FORMS = (
    "quý {Q}/{y}",
    "quý {q}/{y}",
    "Quý {Q} năm {y}",
    "quý {q} năm {y}",
    "quý {Q}-{y}",
    "qúy {Q}/{y}",
    "quí {q}/{y}",
)

PERIOD_FORMS = (
    "giai đoạn {y}-{y2}",
    "giai đoạn {y} - {y2}",
    "giai đoạn {y}–{y2}",
    "Giai đoạn {y} – {y2}",
    "thời kỳ {y}-{y2}",
    "thời kì {y}-{y2}",
    "nhiệm kỳ {y}-{y2}",
    "giai đoạn từ năm {y} đến năm {y2}",
    "từ năm {y} đến năm {y2}",
    "{y} - {y2}",
    "{y}-{y2}",
)

#: Year forms and the horizon each gives.
YEAR_FORMS: tuple[tuple[str, HorizonKind | None], ...] = (
    ("năm {y}", None),
    ("Năm {y}", None),
    ("cuối năm {y}", None),
    ("đến năm {y}", HorizonKind.DEADLINE),
    ("Đến năm {y}", HorizonKind.DEADLINE),
    ("tới năm {y}", HorizonKind.DEADLINE),
    ("đến hết năm {y}", HorizonKind.DEADLINE),
    ("đến {y}", HorizonKind.DEADLINE),
    ("giai đoạn đến năm {y}", HorizonKind.DEADLINE),
    ("tầm nhìn đến năm {y}", HorizonKind.VISION),
    ("tầm nhìn năm {y}", HorizonKind.VISION),
    ("tầm nhìn {y}", HorizonKind.VISION),
    ("tầm nhìn tới {y}", HorizonKind.VISION),
    ("định hướng đến năm {y}", HorizonKind.ORIENTATION),
    ("vào năm {y}", HorizonKind.AT_YEAR),
    ("trong năm {y}", HorizonKind.WITHIN_YEAR),
)

#: Runs of months: (template, number of months, from the end of the year).
MONTH_RUN_FORMS = (
    "{n} tháng {side} năm {y}",
    "nửa {side} năm {y}",
)

#: Junk that once hung regex engines (dateparser's '9' * 3200) or stresses our look-behinds.
ADVERSARIAL = (
    "1/" * 10_000,
    "ngày " * 10_000,
    "2021-" * 5_000,
    "9" * 20_000,
    "tháng 1" * 5_000,
    "/" * 5_000,
    " - " * 3_000,
    "“" * 3_000,
    "1/" * 3_000,
    "Sáng " * 5_000 + "6/12",
    "giai đoạn " * 3_000,
    "đến năm " * 3_000 + "2030",
    "quý " * 5_000,
    "(" * 5_000 + "6/12" + ")" * 5_000,
    "1" + "/1" * 8_000,
    "1.1." * 5_000,
    "a" + "\u0301\u0323" * 20_000,
    " " * 20_000 + "ngày 6/12",
)

#: Tokens for texts that come close to dates without always being ones.
TOKENS = (
    "ngày",
    "Ngày",
    "sáng",
    "Chiều",
    "tối",
    "thứ Sáu",
    "Chủ nhật",
    "hôm nay",
    "tháng",
    "năm",
    "nay",
    "quý",
    "qúy",
    "I",
    "IV",
    "nửa",
    "đầu",
    "cuối",
    "hết",
    "giai đoạn",
    "thời kỳ",
    "đến",
    "tới",
    "tầm nhìn",
    "định hướng",
    "vào",
    "trong",
    "từ",
    "những",
    "6",
    "12",
    "31",
    "29",
    "2",
    "13",
    "0",
    "2021",
    "2025",
    "2045",
    "1900",
    "/",
    "-",
    "–",
    ".",
    ",",
    "(",
    ")",
    " ",
    "  ",
    "\n",
    "NQ",
    "TW",
    "QĐ-TTg",
    "%",
    "người",
    "lần",
    "\u0301",
)

parts_of_day = st.sampled_from(list(PartOfDay))
days = st.dates(min_value=FIRST_DAY, max_value=LAST_DAY)
years = st.integers(min_value=FIRST_DAY.year, max_value=LAST_DAY.year)
months = st.integers(min_value=1, max_value=12)
quarters = st.integers(min_value=1, max_value=4)
references = st.dates(min_value=dt.date(1991, 1, 1), max_value=dt.date(2059, 12, 31))


@st.composite
def day_months(draw: st.DrawFn) -> tuple[int, int]:
    """A (day, month) that exists in some year, 29 February included."""
    month = draw(months)
    day = draw(st.integers(min_value=1, max_value=calendar.monthrange(2000, month)[1]))
    return day, month


@st.composite
def periods(draw: st.DrawFn) -> tuple[int, int]:
    """A (first year, last year) range of 1 to 30 years within 1990-2060."""
    first = draw(st.integers(min_value=FIRST_DAY.year, max_value=LAST_DAY.year - 1))
    last = draw(st.integers(min_value=first + 1, max_value=min(first + 30, LAST_DAY.year)))
    return first, last


@st.composite
def invalid_dates(draw: st.DrawFn) -> tuple[int, int, int | None]:
    """A (day, month, year or None) that is not a calendar date: "31/2", "0/5", "29/2/2023"."""
    year = draw(st.none() | years)
    month = draw(st.integers(min_value=0, max_value=99))
    if 1 <= month <= 12:
        length = calendar.monthrange(year if year is not None else 2000, month)[1]
        day = draw(st.sampled_from([0, *range(length + 1, 100)]))
    else:
        day = draw(st.integers(min_value=0, max_value=99))
    return day, month, year


def fill(template: str, part_of_day: PartOfDay) -> str:
    """Put a part of the day into ``{pod}``/``{Pod}`` (the other fields stay for format)."""
    return template.replace("{pod}", part_of_day.value).replace(
        "{Pod}", part_of_day.value.capitalize()
    )


def nfd(text: str) -> str:
    """The text decomposed (NFD), as some CMSs and copy-paste produce it."""
    return unicodedata.normalize("NFD", text)


#: Old/new tone-mark placement and i/y spellings that must not change what is found.
SPELLING_VARIANTS = (("quý", "qúy"), ("Quý", "Qúy"), ("thời kỳ", "thời kì"))


def respell(text: str) -> str:
    """The text with the alternative spellings of :data:`SPELLING_VARIANTS`."""
    for usual, other in SPELLING_VARIANTS:
        text = text.replace(usual, other)
    return text


near_dates = st.lists(st.sampled_from(TOKENS), max_size=30).map("".join)
