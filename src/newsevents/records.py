"""The output contract (../shared/SCHEMA.md) as pydantic models: the source of truth.

Field names are a contract: extend freely, rename never. Offsets are character offsets into
``Article.text`` (end exclusive); dates are ISO 8601 strings.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

Granularity = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century",
                      "time", "unknown"]  # fmt: skip


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Record):
    text: str
    start: int
    end: int


class Place(Span):
    name: str
    geonameid: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    kind: Literal["city", "admin", "country", "airport", "base", "region", "other"] = "other"
    basis: str | None = Field(None, description="why this place was chosen for an event")


class Actor(Span):
    name: str
    kb_id: str | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    sector: str | None = None
    code: str | None = Field(None, description="CAMEO-style country+sector code, e.g. KENMIL")
    role: str | None = None


class Timex(Span):
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    earliest: str | None = None
    latest: str | None = None
    granularity: Granularity = "unknown"


class Quote(Span):
    kind: Literal["direct", "partial", "indirect"]
    speaker: Actor | None = None
    speaker_text: str | None = None
    cue: str | None = None


class PloverCode(Record):
    type: str
    mode: str | None = None


class EventDate(Record):
    value: str | None
    earliest: str | None
    latest: str | None
    granularity: Granularity = "unknown"
    basis: Literal["explicit", "relative", "anchored", "dateline", "publication", "unknown"]
    text: str | None = None


class SentenceRef(Record):
    index: int
    start: int
    end: int
    text: str


class Trigger(Span):
    pass


class Event(Record):
    id: str
    article_id: str
    plover: PloverCode
    cameo: str
    source: list[Actor] = []
    target: list[Actor] = []
    date: EventDate
    historical: bool = False
    place: Place | None = None
    factuality: Literal["asserted", "negated", "claimed", "future", "hypothetical"] = "asserted"
    attribution: Actor | None = None
    sentence: SentenceRef
    trigger: Trigger
    confidence: float = Field(ge=0.0, le=1.0)


class Dateline(Record):
    text: str
    place: Place | None = None
    date_text: str | None = None
    agency: str | None = None


class Removed(Record):
    kind: str = Field(description="duplicate_caption|duplicate_paragraph|caption|boilerplate|"
                      "credit_line|contributor_line|byline|timestamp|header")
    start: int
    end: int


class Article(Record):
    id: str
    url: str | None = None
    source: str
    title: str | None = None
    subtitle: str | None = None
    dateline: Dateline | None = None
    published: str | None = None
    published_basis: Literal["metadata", "cli", "dateline", "text", "unknown"] = "unknown"
    language: str = "en"
    text: str = Field("", description="input text as received (after decoding / HTML extraction)")
    body: str = ""
    body_spans: list[tuple[int, int]] = Field(
        default_factory=list,
        description="(start, end) in text of each body paragraph; body = '\\n\\n'.join(...)")
    captions: list[str] = []
    credits: list[str] = []
    contributors: list[str] = []
    bylines: list[str] = []
    removed: list[Removed] = []
    status: Literal["ok", "rejected"] = "ok"
    reject_reason: str | None = None


class Extraction(Record):
    """One article and everything found in it: what `newsevents extract` prints."""

    article: Article
    events: list[Event] = []
    quotes: list[Quote] = []
    actors: list[Actor] = []
    places: list[Place] = []
    timexes: list[Timex] = []
    pipeline_version: str | None = None


class Reject(Record):
    """An input that could not become an article, stored as data with its reason."""

    id: str
    source: str
    code: str
    reason: str
    stage: str = "ingest"
    article_id: str | None = None
