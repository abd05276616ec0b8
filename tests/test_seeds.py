"""The bundled seed corpus: files, metadata completeness, loading."""

from __future__ import annotations

import hashlib
import importlib.resources
import json
from pathlib import Path

import pytest

from vn_digital_policy.corpus import (
    SEED_CACHE_FILE,
    Corpus,
    article_from_record,
    build_seed_cache,
    load_corpus,
    parse_metadata,
    seed_records,
)
from vn_digital_policy.errors import CorpusError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"


def test_every_seed_file_has_a_record_and_every_record_a_file() -> None:
    files = {path.name for path in SEEDS.glob("*.txt")}
    records = {record.file for record in seed_records()}
    assert files == records
    assert len(files) == 5


def test_records_are_complete() -> None:
    for record in seed_records():
        assert record.id
        assert record.file
        assert record.published_basis
        assert len(record.published_basis) > 40
        assert record.published_year is not None
        if record.published is not None:
            assert record.published.year == record.published_year
    by_id = {record.id: record for record in seed_records()}
    assert by_id["s001"].published is None  # the day is unknown: not invented
    assert by_id["s004"].url is not None
    assert by_id["s004"].url.startswith("https://www.qdnd.vn/")
    assert by_id["s001"].title is None  # the text opens with a lead, not a headline


def test_seed_texts_name_the_recorded_bylines() -> None:
    for record in seed_records():
        text = (SEEDS / record.file).read_text(encoding="utf-8")
        for author in record.authors:
            assert author in text
        if record.title:
            assert record.title in text


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared is not beside the checkout")
def test_seeds_are_byte_for_byte_copies_of_the_shared_seeds() -> None:
    for shared in sorted(SHARED_SEEDS.glob("*.txt")):
        ours = SEEDS / shared.name
        assert (
            hashlib.sha256(ours.read_bytes()).digest()
            == hashlib.sha256(shared.read_bytes()).digest()
        )


def test_load_corpus_is_cached_and_complete() -> None:
    corpus = load_corpus()
    assert corpus is load_corpus()
    assert isinstance(corpus, Corpus)
    assert [article.id for article in corpus] == ["s000", "s001", "s002", "s003", "s004"]
    for article, record in zip(corpus, seed_records(), strict=True):
        assert article.published == record.published
        assert article.title == record.title
        assert article.authors == record.authors
        assert article.file == record.file
        assert article.text.startswith(article.text.strip()[:10])


def test_the_package_finds_its_seeds() -> None:
    # In a wheel the seeds are package data; in an editable install, the checkout's.
    packaged = importlib.resources.files("vn_digital_policy").joinpath("seeds")
    assert packaged.is_dir() or SEEDS.is_dir()


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("not json", "not valid JSON"),
        ('{"articles": 3}', "list of article records"),
        ('[{"file": "a.txt"}]', "bad metadata record"),
        ('[{"id": "a", "file": "a.txt", "published": "6/12"}]', "bad metadata record"),
        ('[{"id": "a", "file": "a.txt"}, {"id": "a", "file": "b.txt"}]', "ids repeat"),
        ('[{"id": "a", "file": "a.txt", "authors": "x"}]', "bad metadata record"),
    ],
)
def test_bad_metadata_is_a_corpus_error(raw: str, message: str) -> None:
    with pytest.raises(CorpusError, match=message):
        parse_metadata(raw, source="test.json")


def test_metadata_file_is_valid_json_with_one_record_per_article() -> None:
    data = json.loads((SEEDS / "metadata.json").read_text(encoding="utf-8"))
    assert len(data["articles"]) == 5
    assert len({record["id"] for record in data["articles"]}) == 5


def test_seed_cache_equals_a_fresh_parse() -> None:
    # data/seed_corpus.json is derived: regenerate it with
    # python -c "from vn_digital_policy.corpus import write_seed_cache; write_seed_cache()"
    committed = (ROOT / "src" / "vn_digital_policy" / "data" / SEED_CACHE_FILE).read_text(
        encoding="utf-8"
    )
    assert committed == build_seed_cache(), "the seed-corpus cache is stale: regenerate it"


def test_bundled_corpus_is_the_parsed_seeds() -> None:
    fresh = [
        article_from_record(record, (SEEDS / record.file).read_text(encoding="utf-8"))
        for record in seed_records()
    ]
    assert list(load_corpus()) == fresh
