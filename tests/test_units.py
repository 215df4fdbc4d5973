"""The pure functions in the middle of the pipeline: dates, spans, segmentation, mentions."""
from datetime import date

import pytest

from pipeline.lib.dates import DateError, coarsest, normalize
from pipeline.lib.mentions import alias_patterns, find_mentions
from pipeline.lib.segment import classify, segment, sentences
from pipeline.lib.spans import SpanError, locate

FEBRUARY_2018 = date(2018, 2, 28)


@pytest.mark.parametrize("expression, start, end, precision", [
    ("4 October 2017", "2017-10-04", "2017-10-04", "day"),
    ("14 May, 2017", "2017-05-14", "2017-05-14", "day"),
    ("October 4, 2017", "2017-10-04", "2017-10-04", "day"),
    ("August 2017", "2017-08-01", "2017-08-31", "month"),
    ("February 2016", "2016-02-01", "2016-02-29", "month"),
    ("15 February", "2018-02-15", "2018-02-15", "day"),
    ("15 December", "2017-12-15", "2017-12-15", "day"),  # after publication: the year before
    ("last August", "2017-08-01", "2017-08-31", "month"),
    ("last February", "2017-02-01", "2017-02-28", "month"),
    ("next May", "2018-05-01", "2018-05-31", "month"),
    ("next January", "2019-01-01", "2019-01-31", "month"),
    ("2017", "2017-01-01", "2017-12-31", "year"),
    ("last year", "2017-01-01", "2017-12-31", "year"),
    ("2018-02-15", "2018-02-15", "2018-02-15", "day"),
    ("Sept. 3, 2016", "2016-09-03", "2016-09-03", "day"),
    ("February 3", "2018-02-03", "2018-02-03", "day"),  # month before day
    ("early December", "2017-12-01", "2017-12-31", "month"),
    ("mid-January", "2018-01-01", "2018-01-31", "month"),
    ("the end of April 2016", "2016-04-01", "2016-04-30", "month"),
    ("next month", "2018-03-01", "2018-03-31", "month"),
    ("last month", "2018-01-01", "2018-01-31", "month"),
    ("the end of last year", "2017-01-01", "2017-12-31", "year"),  # a part of a year: the year
])
def test_normalize_reads_dates_relative_to_publication(expression, start, end, precision):
    value = normalize(expression, FEBRUARY_2018)
    assert (value.start.isoformat(), value.end.isoformat(), value.precision) == (start, end, precision)


@pytest.mark.parametrize("expression", ["31 February 2018", "soon", "the fifth", "2018-13"])
def test_normalize_refuses_what_it_cannot_read(expression):
    with pytest.raises(DateError):
        normalize(expression, FEBRUARY_2018)


def test_coarsest_precision():
    assert coarsest("day", "month") == "month"
    assert coarsest("day", "day") == "day"
    assert coarsest("year", "month") == "year"


def test_locate_finds_the_one_occurrence():
    assert locate("the cat sat on the mat", "sat on") == (8, 14)
    assert locate("a b a", "a", 1) == (4, 5)


@pytest.mark.parametrize("quote, message", [("dog", "is not in the text"), ("the", "occurs 2 times"), ("", "empty")])
def test_locate_refuses_absent_ambiguous_and_empty_quotes(quote, message):
    with pytest.raises(SpanError, match=message):
        locate("the cat sat on the mat", quote)


def test_sentences_split_at_sentence_ends_but_not_abbreviations():
    text = "Gen. Smith said “we will stay.” The army left on Monday. Talks resume in No. 5 Street? Yes."
    parts = [text[start:end] for start, end in sentences(text)]
    assert parts == ["Gen. Smith said “we will stay.”", "The army left on Monday.",
                     "Talks resume in No. 5 Street?", "Yes."]


def test_classify_tells_article_parts_from_boilerplate():
    blocks = ["A Headline", "A photo of the square – 1 August 2017 (Agency)", "A photo of the square – 1 August 2017 (Agency)",
              "The first paragraph says something long enough, with a full stop.", "A Section Heading",
              "Another paragraph, also ending with a full stop.", "Related Articles", "Some other story",
              "Please donate."]
    assert classify(blocks) == ["title", "caption", "caption", "paragraph", "heading", "paragraph",
                                "boilerplate", "boilerplate", "boilerplate"]


def test_segment_offsets_index_the_raw_text():
    raw = "Title\n\n  First paragraph. Second sentence here.\n\nالنسخة العربية\n"
    for part in segment(raw, "doc"):
        assert raw[part.char_start:part.char_end] == part.text
    kinds = [(part.segment_id, part.segment_type) for part in segment(raw, "doc")]
    assert kinds == [("doc-b01", "title"), ("doc-b02", "paragraph"), ("doc-b02-s1", "sentence"),
                     ("doc-b02-s2", "sentence"), ("doc-b03", "boilerplate")]


def test_mentions_prefer_the_longest_alias_and_whole_words():
    actors = [{"id": "committee", "name": "Negotiations Committee", "aliases": ["the Committee"]},
              {"id": "board", "name": "Military board of the Committee", "aliases": []},
              {"id": "regime", "name": "Syrian regime", "aliases": ["the regime"]},
              {"id": "sources", "name": "pro-regime sources", "aliases": []}]
    text = "The Committee and the Negotiations Committee met; pro-regime sources and the regime’s men, not theregime."
    found = [(text[start:end], actor) for start, end, actor in find_mentions(text, alias_patterns(actors))]
    assert found == [("The Committee", "committee"), ("Negotiations Committee", "committee"),
                     ("pro-regime sources", "sources"), ("the regime", "regime")]


def test_a_direct_quote_stands_between_quotation_marks_not_at_the_end_of_the_text():
    from pipeline.lib.spans import enclosed_in_quotation_marks
    text = 'He said “we are ready” and left. “Unclosed'
    start = text.index("we")
    assert enclosed_in_quotation_marks(text, start, start + len("we are ready"))
    assert not enclosed_in_quotation_marks(text, start, start + len("we are"))
    assert not enclosed_in_quotation_marks(text, text.index("Unclosed"), len(text))


def test_a_date_past_the_year_9999_is_refused_not_a_traceback():
    from datetime import date
    with pytest.raises(DateError, match="outside the calendar"):
        normalize("next May", date(9999, 12, 31))
