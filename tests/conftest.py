"""Shared test fixtures: paths to the data the tests carry with them (tests/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

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
