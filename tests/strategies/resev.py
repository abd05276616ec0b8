"""Hypothesis strategies for the document and event extractors: press-like sentences.

``press_sentences()`` glues fragments that government news builds its document and event
sentences from (kind words, codes, dates, issuers, event heads, names, quotes) in random
order with messy separators, so the extractors meet the phrases they look for in
unexpected neighbourhoods. ``seed_texts()`` are the five seed articles.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

from strategies.text import SEPARATORS, messy_text, vietnamese_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

FRAGMENTS = (
    "Nghị quyết", "nghị quyết", "Nghị Quyết số", "NQ", "Quyết định", "quyết định", "QĐ",
    "Quy định số", "Kết luận", "Chỉ thị", "Nghị định", "Thông tư", "Thông tư liên tịch",
    "Luật", "Bộ luật", "Đề án", "Chương trình", "Chiến lược", "Kế hoạch", "Quy hoạch",
    "Công văn số", "Công điện", "văn bản số", "số", "57-NQ/TW", "749/QĐ-TTg",
    "13/2023/NĐ-CP", "20/2023/QH15", "144-QĐ/TW", "06/CP", "2522, 2523/UBND-VX", "57", "06",
    "749", "1719", "29/2024", "ngày 22/12/2024", "ngày 14 tháng 10 năm 2015", ", ngày 3/6/2020",
    "của Bộ Chính trị", "của Thủ tướng Chính phủ", "của BTV Tỉnh ủy", "do Bộ Công an ban hành",
    "của UBND tỉnh Quảng Ninh", "về", "về việc", "phê duyệt", "“Chuyển đổi số toàn diện”",
    '"', "“", "”", "Đại hội XIII", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    "Hội nghị Trung ương 4 khóa XII", "Diễn đàn", "diễn đàn", "Hội nghị", "hội nghị",
    "Hội thảo", "phiên họp", "Phiên họp thứ tư", "buổi làm việc", "Triển lãm", "lễ phát động",
    "Lễ khai mạc", "tọa đàm", "toạ đàm", "Đại hội", "hội chợ", "Ngày hội", "cuộc thi",
    "phiên toàn thể", "trong khuôn khổ", "Trong khuôn khổ sự kiện", "chiều cùng ngày",
    "Sáng 6/12", "chiều 19-7", "tại Hà Nội", "tại đầu cầu Trụ sở Chính phủ", "tại TP. Hồ Chí Minh",
    "trực tuyến tới 63 tỉnh, thành phố", "và 32 điểm cầu quốc tế", "trực tiếp kết hợp trực tuyến",
    "với chủ đề", "lần thứ ba", "do Ban Kinh tế Trung ương tổ chức", "phối hợp với", "tổ chức",
    "chủ trì", "dự và chủ trì", "Cùng dự có", "Thủ tướng Phạm Minh Chính", "Phó Thủ tướng",
    "các", "nhiều", "đã", "chào mừng", "trình", "Trung tâm Hội nghị Quốc gia", "(Đề án 06)",
    "đến năm 2030", "tầm nhìn đến năm 2045", "giai đoạn 2021 - 2025", "làm việc với",
)  # fmt: skip


@st.composite
def press_sentences(draw: st.DrawFn, *, max_parts: int = 30) -> str:
    """A run of press fragments and random words joined by messy separators."""
    parts = draw(
        st.lists(
            st.one_of(st.sampled_from(FRAGMENTS), vietnamese_text(max_words=3)),
            max_size=max_parts,
        )
    )
    out = []
    for part in parts:
        out.append(part)
        out.append(draw(st.sampled_from((" ", " ", " ", ", ", ". ", "; ", "\n", *SEPARATORS))))
    return "".join(out)


def any_text() -> st.SearchStrategy[str]:
    """Press-like sentences, messy Vietnamese text or arbitrary Unicode."""
    return st.one_of(press_sentences(), messy_text())


def seed_texts() -> list[str]:
    """The seed articles shipped with the package (empty if the folder is missing)."""
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
