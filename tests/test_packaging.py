"""The built wheel and sdist ship the seeds, the metadata and the data files, and work."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow

SEED_FILES = sorted(path.name for path in (ROOT / "seeds").iterdir())


def _build(kind: str, out: Path, source: Path = ROOT) -> Path:
    subprocess.run(
        [sys.executable, "-m", "build", f"--{kind}", "--no-isolation", "--outdir", str(out)],
        cwd=source,
        check=True,
        capture_output=True,
    )
    suffix = ".whl" if kind == "wheel" else ".tar.gz"
    (artifact,) = out.glob(f"*{suffix}")
    return artifact


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    return {"wheel": _build("wheel", out), "sdist": _build("sdist", out)}


def test_wheel_contains_seeds_metadata_data_and_marker(dists: dict[str, Path]) -> None:
    names = set(zipfile.ZipFile(dists["wheel"]).namelist())
    for seed in SEED_FILES:
        assert f"vn_digital_policy/seeds/{seed}" in names
    assert "vn_digital_policy/py.typed" in names
    data_files = {p.name for p in (ROOT / "src/vn_digital_policy/data").iterdir()}
    assert data_files, "the package ships lexicons"
    for name in data_files:
        assert f"vn_digital_policy/data/{name}" in names
    assert not any(name.startswith(("tests/", "seeds/")) for name in names)
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(dists["wheel"]).read(metadata).decode()
    assert "Name: vn-digital-policy" in text
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "vn-digital-policy = vn_digital_policy.cli:main" in (
        zipfile.ZipFile(dists["wheel"]).read(entry_points).decode()
    )


def test_sdist_contains_the_seeds_and_builds_a_complete_wheel(
    dists: dict[str, Path], tmp_path: Path
) -> None:
    with tarfile.open(dists["sdist"]) as archive:
        names = archive.getnames()
        archive.extractall(tmp_path, filter="data")
    for seed in SEED_FILES:
        assert any(name.endswith(f"/seeds/{seed}") for name in names)
    (unpacked,) = (p for p in tmp_path.iterdir() if p.is_dir())
    wheel = _build("wheel", tmp_path / "out", source=unpacked)
    wheel_names = set(zipfile.ZipFile(wheel).namelist())
    for seed in SEED_FILES:
        assert f"vn_digital_policy/seeds/{seed}" in wheel_names


def test_installed_wheel_loads_its_corpus_without_the_checkout(
    dists: dict[str, Path], tmp_path: Path
) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--target",
            str(target),
            str(dists["wheel"]),
        ],
        check=True,
        capture_output=True,
    )
    code = (
        f"import sys; sys.path.insert(0, r'{target}');"
        "import vn_digital_policy, vn_digital_policy.corpus as c;"
        "from pathlib import Path;"
        f"assert Path(vn_digital_policy.__file__).is_relative_to(Path(r'{target}'));"
        "corpus = c.load_corpus(parse=False);"
        "assert len(corpus) == 5, len(corpus);"
        "print(corpus['s004'].published)"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", code],
        cwd=tmp_path,
        check=False,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "2024-07-19"
