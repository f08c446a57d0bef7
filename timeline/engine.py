"""Running the per-document stages (find dates, then find contacts) over a stream of documents.

Three engines give the same results in the same order:

- ``jobs=1``: one document after another, in this process;
- ``jobs=N``: worker processes on this machine, fed a bounded window of batches, so memory
  stays flat however long the stream is;
- ``engine="dask"``: a ``dask.bag`` over the input sources (files, parts of JSONL files) on a
  Dask cluster — a running scheduler's address, or a local cluster of ``jobs`` workers.  The
  workers read the files themselves, so the paths must be visible to them.

Reading problems travel with the results (a worker cannot print to the user's terminal), and
are handed to ``on_error`` in input order.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import Iterable, Iterator, Sequence

from .documents import Document, ErrorHandler, InputProblem, Source, plan_sources, read_source

BATCH_DOCS = 32  # documents per task sent to a worker process
WINDOW_PER_JOB = 4  # batches in flight per worker: enough to keep them busy, few enough to bound memory
JSONL_PART_BYTES = 8 << 20  # how big a part of a JSONL file one Dask task reads


class EngineError(RuntimeError):
    """The engine asked for cannot run here (a missing extra, an unreachable scheduler)."""


@dataclass(frozen=True)
class Options:
    """What to do with each document."""

    prefer: str = "past"
    lang: str | None = None
    contacts: bool = True  # False: dates only (``timeline dates``)


@dataclass
class DocumentResult:
    """What one document gave: its date mentions and (when asked) its Russia–Iran contacts."""

    id: str
    source: str
    published: dt.date | None
    mentions: list = field(default_factory=list)  # DateMention
    contacts: list = field(default_factory=list)  # contacts.Contact

    @property
    def where(self) -> str:
        """The file, and the document's id when the file holds several (JSONL)."""
        if self.source and os.path.basename(self.source) == self.id or self.source == self.id:
            return self.source
        return f"{self.source} (id {self.id})" if self.source else self.id


def process(doc: Document, options: Options = Options()) -> DocumentResult:
    """Dates, and then contacts, of one document."""
    from .dates import read_dates

    mentions, document_date = read_dates(doc.text, published=doc.published, lang=options.lang,
                                         prefer=options.prefer)
    contacts = []
    if options.contacts:
        from .contacts import find_contacts

        # the language the dates were read in: the contacts are read in it too (detected once)
        contacts = find_contacts(doc.text, mentions, doc=doc.id, published=doc.published,
                                 lang=options.lang or document_date.lang,
                                 document_date=(document_date.date, document_date.basis))
    return DocumentResult(doc.id, doc.source, doc.published, mentions, contacts)


def run(paths: Sequence[str], options: Options = Options(), *, published: dt.date | None = None,
        on_error: ErrorHandler | None = None, jobs: int = 1, engine: str = "local",
        scheduler: str | None = None, stdin=None) -> Iterator[DocumentResult]:
    """The results of every readable document of ``paths``, in input order."""
    report = on_error or (lambda problem: None)
    if engine == "dask":
        yield from _run_dask(paths, options, published, report, jobs, scheduler, stdin)
        return
    if engine != "local":
        raise EngineError(f"unknown engine {engine!r} (expected 'local' or 'dask')")
    docs = (doc for source in plan_sources(paths, report, stdin, published)
            for doc in read_source(source, published, report))
    if jobs <= 1:
        yield from (process(doc, options) for doc in docs)
    else:
        yield from map_in_processes(docs, options, jobs)


# ---------------------------------------------------------------------------------------------
# worker processes on this machine
# ---------------------------------------------------------------------------------------------

def _process_batch(batch: list[Document], options: Options) -> list[DocumentResult]:
    return [process(doc, options) for doc in batch]


def _warm(lang: str | None) -> None:
    """Compile the grammars before the workers fork, so each starts with them."""
    from .dates.grammar import grammar

    for code in (lang,) if lang else ("fa", "ar"):
        grammar(code)


def map_in_processes(docs: Iterable[Document], options: Options, jobs: int,
                     batch_docs: int = BATCH_DOCS) -> Iterator[DocumentResult]:
    """``process`` over ``docs`` in ``jobs`` worker processes; results in input order, with at
    most ``jobs × WINDOW_PER_JOB`` batches in flight."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    if "fork" in methods:
        _warm(options.lang)
    work = partial(_process_batch, options=options)
    batches = iter(lambda: list(islice(docs, batch_docs)), [])
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        pending: deque[Future] = deque()
        for batch in batches:
            pending.append(pool.submit(work, batch))
            if len(pending) >= jobs * WINDOW_PER_JOB:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


# ---------------------------------------------------------------------------------------------
# Dask
# ---------------------------------------------------------------------------------------------

def _read_and_process(source: Source, published: dt.date | None, options: Options) -> list:
    """On a Dask worker: the documents of one source, processed; problems travel along."""
    out: list = []
    for doc in read_source(source, published, out.append):
        out.append(process(doc, options))
    return out


def _run_dask(paths: Sequence[str], options: Options, published: dt.date | None, report: ErrorHandler,
              jobs: int, scheduler: str | None, stdin) -> Iterator[DocumentResult]:
    try:
        import dask.bag as db
        import distributed  # noqa: F401  (the scheduler the bag runs on)
    except ImportError:
        raise EngineError("the dask engine needs the optional extra: pip install 'timeline[dask]'") from None
    sources = list(plan_sources(paths, report, stdin, published, jsonl_part_bytes=JSONL_PART_BYTES))
    if not sources:
        return
    bag = db.from_sequence(sources, partition_size=1).map(_read_and_process, published, options)
    parts = bag.to_delayed()
    with _dask_client(scheduler, jobs) as client:
        window = max(2, 2 * sum(client.nthreads().values()))
        pending: deque = deque()
        for part in parts:
            pending.append(client.compute(part))
            if len(pending) >= window:
                yield from _unpack(pending.popleft().result(), report)
        while pending:
            yield from _unpack(pending.popleft().result(), report)


def _unpack(partition: list, report: ErrorHandler) -> Iterator[DocumentResult]:
    for items in partition:
        for item in items:
            if isinstance(item, InputProblem):
                report(item)
            else:
                yield item


@contextlib.contextmanager
def _dask_client(address: str | None, jobs: int) -> Iterator:
    """A client of the scheduler at ``address``, or of a local cluster started (and stopped) here."""
    from distributed import Client, LocalCluster

    if address:
        try:
            client = Client(address, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        with client:
            yield client
        return
    with LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client
