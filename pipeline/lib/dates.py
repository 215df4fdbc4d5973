"""Normalizing date expressions ("4 October 2017", "15 February", "last August", "next May",
"January 3", "early December", "next month", "the end of last year", "in 2016").

A date is an interval [start, end] with a precision, as in UCDP GED: "August 2017" is
2017-08-01..2017-08-31 at month precision, never a made-up day. Expressions without a year
and relative ones are read against the article's publication date.
"""
import calendar
import re
from dataclasses import dataclass
from datetime import date


class DateError(ValueError):
    """An expression the grammar cannot read, or a date that does not exist."""


@dataclass(frozen=True)
class DateValue:
    start: date
    end: date
    precision: str  # day | month | year


FULL_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS = FULL_MONTHS | {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# A part of a month or a year ("early December", "the end of last year"): the whole month or
# year at its precision, never a guessed day.
PART = r"(?:(?:early|late|mid)-?\s?|the (?:beginning|start|middle|end) of )"
# The words of a month or year counted from the publication date: "last August", "next year".
RELATIVE = "last|next|this"

# Each pattern must match the whole expression; the first that matches wins.
GRAMMAR = [re.compile(pattern, re.IGNORECASE) for pattern in (
    rf"{_YEAR}-(?P<month_number>\d{{2}})-(?P<day>\d{{2}})",
    rf"{_YEAR}-(?P<month_number>\d{{2}})",
    rf"{_DAY} (?:of )?{_MONTH},? {_YEAR}",
    rf"{_MONTH} {_DAY},? {_YEAR}",
    rf"{PART}?{_MONTH},? {_YEAR}",
    rf"{_DAY} (?:of )?{_MONTH}",
    rf"{_MONTH} {_DAY}",
    rf"{PART}?(?P<relative>{RELATIVE}) {_MONTH}",
    rf"{PART}?{_MONTH}",
    rf"{PART}?(?P<relative_year>{RELATIVE}) year",
    rf"{PART}?(?P<relative_month>{RELATIVE}) month",
    rf"{PART}?(?:the year )?{_YEAR}",
)]


def normalize(expression: str, published: date) -> DateValue:
    """The interval an expression denotes, reading it as written on the day `published`.

    Year-less days and months take the publication year, or the year before when that would
    put them after publication ("15 December" in a January article). "last X" is the latest
    month X before the publication month; "next X" the first one after it.
    """
    text = " ".join(expression.split())
    for pattern in GRAMMAR:
        match = pattern.fullmatch(text)
        if match:
            try:
                return _interpret(match.groupdict(), published, expression)
            except DateError:
                raise
            except ValueError as error:  # year 0, or "next year" in 9999: outside Python's calendar
                raise DateError(f"{expression!r} is outside the calendar ({error})") from None
    raise DateError(f"cannot read the date expression {expression!r}")


def _interpret(parts: dict, published: date, expression: str) -> DateValue:
    if parts.get("relative_month"):
        offset = {"last": -1, "this": 0, "next": 1}[parts["relative_month"].lower()]
        year, month = divmod(published.year * 12 + published.month - 1 + offset, 12)
        return DateValue(date(year, month + 1, 1), date(year, month + 1, calendar.monthrange(year, month + 1)[1]),
                         "month")
    if parts.get("relative_year"):
        offset = {"last": -1, "this": 0, "next": 1}[parts["relative_year"].lower()]
        return _year(published.year + offset)
    month = _month_number(parts)
    if month is None:
        return _year(int(parts["year"]))
    if parts.get("year"):
        year = int(parts["year"])
    elif parts.get("relative"):
        year = _relative_year(parts["relative"].lower(), month, published)
    else:
        year = published.year - (1 if (month, int(parts.get("day") or 1)) > (published.month, published.day) else 0)
    if parts.get("day"):
        try:
            day = date(year, month, int(parts["day"]))
        except ValueError:
            raise DateError(f"{expression!r} is not a date that exists") from None
        return DateValue(day, day, "day")
    last_day = calendar.monthrange(year, month)[1]
    return DateValue(date(year, month, 1), date(year, month, last_day), "month")


def _month_number(parts: dict) -> int | None:
    if parts.get("month_number"):
        number = int(parts["month_number"])
        if not 1 <= number <= 12:
            raise DateError(f"month {number} does not exist")
        return number
    return MONTHS[parts["month"].lower().rstrip(".")] if parts.get("month") else None


def _relative_year(relative: str, month: int, published: date) -> int:
    if relative == "last":
        return published.year if month < published.month else published.year - 1
    if relative == "next":
        return published.year if month > published.month else published.year + 1
    return published.year


def _year(year: int) -> DateValue:
    return DateValue(date(year, 1, 1), date(year, 12, 31), "year")


PRECISION_ORDER = ["day", "month", "year", "unknown"]


def coarsest(*precisions: str) -> str:
    """The least exact of several precisions (a day-to-month interval is known to the month)."""
    return max(precisions, key=PRECISION_ORDER.index)


# Crosswalk from a date interval to ACLED's time_precision and UCDP GED's date_prec, by the
# interval's length in days: (longest length, ACLED code, GED code, meaning). ACLED has no code
# coarser than a month; GED's 5 covers everything longer than a month.
PRECISION_CROSSWALK = [
    (1, 1, 1, "one day"),
    (6, 2, 2, "2 to 6 days"),
    (7, 2, 3, "7 days (a week)"),
    (31, 3, 4, "8 to 31 days (a month)"),
    (None, None, 5, "longer than 31 days (months, a year)"),
]


def precision_codes(start: date, end: date) -> tuple[int | None, int]:
    """ACLED time_precision (None: coarser than ACLED records) and UCDP GED date_prec of an interval."""
    length = (end - start).days + 1
    for longest, acled, ged, _ in PRECISION_CROSSWALK:
        if longest is None or length <= longest:
            return acled, ged
    raise AssertionError("the last row of PRECISION_CROSSWALK has no limit")
