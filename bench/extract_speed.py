"""Benchmark: characters per second of `extract` over a corpus, beside a bare underthesea word_tokenize pass.

Usage: .venv/bin/python bench/extract_speed.py [CORPUS_DIR] [--repeat N]

Both passes read the same texts in the same process after one warm-up article (so
model loading is reported on its own line, not in the rates). The baseline is the
least any underthesea-based extractor must do: segment every article's words once.
The ratio says what the genre rules, cleaning and NER cost on top of that.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "dev"


def _best_seconds(run, repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times), times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--repeat", type=int, default=3, help="runs of each pass; the fastest counts")
    args = parser.parse_args()

    paths = sorted(Path(args.corpus).glob("*.txt"))
    if not paths:
        raise SystemExit(f"no *.txt articles in {args.corpus}")
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in paths]
    chars = sum(len(t) for _, t in texts)

    started = time.perf_counter()
    from underthesea import word_tokenize

    from loaders.extract import extract_text

    extract_text(texts[0][1], source=texts[0][0])  # loads every model extract uses
    word_tokenize(texts[0][1])
    warm_up = time.perf_counter() - started

    def extract_all() -> None:
        for source, text in texts:
            extract_text(text, source=source)

    def tokenize_all() -> None:
        for _, text in texts:
            word_tokenize(text)

    extract_s, extract_runs = _best_seconds(extract_all, args.repeat)
    tokenize_s, tokenize_runs = _best_seconds(tokenize_all, args.repeat)
    extract_rate, tokenize_rate = chars / extract_s, chars / tokenize_s

    print(f"corpus: {len(texts)} articles, {chars:,} characters ({args.corpus})")
    print(f"warm-up (imports and model loading, one article): {warm_up:.2f} s")
    print(f"{'pass':38} {'best s':>8} {'median s':>9} {'chars/s':>10}")
    print(
        f"{'partygraph extract (all rule families)':38} {extract_s:8.3f} "
        f"{statistics.median(extract_runs):9.3f} "
        f"{extract_rate:10,.0f}"
    )
    print(
        f"{'baseline: underthesea word_tokenize':38} {tokenize_s:8.3f} "
        f"{statistics.median(tokenize_runs):9.3f} "
        f"{tokenize_rate:10,.0f}"
    )
    print(
        f"ratio extract / word_tokenize: {extract_rate / tokenize_rate:.2f} "
        f"(extract takes {extract_s / tokenize_s:.2f}x the time of one word_tokenize pass)"
    )


if __name__ == "__main__":
    main()
