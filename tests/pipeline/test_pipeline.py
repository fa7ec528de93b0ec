import signal
from datetime import date

import pytest

from dateline.model import Article, Document
from dateline.pipeline import Pipeline, _check_order, _ignore_interrupts, process
from dateline.pipeline.base import Stage
from dateline.pipeline.text import TextStage


class _Needs(Stage):
    name = "needs-events"
    requires = ("events",)


class _Boom(Stage):
    name = "boom"
    requires = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        raise RuntimeError("kaput")


def test_stage_order_is_checked() -> None:
    with pytest.raises(ValueError, match="needs-events"):
        _check_order([TextStage(), _Needs()])


def test_a_failing_stage_becomes_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATELINE_STRICT", raising=False)
    pipeline = Pipeline(stages=())
    pipeline.stages = [_Boom()]
    doc = pipeline(Article("a", "Clashes in Gao on Monday."))
    assert doc.sentences and "stage 'boom' failed (RuntimeError: kaput)" in doc.warnings[0]


def test_process_keeps_input_order_on_two_workers() -> None:
    articles = [
        Article(f"a{i}", f"Report number {i} from Gao.", date(2024, 1, 1)) for i in range(11)
    ]
    docs = list(process(articles, workers=2, stages=(), chunk=3))
    assert [d.article.id for d in docs] == [a.id for a in articles]
    assert all(d.sentences for d in docs) and all("spacy" not in d.extras for d in docs)


def test_first_article_runs_before_workers_fork_and_loaded_objects_are_frozen() -> None:
    """Workers forked after the first article inherit every resource it loaded (one load per
    run, not per worker); the collector then leaves those objects alone."""
    import gc
    import multiprocessing

    articles = [Article(f"b{i}", f"Clashes in Gao ({i}).", date(2024, 1, 1)) for i in range(9)]
    docs = process(articles, workers=2, stages=(), chunk=2)
    first = next(docs)
    assert first.article.id == "b0" and first.sentences
    assert not multiprocessing.active_children()  # processed here, no worker yet
    assert gc.get_freeze_count() > 0
    assert [d.article.id for d in docs] == [a.id for a in articles[1:]]


@pytest.mark.parametrize("workers", [2, 3])
def test_chunks_shared_between_this_process_and_workers_keep_order(workers: int) -> None:
    from dateline.pipeline import _shared_out

    articles = [Article(f"c{i}", f"Shelling in Aleppo ({i}).", date(2024, 1, 1)) for i in range(13)]
    chunks = [articles[i : i + 2] for i in range(0, len(articles), 2)]
    docs = list(_shared_out((), chunks, workers))
    assert [d.article.id for d in docs] == [a.id for a in articles]
    assert all(d.sentences for d in docs)


def test_a_failing_text_stage_marks_only_its_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """One article that breaks spaCy's batch run gets the warning; its batch goes on."""
    import dateline.pipeline.text as text

    monkeypatch.delenv("DATELINE_STRICT", raising=False)
    real_fill = text.fill_from_spacy

    def fill(doc: Document, parsed: object) -> None:
        if "cursed" in doc.text:
            raise ValueError("bad token")
        real_fill(doc, parsed)

    monkeypatch.setattr(text, "fill_from_spacy", fill)
    pipeline = Pipeline(stages=())
    pipeline.stages = [_Count()]
    texts = ["Clashes in Gao on Monday.", "A cursed line.", "Protest in Lagos.", "Riot in Homs."]
    docs = list(pipeline.pipe(Article(f"a{i}", t) for i, t in enumerate(texts)))
    assert [d.article.id for d in docs] == ["a0", "a1", "a2", "a3"]
    assert "stage 'text' failed (ValueError: bad token)" in docs[1].warnings[0]
    assert "counted" not in docs[1].extras  # later stages skipped for it
    others = [docs[0], *docs[2:]]
    assert all(d.sentences and d.extras["counted"] and not d.warnings for d in others)


def test_a_missing_model_is_its_own_error_and_stops_the_run() -> None:
    from dateline.pipeline.text import SpacyModelMissing

    pipeline = Pipeline(stages=(), model="no_such_model_xx")
    with pytest.raises(SpacyModelMissing, match="no_such_model_xx"):
        list(pipeline.pipe([Article("a", "Clashes in Gao.")]))


class _Count(Stage):
    name = "count"
    requires = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        doc.extras["counted"] = True
        return doc


def test_pool_workers_ignore_ctrl_c_and_leave_it_to_the_parent() -> None:
    before = signal.getsignal(signal.SIGINT)
    try:
        _ignore_interrupts()
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, before)
