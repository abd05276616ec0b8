"""Tests of vn_digital_policy.dates: dates, months, quarters, years and periods in text."""

from __future__ import annotations

import calendar
import datetime as dt
import unicodedata
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from strategies.dates import (
    ADVERSARIAL,
    DAY_FORMS_WITH_YEAR,
    DAY_FORMS_WITHOUT_YEAR,
    MONTH_FORMS,
    MONTH_RUN_FORMS,
    PERIOD_FORMS,
    QUARTER_FORMS,
    YEAR_FORMS,
    day_months,
    days,
    fill,
    invalid_dates,
    months,
    near_dates,
    nfd,
    parts_of_day,
    periods,
    quarters,
    references,
    respell,
    years,
)
from vn_digital_policy._data import read_text
from vn_digital_policy.dates import DateMatch, find_dates, format_date, is_date, parse_date
from vn_digital_policy.enums import DatePrecision, HorizonKind, PartOfDay
from vn_digital_policy.errors import DateParseError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

#: Fields that describe what was found, without its place in the text.
FIELDS = tuple(
    a.name for a in attrs.fields(DateMatch) if a.name not in {"start", "end", "text", "lead"}
)

# Sentences of government and Party press: the first five from the seed articles, the
# others written after the datelines, legal references and plan titles of other outlets
# (Chinhphu.vn, Nhân Dân, QĐND, VnExpress).
SENTENCES = (
    "Sáng 6/12, Ban Kinh tế Trung ương tổ chức Diễn đàn cấp cao công nghiệp 4.0.",
    "Sáng 19-7, Thủ tướng Phạm Minh Chính chủ trì Hội nghị về chuyển đổi số.",
    "đẩy mạnh triển khai thực hiện Nghị quyết 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị",
    "hiện đại hóa đất nước giai đoạn đến năm 2030, tầm nhìn đến năm 2045.",
    "trình Ban Chấp hành Trung ương vào năm 2022.",
    "Chiều 15/3, tại Trụ sở Chính phủ, Thủ tướng chủ trì phiên họp Chính phủ thường kỳ.",
    "Ngày 22/12/2024, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 57-NQ/TW.",
    "Sáng nay (15/1), Quốc hội khai mạc Kỳ họp bất thường lần thứ 9.",
    "Quyết định số 749/QĐ-TTg ngày 3/6/2020 phê duyệt Chương trình Chuyển đổi số quốc gia "
    "đến năm 2025, định hướng đến năm 2030.",
    "Tăng trưởng GDP 9 tháng đầu năm 2024 ước đạt 6,82%, riêng quý III/2024 tăng 7,4%.",
    "Luật Giao dịch điện tử năm 2023 có hiệu lực từ ngày 1-7-2024.",
    "Thứ Sáu, ngày 29/11/2024, Ủy ban Quốc gia về chuyển đổi số họp phiên thứ chín.",
    "Trong 6 tháng cuối năm, các bộ, ngành tập trung tháo gỡ điểm nghẽn; nửa đầu năm 2023 "
    "tăng trưởng chậm.",
    "Đề án 06 giai đoạn 2022 - 2025, tầm nhìn đến năm 2030; nhiệm kỳ 2020-2025.",
    "Đến cuối năm 2025, 100% hồ sơ được số hóa; trong năm nay sẽ hoàn thành 4 nhiệm vụ.",
    "Phát biểu ngày 2 tháng 9 năm 2024, Chủ tịch nước nhấn mạnh thời kỳ 2021–2030.",
    "Kỳ họp thứ 8, Quốc hội khóa XV diễn ra từ 21/10 đến 30/11 tại Hà Nội.",
    "Tỷ lệ 1/5 dân số, công nghiệp 4.0, Covid-19, Đường dây nóng hỗ trợ 1900 54 54 81.",
    "Quý I năm nay, tháng 11 năm ngoái, cuối tháng 12 và đầu năm 2024.",
    "Nghị định số 13/2023/NĐ-CP có hiệu lực từ ngày 1/7/2023; Chỉ thị 16/CT-TTg ngày 31/3/2020.",
)

REFERENCE = dt.date(2024, 12, 20)


def fields(match: DateMatch) -> dict[str, object]:
    return {name: getattr(match, name) for name in FIELDS}


def check_spans(source: str, matches: list[DateMatch]) -> None:
    end = 0
    for match in matches:
        assert end <= match.start < match.end <= len(source)
        assert source[match.start : match.end] == match.text
        end = match.end


# ---------------------------------------------------------------------------------------
# Examples from real text
# ---------------------------------------------------------------------------------------


def one(text: str, **options: object) -> DateMatch:
    matches = find_dates(text, **options)  # type: ignore[arg-type]
    assert len(matches) == 1, matches
    return matches[0]


def test_dateline_morning_same_day() -> None:
    text = "Sáng 6/12, Ban Kinh tế Trung ương tổ chức Diễn đàn"
    m = one(text, reference=dt.date(2021, 12, 6))
    assert (m.text, m.date, m.part_of_day, m.precision) == (
        "Sáng 6/12",
        dt.date(2021, 12, 6),
        PartOfDay.MORNING,
        DatePrecision.DAY,
    )
    assert m.year_inferred
    assert m.span == (0, 9)


def test_dateline_with_dash() -> None:
    m = one("Sáng 19-7, Thủ tướng", reference=dt.date(2024, 7, 19))
    assert (m.text, m.date, m.part_of_day) == ("Sáng 19-7", dt.date(2024, 7, 19), PartOfDay.MORNING)


def test_dateline_friday() -> None:
    m = one("Sáng 29/11, tại Hà Nội, các đồng chí", reference=dt.date(2019, 11, 29))
    assert m.date == dt.date(2019, 11, 29)


def test_dateline_previous_year() -> None:
    assert one("Sáng 6/12", reference=dt.date(2022, 1, 10)).date == dt.date(2021, 12, 6)


def test_dateline_next_year() -> None:
    m = one("chiều 2/1", reference=dt.date(2023, 12, 30))
    assert (m.date, m.part_of_day) == (dt.date(2024, 1, 2), PartOfDay.AFTERNOON)


def test_resolution_without_reference_keeps_day_and_month() -> None:
    m = one("Sáng 6/12, Thủ tướng")
    assert (m.day, m.month, m.year, m.first, m.last, m.date) == (6, 12, None, None, None, None)
    assert not m.year_inferred


def test_default_year() -> None:
    m = one("vào ngày 6/12.", default_year=2021)
    assert (m.date, m.year_inferred) == (dt.date(2021, 12, 6), True)
    assert one("ngày 6/12", reference=dt.date(2019, 12, 1), default_year=2021).year == 2019


def test_document_code_is_not_a_date() -> None:
    m = one("Nghị quyết 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị")
    assert (m.text, m.date, m.lead) == ("ngày 22/3/2018", dt.date(2018, 3, 22), "ngày")


@pytest.mark.parametrize(
    "text",
    [
        "Nghị định 13/2023/NĐ-CP",
        "Quyết định số 749/QĐ-TTg",
        "Nghị quyết 52-NQ/TW",
        "Thông tư 02/2022/TT-BTTTT",
        "Chỉ thị 16/CT-TTg",
        "Công văn 6/12/BTTTT",
        "công nghiệp 4.0 và 5.0",
        "Covid-19",
        "tỷ lệ 1/5 dân số",
        "tăng từ 2-3 lần",
        "từ 2-3 năm",
        "khoảng 15-20 ngày",
        "mỗi tháng 1 lần",
        "những năm 1990",
        "Đường dây nóng 1900 54 54 81",
        "Industry 4.0 Summit 2021",
        "hơn 2.000 đại biểu, 13.000 điểm giao dịch",
        "năm 2",
        "quý vị đại biểu",
        "đổi mới sáng tạo 1/3",
        "lên tới 2000 người",
        "1/2",
        "6/12",
        "19.7",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, reference=REFERENCE) == []


def test_periods() -> None:
    texts = ["giai đoạn 2026-2030", "trong giai đoạn 2021 - 2025", "thời kỳ 2021–2030"]
    found = [one(text) for text in texts]
    assert [m.text for m in found] == ["giai đoạn 2026-2030", "giai đoạn 2021 - 2025", texts[2]]
    for m in found:
        assert m.precision is DatePrecision.PERIOD
        assert m.horizon is HorizonKind.PERIOD
    m = found[1]
    assert (m.year, m.end_year, m.first, m.last) == (
        2021,
        2025,
        dt.date(2021, 1, 1),
        dt.date(2025, 12, 31),
    )


def test_term_of_office_is_a_period_without_horizon() -> None:
    m = one("nhiệm kỳ 2020-2025")
    assert (m.precision, m.horizon, m.end_year) == (DatePrecision.PERIOD, None, 2025)


def test_bare_range_of_years() -> None:
    m = one("kết quả 2021 - 2025 cho thấy")
    assert (m.text, m.lead, m.horizon, m.end_year) == ("2021 - 2025", "", None, 2025)
    assert find_dates("2021 - 2060") == []  # more than 30 years: not a period
    assert find_dates("2025 - 2021") == []


def test_two_horizons() -> None:
    found = find_dates("đến năm 2030, tầm nhìn đến năm 2045")
    assert [(m.text, m.year, m.horizon) for m in found] == [
        ("đến năm 2030", 2030, HorizonKind.DEADLINE),
        ("tầm nhìn đến năm 2045", 2045, HorizonKind.VISION),
    ]


def test_period_lead_with_deadline() -> None:
    m = one("hiện đại hóa đất nước giai đoạn đến năm 2030")
    assert (m.text, m.year, m.horizon, m.precision) == (
        "giai đoạn đến năm 2030",
        2030,
        HorizonKind.DEADLINE,
        DatePrecision.YEAR,
    )


def test_vision_without_year_word() -> None:
    found = find_dates("đến năm 2030, tầm nhìn 2045…")
    assert [(m.text, m.horizon) for m in found][1] == ("tầm nhìn 2045", HorizonKind.VISION)
    assert one("đến 2030, ").horizon is HorizonKind.DEADLINE


def test_month_from_reference() -> None:
    m = one("Trong tháng 11, sẽ có chuỗi 10 phiên hội thảo", reference=dt.date(2021, 10, 20))
    assert (m.text, m.precision, m.first, m.last) == (
        "tháng 11",
        DatePrecision.MONTH,
        dt.date(2021, 11, 1),
        dt.date(2021, 11, 30),
    )


def test_at_and_within_year() -> None:
    assert one("vào năm 2022").horizon is HorizonKind.AT_YEAR
    assert one("trong năm 2025").horizon is HorizonKind.WITHIN_YEAR
    m = one("trong năm nay sẽ hoàn thành", reference=REFERENCE)
    assert (m.year, m.horizon, m.year_inferred) == (2024, HorizonKind.WITHIN_YEAR, True)
    assert find_dates("trong năm nay sẽ hoàn thành") == []  # no year to give it


def test_long_legal_date() -> None:
    m = one("ngày 22 tháng 12 năm 2024")
    assert (m.date, m.lead) == (dt.date(2024, 12, 22), "ngày")
    assert one("ngày 03 tháng 6 năm 2020").date == dt.date(2020, 6, 3)


def test_quarters() -> None:
    m = one("quý I/2025")
    assert (m.quarter, m.year, m.first, m.last) == (
        1,
        2025,
        dt.date(2025, 1, 1),
        dt.date(2025, 3, 31),
    )
    assert one("quý IV năm 2024").last == dt.date(2024, 12, 31)
    assert one("quý 2/2023").quarter == 2
    assert one("Quý I năm nay", reference=REFERENCE).year == 2024


def test_halves_and_runs_of_months() -> None:
    m = one("6 tháng đầu năm 2022")
    assert (m.precision, m.first, m.last, m.half) == (
        DatePrecision.HALF_YEAR,
        dt.date(2022, 1, 1),
        dt.date(2022, 6, 30),
        1,
    )
    m = one("6 tháng cuối năm", reference=dt.date(2023, 8, 1))
    assert (m.first, m.last, m.half, m.year_inferred) == (
        dt.date(2023, 7, 1),
        dt.date(2023, 12, 31),
        2,
        True,
    )
    assert one("nửa đầu năm 2023").last == dt.date(2023, 6, 30)
    m = one("GDP 9 tháng đầu năm 2024 tăng")
    assert (m.precision, m.month, m.end_month, m.last) == (
        DatePrecision.PERIOD,
        1,
        9,
        dt.date(2024, 9, 30),
    )
    assert one("sáu tháng cuối năm 2021").first == dt.date(2021, 7, 1)


def test_range_of_days_gives_two_days() -> None:
    found = find_dates("từ ngày 1/7 đến ngày 5/7/2024", reference=dt.date(2024, 6, 1))
    assert [m.date for m in found] == [dt.date(2024, 7, 1), dt.date(2024, 7, 5)]


def test_two_days_of_one_month() -> None:
    m = one("Diễn đàn diễn ra trong hai ngày 6-7/12 tại Hà Nội", reference=REFERENCE)
    assert (m.text, m.precision, m.day, m.first, m.last, m.date) == (
        "ngày 6-7/12",
        DatePrecision.PERIOD,
        6,
        dt.date(2024, 12, 6),
        dt.date(2024, 12, 7),
        None,
    )
    assert one("từ ngày 1–5/12/2023").last == dt.date(2023, 12, 5)
    assert find_dates("ngày 7-6/12") == []
    assert find_dates("ngày 30-31/11") == []


def test_nothing_is_found_inside_an_invalid_expression() -> None:
    for text in ("ngày 0 tháng 5 năm 2024", "giai đoạn 2025-2021", "ngày 31/2/2024"):
        assert find_dates(text, bare_years=True) == [], text
    assert find_dates("những năm 1990 và năm 2000", bare_years=True)[0].text == "năm 2000"


def test_half_only_for_half_years() -> None:
    assert parse_date("nửa đầu năm 2023").half == 1
    assert parse_date("9 tháng đầu năm 2024").half is None
    assert parse_date("quý II/2024").half is None


def test_prepositions_stay_outside_the_span() -> None:
    found = find_dates("diễn ra từ 21/10 đến 30/11 tại Hà Nội", reference=REFERENCE)
    assert [m.text for m in found] == ["21/10", "30/11"]
    assert one("hạn chót trước 30/6.").text == "30/6"


def test_weekday_and_brackets() -> None:
    m = one("Thứ Sáu, ngày 29/11/2024, Ủy ban họp")
    assert (m.text, m.lead, m.date) == (
        "Thứ Sáu, ngày 29/11/2024",
        "thứ sáu, ngày",
        dt.date(2024, 11, 29),
    )
    m = one("Sáng nay (15/1), Quốc hội", reference=REFERENCE)
    assert (m.text, m.date, m.part_of_day) == (
        "Sáng nay (15/1)",
        dt.date(2025, 1, 15),
        PartOfDay.MORNING,
    )
    assert one("Chủ nhật (1/12)", reference=REFERENCE).date == dt.date(2024, 12, 1)
    assert one("Hôm qua (14/1) Bộ trưởng", reference=REFERENCE).text == "Hôm qua (14/1)"


def test_dot_dates_need_a_year_or_a_lead() -> None:
    assert one("sáng 19.7 tại Hà Nội", reference=dt.date(2024, 7, 19)).date == dt.date(2024, 7, 19)
    assert one("22.12.2024").date == dt.date(2024, 12, 22)
    assert one("ngày 9.1.2025").date == dt.date(2025, 1, 9)


def test_relative_years() -> None:
    found = find_dates("Năm nay, tháng 11 năm ngoái", reference=REFERENCE)
    assert [(m.text, m.year) for m in found] == [("Năm nay", 2024), ("tháng 11 năm ngoái", 2023)]


def test_dateline_comma() -> None:
    m = one("HÀ NỘI, 6/12 - Sáng nay, diễn đàn khai mạc", reference=REFERENCE)
    assert m.text == "6/12"


def test_bare_years_option() -> None:
    m = one("Industry 4.0 Summit 2021 dự kiến", bare_years=True)
    assert (m.text, m.precision, m.year, m.lead) == ("2021", DatePrecision.YEAR, 2021, "")
    assert find_dates("Đường dây nóng 1900 54 54 81, 2000 người", bare_years=True) == []


def test_seed_articles() -> None:
    references = {
        "000": dt.date(2021, 12, 6),
        "002": dt.date(2025, 12, 20),
        "003": dt.date(2019, 11, 29),
        "004": dt.date(2024, 7, 19),
    }
    found: dict[str, list[tuple[str, object]]] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        key = path.name[:3]
        text = path.read_text(encoding="utf-8")
        matches = find_dates(text, reference=references.get(key), default_year=2021)
        check_spans(text, matches)
        found[key] = [
            (m.text, m.first if m.precision is DatePrecision.DAY else m.year) for m in matches
        ]
    assert found["000"][:2] == [
        ("Sáng 6/12", dt.date(2021, 12, 6)),
        ("giai đoạn đến năm 2030", 2030),
    ]
    assert ("tầm nhìn đến 2045", 2045) in found["000"]
    assert found["001"][:3] == [
        ("ngày 6/12", dt.date(2021, 12, 6)),
        ("tháng 11", 2021),
        ("đến năm 2030", 2030),
    ]
    assert ("ngày 22/3/2018", dt.date(2018, 3, 22)) in found["001"]
    assert ("vào năm 2022", 2022) in found["001"]
    assert ("tầm nhìn 2045", 2045) in found["001"]
    assert found["002"] == [
        ("Sáng 20/12", dt.date(2025, 12, 20)),
        ("giai đoạn 2026-2030", 2026),
        ("Năm nay", 2025),
        ("giai đoạn 2021 - 2025", 2021),
        ("giai đoạn 2021 - 2025", 2021),
    ]
    assert found["003"] == [("Sáng 29/11", dt.date(2019, 11, 29))]
    assert found["004"] == [("Sáng 19-7", dt.date(2024, 7, 19)), ("giai đoạn 2021-2024", 2021)]


# ---------------------------------------------------------------------------------------
# parse_date, is_date, format_date
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["31/2", "30/2/2024", "32/1", "0/5", "29/2/2023", "ngày 31/4", "tháng 13", "quý V"]
)
def test_invalid_dates_raise(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text)
    assert not is_date(text)
    assert find_dates(f"Sáng {text}, Thủ tướng") == []


@pytest.mark.parametrize(
    "text", ["", "   ", "abc", "6/12 và 7/12", "Sáng 6/12,", "năm nay", "2021-2021", "đến 1800"]
)
def test_parse_date_needs_exactly_one_expression(text: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(text)


def test_parse_date_explains() -> None:
    with pytest.raises(DateParseError, match="30/2/2024 is not a date"):
        parse_date("ngày 30/2/2024")
    with pytest.raises(DateParseError, match="not a period"):
        parse_date("giai đoạn 2025-2021")


def test_parse_date_accepts_bare_forms() -> None:
    assert parse_date("6/12", default_year=2021).date == dt.date(2021, 12, 6)
    assert parse_date("19.7", default_year=2024).date == dt.date(2024, 7, 19)
    assert parse_date("2045").year == 2045
    assert parse_date("  ngày 6/12 ").span == (2, 11)


def test_wrong_argument_types() -> None:
    assert not is_date(None)  # type: ignore[arg-type]
    with pytest.raises(DateParseError):
        parse_date(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_dates(b"6/12")  # type: ignore[arg-type]
    with pytest.raises(DateParseError):
        find_dates("ngày 6/12", reference="2021-12-06")  # type: ignore[arg-type]
    with pytest.raises(DateParseError):
        find_dates("ngày 6/12", default_year=0)
    moment = dt.datetime(2021, 12, 6, 9, 30, tzinfo=dt.timezone.utc)
    assert one("Sáng 6/12", reference=moment).date == dt.date(2021, 12, 6)


@pytest.mark.parametrize("form", ["{x}", "{d!r}", "{d:>3}", "{", "ngày {d}/{m}/{y2}"])
def test_format_errors(form: str) -> None:
    with pytest.raises(DateParseError):
        format_date(dt.date(2024, 1, 2), form)


def test_format_needs_the_fields_it_names() -> None:
    with pytest.raises(DateParseError, match="no"):
        format_date(parse_date("tháng 11/2021"), "numeric")
    assert format_date(parse_date("tháng 11/2021"), "month") == "tháng 11/2021"
    assert format_date(parse_date("Sáng 6/12/2021"), "dateline") == "Sáng 6/12"


def test_data_file_has_a_header() -> None:
    lines = read_text("date_words.tsv").splitlines()
    assert lines[0].startswith("#")
    assert any("Source" in line for line in lines if line.startswith("#"))


# ---------------------------------------------------------------------------------------
# Properties: round trips
# ---------------------------------------------------------------------------------------


@given(days, st.sampled_from(DAY_FORMS_WITH_YEAR), parts_of_day)
@example(dt.date(2018, 3, 22), "ngày {d}/{m}/{y}", PartOfDay.MORNING)
@example(dt.date(2024, 2, 29), "{d}.{m}.{y}", PartOfDay.NIGHT)
def test_day_round_trip(day: dt.date, form: str, part_of_day: PartOfDay) -> None:
    text = format_date(day, fill(form, part_of_day))
    m = parse_date(text)
    assert (m.date, m.year_inferred, m.precision) == (day, False, DatePrecision.DAY)
    assert m.part_of_day == (part_of_day if "pod}" in form.lower() else None)
    assert format_date(m, fill(form, part_of_day)) == text
    # and the same inside a sentence
    found = find_dates(f"Theo thông báo, {text}, tại Hà Nội.")
    assert [n.date for n in found] == [day]


@given(days, st.sampled_from(DAY_FORMS_WITHOUT_YEAR), parts_of_day)
@example(dt.date(2021, 12, 6), "{Pod} {d}/{m}", PartOfDay.MORNING)
def test_day_without_year_round_trip(day: dt.date, form: str, part_of_day: PartOfDay) -> None:
    text = format_date(day, fill(form, part_of_day))
    m = parse_date(text, default_year=day.year)
    assert (m.date, m.year_inferred) == (day, True)
    found = find_dates(f"Theo thông báo, {text}, tại Hà Nội.", default_year=day.year)
    assert [n.date for n in found] == [day]


@given(years, months, st.sampled_from(MONTH_FORMS))
def test_month_round_trip(year: int, month: int, form: str) -> None:
    m = parse_date(format_date(parse_date(f"tháng {month}/{year}"), form))
    assert (m.precision, m.year, m.month) == (DatePrecision.MONTH, year, month)
    assert m.first == dt.date(year, month, 1)
    assert m.last == dt.date(year, month, calendar.monthrange(year, month)[1])


@given(years, quarters, st.sampled_from(QUARTER_FORMS))
def test_quarter_round_trip(year: int, quarter: int, form: str) -> None:
    m = parse_date(format_date(parse_date(f"quý {quarter}/{year}"), form))
    assert (m.precision, m.year, m.quarter) == (DatePrecision.QUARTER, year, quarter)
    assert m.first == dt.date(year, 3 * quarter - 2, 1)
    assert m.last is not None
    assert (m.last + dt.timedelta(days=1)).month in {1, 4, 7, 10}


@given(periods(), st.sampled_from(PERIOD_FORMS))
@example((2021, 2025), "giai đoạn {y} - {y2}")
def test_period_round_trip(years_: tuple[int, int], form: str) -> None:
    first, last = years_
    m = parse_date(format_date(parse_date(f"giai đoạn {first}-{last}"), form))
    assert (m.precision, m.year, m.end_year) == (DatePrecision.PERIOD, first, last)
    assert (m.first, m.last) == (dt.date(first, 1, 1), dt.date(last, 12, 31))


@given(years, st.sampled_from(YEAR_FORMS))
def test_year_round_trip(year: int, form_and_horizon: tuple[str, HorizonKind | None]) -> None:
    form, horizon = form_and_horizon
    m = parse_date(format_date(parse_date(f"năm {year}"), form))
    assert (m.precision, m.year, m.horizon) == (DatePrecision.YEAR, year, horizon)
    assert (m.first, m.last) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


@given(
    years, st.integers(min_value=1, max_value=12), st.booleans(), st.sampled_from(MONTH_RUN_FORMS)
)
def test_month_run_round_trip(year: int, count: int, from_end: bool, form: str) -> None:
    side = "cuối" if from_end else "đầu"
    if form.startswith("nửa"):
        count = 6
    m = parse_date(format_date(parse_date(f"{count} tháng {side} năm {year}"), form))
    first_month = 13 - count if from_end else 1
    assert (m.year, m.month, m.end_month) == (year, first_month, first_month + count - 1)
    assert m.first == dt.date(year, first_month, 1)
    assert m.precision is (DatePrecision.HALF_YEAR if count == 6 else DatePrecision.PERIOD)


@given(days, st.sampled_from(["numeric", "long", "{dd}/{mm}/{y}", "{d}-{m}-{y}"]))
def test_format_is_idempotent(day: dt.date, form: str) -> None:
    text = format_date(day, form)
    assert format_date(parse_date(text), form) == text


# ---------------------------------------------------------------------------------------
# Properties: year resolution and validation
# ---------------------------------------------------------------------------------------


@given(references, day_months())
@example(dt.date(2022, 1, 10), (6, 12))
@example(dt.date(2023, 12, 30), (2, 1))
@example(dt.date(2023, 6, 1), (29, 2))
@example(dt.date(2024, 8, 31), (28, 2))
def test_resolved_day_is_nearest_and_within_six_months(
    reference: dt.date, day_month: tuple[int, int]
) -> None:
    day, month = day_month
    m = one(f"Sáng {day}/{month}, hội nghị", reference=reference)
    assert (m.day, m.month) == (day, month)
    if m.date is None:
        # only 29/2 can be left without a year, when no leap day is near
        assert (day, month) == (29, 2)
        assert not m.year_inferred
        return
    assert m.year_inferred
    distance = abs((m.date - reference).days)
    assert distance <= 183
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if day <= calendar.monthrange(year, month)[1]:
            assert abs((dt.date(year, month, day) - reference).days) >= distance


@given(references, months)
def test_resolved_month_is_within_six_months(reference: dt.date, month: int) -> None:
    m = one(f"Trong tháng {month}, sẽ có", reference=reference)
    assert m.first is not None
    assert m.last is not None
    assert m.month == month
    gap = max((m.first - reference).days, (reference - m.last).days, 0)
    assert gap <= 183


@given(invalid_dates())
@example((31, 2, None))
@example((30, 2, 2024))
@example((29, 2, 2023))
@example((32, 1, None))
@example((0, 5, None))
@example((1, 13, 2024))
def test_invalid_dates_are_rejected(invalid: tuple[int, int, int | None]) -> None:
    day, month, year = invalid
    text = f"{day}/{month}" + (f"/{year}" if year is not None else "")
    with pytest.raises(DateParseError):
        parse_date(text)
    suffix = "" if year is None else f" năm {year}"
    dashed = f"{day}-{month}" + ("" if year is None else f"-{year}")
    for sentence in (f"ngày {text}", f"Sáng {dashed},", f"ngày {day} tháng {month}{suffix}"):
        assert find_dates(sentence, reference=REFERENCE) == []


# ---------------------------------------------------------------------------------------
# Properties: total, offsets, invariance, adversarial input
# ---------------------------------------------------------------------------------------


@given(st.text(), st.none() | references, st.booleans())
@example("Sáng 6/12, ngày 22/3/2018 đến năm 2030", dt.date(2021, 12, 6), False)
@example("\u0301Sáng\u0301 6/12", None, True)
def test_never_raises_and_spans_are_valid(
    text: str, reference: dt.date | None, bare_years: bool
) -> None:
    matches = find_dates(text, reference=reference, bare_years=bare_years)
    check_spans(text, matches)
    assert is_date(text) in {True, False}


@given(st.text(), days)
@example("{d}/{m}/{y}", dt.date(2024, 1, 2))
@example("{d.real}", dt.date(2024, 1, 2))
@example("{0}", dt.date(2024, 1, 2))
def test_parse_and_format_raise_only_date_parse_error(text: str, day: dt.date) -> None:
    try:
        parsed = parse_date(text)
    except DateParseError:
        assert not is_date(text)
    else:
        assert is_date(text)
        check_spans(text, [parsed])
    try:
        formatted = format_date(day, text)
    except DateParseError:
        return
    assert isinstance(formatted, str)


@given(near_dates, st.none() | references)
@example("ngày 31/2/2024 đến năm 2030", None)
@example("tháng 13/2024 quý I/2025", dt.date(2024, 1, 1))
def test_near_dates_spans_and_parse_agreement(text: str, reference: dt.date | None) -> None:
    matches = find_dates(text, reference=reference)
    check_spans(text, matches)
    for m in matches:
        assert m.first is None or m.last is None or m.first <= m.last
        again = parse_date(m.text, reference=reference)
        assert fields(again) == fields(m)


@given(st.sampled_from(SENTENCES), st.none() | references)
def test_nfd_and_spelling_invariance(sentence: str, reference: dt.date | None) -> None:
    expected = [fields(m) for m in find_dates(sentence, reference=reference)]
    for variant in (nfd(sentence), respell(sentence), nfd(respell(sentence)), sentence.upper()):
        found = find_dates(variant, reference=reference)
        check_spans(variant, found)
        assert [fields(m) for m in found] == expected
    decomposed = nfd(sentence)
    for m in find_dates(decomposed, reference=reference):
        assert unicodedata.normalize("NFC", m.text) in sentence.upper() + sentence


@given(st.sampled_from(SENTENCES), st.text(max_size=20), st.text(max_size=20))
def test_context_does_not_move_spans(sentence: str, before: str, after: str) -> None:
    text = f"{before}\n{sentence}\n{after}"
    inner = [(m.text, fields(m)) for m in find_dates(sentence, reference=REFERENCE)]
    outer = [(m.text, fields(m)) for m in find_dates(text, reference=REFERENCE)]
    assert all(pair in outer for pair in inner)


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:12]))
def test_adversarial_input(text: str) -> None:
    matches = find_dates(text, reference=REFERENCE, bare_years=True)
    check_spans(text, matches)
    assert len(matches) <= 1
    assert not is_date(text + "x")
    assert format_date(dt.date(2024, 1, 2), "{d}" + text.replace("{", "").replace("}", ""))


def test_adversarial_input_many_matches() -> None:
    text = "Sáng 6/12, ngày 22/3/2018, đến năm 2030; " * 2_000
    matches = find_dates(text)
    assert len(matches) == 6_000
    check_spans(text, matches)
