"""The pipeline: RawArticle → structure → spaCy → stages → Extraction (or a coded Reject).

One spaCy pipeline per process, ``nlp.pipe`` batching; stages run in the declared order and one
failing article becomes a Reject without stopping the batch."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from itertools import islice

from . import __version__
from .config import Options
from .errors import Code, NewsEventsError
from .ingest.sources import RawArticle, reject_for
from .nlp.model import load_nlp, model_signature
from .nlp.stages import ArticleContext, resolve
from .records import Article, Extraction, Reject
from .structure import OffsetMap, structure_article

log = logging.getLogger(__name__)


def pipeline_version(options: Options, model_name: str) -> str:
    """Version string stored with every record: package version + model + stage order."""
    sig = hashlib.sha1(",".join(options.stages).encode()).hexdigest()[:8]
    return f"newsevents-{__version__}+{model_name}+{sig}"


class Pipeline:
    def __init__(self, options: Options | None = None, nlp=None):
        self.options = options or Options()
        if nlp is None:
            nlp = load_nlp(self.options.model, self.options.use_blis)
            sig = model_signature(self.options.model)
        else:
            sig = f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
        self.nlp = nlp
        self.stages = resolve(self.options.stages)
        if self.options.kb_paths and "actors" in self.options.stages:
            from .actors.kb import load_kb

            load_kb(self.options.kb_paths)  # a bad user KB file fails here, once (KBError)
        self.version = pipeline_version(self.options, sig)

    def structure(self, raw: RawArticle) -> Article | Reject:
        try:
            return structure_article(raw, published=self.options.published,
                                     url=self.options.url if self.options.url else None,
                                     check_language=self.options.check_language)
        except NewsEventsError as err:
            return reject_for(raw.source, err, stage="structure")

    def process(self, items: Iterable[RawArticle | Reject | Article]) -> Iterator[Extraction | Reject]:
        """Process items in batches; yields one Extraction or Reject per input item, in order."""
        it = iter(items)
        while batch := list(islice(it, self.options.batch_size)):
            yield from self._process_batch(batch)

    def _process_batch(self, batch: list[RawArticle | Reject | Article]) -> Iterator[Extraction | Reject]:
        prepared: list[Article | Reject] = [
            self.structure(x) if isinstance(x, RawArticle) else x for x in batch]
        articles = [a for a in prepared if isinstance(a, Article)]
        docs = iter(self.nlp.pipe(a.body for a in articles))
        for item in prepared:
            if isinstance(item, Reject):
                yield item
                continue
            yield self.annotate(item, next(docs))

    def annotate(self, article: Article, doc) -> Extraction | Reject:
        ctx = ArticleContext(article=article, doc=doc, offsets=OffsetMap(article.body_spans),
                             options=self.options)
        for st in self.stages:
            try:
                out = st.func(ctx)
            except Exception as err:  # the runner's policy: one bad article never stops a batch
                log.exception("stage %s failed on %s", st.name, article.source)
                e = NewsEventsError(Code.STAGE_FAILED, f"{st.name}: {type(err).__name__}: {err}",
                                    stage=st.name)
                rej = reject_for(article.source, e)
                return rej.model_copy(update={"article_id": article.id})
            ctx.results.update(out)
        r = ctx.results
        if "dateline_place" in r and article.dateline is not None:
            article = article.model_copy(update={
                "dateline": article.dateline.model_copy(update={"place": r["dateline_place"]})})
        events = r.get("events", [])
        if not self.options.keep_hypothetical:
            events = [e for e in events if e.factuality != "hypothetical"]
        return Extraction(article=article, events=events, quotes=r.get("quotes", []),
                          actors=r.get("actors", []), places=r.get("places", []),
                          timexes=r.get("timexes", []), pipeline_version=self.version)


def bare_article(text: str, *, published: str | None = None, source: str = "<text>",
                 url: str | None = None) -> Article:
    """An Article whose body is the whole text (no structure step): for sentences and suites."""
    from .structure import article_id

    return Article(id=article_id(url, text), url=url, source=source, text=text, body=text,
                   body_spans=[(0, len(text))], published=published,
                   published_basis="cli" if published else "unknown")


def annotate_texts(pipe: Pipeline, texts: list[str], published: list[str | None] | None = None
                   ) -> list[Extraction | Reject]:
    """Run the NLP stages on bare texts (each one a body), batched through ``nlp.pipe``."""
    pubs = published or [None] * len(texts)
    arts = [bare_article(t, published=p, source=f"<text {i}>") for i, (t, p) in enumerate(zip(texts, pubs, strict=True))]
    return [pipe.annotate(a, doc) for a, doc in zip(arts, pipe.nlp.pipe(texts, batch_size=64), strict=True)]


def extract_text(text: str, *, published: str | None = None, url: str | None = None,
                 pipeline: Pipeline | None = None, source: str = "<text>") -> Extraction:
    """Library entry point for one article given as text (first line = headline)."""
    pipe = pipeline or Pipeline()
    raw = RawArticle(source=source, text=text, url=url)
    article = structure_article(raw, published=published or pipe.options.published, url=url,
                                check_language=pipe.options.check_language)
    out = pipe.annotate(article, pipe.nlp(article.body))
    if isinstance(out, Reject):
        raise NewsEventsError(Code.STAGE_FAILED, out.reason)
    return out
