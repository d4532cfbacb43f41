"""PETRARCH-format dictionaries (actors, agents, verbs, discards) and a PETRARCH-style coder
over the spaCy parse. See docs/dictionaries.md.

    from newsevents.dicts import load_dictionaries, code_text
    bundle = load_dictionaries("my_dicts/")          # *actors*, *agents*, *verbs*, *discards*
    for ev in code_text(bundle, "Valoria condemned Kestria.", day=date(2020, 1, 1)):
        print(ev.source, ev.target, ev.code)
"""

from .coder import CodedEvent, code_doc, code_text
from .petrarch import PetrarchDictionaries, load_dictionaries
from .reader import DictionaryError

__all__ = ["CodedEvent", "DictionaryError", "PetrarchDictionaries", "code_doc", "code_text",
           "load_dictionaries"]
