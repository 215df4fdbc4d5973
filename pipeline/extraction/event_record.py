"""The drafted event: an act of the body, its PLOVER type and mode, status, actors, date and the clause that is
its evidence (events.py drafts them).
"""
from dataclasses import dataclass


@dataclass
class Event:
    start: int
    end: int
    text: str              # the evidence
    type: str              # a PLOVER event type
    mode: str | None
    status: str
    actor1: str | None = None
    actor2: str | None = None
    date_text: str | None = None
