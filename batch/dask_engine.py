"""The Dask engine: tasks of a few articles each on a distributed cluster, the spaCy model loaded once per worker process.

The client (the machine running `quotemark extract`) reads every input, since it hashes the
bytes to skip what is done, and ships the article itself with its task: workers need quotemark
and the model installed, never access to the input files or the --out folder.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import dask
from distributed import Client, Future, LocalCluster, WorkerPlugin, as_completed

from quotemark.analysis.batch import analyze_each
from quotemark.analysis.model import Article
from quotemark.analysis.pipeline import load_nlp
from quotemark.batch.engines import Advance, Chunk
from quotemark.batch.records import ArticleResult, result_of

if TYPE_CHECKING:
    from spacy.language import Language

# Articles per task: enough to fill spaCy's batches (about 4,000 tokens) and make a task's
# round trip small beside its work, few enough that two workers share 200 articles evenly.
TASK_ARTICLES = 8
TASKS_IN_FLIGHT_PER_WORKER = 4  # queued on the cluster at once; the rest stay unread on the client

CONNECT_TIMEOUT = "20s"  # how long to keep trying a --scheduler that does not answer
# Dask's own bookkeeping, made rarer for a cluster started here: the statistical profiler samples
# every task 100 times a second, and each process wakes 50 times a second to check its event loop.
# Measured on 2 workers: 7% more CPU than the work itself by default, under 2% with these.
QUIET_CLUSTER = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}

_nlp: Language | None = None  # this worker process's pipeline


def worker_nlp() -> Language:
    """Return this process's spaCy pipeline, loading it on first use only."""
    global _nlp
    if _nlp is None:
        _nlp = load_nlp()
    return _nlp


class ModelPlugin(WorkerPlugin):
    """Loads the model when a worker starts (every worker, also those joining later), before its first task."""

    name = "quotemark-model"

    def setup(self, worker: Any) -> None:
        """Load the pipeline into the worker's process."""
        worker_nlp()


def analyse_batch(articles: list[Article]) -> list[ArticleResult]:
    """Return one result per article, analysed in one spaCy stream on this worker (runs on the worker)."""
    return [result_of(outcome) for outcome in analyze_each(articles, worker_nlp())]


class DaskEngine:
    """Runs chunks as tasks on a Dask cluster: the one at `scheduler`, or a local one of `jobs` worker processes."""

    def __init__(self, scheduler: str | None, jobs: int) -> None:
        self.cluster: LocalCluster | None = None
        if scheduler:
            self.client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        else:
            dask.config.set(QUIET_CLUSTER)  # read by the scheduler, nannies and workers as they start
            self.cluster = LocalCluster(
                n_workers=jobs,
                processes=True,
                threads_per_worker=1,
                host="127.0.0.1",  # a cluster for this machine listens on loopback only
                dashboard_address=None,
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},  # no dashboard; health checks on a free port
                silence_logs=logging.ERROR,
            )
            self.client = Client(self.cluster)
        try:
            self.client.register_plugin(ModelPlugin())
        except BaseException:
            self.close()
            raise

    def _in_flight_limit(self) -> int:
        threads = sum(self.client.nthreads().values()) or 1
        return TASKS_IN_FLIGHT_PER_WORKER * threads

    def run(self, chunks: Iterable[Chunk], advance: Advance) -> Iterator[tuple[Chunk, list[ArticleResult]]]:
        """Yield every chunk with its results as its last task finishes (not necessarily in order)."""
        pending = iter(chunks)
        done = as_completed()
        task_of: dict[Future[list[ArticleResult]], tuple[Chunk, int, list[Article]]] = {}
        parts: dict[int, list[list[ArticleResult] | None]] = {}
        limit = self._in_flight_limit()

        def submit_more() -> None:
            while len(task_of) < limit:
                chunk = next(pending, None)
                if chunk is None:
                    return
                articles = chunk.articles
                size = max(1, min(TASK_ARTICLES, -(-len(articles) // limit)))  # a small chunk still feeds every worker
                batches = [articles[i : i + size] for i in range(0, len(articles), size)] or [[]]
                parts[chunk.index] = [None] * len(batches)
                for n, batch in enumerate(batches):
                    future = self.client.submit(analyse_batch, batch, pure=False)
                    task_of[future] = (chunk, n, batch)
                    done.add(future)

        submit_more()
        for future in done:
            chunk, n, batch = task_of.pop(future)
            try:
                results: list[ArticleResult] = future.result()
            except Exception as exc:  # a worker died or the cluster went away: these articles fail, the run goes on
                error = f"the Dask task failed: {exc.__class__.__name__}: {exc}"
                results = [ArticleResult(a.source or "-", None, error) for a in batch]
            future.release()
            advance(len(results))
            slots = parts[chunk.index]
            slots[n] = results
            if all(s is not None for s in slots):
                del parts[chunk.index]
                yield chunk, [r for s in slots if s is not None for r in s]
            submit_more()

    def close(self) -> None:
        """Leave the cluster, and stop it when this engine started it."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
