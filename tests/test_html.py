"""HTML rendering for notebooks: highlighted articles, result tables, short reprs."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fixtures_models import PM, conference_2024, forum_2021, sample_corpus, span
from strategies.models import articles
from vn_digital_policy.corpus import load_corpus
from vn_digital_policy.html import ENTITY_STYLES, render_article, render_table
from vn_digital_policy.models import Article, Directive, DirectiveItem, Official, Span
from vn_digital_policy.query import ResultSet, describe

_VOID = frozenset({"br", "hr", "img", "wbr"})


class _TextReader(HTMLParser):
    """Collects the text inside the article's text block, and checks marks never nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # depth inside div.vdp-text
        self.text: list[str] = []
        self.marks = 0
        self.open_marks = 0
        self.max_open_marks = 0
        self.titles: list[str] = []
        self.classes: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag in _VOID:
            return
        self.stack.append(tag)
        if tag == "div" and attributes.get("class") == "vdp-text":
            self.depth = len(self.stack)
        if self.depth and tag == "mark":
            self.marks += 1
            self.open_marks += 1
            self.max_open_marks = max(self.max_open_marks, self.open_marks)
            self.titles.append(attributes.get("title") or "")
            self.classes.append(attributes.get("class") or "")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"unbalanced </{tag}>"
        assert self.stack[-1] == tag, f"unbalanced </{tag}>"
        if self.depth and tag == "mark":
            self.open_marks -= 1
        if self.depth and len(self.stack) == self.depth and tag == "div":
            self.depth = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.text.append(data)


def _read(page: str) -> _TextReader:
    reader = _TextReader()
    reader.feed(page)
    reader.close()
    assert reader.stack == []
    return reader


def test_article_text_is_escaped_and_shown_whole() -> None:
    text = 'Tin <script>alert("x")</script> & “Hà Nội” <b>đậm</b>'
    page = render_article(Article(id="x", text=text, url="javascript:alert(1)"))
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert 'href="javascript' not in page
    assert "".join(_read(page).text) == text


def test_every_entity_type_is_highlighted_with_a_legend() -> None:
    article = conference_2024()
    page = render_article(article)
    reader = _read(page)
    assert reader.max_open_marks == 1  # overlaps are split, never nested
    assert "".join(reader.text) == article.text
    kinds = {cls.removeprefix("vdp-") for cls in reader.classes}
    assert kinds >= {"official", "position", "resolution", "event", "directive", "item", "target"}
    for kind in kinds:
        assert ENTITY_STYLES[kind][0] in page  # the legend names it
    assert any(f"Official: {PM}" in title for title in reader.titles)
    assert any("Item 6/6 of “5 đẩy mạnh”" in title for title in reader.titles)
    assert any("Target (định lượng) · 100 %" in title for title in reader.titles)


def test_overlapping_spans_list_every_value_innermost_first() -> None:
    # The directive's evidence covers the official's mention and the item.
    text = "Thủ tướng Phạm Minh Chính yêu cầu “5 không”: không nói không."
    item = DirectiveItem(text="không nói không", evidence=span(text, "không nói không"))
    nested = Article(
        id="n",
        text=text,
        officials=(Official(id="official:p", name=PM, mentions=(span(text, PM),)),),
        directives=(
            Directive(
                id="d",
                issuer=PM,
                content="“5 không”: không nói không",
                label="5 không",
                count=5,
                items=(item,),
                evidence=(Span.of(text, 0, len(text)),),
            ),
        ),
    )
    reader = _read(render_article(nested))
    assert reader.max_open_marks == 1
    assert "".join(reader.text) == text
    item_title = next(t for t in reader.titles if t.startswith("Item 1/1"))
    assert "Directive" in item_title.split("\n")[1]
    assert reader.classes.count("vdp-item") == 1
    assert reader.classes.count("vdp-official") == 1


def test_spans_that_do_not_read_the_text_are_skipped() -> None:
    text = "Hội nghị về chuyển đổi số."
    foreign = Span(start=0, end=3, text="abc", article_id="elsewhere")
    article = Article(
        id="a",
        text=text,
        officials=(Official(id="official:x", name="X", mentions=(foreign, Span.of(text, 0, 0))),),
    )
    reader = _read(render_article(article))
    assert reader.marks == 0
    assert "No evidence spans" in render_article(article)


@settings(max_examples=25)  # articles are slow to generate
@given(articles())
@example(forum_2021())
def test_rendering_any_article_keeps_its_text(article: Article) -> None:
    reader = _read(render_article(article))
    assert "".join(reader.text) == article.text
    assert reader.max_open_marks <= 1


@given(st.text(max_size=300))
@example("<" * 3000)
@example("&amp;" * 1000)
@example("“" * 3000)
def test_rendering_arbitrary_text(text: str) -> None:
    reader = _read(render_article(Article(id="a", text=text)))
    expected = text.replace("\r\n", "\n").replace("\r", "\n")  # HTML parsers normalise CR
    assert "".join(reader.text).replace("\r", "\n") == expected


def test_tables_for_every_kind_of_result() -> None:
    corpus = sample_corpus()
    for view, header in (
        (corpus.officials, "Titles (observed)"),
        (corpus.events, "Chairs"),
        (corpus.targets, "Unit"),
        (corpus.directives, "Items / declared"),
        (corpus.resolutions, "Document"),
        (corpus.articles, "Published"),
        (corpus.search("Phạm Minh Chính"), "Snippet"),
        (corpus.organizations, "Abbreviation"),
        (corpus.officials[0].positions, "Observed"),
        (corpus.officials[0].mentions, "Start"),
    ):
        table = render_table(view)
        assert header in table
        assert table.count("<tr>") == len(view) + 1
    officials = render_table(corpus.officials)
    assert "Bộ trưởng Bộ Thông tin và Truyền thông (2021-12-06)" in officials
    assert "Bộ trưởng Bộ Khoa học và Công nghệ (2025-12-20)" in officials
    assert "6 / 5 ⚠" in render_table(corpus.directives)


def test_mixed_and_long_tables() -> None:
    corpus = sample_corpus()
    mixed = render_table([corpus.officials[0], corpus.events[0]])
    assert "Official" in mixed
    assert "Event" in mixed
    long = render_table(list(corpus.officials) * 100, max_rows=10)
    assert long.count("<tr>") == 11
    assert "… and 390 more" in long
    generic = render_table(corpus.events[0].connection_points)
    assert "description" in generic
    assert render_table([]).startswith("<div")


def test_table_cells_are_escaped() -> None:
    evil = Official(id="official:x", name='<img src=x onerror="alert(1)">')
    table = render_table([evil])
    assert "<img" not in table
    assert "&lt;img" in table


def test_repr_html_hooks() -> None:
    corpus = sample_corpus()
    article = corpus["c2024"]
    assert article._repr_html_() == render_article(article)
    assert "<table" in corpus.officials._repr_html_()
    assert "<table" in corpus._repr_html_()
    for entity in (
        corpus.officials[0],
        corpus.resolutions[0],
        corpus.events[0],
        corpus.directives[0],
        corpus.targets[0],
    ):
        assert entity._repr_html_().startswith("<table")
    assert "<mark" in load_corpus()["s004"]._repr_html_() or "No evidence" in (
        load_corpus()["s004"]._repr_html_()
    )


def test_article_repr_is_short_and_useful() -> None:
    article = conference_2024()
    text = repr(article)
    assert text == (
        "Article(id='c2024', published=2024-07-19, title='Thủ tướng chủ trì Hội nghị về chuyển "
        "đổ…', 3 officials, 1 resolutions, 1 events, 2 directives, 1 targets)"
    )
    long = Article(id="long", text="x" * 100_000)
    assert len(repr(long)) < 200
    assert repr(Article(id="e", text="")).startswith("Article(id='e', published=None, title=''")


@pytest.mark.parametrize("kind", list(ENTITY_STYLES))
def test_legend_colours_are_hex(kind: str) -> None:
    label, colour = ENTITY_STYLES[kind]
    assert label
    assert colour.startswith("#")
    assert len(colour) == 7


def test_result_set_renders_officials_events_targets() -> None:
    corpus = sample_corpus()
    for found in (
        corpus.find_officials(title="Thủ tướng"),
        corpus.find_events(year=2024),
        corpus.find_targets(due_by=2030),
    ):
        assert isinstance(found, ResultSet)
        page = found._repr_html_()
        assert page.count("<tr>") == len(found) + 1
        assert html.escape(describe(found[0])[:10]) in page
