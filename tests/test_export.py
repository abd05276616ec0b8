"""Exports: JSON, JSON Lines, JSON Schema, SQLite (queried with SQL), pandas."""

from __future__ import annotations

import io
import json
import sqlite3
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from fixtures_models import HUNG, PM, sample_corpus
from strategies.models import articles, corpus_articles
from vn_digital_policy import export
from vn_digital_policy.corpus import Corpus, load_corpus
from vn_digital_policy.export import (
    SQLITE_SCHEMA_VERSION,
    CorpusDocument,
    ExportError,
    MissingDependencyError,
    json_schema,
    json_schemas,
    read_json,
    read_jsonl,
    read_sqlite,
    to_dataframes,
    to_json,
    to_jsonl,
    to_sqlite,
    write_json,
    write_jsonl,
)
from vn_digital_policy.models import (
    Article,
    Directive,
    Event,
    Official,
    Resolution,
    Span,
    Target,
)

# tmp_path is function-scoped; each example writes its own file inside it.
# Corpora are slow to generate (many nested models): fewer examples than the profile's.
_FEW = 25
_PROPERTY = settings(max_examples=_FEW, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# -- JSON ------------------------------------------------------------------------------


def test_corpus_json_document_is_stable_and_documented() -> None:
    corpus = sample_corpus()
    data = json.loads(to_json(corpus))
    assert list(data) == [
        "format",
        "format_version",
        "library_version",
        "articles",
        "officials",
        "organizations",
        "resolutions",
        "events",
        "directives",
        "targets",
    ]
    assert data["format"] == "vn_digital_policy.corpus"
    assert data["format_version"] == 1
    assert [a["id"] for a in data["articles"]] == ["f2021", "u001", "c2024", "f2025"]
    assert [o["name"] for o in data["officials"]][:2] == [PM, HUNG]
    assert data["events"][0]["date"] == "2021-12-06"
    assert data["events"][0]["kind"] == "diễn đàn"  # Vietnamese values, not escaped
    assert "Phạm Minh Chính" in to_json(corpus)
    assert to_json(corpus) == to_json(sample_corpus())  # deterministic


def test_corpus_json_round_trip(tmp_path: Path) -> None:
    corpus = sample_corpus()
    path = write_json(corpus, tmp_path / "corpus.json")
    again = read_json(path)
    assert again.articles == corpus.articles
    assert again.officials == corpus.officials
    assert read_json(io.StringIO(to_json(list(corpus.articles)))).articles == corpus.articles


@settings(max_examples=_FEW)
@given(corpus_articles(max_size=3))
def test_json_round_trip_property(articles_: list[Article]) -> None:
    corpus = Corpus(articles_)
    again = read_json(io.StringIO(to_json(corpus, indent=None)))
    assert again.articles == corpus.articles
    assert to_json(again) == to_json(corpus)
    doc = CorpusDocument.model_validate_json(to_json(corpus))
    assert doc.events == tuple(corpus.events)


@settings(max_examples=_FEW)
@given(articles())
def test_jsonl_round_trip_of_every_model(article: Article) -> None:
    for model, items in (
        (Article, [article]),
        (Official, article.officials),
        (Resolution, article.resolutions),
        (Event, article.events),
        (Directive, article.directives),
        (Target, article.targets),
        (Span, article.spans()),
    ):
        text = to_jsonl(items)
        assert text.count("\n") == len(items)
        assert list(read_jsonl(io.StringIO(text), model)) == list(items)
        assert list(read_jsonl(io.StringIO(text), model.__name__.lower())) == list(items)


def test_jsonl_of_a_corpus_is_one_article_a_line(tmp_path: Path) -> None:
    corpus = sample_corpus()
    path = tmp_path / "corpus.jsonl"
    assert write_jsonl(corpus, path) == 4
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["f2021", "u001", "c2024", "f2025"]
    assert list(read_jsonl(path, Article)) == list(corpus.articles)
    stream = io.StringIO()
    assert write_jsonl(corpus.find_targets(due_by=2030), stream) == 2
    assert to_jsonl([]) == ""


def test_search_hits_export() -> None:
    hits = sample_corpus().search("Phạm Minh Chính")
    data = json.loads(to_json(hits))
    assert data[0]["kind"] == "official"
    assert all(json.loads(line)["id"] for line in to_jsonl(hits).splitlines())
    assert json.loads(to_json(hits[0]))["label"] == PM


def test_read_jsonl_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"start": 0, "end": 1, "text": "a"}\n\n{"start": 5}\n', encoding="utf-8")
    with pytest.raises(ExportError, match=r"bad\.jsonl:3: not a valid Span"):
        read_jsonl(path, Span)
    with pytest.raises(ExportError, match=r"no such file|cannot read"):
        read_jsonl(tmp_path / "missing.jsonl", Span)
    (tmp_path / "latin.jsonl").write_bytes(b"\xff\xfe")
    with pytest.raises(ExportError, match="not UTF-8"):
        read_jsonl(tmp_path / "latin.jsonl", Span)


def test_read_json_rejects_other_documents() -> None:
    with pytest.raises(ExportError, match=r"not a vn_digital_policy\.corpus document"):
        read_json(io.StringIO('{"format": "something else"}'))
    with pytest.raises(ExportError):
        read_json(io.StringIO("not json"))


def test_unexportable_objects() -> None:
    with pytest.raises(ExportError):
        to_json(object())
    with pytest.raises(ExportError):
        to_json([object()])
    with pytest.raises(ExportError):
        to_jsonl("a string is not a list of models")


def test_writes_are_atomic(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("old content\n", encoding="utf-8")
    with pytest.raises(ExportError):
        write_jsonl([object()], path)
    assert path.read_text(encoding="utf-8") == "old content\n"
    with pytest.raises(ExportError, match="no such folder"):
        write_jsonl(sample_corpus(), tmp_path / "missing" / "out.jsonl")
    with pytest.raises(ExportError, match="is a folder"):
        write_json(sample_corpus(), tmp_path)
    assert _leftovers(tmp_path) == []


# -- JSON Schema -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Official", "Official"),
        ("official", "Official"),
        ("officials", "Official"),
        ("directive_item", "DirectiveItem"),
        ("DIRECTIVE-ITEMS", "DirectiveItem"),
        ("corpus", "Corpus"),
        ("Span", "Span"),
    ],
)
def test_schema_by_name(name: str, title: str) -> None:
    assert json_schema(name)["title"] == title


def test_schema_of_every_public_model_covers_the_exported_keys() -> None:
    schemas = json_schemas()
    assert set(schemas) >= {
        "Article",
        "ConnectionPoint",
        "Corpus",
        "Directive",
        "DirectiveItem",
        "Event",
        "Official",
        "Organization",
        "Position",
        "Resolution",
        "Span",
        "Target",
    }
    corpus = sample_corpus()
    for name, items in (
        ("Article", corpus.articles),
        ("Official", corpus.officials),
        ("Event", corpus.events),
        ("Directive", corpus.directives),
        ("Target", corpus.targets),
        ("Resolution", corpus.resolutions),
    ):
        properties = set(schemas[name]["properties"])
        for item in json.loads(to_json(items)):
            assert set(item) == properties
    assert json_schema(Article) == schemas["Article"]
    json.dumps(schemas)  # serialisable


def test_unknown_schema_suggests_names() -> None:
    with pytest.raises(ExportError, match="did you mean Official"):
        json_schema("Oficial")
    with pytest.raises(ExportError, match="unknown model"):
        json_schema("x" * 5000)


# -- SQLite ----------------------------------------------------------------------------


@pytest.fixture
def db(tmp_path: Path) -> sqlite3.Connection:
    path = to_sqlite(sample_corpus(), tmp_path / "corpus.db")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    yield connection
    connection.close()


def test_sqlite_meta_tables_and_indices(db: sqlite3.Connection) -> None:
    meta = dict(db.execute("SELECT key, value FROM meta"))
    assert meta["format"] == "vn_digital_policy.sqlite"
    assert meta["schema_version"] == str(SQLITE_SCHEMA_VERSION)
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables >= {
        "articles",
        "officials",
        "positions",
        "organizations",
        "events",
        "event_participants",
        "connection_points",
        "resolutions",
        "article_resolutions",
        "article_officials",
        "directives",
        "directive_items",
        "targets",
        "spans",
    }
    indices = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"spans_entity", "positions_official", "events_date", "targets_year"} <= indices
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    plan = " ".join(
        str(row)
        for row in db.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM positions WHERE official_id = 'official:x'"
        )
    )
    assert "positions_official" in plan


def test_sql_which_directives_did_the_prime_minister_give(db: sqlite3.Connection) -> None:
    rows = db.execute(
        """
        SELECT DISTINCT d.label, d.content
        FROM directives d
        JOIN officials o ON o.id = d.issuer_id
        JOIN positions p ON p.official_id = o.id
        WHERE p.title_folded LIKE 'thu tuong%'
        ORDER BY d.rowid
        """
    ).fetchall()
    assert [label for label, _ in rows] == [None, "5 đẩy mạnh"]


def test_sql_targets_due_by_2030_with_their_article(db: sqlite3.Connection) -> None:
    rows = db.execute(
        """
        SELECT t.year, t.value, t.unit, a.published
        FROM targets t JOIN articles a ON a.id = t.article_id
        WHERE t.year <= 2030 ORDER BY t.year
        """
    ).fetchall()
    assert rows == [(2025, 20.0, "%", "2021-12-06"), (2030, 30.0, "%", "2021-12-06")]


def test_sql_career_of_an_official(db: sqlite3.Connection) -> None:
    rows = db.execute(
        """
        SELECT p.title, p.observed, org.name
        FROM officials o
        JOIN positions p ON p.official_id = o.id
        LEFT JOIN organizations org ON org.id = p.organization_id
        WHERE o.name_folded = 'nguyen manh hung'
        ORDER BY p.observed
        """
    ).fetchall()
    assert rows == [
        ("Bộ trưởng Bộ Thông tin và Truyền thông", "2021-12-06", "Bộ Thông tin và Truyền thông"),
        ("Bộ trưởng Bộ Khoa học và Công nghệ", "2025-12-20", "Bộ Khoa học và Công nghệ"),
    ]


def test_sql_events_with_chairs_and_participants(db: sqlite3.Connection) -> None:
    rows = db.execute(
        """
        SELECT e.date, e.kind, ep.role, ep.name, o.id
        FROM events e
        JOIN event_participants ep ON ep.event_id = e.id
        LEFT JOIN officials o ON o.id = ep.official_id
        WHERE e.date = '2024-07-19'
        ORDER BY ep.id
        """
    ).fetchall()
    assert [(role, name) for _, _, role, name, _ in rows] == [
        ("chair", PM),
        ("participant", "Lê Minh Khái"),
        ("participant", "Trần Hồng Hà"),
        ("organiser", "Thường trực Chính phủ"),
    ]
    assert rows[0][4] == "official:pham-minh-chinh"
    assert rows[-1][4] is None
    (undated,) = db.execute("SELECT count(*) FROM events WHERE date IS NULL").fetchone()
    assert undated == 1


def test_sql_documents_and_the_articles_that_cite_them(db: sqlite3.Connection) -> None:
    rows = db.execute(
        """
        SELECT r.code, group_concat(ar.article_id, ',')
        FROM resolutions r JOIN article_resolutions ar ON ar.resolution_id = r.id
        WHERE r.code IS NOT NULL GROUP BY r.code ORDER BY r.code
        """
    ).fetchall()
    assert rows == [("52-NQ/TW", "f2021,f2025"), ("57-NQ/TW", "u001,f2025")]


def test_sql_directive_items_and_miscount(db: sqlite3.Connection) -> None:
    rows = db.execute(
        """
        SELECT d.count, d.count_mismatch, count(i.id)
        FROM directives d JOIN directive_items i ON i.directive_id = d.id
        GROUP BY d.id
        """
    ).fetchall()
    assert rows == [(5, 1, 6)]


def test_sql_every_span_reads_its_article(db: sqlite3.Connection) -> None:
    (bad,) = db.execute(
        """
        SELECT count(*) FROM spans s JOIN articles a ON a.id = s.article_id
        WHERE substr(a.text, s.start + 1, s."end" - s.start) != s.text
        """
    ).fetchone()
    (total,) = db.execute("SELECT count(*) FROM spans").fetchone()
    assert bad == 0
    assert total == len(sample_corpus().articles[0].spans()) + sum(
        len(a.spans()) for a in sample_corpus().articles[1:]
    )
    roles = {row[0] for row in db.execute("SELECT DISTINCT role FROM spans")}
    assert roles == {"mention", "position", "connection_point", "evidence", "item"}


def test_sqlite_enforces_foreign_keys(db: sqlite3.Connection) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO positions (official_id, ordinal, title, title_folded) "
                   "VALUES ('official:nobody', 0, 'x', 'x')")  # fmt: skip


def test_sqlite_round_trip_and_replacement(tmp_path: Path) -> None:
    path = tmp_path / "corpus.db"
    to_sqlite(Corpus([]), path)
    assert read_sqlite(path).articles == ()
    to_sqlite(sample_corpus(), path)  # replaces the existing file
    assert read_sqlite(path).articles == sample_corpus().articles
    assert _leftovers(tmp_path) == []


def test_sqlite_never_leaves_a_half_written_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "corpus.db"
    to_sqlite(Corpus([]), path)
    before = path.read_bytes()

    def boom(connection: sqlite3.Connection, tables: object) -> None:
        connection.execute("CREATE TABLE partial (x)")
        raise sqlite3.OperationalError("disk full")

    monkeypatch.setattr(export, "_fill", boom)
    with pytest.raises(ExportError, match="disk full"):
        to_sqlite(sample_corpus(), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.db"]


def test_sqlite_rejects_numbers_sqlite_cannot_hold(tmp_path: Path) -> None:
    huge = Directive(id="d", content="x", count=2**70)
    corpus = Corpus([Article(id="a", text="x", directives=(huge,))])
    with pytest.raises(ExportError, match="cannot write the database"):
        to_sqlite(corpus, tmp_path / "huge.db")
    assert list(tmp_path.iterdir()) == []


def test_sqlite_bad_destinations(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no such folder"):
        to_sqlite(sample_corpus(), tmp_path / "missing" / "x.db")
    with pytest.raises(ExportError, match="is a folder"):
        to_sqlite(sample_corpus(), tmp_path)
    with pytest.raises(ExportError, match="no such file"):
        read_sqlite(tmp_path / "none.db")
    other = tmp_path / "other.db"
    sqlite3.connect(other).close()
    with pytest.raises(ExportError, match=r"not a vn_digital_policy\.sqlite database"):
        read_sqlite(other)


@_PROPERTY
@given(articles_=corpus_articles(max_size=3))
def test_sqlite_property(tmp_path: Path, articles_: list[Article]) -> None:
    corpus = Corpus(articles_)
    path = tmp_path / "p.db"
    to_sqlite(corpus, path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        for table, view in (
            ("officials", corpus.officials),
            ("resolutions", corpus.resolutions),
            ("events", corpus.events),
            ("directives", corpus.directives),
            ("targets", corpus.targets),
        ):
            (count,) = db.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608
            assert count == len(view)
        (bad,) = db.execute(
            "SELECT count(*) FROM spans s JOIN articles a ON a.id = s.article_id "
            'WHERE substr(a.text, s.start + 1, s."end" - s.start) != s.text'
        ).fetchone()
        assert bad == 0
        (positions,) = db.execute("SELECT count(*) FROM positions").fetchone()
        assert positions == sum(len(o.positions) for o in corpus.officials)
    assert read_sqlite(path).articles == corpus.articles
    path.unlink()


def test_sqlite_of_the_bundled_corpus(tmp_path: Path) -> None:
    corpus = load_corpus()
    path = corpus.to_sqlite(tmp_path / "seeds.db")
    with sqlite3.connect(path) as db:
        (count,) = db.execute("SELECT count(*) FROM articles").fetchone()
        assert count == len(corpus)
        (events,) = db.execute("SELECT count(*) FROM events").fetchone()
        assert events == len(corpus.events)


# -- pandas ----------------------------------------------------------------------------


def test_dataframes_one_per_table() -> None:
    pytest.importorskip("pandas")
    frames = to_dataframes(sample_corpus())
    assert len(frames["officials"]) == 4
    assert len(frames["positions"]) == 8
    assert "json" not in frames["articles"].columns
    assert list(frames["targets"].sort_values("year")["year"].dropna()) == [2025, 2030, 2045]
    joined = frames["positions"].merge(frames["officials"], left_on="official_id", right_on="id")
    assert set(joined[joined["title_folded"].str.startswith("thu tuong")]["name"]) == {PM}
    frame = sample_corpus().find_targets(due_by=2030).to_dataframe()
    assert list(frame["year"]) == [2025, 2030]
    assert sample_corpus().to_dataframes().keys() == frames.keys()


def test_dataframes_without_pandas_say_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingDependencyError, match=r"pip install vn-digital-policy\[pandas\]"):
        to_dataframes(sample_corpus())
    with pytest.raises(ImportError):
        sample_corpus().officials.to_dataframe()
