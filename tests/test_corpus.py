"""Corpus: loading your own articles, merging what they mention, the merged views."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings

from fixtures_models import (
    CONFERENCE_2024_TEXT,
    HUNG,
    PM,
    conference_2024,
    forum_2021,
    forum_2025,
    sample_articles,
    sample_corpus,
    undated_notice,
)
from strategies.models import corpus_articles
from vn_digital_policy.corpus import Corpus, SeedRecord, load_corpus, seed_records
from vn_digital_policy.errors import CorpusError
from vn_digital_policy.models import Article, Official
from vn_digital_policy.query import ResultSet

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


# -- the bundled corpus ----------------------------------------------------------------


def test_bundled_corpus_views_are_result_sets_whatever_the_extractors_find() -> None:
    corpus = load_corpus()
    for view in (
        corpus.officials,
        corpus.organizations,
        corpus.resolutions,
        corpus.events,
        corpus.directives,
        corpus.targets,
    ):
        assert isinstance(view, ResultSet)
    # Every merged entity comes from some article, whatever the extractors return.
    for view in (corpus.officials, corpus.resolutions, corpus.events, corpus.directives):
        for entity in view:
            assert corpus.articles_of(entity)
    assert sum(len(a.events) for a in corpus) >= len(corpus.events)


def test_load_corpus_reads_a_folder(tmp_path: Path) -> None:
    for path in SEEDS.iterdir():
        shutil.copy(path, tmp_path / path.name)
    mine = load_corpus(tmp_path, parse=False)
    bundled = load_corpus(parse=False)
    assert [a.id for a in mine] == [a.id for a in bundled]
    assert [a.text for a in mine] == [a.text for a in bundled]
    assert [a.published for a in mine] == [a.published for a in bundled]
    assert mine is not load_corpus(tmp_path, parse=False)  # folders are not cached


# -- building from texts ---------------------------------------------------------------


def test_from_texts_with_and_without_metadata() -> None:
    record = SeedRecord(id="rec", file="rec.txt", published=dt.date(2024, 7, 19))
    corpus = Corpus.from_texts(
        [
            "Sáng 19-7, Thủ tướng Phạm Minh Chính chủ trì Hội nghị về chuyển đổi số.",
            ("Chiều 6/12, Diễn đàn.", {"id": "x", "published": "2021-12-06", "authors": "TTXVN"}),
            ("Hội nghị.", {"id": "y", "published": dt.datetime(2020, 1, 2, 9, 30)}),
            ("Hội thảo.", record),
            ("Triển lãm.", None),
        ]
    )
    assert len(corpus) == 5
    assert corpus[0].id.startswith("a-")
    assert corpus["x"].published == dt.date(2021, 12, 6)
    assert corpus["x"].authors == ("TTXVN",)
    assert corpus["y"].published == dt.date(2020, 1, 2)
    assert corpus["rec"].file == "rec.txt"


def test_from_texts_without_parsing_keeps_text_and_metadata() -> None:
    corpus = Corpus.from_texts([("Hội nghị.", {"id": "x", "title": "T"})], parse=False)
    assert corpus["x"].title == "T"
    assert corpus["x"].officials == ()


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (("x", {"idd": "typo"}), "unknown metadata field 'idd'"),
        (("x", {"published": "19/7/2024"}), "ISO date"),
        (("x", {"published": 2024}), "published must be a date"),
        (("x", {"authors": [1, 2]}), "authors must be a list of strings"),
        (("x", {"published_year": "2024"}), "published_year must be an integer"),
        (("x", {"title": 5}), "title must be a string"),
        (("x", ["not", "a", "mapping"]), "metadata must be a mapping"),
        (42, "give a string or a"),
        (("x", {}, "extra"), "give a string or a"),
    ],
)
def test_from_texts_rejects_bad_input(entry: object, message: str) -> None:
    with pytest.raises(CorpusError, match=message):
        Corpus.from_texts([entry])  # type: ignore[list-item]


def test_repeated_ids_are_named() -> None:
    with pytest.raises(CorpusError, match="'dup' repeats"):
        Corpus.from_texts([("a", {"id": "dup"}), ("b", {"id": "dup"})], parse=False)
    with pytest.raises(CorpusError, match="repeats"):
        Corpus.from_texts(["same text", "same text"], parse=False)


def test_corpus_takes_only_articles() -> None:
    with pytest.raises(CorpusError, match="from_texts"):
        Corpus(["a plain string"])  # type: ignore[list-item]


# -- building from files ---------------------------------------------------------------


def test_from_files_reads_utf8_with_bom_and_windows_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "bai-viet.txt"
    path.write_bytes("\ufeffSáng 19-7, Hội nghị.\r\nDòng hai.\r\n".encode())
    corpus = Corpus.from_files([path], parse=False)
    article = corpus["bai-viet"]
    assert article.text == "Sáng 19-7, Hội nghị.\nDòng hai.\n"
    assert article.file == "bai-viet.txt"


def test_from_files_takes_metadata_by_file_name(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Hội nghị một.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("Hội nghị hai.", encoding="utf-8")
    meta = tmp_path / "meta.json"
    meta.write_text(
        '{"articles": [{"id": "first", "file": "one.txt", "published": "2024-07-19"}]}',
        encoding="utf-8",
    )
    corpus = Corpus.from_files([tmp_path / "one.txt", tmp_path / "two.txt"], metadata=meta)
    assert [a.id for a in corpus] == ["first", "two"]
    assert corpus["first"].published == dt.date(2024, 7, 19)
    again = Corpus.from_files([tmp_path / "one.txt"], metadata=[seed_records()[0]])
    assert again[0].id == "one"  # the record is for another file


def test_from_files_names_the_file_that_is_not_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "cp1258.txt"
    bad.write_bytes("Hà Nam".encode("cp1258"))  # Windows Vietnamese code page
    with pytest.raises(CorpusError, match=r"cp1258\.txt: not UTF-8"):
        Corpus.from_files([bad])


def test_from_files_names_the_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"nope\.txt: no such file"):
        Corpus.from_files([tmp_path / "nope.txt"])
    with pytest.raises(CorpusError, match="is a folder"):
        Corpus.from_files([tmp_path])


def test_from_files_rejects_malformed_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    meta = tmp_path / "metadata.json"
    meta.write_text("{not json", encoding="utf-8")
    with pytest.raises(CorpusError, match="not valid JSON"):
        Corpus.from_files([tmp_path / "a.txt"], metadata=meta)
    with pytest.raises(CorpusError, match="SeedRecord"):
        Corpus.from_files([tmp_path / "a.txt"], metadata=[{"id": "a"}])  # type: ignore[list-item]


def test_from_folder_sorts_files_and_uses_metadata_when_present(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Bài B.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Bài A.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert [a.id for a in Corpus.from_folder(tmp_path)] == ["a", "b"]
    (tmp_path / "metadata.json").write_text(
        '[{"id": "bee", "file": "b.txt", "title": "B"}]', encoding="utf-8"
    )
    corpus = Corpus.from_folder(tmp_path)
    assert [a.id for a in corpus] == ["a", "bee"]
    assert corpus["bee"].title == "B"
    assert [a.id for a in Corpus.from_folder(tmp_path, metadata_file=None)] == ["a", "b"]


def test_from_folder_recurses_with_a_pattern(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "deep.txt").write_text("Bài sâu.", encoding="utf-8")
    assert len(Corpus.from_folder(tmp_path)) == 0
    assert [a.id for a in Corpus.from_folder(tmp_path, pattern="**/*.txt")] == ["deep"]


def test_from_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such folder"):
        Corpus.from_folder(tmp_path / "missing")
    file = tmp_path / "file.txt"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(CorpusError, match="not a folder"):
        Corpus.from_folder(file)
    with pytest.raises(CorpusError, match="no such metadata file"):
        Corpus.from_folder(tmp_path, metadata_file="other.json")
    (tmp_path / "metadata.json").write_text('[{"id": "g", "file": "ghost.txt"}]', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"'ghost\.txt', which the folder lacks"):
        Corpus.from_folder(tmp_path)


# -- merging ---------------------------------------------------------------------------


def test_one_official_per_person_with_dated_positions_from_every_article() -> None:
    corpus = sample_corpus()
    (hung,) = corpus.officials_named(HUNG)
    assert [(p.title, p.observed, p.article_id) for p in hung.positions] == [
        ("Bộ trưởng Bộ Thông tin và Truyền thông", dt.date(2021, 12, 6), "f2021"),
        ("Bộ trưởng Bộ Khoa học và Công nghệ", dt.date(2025, 12, 20), "f2025"),
    ]
    (pm,) = corpus.officials_named("pham minh chinh")
    assert {span.article_id for span in pm.mentions} == {"f2021", "c2024", "f2025"}
    assert [a.id for a in corpus.articles_of(pm)] == ["f2021", "c2024", "f2025"]
    assert pm.titles == [
        "Thủ tướng Chính phủ",
        "Thủ tướng",
        "Chủ tịch Ủy ban Quốc gia về chuyển đổi số",
    ]
    ids = [official.id for official in corpus.officials]
    assert len(ids) == len(set(ids)) == 4


def test_merged_spans_read_their_own_articles() -> None:
    corpus = sample_corpus()
    for official in corpus.officials:
        for span in official.mentions:
            assert span.reads(corpus[span.article_id].text)
        for position in official.positions:
            assert position.evidence is not None
            assert position.evidence.reads(corpus[position.evidence.article_id].text)


def test_one_resolution_per_document_with_the_first_stated_values() -> None:
    corpus = sample_corpus()
    by_code = {str(r.code): r for r in corpus.resolutions if r.code}
    assert set(by_code) == {"52-NQ/TW", "57-NQ/TW"}
    nq52 = by_code["52-NQ/TW"]
    assert nq52.issuer == "Bộ Chính trị"  # stated only in the 2025 article
    assert nq52.date == dt.date(2019, 9, 27)
    assert [a.id for a in corpus.articles_of(nq52)] == ["f2021", "f2025"]
    assert {span.article_id for span in nq52.mentions} == {"f2021", "f2025"}
    assert [r.name for r in corpus.resolutions if r.code is None] == ["Đề án 06"]


def test_named_documents_merge_by_folded_kind_and_name() -> None:
    first = conference_2024()
    second_text = "Tổ công tác Đề án 06 họp."
    from fixtures_models import span
    from vn_digital_policy.enums import DocumentKind
    from vn_digital_policy.models import Resolution

    other = Article(
        id="other",
        text=second_text,
        resolutions=(
            Resolution(
                id="resolution:whatever",
                kind=DocumentKind.PROJECT,
                name="ĐỀ ÁN 06",
                mentions=(span(second_text, "Đề án 06"),),
            ),
        ),
    )
    corpus = Corpus([first, other])
    (doc,) = corpus.resolutions
    assert doc.name == "Đề án 06"
    assert len(doc.mentions) == 2


def test_events_in_date_order_undated_last() -> None:
    corpus = sample_corpus()
    dates = [event.date for event in corpus.events]
    assert dates == [
        dt.date(2021, 12, 6),
        dt.date(2024, 7, 19),
        dt.date(2025, 12, 20),
        None,
    ]
    for event in corpus.events:
        assert all(span.article_id for span in event.mentions)


def test_directives_and_targets_keep_corpus_order_and_know_their_article() -> None:
    corpus = sample_corpus()
    assert [corpus.articles_of(d)[0].id for d in corpus.directives] == [
        "f2021",
        "u001",
        "c2024",
        "c2024",
    ]
    five = corpus.find_directives(label="5 đẩy mạnh")[0]
    assert all(item.evidence.article_id == "c2024" for item in five.items)
    assert [t.year for t in corpus.targets] == [2025, 2030, None, None, 2045]


def test_get_and_articles_of() -> None:
    corpus = sample_corpus()
    assert corpus.get("f2021") is corpus["f2021"]
    assert isinstance(corpus.get("official:pham-minh-chinh"), Official)
    assert corpus.get("resolution:57-nq-tw") is not None
    assert corpus.get("org:bo-khoa-hoc-va-cong-nghe") is not None
    assert corpus.get("nothing") is None
    assert corpus.articles_of(corpus["c2024"]) == (corpus["c2024"],)
    assert corpus.articles_of(Official(id="official:nobody", name="Nobody")) == ()
    assert [o.name for o in corpus.organizations] == [
        "Bộ Thông tin và Truyền thông",
        "Bộ Khoa học và Công nghệ",
    ]


def test_clashing_ids_are_made_unique_and_exact_repeats_dropped() -> None:
    event = conference_2024().events[0]
    a = Article(id="a", text=CONFERENCE_2024_TEXT, events=(event, event))
    b = Article(id="b", text=CONFERENCE_2024_TEXT, events=(event,))
    corpus = Corpus([a, b])
    assert [e.id for e in corpus.events] == [event.id, f"{event.id}~2"]
    assert [corpus.articles_of(e)[0].id for e in corpus.events] == ["a", "b"]


def test_adding_corpora() -> None:
    joined = Corpus([forum_2021()]) + Corpus([forum_2025()])
    assert [a.id for a in joined] == ["f2021", "f2025"]
    assert len(joined.officials_named(HUNG)[0].positions) == 2
    with pytest.raises(CorpusError):
        _ = joined + Corpus([forum_2021()])


def test_merging_is_deterministic_and_independent_of_cache() -> None:
    first, second = sample_corpus(), sample_corpus()
    assert first.officials == second.officials
    assert first.events == second.events
    assert first.resolutions == second.resolutions
    assert first.officials is first.officials  # computed once


def test_repr() -> None:
    assert repr(sample_corpus()) == "<Corpus of 4 articles>"
    assert PM in sample_corpus()._repr_html_() or "f2021" in sample_corpus()._repr_html_()


def test_article_order_does_not_change_who_is_merged() -> None:
    articles = sample_articles()
    forward = Corpus(articles)
    backward = Corpus(reversed(articles))
    assert {o.id for o in forward.officials} == {o.id for o in backward.officials}
    for official in forward.officials:
        (other,) = [o for o in backward.officials if o.id == official.id]
        assert set(official.positions) == set(other.positions)
        assert set(official.mentions) == set(other.mentions)
    assert [e.id for e in forward.events if e.date] == [e.id for e in backward.events if e.date]


# -- properties ------------------------------------------------------------------------


@settings(max_examples=25)  # each example builds several articles: slow to generate
@given(corpus_articles(max_size=3))
def test_merged_views_are_consistent_and_deterministic(articles: list[Article]) -> None:
    corpus = Corpus(articles)
    again = Corpus(articles)
    assert corpus.officials == again.officials
    assert corpus.resolutions == again.resolutions
    assert corpus.events == again.events
    assert corpus.directives == again.directives
    assert corpus.targets == again.targets
    for view in (corpus.resolutions, corpus.events, corpus.directives, corpus.targets):
        ids = [entity.id for entity in view]
        assert len(ids) == len(set(ids))
    assert {o.id for o in corpus.officials} == {o.id for a in articles for o in a.officials}
    assert len(corpus.events) <= sum(len(a.events) for a in articles)
    assert len(corpus.directives) <= sum(len(a.directives) for a in articles)
    for official in corpus.officials:
        for span in official.mentions:
            assert span.reads(corpus[span.article_id].text)
        for position in official.positions:
            assert position.article_id is not None
    for event in corpus.events:
        (article,) = corpus.articles_of(event)
        assert all(span.reads(article.text) for span in event.mentions)
    for directive in corpus.directives:
        (article,) = corpus.articles_of(directive)
        assert all(item.evidence.reads(article.text) for item in directive.items)
    dated = [e.date for e in corpus.events if e.date is not None]
    assert dated == sorted(dated)
    assert all(e.date is not None for e in corpus.events[: len(dated)])


def test_undated_article_positions_stay_undated() -> None:
    corpus = Corpus([undated_notice()])
    assert corpus.officials == ()
    assert corpus.events[0].date is None
