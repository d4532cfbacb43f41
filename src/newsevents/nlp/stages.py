"""Stage registry. A stage is a plain function over an ArticleContext that returns the values it
assigns; the pipeline runs stages in a declared order and attaches results once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..records import Article
from ..structure.offsets import OffsetMap


@dataclass
class ArticleContext:
    """What stages read: the article, its spaCy Doc (over ``article.body``) and results so far."""

    article: Article
    doc: Any  # spacy.tokens.Doc
    offsets: OffsetMap
    results: dict[str, Any] = field(default_factory=dict)
    options: Any = None  # config.Options of the run (None: packaged defaults)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Text offsets (into ``article.text``) of a body character span, whitespace trimmed."""
        body = self.article.body
        while end > start and body[end - 1].isspace():
            end -= 1
        while start < end and body[start].isspace():
            start += 1
        return self.offsets.span(start, end)


@dataclass(frozen=True)
class Stage:
    name: str
    func: Callable[[ArticleContext], dict[str, Any]]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


REGISTRY: dict[str, Stage] = {}
DEFAULT_ORDER = ("timexes", "places", "actors", "quotes", "events", "dict_events", "dating", "locate",
                 "attribution")


def stage(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()):
    """Register ``func`` as stage ``name``; it reads ``requires`` and returns ``assigns``."""

    def wrap(func: Callable[[ArticleContext], dict[str, Any]]):
        REGISTRY[name] = Stage(name, func, requires, assigns)
        return func

    return wrap


def resolve(order: tuple[str, ...] = DEFAULT_ORDER) -> list[Stage]:
    """Stages in order, checking that each one's requirements are produced before it."""
    _import_builtin_stages()
    have = {"article", "doc"}
    out = []
    for name in order:
        if name not in REGISTRY:
            raise KeyError(f"unknown stage {name!r}; known: {sorted(REGISTRY)}")
        st = REGISTRY[name]
        missing = [r for r in st.requires if r not in have]
        if missing:
            raise ValueError(f"stage {name!r} requires {missing}, not produced before it")
        have.update(st.assigns)
        out.append(st)
    return out


def _import_builtin_stages() -> None:
    from .. import actors, events, places, quotes  # noqa: F401  (registers stages)
    from ..dicts import stage as _dict_stage  # noqa: F401
    from ..time import dating as _time_dating  # noqa: F401
    from ..time import stage as _time_stage  # noqa: F401
