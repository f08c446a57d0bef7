"""Shared test fixtures: paths to the data the tests carry with them (tests/data)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI replays the same examples on every run (a red build is then always reproducible); locally
# Hypothesis explores new ones each time.  bench/fuzz.py runs 100 000 fresh inputs.
settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

DATA = Path(__file__).parent / "data"
SEEDS = DATA / "seeds"
SEED_GOLD = DATA / "seeds.dates.jsonl"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


def seed_text(name_prefix: str) -> str:
    """The text of the seed whose file name starts with ``name_prefix`` (e.g. ``"002"``)."""
    path = next(SEEDS.glob(f"{name_prefix}_*.txt"))
    return path.read_bytes().decode("utf-8")
