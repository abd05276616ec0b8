"""The command line: every command, every output format, one-line errors, atomic writes."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fixtures_models import HUNG, PM, sample_corpus
from vn_digital_policy import cli
from vn_digital_policy.cli import main
from vn_digital_policy.corpus import Corpus
from vn_digital_policy.models import Article, Event, Official

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
ARTICLE = "Sáng 19-7, Thủ tướng Phạm Minh Chính chủ trì Hội nghị về chuyển đổi số.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code: int, out: str, err: str, fragment: str) -> None:
    assert code != 0
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("vn-digital-policy: error: ")
    assert fragment in lines[0]
    assert "Traceback" not in err


@pytest.fixture
def sample(monkeypatch: pytest.MonkeyPatch) -> Corpus:
    """Make the commands work on the hand-built sample corpus instead of the seeds."""
    corpus = sample_corpus()
    monkeypatch.setattr(cli, "load_corpus", lambda: corpus)
    return corpus


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "hoi-nghi.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# -- summary ---------------------------------------------------------------------------


def test_summary_of_the_bundled_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "summary")
    assert code == 0
    assert err == ""
    assert out.startswith("Corpus: 5 articles (bundled seeds)")
    for record_id in ("s000", "s001", "s002", "s003", "s004"):
        assert record_id in out
    assert "Totals (merged):" in out


def test_summary_of_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, out, _ = run(capsys, "summary", "--folder", str(tmp_path))
    assert code == 0
    assert out.startswith(f"Corpus: 1 articles ({tmp_path})")


def test_summary_of_a_missing_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "summary", "--folder", str(tmp_path / "nope"))
    assert_one_line_error(code, out, err, "no such folder")


# -- parse -----------------------------------------------------------------------------


def test_parse_table(capsys: pytest.CaptureFixture[str], article_file: Path) -> None:
    code, out, _ = run(capsys, "parse", str(article_file), "--published", "2024-07-19")
    assert code == 0
    assert out.startswith("hoi-nghi · 2024-07-19 · Sáng 19-7")
    for section in ("officials", "documents", "events", "directives", "targets"):
        assert f"  {section}" in out


def test_parse_json_and_jsonl(capsys: pytest.CaptureFixture[str], article_file: Path) -> None:
    code, out, _ = run(capsys, "parse", str(article_file), str(article_file), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [a["id"] for a in data] == ["hoi-nghi", "hoi-nghi"]
    assert data[0]["text"] == ARTICLE
    code, out, _ = run(capsys, "parse", str(article_file), "--format", "jsonl")
    assert code == 0
    (line,) = out.splitlines()
    article = Article.model_validate_json(line)
    assert article.file == "hoi-nghi.txt"
    assert article.published is None


def test_parse_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(ARTICLE.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "parse", "-", "--format", "jsonl", "--published", "2024-07-19")
    assert code == 0
    article = Article.model_validate_json(out)
    assert article.text == ARTICLE
    assert article.id.startswith("a-")


@pytest.mark.parametrize("bad", ["2024-13-01", "19/7/2024", "yesterday", ""])
def test_parse_rejects_a_bad_date(
    capsys: pytest.CaptureFixture[str], article_file: Path, bad: str
) -> None:
    code, out, err = run(capsys, "parse", str(article_file), "--published", bad)
    assert_one_line_error(code, out, err, "not a date")
    assert code == 2


def test_parse_rejects_missing_and_non_utf8_files(
    capsys: pytest.CaptureFixture[str], article_file: Path, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "parse", str(article_file), str(tmp_path / "missing.txt"))
    assert_one_line_error(code, out, err, "missing.txt: no such file")
    bad = tmp_path / "cp1258.txt"
    bad.write_bytes("Hà Nam".encode("cp1258"))
    code, out, err = run(capsys, "parse", str(bad))
    assert_one_line_error(code, out, err, "cp1258.txt: not UTF-8")
    code, out, err = run(capsys, "parse", str(tmp_path))
    assert_one_line_error(code, out, err, "is a folder")
    code, out, err = run(capsys, "parse", "-", "-")
    assert_one_line_error(code, out, err, "only once")


def test_parse_non_utf8_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfe\x00")))
    code, out, err = run(capsys, "parse", "-")
    assert_one_line_error(code, out, err, "<stdin>: not UTF-8")


# -- query -----------------------------------------------------------------------------


def test_query_the_readme_question_in_one_call(
    capsys: pytest.CaptureFixture[str], sample: Corpus
) -> None:
    code, out, _ = run(capsys, "query", "directives", "--issuer", "Thủ tướng")
    assert code == 0
    assert "5 đẩy mạnh" in out
    assert "6/5!" in out
    assert "Trần Hồng Hà" not in out
    assert out.rstrip().endswith("(2 directives)")
    code, out, _ = run(capsys, "query", "targets", "--due-by", "2030", "--format", "json")
    assert [t["year"] for t in json.loads(out)] == [2025, 2030]


def test_query_officials_every_format(capsys: pytest.CaptureFixture[str], sample: Corpus) -> None:
    code, out, _ = run(capsys, "query", "officials", "--name", "nguyen manh hung")
    assert code == 0
    assert HUNG in out
    assert "(2021-12-06)" in out
    assert "(2025-12-20)" in out
    code, out, _ = run(
        capsys, "query", "officials", "--title", "Phó Thủ tướng", "--format", "jsonl"
    )
    names = [Official.model_validate_json(line).name for line in out.splitlines()]
    assert names == ["Lê Minh Khái", "Trần Hồng Hà"]
    code, out, _ = run(capsys, "query", "officials", "--title", "Thu tuong", "--format", "json")
    assert [o["name"] for o in json.loads(out)] == [PM]
    code, out, _ = run(capsys, "query", "officials", "--name", "Chính", "--exact")
    assert out.strip() == "No officials found."


def test_query_events_resolutions(capsys: pytest.CaptureFixture[str], sample: Corpus) -> None:
    code, out, _ = run(
        capsys, "query", "events", "--kind", "diễn đàn", "--since", "2022", "--format", "json"
    )
    assert code == 0
    assert [e["date"] for e in json.loads(out)] == ["2025-12-20"]
    code, out, _ = run(capsys, "query", "events", "--until", "2024-07-19", "--chair", "Chính")
    assert "2021-12-06" in out
    assert "2024-07-19" in out
    assert "2025-12-20" not in out
    code, out, _ = run(capsys, "query", "resolutions", "--code", "57-NQ/TW")
    assert "Nghị quyết 57-NQ/TW" in out
    code, out, _ = run(capsys, "query", "resolutions", "--kind", "project", "--format", "jsonl")
    assert json.loads(out)["name"] == "Đề án 06"
    code, out, _ = run(capsys, "query", "targets", "--limit", "1", "--format", "jsonl")
    assert len(out.splitlines()) == 1


def test_query_on_a_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    shutil.copy(SEEDS / "metadata.json", tmp_path / "unused.json")
    code, out, _ = run(capsys, "query", "events", "--folder", str(tmp_path), "--format", "json")
    assert code == 0
    events = [Event.model_validate_json(json.dumps(event)) for event in json.loads(out)]
    assert all(isinstance(event, Event) for event in events)
    code, out, _ = run(capsys, "summary", "--folder", str(tmp_path))
    assert out.startswith(f"Corpus: 1 articles ({tmp_path})")


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["query", "officials", "--due-by", "2030"], "--due-by does not apply to officials"),
        (["query", "targets", "--issuer", "x"], "--issuer does not apply to targets"),
        (["query", "events", "--kind", "hoi ngi"], "did you mean 'hội nghị'"),
        (["query", "events", "--since", "2024-13"], "not a valid date"),
        (["query", "events", "--until", "tomorrow"], "not a date"),
        (["query", "targets", "--due-by", "soon"], "not a year"),
        (["query", "people"], "invalid choice"),
        (["query", "officials", "--name", "..."], "has no words"),
        (["query", "officials", "--limit", "0"], "not a positive number"),
        (["schema", "Nothing"], "unknown model 'Nothing'"),
        (["export"], "say where to export"),
        ([], "required"),
    ],
)
def test_bad_arguments_get_one_line(
    capsys: pytest.CaptureFixture[str], sample: Corpus, argv: list[str], fragment: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert_one_line_error(code, out, err, fragment)


# -- search ----------------------------------------------------------------------------


def test_search(capsys: pytest.CaptureFixture[str], sample: Corpus) -> None:
    code, out, _ = run(capsys, "search", "chuyen", "doi", "so", "--kind", "article")
    assert code == 0
    assert out.rstrip().endswith("(3 hits)")
    code, out, _ = run(capsys, "search", "57-NQ/TW", "--format", "json", "--limit", "1")
    (hit,) = json.loads(out)
    assert hit["id"] == "resolution:57-nq-tw"
    code, out, _ = run(capsys, "search", "zzzz")
    assert out.strip() == "No hits found."


# -- export ----------------------------------------------------------------------------


def test_export_sqlite_jsonl_json(
    capsys: pytest.CaptureFixture[str], sample: Corpus, tmp_path: Path
) -> None:
    db, lines, doc = tmp_path / "c.db", tmp_path / "c.jsonl", tmp_path / "c.json"
    code, out, _ = run(
        capsys, "export", "--sqlite", str(db), "--jsonl", str(lines), "--json", str(doc)
    )
    assert code == 0
    assert out.count("Wrote 4 articles") == 3
    with sqlite3.connect(db) as connection:
        (count,) = connection.execute("SELECT count(*) FROM directives").fetchone()
    assert count == 4
    assert len(lines.read_text(encoding="utf-8").splitlines()) == 4
    assert json.loads(doc.read_text(encoding="utf-8"))["format"] == "vn_digital_policy.corpus"


def test_export_to_a_missing_folder_writes_nothing(
    capsys: pytest.CaptureFixture[str], sample: Corpus, tmp_path: Path
) -> None:
    good = tmp_path / "good.db"
    code, out, err = run(
        capsys, "export", "--sqlite", str(good), "--jsonl", str(tmp_path / "no" / "x.jsonl")
    )
    assert_one_line_error(code, out, err, "no such folder")
    assert list(tmp_path.iterdir()) == []  # not even the good one


def test_export_to_a_folder_path(
    capsys: pytest.CaptureFixture[str], sample: Corpus, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "export", "--sqlite", str(tmp_path))
    assert_one_line_error(code, out, err, "is a folder")


# -- schema ----------------------------------------------------------------------------


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema", "official")
    assert code == 0
    assert json.loads(out)["title"] == "Official"
    code, out, _ = run(capsys, "schema")
    assert {"Article", "Corpus", "Target"} <= set(json.loads(out))


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.startswith("vn-digital-policy ")
    code, out, _ = run(capsys, "query", "--help")
    assert code == 0
    assert "--due-by" in out


# -- the installed console script -------------------------------------------------------


def test_console_script(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "vn-digital-policy"
    if not script.exists():
        pytest.skip("the console script is not installed in this environment")
    done = subprocess.run(
        [str(script), "schema", "span"], capture_output=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.decode("utf-8"))["title"] == "Span"
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    bad = subprocess.run(
        [str(script), "parse", str(tmp_path / "a.txt"), "--published", "2024-02-30"],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert bad.returncode == 2
    assert bad.stdout == b""
    assert bad.stderr.decode("utf-8").count("\n") == 1
    assert b"Traceback" not in bad.stderr
