"""Line patterns of scraped news pages: captions/credits, datelines, bylines, timestamps,
contributor lines and site boilerplate. General rules, no site-specific hacks."""

from __future__ import annotations

import re

from ..time.parse import MONTHS, find_dates

AGENCIES = (
    "AP", "AFP", "Reuters", "REUTERS", "EPA", "EPA-EFE", "EFE", "Xinhua", "Anadolu", "Anadolu Agency",
    "Getty Images", "Getty", "dpa", "DPA", "ANSA", "Kyodo", "Yonhap", "TASS", "PTI", "IANS",
    "UPI", "Bloomberg", "Shutterstock", "Sipa", "SIPA", "NurPhoto", "Pool", "AAP", "CP", "PA",
    "The Associated Press", "Associated Press", "Agence France-Presse", "WAM", "SPA", "IRNA",
    "ISNA", "Tasnim", "KCNA", "Sputnik", "RIA Novosti", "Interfax", "Ukrinform", "Handout",
)  # fmt: skip
_AGENCY_ALT = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))

# "(Jane Roe/AFP)", "(AFP)", "(AP Photo/John Doe)", "(Photo: Jane Roe/Reuters)", "(Getty Images)"
CREDIT_PAREN = re.compile(
    r"\((?P<credit>(?:(?:Photo|Photograph|Image|Picture|Credit|File photo|File)s?\s*(?:by|:)\s*)?"
    r"(?:[^()\n]{1,60}/\s*[^()\n]{1,60}|[^()\n]{1,60}\s+via\s+(?:" + _AGENCY_ALT + r")|(?:" + _AGENCY_ALT + r")(?:\s+(?:Photo|photo|via Getty Images))?))\)"
    r"\s*$"
)
# "... on March 3, 2021. REUTERS/Jane Roe" or "Photo: Jane Roe/AFP"
CREDIT_TAIL = re.compile(
    r"(?:^|(?<=[.\s]))(?P<credit>(?:(?:REUTERS|AFP|AP|EPA|EPA-EFE|XINHUA)(?: PHOTO)?|AP Photo)"
    r"\s*/\s*[A-Z][\w.'’ -]{1,50}(?:/(?:File|Pool|Handout))?)\s*$"
)
CREDIT_LINE = re.compile(
    r"^(?:(?:Photo|Photograph|Image|Picture|Credit|Photos)s?\s*(?:by|:)\s*)(?P<credit>.{2,80})$", re.I
)

_MONTH_ALT = "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))
_PLACE_WORD = r"[A-Z][A-Za-z'’.\-]*"
DATELINE = re.compile(
    r"^(?P<place>" + _PLACE_WORD + r"(?:[ \-]" + _PLACE_WORD + r"){0,3})"
    r"(?:,\s*(?P<region>(?!(?:" + _MONTH_ALT + r")\.?\s+\d)[A-Z][A-Za-z.'’]*(?:\s+[A-Z][A-Za-z.'’]*){0,3}))?"
    r"(?:,\s*(?P<date>(?:" + _MONTH_ALT + r")\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&'-]{0,30})\))?"
    r"\s*(?P<dash>—|–|--|-|:)\s*"
)

BYLINE = re.compile(r"^(?:By|BY|Written by|Words by)\s+(?P<names>[A-Z][^\n]{1,110})$")
_TIMESTAMP_WORDS = re.compile(
    r"\b(?:published|updated|posted|last|first|on|at|modified|gmt|utc|bst|cet|cest|eat|wat|cat|"
    r"et|est|edt|pt|pst|pdt|ist|am|pm|a\.m\.|p\.m\.|hrs?|local|time|min|read|ago|h)\b",
    re.I,
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?::\d\d)?\b|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)", re.I)
_WEEKDAY = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\b\.?", re.I)

CONTRIBUTOR = re.compile(
    r"contributed(?:\s+(?:to|reporting|additional reporting))?(?:\s+(?:this|the)\s+(?:report|story|article))?"
    r"|\b(?:additional\s+)?reporting by\b|\bwriting by\b|\bediting by\b|\bcompiled by\b|\bwritten by\b",
    re.I,
)

# headers of teaser sections: everything after them is site furniture
SECTION_HEADER = re.compile(
    r"^(?:most\s+(?:read|popular|viewed|shared)|related(?:\s+(?:stories|articles|coverage|news|content|topics|links))?"
    r"|read\s+(?:more|next|also)|more\s+(?:from|on|stories|news|in)\b.*|recommended(?:\s+for\s+you)?|trending(?:\s+now)?"
    r"|top\s+stories|latest(?:\s+news|\s+stories)?|you\s+(?:may|might)\s+also\s+like|editor'?s\s+picks|"
    r"also\s+read|see\s+also|explore\s+more(?:\s+on\s+these\s+topics)?|popular\s+now|what\s+to\s+read\s+next|topics|tags|comments?)\s*:?\s*$",
    re.I,
)
# prompts and notices: boilerplate wherever they stand
PROMPT = re.compile(
    r"^(?:advertisement|sponsored(?:\s+content)?|share\s+(?:this|on|via)\b|share$|tweet$|email$|print$|"
    r"sign\s+up\b|subscribe\b|follow\s+(?:us|@)|join\s+(?:us|our)\b|download\s+(?:our|the)\s+app|"
    r"click\s+here|reuse\s+this\s+content|related(?:\s+(?:stories|articles|coverage|news|content|links))?\s*:|read\s+(?:more|also|next)\s*:|see\s+also\s*:|watch\s*:|listen\s*:|"
    r"©|\(c\)\s|copyright\b|all\s+rights\s+reserved|we\s+use\s+cookies|this\s+(?:web)?site\s+uses\s+cookies|"
    r"by\s+continuing\s+to\s+(?:use|browse)|accept\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|preferences)|"
    r"privacy\s+policy|terms\s+of\s+(?:use|service)|get\s+(?:our|the)\s+(?:daily|weekly|free)?\s*newsletter|"
    r"(?:our|the)\s+(?:daily|weekly|free)\s+newsletter|report\s+an?\s+(?:error|typo|correction)|"
    r"have\s+a\s+(?:news\s+)?tip|support\s+(?:our|independent)\s+journalism|"
    r"this\s+(?:story|article)\s+(?:has\s+been|was)\s+(?:corrected|updated)|"
    r"listen\s+to\s+this\s+article|our\s+standards\b|editorial\s+(?:standards|guidelines|principles)|\d+\s+min(?:ute)?s?\s+read$)",
    re.I,
)
PROMPT_ANYWHERE = re.compile(
    r"all rights reserved|newsletter|cookies|sign up (?:for|here|now|today)|subscribe to|follow us on|"
    r"\bshare (?:this|on facebook|on twitter)\b|may not be (?:published|reproduced|redistributed)|"
    r"(?:is|are) solely responsible for (?:all|its|the) content|receives? (?:financial )?support from .{0,60}\bfoundations?\b",
    re.I,
)


def split_credit(line: str) -> tuple[str, str] | None:
    """(caption text, credit) when ``line`` ends with a photo credit, else None."""
    m = CREDIT_PAREN.search(line) or CREDIT_TAIL.search(line)
    if not m:
        return None
    caption = line[: m.start()].rstrip(" .,;:—–-") if m.start() > 0 else ""
    if caption and not caption.endswith((".", "!", "?", "\"", "”", "'")):
        caption = line[: m.start()].rstrip()
    return caption.strip(), m.group("credit").strip()


def credit_only(line: str) -> str | None:
    """The credit of a line that is only a credit ("Photo: Jane Roe/AFP")."""
    m = CREDIT_LINE.match(line.strip())
    if m and len(line) < 100:
        return m.group("credit").strip()
    got = split_credit(line)
    if got and not got[0]:
        return got[1]
    return None


def is_timestamp(line: str) -> bool:
    """A short line that is only a publication date/time ("Updated 14:02 GMT, 3 March 2021")."""
    if len(line) > 100:
        return False
    dates = find_dates(line)
    if not dates:
        return False
    rest = line
    for s, e, _ in reversed(dates):
        rest = rest[:s] + " " + rest[e:]
    for pat in (_TIME, _WEEKDAY, _TIMESTAMP_WORDS):
        rest = pat.sub(" ", rest)
    return len(re.sub(r"[\W\d_]+", "", rest)) <= 3


def is_byline(line: str) -> bool:
    """"By Jane Doe and John Roe" (a short line, not a sentence)."""
    s = line.strip()
    if not BYLINE.match(s) or len(s) > 120 or s.endswith(("?", "!")):
        return False
    return not s.endswith(".") or len(s.split()) <= 8


WITH_AGENCIES = re.compile(
    r"^with\s+(?:agencies|(?:" + _AGENCY_ALT + r")(?:\s*(?:,|and)\s*(?:" + _AGENCY_ALT + r"))*)\.?$",
    re.I)


def is_contributor_line(line: str) -> bool:
    return len(line) < 300 and bool(CONTRIBUTOR.search(line) or WITH_AGENCIES.match(line.strip()))


_NAME_PREFIX = re.compile(
    r"^(?:and\s+)?(?:additional\s+)?(?:reporting|writing|editing|compiled|written)\s+by\s+|"
    r"^(?:the\s+)?(?:associated\s+press|ap|reuters|afp)\s+(?:writers?|reporters?|correspondents?|journalists?)\s+|"
    r"^(?:writers?|reporters?|correspondents?)\s+|^with\s+",
    re.I,
)
_CONTRIBUTED = re.compile(r"\s+(?:also\s+)?contributed\b.*$", re.I)
_PLACE_SUFFIX = re.compile(r"\s+(?:in|from)\s+[A-Z].*$|[.;,]+$")


def contributor_names(line: str) -> list[str]:
    """Names in a contributor line: "Additional reporting by Jane Doe in Paris; Editing by John Roe"."""
    names: list[str] = []
    for clause in re.split(r";|\.\s+(?=[A-Z])", line.strip()):
        clause = clause.strip().rstrip(".")
        while (stripped := _NAME_PREFIX.sub("", clause)) != clause:
            clause = stripped
        clause = _CONTRIBUTED.sub("", clause)
        for group in re.split(r"\s+and\s+|,\s*and\s+", clause):
            group = _PLACE_SUFFIX.sub("", group.strip())
            for part in group.split(","):
                part = part.strip()
                if part and len(part) < 60 and part[0].isupper() and part not in names:
                    names.append(part)
    return names


def is_boilerplate(line: str) -> bool:
    s = line.strip()
    if SECTION_HEADER.match(s) or PROMPT.match(s):
        return True
    return len(s) < 250 and bool(PROMPT_ANYWHERE.search(s))
