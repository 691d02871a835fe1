"""The quality floors: the shared scorer's micro F1 on the dev corpus, per layer (issue 3)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "tools" / "score_facts.py"
PARTYGRAPH = Path(sys.executable).with_name("partygraph")

FLOORS = {
    "persons": 0.90,
    "directives": 0.95,
    "posts (person, title)": 0.85,
    "posts (person, title, organization)": 0.75,
    "congresses": 0.90,
    "citations": 0.70,
    "published date": 0.90,
}


@pytest.fixture(scope="module")
def scores() -> dict:
    if not SCORER.is_file() or not (CORPUS / "gold").is_dir():
        pytest.fail(
            f"the shared dev corpus and scorer are needed at {SHARED} (corpus/dev, tools/score_facts.py); "
            "check out the shared material beside the repository"
        )
    run = subprocess.run(
        [sys.executable, str(SCORER), str(CORPUS), "--cmd", f"{PARTYGRAPH} extract", "--json"],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(run.stdout)


def test_every_gold_article_has_a_prediction(scores: dict) -> None:
    assert scores["_articles"]["without_prediction"] == []


@pytest.mark.parametrize("layer", list(FLOORS))
def test_layer_meets_its_floor(scores: dict, layer: str) -> None:
    f1 = scores[layer]["f1"]
    assert f1 >= FLOORS[layer], f"{layer}: F1 {f1:.3f} below the floor {FLOORS[layer]:.2f} ({scores[layer]})"
