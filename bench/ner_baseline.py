"""Persons F1 of underthesea's ner() alone (each PER span a person) beside the people rules, same gold.

Usage: .venv/bin/python bench/ner_baseline.py [CORPUS_DIR]   (default ../shared/corpus/dev)

Both read the same Documents (loaders.text.build_document: cleaned, split into
sentences); the scorer's own functions count the matches.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

from loaders.document import Document
from loaders.people import extract_people
from loaders.text import build_document

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SCORER = ROOT.parent / "shared" / "tools" / "score_facts.py"


def _scorer():
    """The scorer module, loaded from its file (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("score_facts", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ner_persons(doc: Document) -> list[dict]:
    """Every PER span underthesea's ner() tags in DOC's sentences, each name once."""
    from underthesea import ner

    names: dict[str, str] = {}
    for sentence in doc.sentences:
        span: list[str] = []
        for word, _pos, _chunk, tag in ner(sentence.text) + [("", "", "", "O")]:
            if tag == "I-PER" and span:
                span.append(word)
                continue
            if span:
                name = " ".join(span)
                names.setdefault(name.casefold(), name)
            span = [word] if tag == "B-PER" else []
    return [{"name": n} for n in names.values()]


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    score = _scorer()
    layers = {"underthesea ner() alone": score.Layer("ner"), "partygraph people rules": score.Layer("rules")}
    seconds = dict.fromkeys(layers, 0.0)
    for gold_path in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article = corpus / f"{gold_path.stem}.txt"
        doc = build_document(article.name, article.read_text(encoding="utf-8", errors="replace"))
        for name, read in (
            ("underthesea ner() alone", ner_persons),
            ("partygraph people rules", lambda d: extract_people(d)["persons"]),
        ):
            start = time.perf_counter()
            persons = read(doc)
            seconds[name] += time.perf_counter() - start
            pred = score._flat(score._persons({"persons": persons}))
            layers[name].add(gold_path.stem, score._persons(gold), pred)
    print(f"persons on {corpus} ({len(list((corpus / 'gold').glob('*.json')))} articles)")
    print(f"{'reader':28} {'P':>6} {'R':>6} {'F1':>6}   tp/fp/fn   seconds")
    for name, layer in layers.items():
        s = layer.scores()
        print(
            f"{name:28} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f}   "
            f"{s['tp']}/{s['fp']}/{s['fn']}   {seconds[name]:.1f}"
        )


if __name__ == "__main__":
    main()
