"""Extraction (trích xuất): from one article's text to typed, evidenced entities.

>>> from vn_digital_policy.extract import parse_article
>>> article = parse_article("Sáng 6/12, Thủ tướng Chính phủ Phạm Minh Chính dự Diễn đàn.")
>>> article.id.startswith("a-")
True
"""

from __future__ import annotations

from vn_digital_policy.extract.article import parse_article

__all__ = ["parse_article"]
