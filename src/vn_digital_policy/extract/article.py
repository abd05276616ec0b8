"""``parse_article``: read one article with every extractor and assemble the :class:`Article`.

The pipeline reads the text once (:class:`~vn_digital_policy.extract.document.Document`:
normalisation, dates, document codes, numbers, sentences), then runs the extractors in
dependency order: bylines, officials, resolutions, events (which link officials),
directives (which resolve their issuers among the officials) and targets (which link
the resolution, directive or event they come from). Every extractor reports evidence on
the caller's original text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from vn_digital_policy.extract.bylines import extract_bylines
from vn_digital_policy.extract.directives import extract_directives
from vn_digital_policy.extract.document import Document
from vn_digital_policy.extract.events import extract_events
from vn_digital_policy.extract.officials import extract_officials
from vn_digital_policy.extract.resolutions import extract_resolutions
from vn_digital_policy.extract.targets import extract_targets
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

    Metadata arguments override what the text itself says (a headline on the first
    line, a byline or source line at the end).

    Args:
        text: the article text, in any Unicode normal form and tone-mark style.
        published: publication date; day/month dates ("Sáng 6/12") resolve against it.
        article_id: stable id; derived from the normalised text when omitted.
        title: headline; read from the first line when omitted and it is one.
        publisher: outlet or source; read from a source line when omitted.
        authors: bylines and agency credits; read from the text when omitted.
        url: source URL; read from a source line when omitted.
        file: file name the text was read from.
        published_basis: how the publication date is known.
        year_hint: the year dates resolve to when ``published`` is unknown; by
            default the latest non-forward-looking year the text states.

    Returns:
        The :class:`~vn_digital_policy.models.Article`, with its officials,
        resolutions, events, directives and targets.

    >>> article = parse_article(
    ...     "Sáng 19-7, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Hội nghị về chuyển đổi số.",
    ...     published=dt.date(2024, 7, 19),
    ... )
    >>> [(o.name, o.titles) for o in article.officials]
    [('Phạm Minh Chính', ['Thủ tướng Chính phủ'])]
    >>> event = article.main_event
    >>> event.kind.value, event.date.isoformat(), event.chairs
    ('hội nghị', '2024-07-19', ('Phạm Minh Chính',))
    """
    identifier = article_id or article_id_for_text(text)
    doc = Document.read(text, published=published, year_hint=year_hint, article_id=identifier)
    bylines = extract_bylines(doc)
    officials = extract_officials(doc, bylines=bylines)
    resolutions = extract_resolutions(doc)
    events = extract_events(doc, officials)
    directives = extract_directives(doc, officials)
    targets = extract_targets(doc, resolutions=resolutions, directives=directives, events=events)
    return Article(
        id=identifier,
        text=text,
        title=title if title is not None else bylines.title,
        published=published,
        published_basis=published_basis,
        publisher=publisher if publisher is not None else bylines.publisher,
        authors=tuple(authors) if authors else bylines.authors,
        url=url if url is not None else bylines.url,
        file=file,
        officials=tuple(officials),
        resolutions=tuple(resolutions),
        events=tuple(events),
        directives=tuple(directives),
        targets=tuple(targets),
    )
