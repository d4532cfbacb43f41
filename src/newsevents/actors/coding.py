"""Code one noun phrase as an actor: country (names, adjectives, possessors, capital metonyms),
organisation, and sector from its head noun(s)."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon, load_lexicon

SKIP_DET = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}


@dataclass(frozen=True)
class Coding:
    name: str
    country: str | None
    sector: str | None
    code: str | None
    role: str | None
    kb_id: str | None


def _strip_det(tokens) -> list:
    toks = list(tokens)
    while toks and (toks[0].lower_ in SKIP_DET or toks[0].dep_ == "det" or toks[0].is_punct):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].dep_ == "case"):
        toks = toks[:-1]
    return toks


def _country_of(tokens, lex: Lexicon, whole: str) -> str | None:
    if whole in lex.country_names:
        return lex.country_names[whole]
    if whole in lex.capitals:
        return lex.capitals[whole]
    text = " ".join(t.text for t in tokens).lower()
    # longest country name / adjective inside the phrase
    words = [t.text.lower() for t in tokens]
    for n in range(min(4, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            cand = " ".join(words[i:i + n])
            if cand in lex.country_names:
                return lex.country_names[cand]
            if cand in lex.adjectives:
                return lex.adjectives[cand]
    del text
    return None


def _sector_of(tokens, lex: Lexicon, root) -> tuple[str | None, str | None]:
    """Sector from the head noun ("riot police", "Kenyan troops"): an n-gram of the phrase that
    ends at its head; for a name ("Interior Minister Jane Doe") a title anywhere before it."""
    words = [t.text.lower() for t in tokens]
    lemmas = [t.lemma_.lower() for t in tokens]
    ids = [t.i for t in tokens]
    head = ids.index(root.i) if root.i in ids else len(ids) - 1
    is_name = root.pos_ == "PROPN" or root.ent_type_ in ("PERSON",)
    for n in range(min(lex.max_sector_words, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            end = i + n - 1
            if not (end == head or (is_name and end < head)):
                continue
            for seq in (words, lemmas):
                cand = " ".join(seq[i:i + n])
                if cand in lex.sectors:
                    e = lex.sectors[cand]
                    return e.sector, e.role or (cand if n > 1 else None)
    return None, None


def code_phrase(tokens, lex: Lexicon | None = None) -> Coding | None:
    """Code the tokens of one mention; None when nothing political is recognised."""
    lex = lex or load_lexicon()
    toks = _strip_det(tokens)
    if not toks:
        return None
    whole = " ".join(t.text for t in toks).lower()
    name = " ".join(t.text for t in toks)
    org = lex.orgs.get(whole)
    if org is None and len(toks) > 1:
        # "the UN Security Council's", "African Union's": try without possessive/"'s"
        org = lex.orgs.get(whole.replace(" 's", "").replace("’s", ""))
    if org is not None:
        return Coding(org.name, org.country, org.sector, org.code, None, f"org:{org.code}")
    country = _country_of(toks, lex, whole)
    sector, role = _sector_of(toks, lex, getattr(tokens, 'root', toks[-1]))
    if country and not sector and (whole in lex.country_names or whole in lex.capitals):
        sector = "GOV"  # "Kenya said", "Moscow claimed": the state
    if country is None and sector is None:
        return None
    code = (country or "") + (sector or "") if (country or sector) else None
    return Coding(name, country, sector, code or None, role, None)
