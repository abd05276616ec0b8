"""vn_digital_policy: structured, queryable data from Vietnamese digital-policy news.

Read an article into typed, evidenced facts:

>>> import datetime as dt
>>> from vn_digital_policy import parse_article
>>> article = parse_article(
...     "Sáng 6/12, Thủ tướng Chính phủ Phạm Minh Chính chủ trì Diễn đàn.",
...     published=dt.date(2021, 12, 6),
... )
>>> article.officials[0].name
'Phạm Minh Chính'

or load the bundled corpus:

>>> from vn_digital_policy import load_corpus
>>> len(load_corpus())
5
"""

from __future__ import annotations

from vn_digital_policy._version import __version__
from vn_digital_policy.codes import (
    CodeMatch,
    DocumentCode,
    ParsedCode,
    find_document_codes,
    is_document_code,
    parse_document_code,
)
from vn_digital_policy.corpus import Corpus, load_corpus
from vn_digital_policy.dates import DateMatch, find_dates, format_date, is_date, parse_date
from vn_digital_policy.enums import (
    DatePrecision,
    DirectiveVerb,
    DocumentFamily,
    DocumentKind,
    EventFormat,
    EventKind,
    EventRole,
    HorizonKind,
    PartOfDay,
    TargetKind,
)
from vn_digital_policy.errors import (
    CorpusError,
    DataFileError,
    DateParseError,
    DocumentCodeError,
    ExportError,
    MissingDependencyError,
    NumberParseError,
    ParseError,
    QueryError,
    VNDigitalPolicyError,
)
from vn_digital_policy.export import (
    json_schema,
    json_schemas,
    read_jsonl,
    read_sqlite,
    to_dataframes,
    to_json,
    to_jsonl,
    to_sqlite,
    write_jsonl,
)
from vn_digital_policy.extract import parse_article
from vn_digital_policy.html import render_article
from vn_digital_policy.models import (
    Article,
    ConnectionPoint,
    Directive,
    DirectiveItem,
    Event,
    Official,
    Organization,
    Position,
    Resolution,
    Span,
    Target,
)
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
from vn_digital_policy.query import ResultSet, SearchHit
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

__all__ = [
    "Article",
    "CodeMatch",
    "ConnectionPoint",
    "Corpus",
    "CorpusError",
    "DataFileError",
    "DateMatch",
    "DateParseError",
    "DatePrecision",
    "Directive",
    "DirectiveItem",
    "DirectiveVerb",
    "DocumentCode",
    "DocumentCodeError",
    "DocumentFamily",
    "DocumentKind",
    "Event",
    "EventFormat",
    "EventKind",
    "EventRole",
    "ExportError",
    "HorizonKind",
    "MissingDependencyError",
    "NormalizedText",
    "NumberKind",
    "NumberParseError",
    "Official",
    "Organization",
    "ParseError",
    "ParsedCode",
    "ParsedNumber",
    "PartOfDay",
    "Position",
    "QueryError",
    "Resolution",
    "ResultSet",
    "SearchHit",
    "Span",
    "Target",
    "TargetKind",
    "VNDigitalPolicyError",
    "__version__",
    "abbreviations",
    "expand_abbreviation",
    "find_dates",
    "find_document_codes",
    "find_numbers",
    "fold",
    "fold_aligned",
    "format_date",
    "format_number",
    "is_date",
    "is_document_code",
    "is_number",
    "json_schema",
    "json_schemas",
    "load_corpus",
    "normalize",
    "normalize_with_map",
    "number_to_words",
    "parse_article",
    "parse_date",
    "parse_document_code",
    "parse_number",
    "parse_roman",
    "read_jsonl",
    "read_sqlite",
    "render_article",
    "set_tone_style",
    "strip_diacritics",
    "to_dataframes",
    "to_json",
    "to_jsonl",
    "to_roman",
    "to_sqlite",
    "write_jsonl",
]
