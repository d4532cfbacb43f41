"""NLP: the spaCy pipeline (loaded once) and the registry of stages run over each Doc."""

from .model import available_model, load_nlp
from .stages import DEFAULT_ORDER, REGISTRY, ArticleContext, resolve, stage

__all__ = ["DEFAULT_ORDER", "REGISTRY", "ArticleContext", "available_model", "load_nlp",
           "resolve", "stage"]
