"""The draft extractor: the quality bar on the seed, and hand-made articles it was not built on."""
from datetime import date
from pathlib import Path

import pytest
import yaml

from pipeline.extraction.draft import write_draft
from pipeline.extraction.evaluate import evaluate_all, failures, interval, score
from pipeline.extraction.extract import draft
from pipeline.lib.coding import load_coding
from pipeline.lib.registry import load_actors
from tests.conftest import ARTICLE, make

FIXTURES = Path(__file__).parent / "fixtures"


def statements_of(path: Path, published: date) -> list[tuple[str, str, str, str]]:
    raw = path.read_text(encoding="utf-8")
    return [(s.speaker, s.mode, s.cue, s.text) for s in draft(raw, published, load_actors()).statements]


def test_the_seed_meets_the_quality_bar():
    rows, _, _ = evaluate_all()
    assert failures(rows, "seed") == []
    by_measure = {row["measure"]: row for row in rows if row["document_id"] == "eb-2018-02-rural-homs"}
    assert by_measure["speech quotations"]["recall"] == 1.0 and by_measure["speech quotations"]["precision"] >= 0.9
    assert by_measure["right speaker"]["recall"] == 1.0
    # Version 0.2.0's coding added two reported statements whose cues are not reporting verbs (the
    # Russians "notified", "placed the people in front of two choices"): "notified" is one now; the
    # second has no general rule, and is matched only by the first one's content running over it.
    assert by_measure["reported statements"]["f1"] >= 0.9
    assert by_measure["dates"]["recall"] == 1.0


def test_an_article_with_inverted_attribution_titles_and_lowercase_sources():
    found = statements_of(FIXTURES / "daraa.txt", date(2019, 3, 31))
    assert found == [
        ("central-committee-of-daraa", "indirect", "announced", "talks with the Russian military police had stalled"),
        ("abu-ali-al-hariri", "direct", "said", "We will not hand over our heavy weapons,"),
        ("sergei-petrov", "indirect", "told", "the talks would resume next April"),
        ("sergei-petrov", "indirect", "adding", "the offer of safe passage remained open"),
        ("local-council", "indirect", "According to",
         "shelling hit the town of Busra al-Sham on March 1, 2019, killing two civilians"),
        ("opposition-factions", "mixed", "warned", "they were ready to “defend every house in the town.”"),
    ]


def test_an_article_with_pronoun_chains_straight_quotes_and_possessive_sources():
    found = statements_of(FIXTURES / "madaya.txt", date(2016, 1, 15))
    assert [(speaker, mode) for speaker, mode, _, _ in found] == [
        ("united-nations", "indirect"), ("jan-egeland", "mixed"), ("jan-egeland", "indirect"),
        ("syrian-red-crescent", "indirect"), ("mohammad-yusuf", "direct"), ("mohammad-yusuf", "indirect")]


def test_scare_quotes_and_names_are_not_speech():
    raw = (FIXTURES / "daraa.txt").read_text(encoding="utf-8")
    kinds = {q.inner: q.kind for q in draft(raw, date(2019, 3, 31), load_actors()).quotations}
    assert kinds == {"We will not hand over our heavy weapons,": "speech", "reconciliation": "scare",
                     "defend every house in the town.": "speech"}


@pytest.mark.parametrize("fixture, published, expected", [
    ("daraa.txt", date(2019, 3, 31), {"2 March 2019": "2019-03-02", "next April": "2019-04", "last year": "2018",
                                      "March 1, 2019": "2019-03-01"}),
    ("madaya.txt", date(2016, 1, 15), {"12 January 2016": "2016-01-12", "last July": "2015-07"}),
])
def test_dates_are_found_and_normalized_relative_to_publication(fixture, published, expected):
    raw = (FIXTURES / fixture).read_text(encoding="utf-8")
    found = {t.text: t.iso for t in draft(raw, published, load_actors()).time_expressions}
    assert found == expected  # the caption's date is not in the body, so not here


def test_new_actors_are_proposed_with_a_type():
    raw = (FIXTURES / "daraa.txt").read_text(encoding="utf-8")
    proposed = draft(raw, date(2019, 3, 31), load_actors()).new_actors
    assert {actor: value["type"] for actor, value in proposed.items()} == {
        "central-committee-of-daraa": "committee", "abu-ali-al-hariri": "person", "sergei-petrov": "person",
        "local-council": "committee", "opposition-factions": "armed_group",
        "civilians": "collective"}  # "shelling hit the town ..., killing two civilians": the victims


def test_draft_writes_every_file_and_a_coding_the_pipeline_accepts(tmp_path):
    write_draft(ARTICLE, "2018-02", tmp_path, "eb-2018-02-rural-homs")
    for name in ["coding.yaml", "metadata.yaml", "events.csv", "statements.csv", "actors.csv", "actor_mentions.csv",
                 "time_expressions.csv"]:
        assert (tmp_path / name).stat().st_size > 0, name
    coding = load_coding(tmp_path / "coding.yaml", "eb-2018-02-rural-homs")
    assert len(coding["statements"]) == 18 and len(coding["events"]) >= 10
    assert all(len(event["label"]) <= 48 for event in coding["events"])
    assert yaml.safe_load((tmp_path / "coding.yaml").read_text(encoding="utf-8"))["status"] == "draft"


def test_make_draft_and_evaluate_run_from_make(project, tmp_path):
    out = tmp_path / "draft"
    result = make(project, "draft", f"ARTICLE={FIXTURES / 'madaya.txt'}", "PUBLISHED=2016-01-15", f"OUT={out}")
    assert result.returncode == 0, result.stderr
    assert (out / "coding.yaml").exists() and (out / "time_expressions.csv").exists()
    result = make(project, "evaluate")
    assert result.returncode == 0, result.stderr
    assert "speech quotations" in result.stdout and (project / "reports" / "extraction_quality.csv").exists()


# Each pattern of issue 12 on a short text written for this test (not an evaluation article).
REPORT = "A Report\n\n{}\n"


def drafted(body: str, published: date = date(2021, 5, 20)):
    return draft(REPORT.format(body), published, load_actors())


def speakers(body: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.mode, s.text) for s in drafted(body).statements]


@pytest.mark.parametrize("body, expected", [
    ("“The road is closed,” he said.", []),  # "he" with nobody introduced: no made-up speaker
    ("“We waited all night. Nobody came,” said Samira Haddad, a nurse from Binnish.",
     [("samira-haddad", "direct", "We waited all night. Nobody came,")]),
    ("“The wells are dry,” Yusuf Karim told Enab Baladi. “We buy water every day.”",
     [("yusuf-karim", "direct", "The wells are dry,"), ("yusuf-karim", "direct", "We buy water every day.")]),
    ("Samira Haddad said that the clinic had closed.\n\n“There is no fuel,” she added.",
     [("samira-haddad", "indirect", "the clinic had closed"), ("samira-haddad", "direct", "There is no fuel,")]),
    ("Residents said that the bakery had closed.", [("residents", "indirect", "the bakery had closed")]),
    ("The bakery closed on Monday, activists reported.", [("activists", "indirect", "The bakery closed on Monday")]),
])
def test_quotation_first_and_last_pronouns_continuations_and_collectives(body, expected):
    assert speakers(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an accusation is an attributed statement (coding guide): its object and what it is accused of
    ("The Relief Committee of Binnish accused the police of selling the flour.",
     [("relief-committee-of-binnish", "the police of selling the flour")]),
    ("Local traders blamed the drivers for the shortage.", [("local-traders", "the drivers for the shortage")]),
    # ... but not a participle without its object
    ("The court released a man accused of theft.", []),
    # demands and promises in the article's own voice
    ("The Ministry of Health promised to repair the hospital next month.",
     [("ministry-of-health", "to repair the hospital next month")]),
    ("The Teachers Union called for a strike on Monday.", [("teachers-union", "a strike on Monday")]),
    ("Hundreds of farmers in Binnish, in the north of the province, protested on Sunday, and demanded that the "
     "council lower the price of diesel.", [("farmers-in-binnish", "the council lower the price of diesel")]),
    # ... but part of the act when another statement reports it
    ("Farmers protested on Sunday, demanding cheaper diesel, activists reported.",
     [("activists", "Farmers protested on Sunday, demanding cheaper diesel")]),
    ("Samir Haddad said that the governor had promised to repair the road.",
     [("samir-haddad", "the governor had promised to repair the road")]),
    # a participle's speaker is the subject of its clause, past a phrase of time and an apposition
    ("Last month, the Relief Committee of Binnish closed two kitchens, accusing the traders of theft.",
     [("relief-committee-of-binnish", "the traders of theft")]),
    ("Parents in Binnish, most of them farmers, published an appeal on Sunday, calling on the council to open the "
     "school.", [("parents-in-binnish", "the council to open the school")]),
    ("The Ministry of Health condemned the attack and accused the rebels of shelling the hospital.",
     [("ministry-of-health", "the rebels of shelling the hospital")]),
    # a call made again
    ("The Relief Committee of Binnish said that the road was closed. It also renewed its call on the army to open "
     "it.", [("relief-committee-of-binnish", "the road was closed"),
             ("relief-committee-of-binnish", "the army to open it")]),
    # an adjective in -ed is no verb ("Hundreds of displaced people staged"); "including X" is an apposition
    ("Hundreds of displaced people staged a sit-in on Friday, calling on the agency to resume aid.",
     [("displaced-people", "the agency to resume aid")]),
    ("Several organizations, including the White Helmets, called for an investigation.",
     [("several-organizations", "an investigation")]),
])
def test_accusations_demands_promises_and_the_subject_of_a_participle(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # a formula of anonymity is no cue: the speaker is whoever "told" ("who asked that her name be withheld")
    ("“The road is closed,” a resident, who asked that his name be withheld, told Enab Baladi.",
     [("residents", "The road is closed,")]),
    # a quotation the sentence goes on after is no attribution ('“...” of the city, said'): the subject speaks
    ("The Relief Committee of Binnish, which warned that its stocks “will not last” in the north of the province, "
     "said that it had distributed 500 baskets.",
     [("relief-committee-of-binnish", "its stocks “will not last” in the north of the province"),
      ("relief-committee-of-binnish", "it had distributed 500 baskets")]),
    # a phrase of time before the subject is no name
    ("On Sunday, the Relief Committee of Binnish said that the bakery had closed.",
     [("relief-committee-of-binnish", "the bakery had closed")]),
    # a group named with a long description keeps it
    ("Residents of villages in the countryside of Binnish said that the road was closed.",
     [("residents-of-villages-in-the-countryside-of-binnish", "the road was closed")]),
])
def test_formulas_unfinished_quotations_phrases_of_time_and_long_groups(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # "which" after "according to X, a ...," is the source X
    ("The market was shelled, according to Binnish Today, a local news page, which said that two shops burned.",
     [("binnish-today", "The market was shelled"), ("binnish-today", "two shops burned")]),
    # figures of a body are the body's; "the camp administration" is not another administration named before
    ("The Autonomous Administration opened a school. Ten people died last month, according to figures of the camp "
     "administration, which blames the guards for the deaths.",
     [("camp-administration", "Ten people died last month"), ("camp-administration", "the guards for the deaths")]),
])
def test_sources_of_a_relative_clause_and_issuers_of_figures(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # "the statement" after "..., the committee said in a statement." is the committee's
    ("The road reopened on Monday, the Relief Committee of Binnish said in a statement. Trucks will pass at night, "
     "according to the statement.",
     [("relief-committee-of-binnish", "The road reopened on Monday"),
      ("relief-committee-of-binnish", "Trucks will pass at night")]),
    # a group of six words after the content
    ("The bakery closed on Monday, relatives of the two bakers said.",
     [("relatives-of-the-two-bakers", "The bakery closed on Monday")]),
    # "according to his brother, X": X
    ("Omar Khalil was arrested at dawn, according to his brother, Samir Khalil.",
     [("samir-khalil", "Omar Khalil was arrested at dawn")]),
])
def test_documents_named_after_the_content_long_groups_and_named_relatives(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body", ["“The road is closed,” said the head of the committee, Omar Ali.",
                                  "“The road is closed,” said the head of the committee, Omar Ali, a teacher."])
def test_a_role_then_a_name_after_the_cue_is_the_person_named(body):
    assert [s.speaker for s in drafted(body).statements] == ["omar-ali"]


@pytest.mark.parametrize("body, expected", [
    ("The Interior Ministry said in a statement carried by SANA that the road was closed.",
     [("interior-ministry", "the road was closed")]),
    ("The SDF-affiliated Binnish News Agency reported that the road was closed.",
     [("binnish-news-agency", "the road was closed")]),
    ("The council, which had denied the reports, admitted on Monday that the road was closed.",
     [("council", "the reports"), ("council", "the road was closed")]),
])
def test_carried_by_patrons_and_relative_clauses_with_had(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


def test_a_second_verb_joined_by_and_keeps_its_recipient():
    statements = drafted("Omar Ali denied that the bakery had closed, and told Enab Baladi that flour had "
                         "arrived.").statements
    assert [(s.speaker, s.recipient, s.text) for s in statements] == [
        ("omar-ali", None, "the bakery had closed"), ("omar-ali", "enab-baladi", "flour had arrived")]


def test_figures_published_without_a_determiner_are_their_publishers():
    body = ("The Relief Committee of Binnish published figures on Monday. According to the figures, most families "
            "went to Idlib.")
    assert [(s.speaker, s.text) for s in drafted(body).statements] == [
        ("relief-committee-of-binnish", "most families went to Idlib")]


def test_his_wife_after_a_sentence_about_a_person_is_that_persons_wife():
    body = "Two days later, Omar Ali, a 30-year-old baker, was arrested. His wife said that he had done nothing."
    assert [s.speaker for s in drafted(body).statements] == ["wife-of-omar-ali"]


def test_a_circular_issued_in_a_clause_of_time_is_its_issuers():
    body = ("The Relief Committee of Binnish said that the kitchens had closed. The committee has required a permit "
            "since May, when it issued a circular which warned that bakers without one “will be fined.”")
    assert [(s.speaker, s.text) for s in drafted(body).statements] == [
        ("relief-committee-of-binnish", "the kitchens had closed"),
        ("relief-committee-of-binnish", "bakers without one “will be fined.”")]


@pytest.mark.parametrize("body", [
    "Activists launched a campaign under the title “Bread is not a crime,” demanding the release of the bakers.",
    "The council published a report entitled “The winter of the tents is coming again” on Monday.",
])
def test_a_title_or_a_slogan_is_no_speech(body):
    assert [q.kind for q in drafted(body).quotations] == ["name"]


def test_a_term_in_a_sentence_with_only_a_participle_accused_is_no_speech():
    body = "The clans signed a “code of honor” that bans hiding anyone accused of kidnapping."
    assert [q.kind for q in drafted(body).quotations] == ["scare"]


def test_a_speaker_described_by_a_participle_is_named_without_it():
    body = ("The Relief Committee of Binnish said that the kitchens had closed.\n\n"
            "“We have no flour,” said a baker working with the committee, who asked not to be named.\n\n"
            "Bread ran out on Monday, according to the committee.")
    assert [s.speaker for s in drafted(body).statements] == ["relief-committee-of-binnish", "baker",
                                                             "relief-committee-of-binnish"]


def test_a_person_introduced_inside_a_sentence_is_he_in_the_next():
    body = ("Among the wounded is Omar Khalil, a 30-year-old baker from Binnish.\n\n"
            "In a video, he accused the police of closing the bakery, and asked where the flour had gone.")
    assert [(s.speaker, s.text) for s in drafted(body).statements] == [
        ("omar-khalil", "the police of closing the bakery"), ("omar-khalil", "where the flour had gone")]



def test_a_surname_refers_to_the_speaker_introduced_with_title_and_full_name():
    body = ("Colonel Hassan Darwish told Enab Baladi that the convoy had left.\n\n"
            "Residents said that no trucks arrived.\n\n"
            "Darwish added that a second convoy would follow.")
    assert [s.speaker for s in drafted(body).statements] == ["hassan-darwish", "residents", "hassan-darwish"]


def test_outlets_bodies_relative_clauses_denials_and_quoted_as_saying():
    body = ("According to Binnish Today, a local news page, the market was shelled.\n\n"
            "The page added that two shops burned.\n\n"
            "The Relief Committee of Binnish, which runs the shelters, warned that the shelters were full.\n\n"
            "The Ministry of Health denied that the hospital had closed.\n\n"
            "The agency quoted Dr. Rana Saleh as saying that “the wards are empty.”")
    found = [(s.speaker, s.text) for s in drafted(body).statements]
    assert found == [("binnish-today", "the market was shelled"), ("binnish-today", "two shops burned"),
                     ("relief-committee-of-binnish", "the shelters were full"),
                     ("ministry-of-health", "the hospital had closed"), ("rana-saleh", "the wards are empty.")]


def test_a_place_that_looks_like_a_name_is_not_a_speaker():
    proposed = drafted("“Nobody sleeps here,” a resident of Kafr Takharim told Enab Baladi.")
    assert "kafr-takharim" not in proposed.new_actors
    assert [s.speaker for s in proposed.statements] == ["residents"]


@pytest.mark.parametrize("expression, iso", [
    ("in 2016", "2016"), ("next month", "2021-06"), ("early December", "2020-12"), ("January 3", "2021-01-03"),
    ("the end of last year", "2020"), ("mid-April", "2021-04"),
])
def test_date_expressions(expression, iso):
    found = {t.text: t.iso for t in drafted(f"The council said that the talks began {expression}.").time_expressions}
    assert iso in found.values(), found


@pytest.mark.parametrize("expression", ["early 2020", "late 2019", "mid-2018", "the end of 2019", "mid-April"])
def test_a_part_of_a_year_or_month_is_one_expression(expression):
    """Found whole, so that its span is the coder's: not "2020" alone inside "early 2020"."""
    found = [t.text for t in drafted(f"The council said that the talks began in {expression}.").time_expressions]
    assert found == [expression], found


@pytest.mark.parametrize("body, event_type, status", [
    ("Gunmen killed a teacher in Tafas on May 2.", "ASSAULT", "occurred"),
    ("The council said that the families would protest next month.", "PROTEST", "planned"),
    ("The ministry denied that its forces had arrested the students.", "COERCE", "denied"),
    ("The union warned that teachers would strike if the wages were not paid.", "PROTEST", "threatened"),
    # a punishment announced for those who do not comply is the speaker's threat
    ("The recruitment branch warned that those who do not report within 15 days “will be pursued by the "
     "authorities.”", "THREATEN", "threatened"),
    ("The tribe said that it would hold their clan responsible.", "THREATEN", "threatened"),
    # a reporting verb with a past act as its object reports what happened; with 'that it would', a plan
    ("The Criminal Security Branch announced the arrest of a pharmacist in Kafr Takharim.", "COERCE", "occurred"),
    ("The police announced on Monday the arrest of four shop owners.", "COERCE", "occurred"),
    ("The Agriculture Directorate announced that it would arrest anyone who sells the seeds.", "COERCE", "announced"),
    ("The municipality will demolish the kiosks next month.", "ASSAULT", "planned"),
    # a place taken by its name is territory taken (ACLED, PLOVER ASSAULT); a person taken somewhere is not
    ("Fighters of the Northern Brigade took Tell Hamdan on 2 May after a night of fighting.", "ASSAULT", "occurred"),
    ("The Northern Brigade took Tell Hamdan from the Liwa Group in April.", "ASSAULT", "occurred"),
    # a release of detainees is RETREAT release (coding guide), named by a verb or a noun
    ("The police announced on Sunday the release of three shepherds.", "RETREAT", "occurred"),
    # an order that itself closes, arrests or demolishes is that act (PLOVER COERCE, ASSAULT), not a REQUEST
    ("The Idlib governor ordered the closure of four pharmacies in Salqin.", "COERCE", "occurred"),
    ("The municipal council ordered the demolition of six kiosks near the bus station.", "ASSAULT", "occurred"),
])
def test_events_are_drafted_with_type_and_status(body, event_type, status):
    events = drafted(body).events
    assert (event_type, status) in [(e.type, e.status) for e in events]


def test_a_statement_is_dated_only_by_its_own_date():
    statements = drafted("The council said in a statement on 3 May that the shelling on 1 May killed two.").statements
    assert [s.date_text for s in statements] == ["3 May"]


@pytest.mark.parametrize("body, expected", [
    # an act done in words by the speaker of a dated statement is dated by it
    ("The Water Directorate said in a statement on 31 August that it had accepted the roadmap.", ["31 August"]),
    # an act joined by a participle, or by "and", is dated with the act before it
    ("The Water Directorate shut the crossing on 2 September, accusing the traders of smuggling.",
     ["2 September", "2 September"]),
    # a date that opens the sentence dates its first act
    ("On 29 October, an unknown gunman shot dead a farmer in his grove.", ["29 October"]),
    ("In June 2020, shops in the city closed for two days in protest.", ["June 2020"]),
    # "since" bounds an act that goes on: it does not date it (coding guide: not_before)
    ("Militias have taken over 300 houses since early January.", [None]),
])
def test_event_dates_from_the_statement_the_act_before_and_not_since(body, expected):
    assert [e.date_text for e in drafted(body).events] == expected


def test_every_evaluation_article_is_in_the_split_and_its_coding_passes_the_build_checks():
    from pipeline.extraction.corpus import evaluation_articles
    from pipeline.lib import paths
    articles = evaluation_articles()  # each coding goes through the build's own checks
    folders = {path.name for path in paths.EVALUATION_ARTICLES.iterdir() if path.is_dir()}
    assert {a.document_id for a in articles} == folders
    assert {a.split for a in articles} == {"dev", "test"}
    assert sum(a.split == "test" for a in articles) >= 4


def test_the_test_split_keeps_the_figures_of_the_readme():
    """Scored only, never studied: a change that lowers these is a regression (README, "How good
    the draft is"). The test split is 24 articles written blind by eight independent coders
    (coder-t33 to coder-t40), scored after the sixth and again after the seventh development round
    (split.yaml). Speech quotations, reported statements, dates and events meet the issue's bar;
    right speaker (bar 90%) and actors recall (bar 85%) do not: these floors are the figures that
    hold, not the bar (actors: 327 of 442, 74.0%)."""
    rows, _, _ = evaluate_all()
    totals = {row["measure"]: row for row in rows if row["split"] == "test" and row["document_id"] == "all"}
    assert totals["speech quotations"]["recall"] >= 0.95 and totals["speech quotations"]["precision"] >= 0.9
    assert totals["right speaker"]["recall"] >= 0.83
    assert totals["reported statements"]["f1"] >= 0.84
    assert totals["dates"]["recall"] >= 1.0
    assert totals["events"]["f1"] >= 0.67
    assert totals["actors"]["recall"] >= 0.739


def test_the_interval_of_a_figure_spans_what_other_articles_would_give():
    """Two articles, one all right and one all wrong: the bootstrap over articles must reach both
    ends; a split of identical articles has no spread."""
    rows = [score("test", "a", "dates", 10, 10, 10), score("test", "b", "dates", 10, 10, 0)]
    assert interval(rows, "test", "dates", "recall") == (0.0, 1.0)
    same = [score("test", name, "dates", 4, 4, 3) for name in "abcd"]
    assert interval(same, "test", "dates", "recall") == (0.75, 0.75)


@pytest.mark.parametrize("body, expected", [
    # a collective named with its place is that place's group, and "the traders" after it too
    # (an accusation is a statement: its speaker, "the council", is proposed and does the act)
    ("The council accused traders in Binnish of hoarding flour. Later, the police arrested the traders.",
     [("ACCUSE", "council", "traders-in-binnish"), ("COERCE", "police", "traders-in-binnish")]),
    # ... but a group named first without a place stays that group
    ("Dozens of civilians fled the town. The shelling killed civilians in Kafr Dael.",
     [("ASSAULT", None, "civilians")]),
    # passive agents: a list after "by", across its commas
    # (one row per party, coding guide: the first with each other one, as for "Russia, Turkey and Iran agreed")
    ("The truce was agreed upon by Russia, Turkey and Iran.", [("AGREE", "russia", "turkey"), ("AGREE", "russia", "iran")]),
    # "Turkish-backed" describes the factions: it is not Turkey, and the factions so named act
    ("Turkish-backed factions shelled the village.", [("ASSAULT", "turkish-backed-factions", None)]),
    ("Militias backed by Iran have taken over dozens of houses. The US-led coalition struck the militias.",
     [("COERCE", "militias-backed-by-iran", None), ("ASSAULT", "us-led-coalition", "militias-backed-by-iran")]),
    # a relative clause's act is done by the actor it follows, the head of "X of Y, which ..."
    ("Turkish-backed factions, which shelled the village, did not comment.",
     [("ASSAULT", "turkish-backed-factions", None)]),
    # (named in full, the article's words: the committee of the army, not the army)
    ("The Education Committee of the Syrian National Army, which banned the books, did not comment.",
     [("COERCE", "education-committee-of-the-syrian-national-army", None)]),
    # "the <body noun> of <name>" is a body of its own; a site ("the al-Hal market") or a date makes none
    ("The local council of Kafr Dael distributed food baskets. The police of the Salvation Government closed "
     "ten shops. Two shops were closed by the police in the al-Hal market.",
     [("AID", "local-council-of-kafr-dael", None), ("COERCE", "police-of-the-salvation-government", None),
      ("COERCE", "police-of-the-salvation-government", None)]),
    ("The commander signed a deal with the regime in April 2018.", [("AGREE", None, "syrian-government")]),
    # "the regime’s Military Security branch": the branch acts, the regime only owns it
    ("Ten farmers were arrested by the regime’s Military Security branch.",
     [("COERCE", "military-security-branch", "farmers")]),
    # "its guards" in a body's statement are the body's; "it" after "that X had ..." is X, the subject
    ("The Water Directorate said that its guards had arrested two farmers.",
     [("COERCE", "water-directorate", "farmers")]),
    ("Hourani said that the Water Directorate had received lists from the Military Intelligence, and that it "
     "would meet Russian officers next month.",  # (a state's officers: a group of their own, round 5)
     [("CONSULT", "water-directorate", "russian-officers")]),
    # a group named with its modifier (rules.yaml: group_modifiers); "men" alone name no group
    ("The displaced families protested. Regime forces arrested two young men from Jasim and two men. The "
     "opposition factions signed a settlement with the regime.",
     [("PROTEST", "displaced-families", None), ("COERCE", "assad-forces", "young-men-from-jasim"),
      ("AGREE", "opposition-factions", "syrian-government")]),
    # a restrictive relative clause says which men: the act is the main verb's
    ("At least four men who refused to sell their houses were arrested by the Military Security branch.",
     [("COERCE", "military-security-branch", "men-who-refused-to-sell-their-houses")]),
    # "met" someone is a meeting; "the governor of Daraa" is a party, unless an apposition names the person
    ("The Central Committee of Jasim met the governor of Daraa on 23 January.",
     [("CONSULT", "central-committee-of-jasim", "governor-of-daraa")]),
    ("The governor of Daraa, Adnan Haddad, called on the protesters to go home.",
     [("REQUEST", "adnan-haddad", "protesters")]),
    # "the organizations" alone name no one group; "humanitarian organizations" do
    ("The Water Directorate called on the organizations to send tents. Humanitarian organizations distributed "
     "tents in the camp.", [("REQUEST", "water-directorate", None), ("AID", "humanitarian-organizations", None)]),
    # "the army" that the article names no other way, and "regime positions", are the government's forces
    ("The Hamza Division shelled regime positions near the town. The army targeted the village.",
     [("ASSAULT", "hamza-division", "assad-forces"), ("ASSAULT", "assad-forces", None)]),
    # a currency names no state: "US dollars", "Turkish lira"
    ("The kidnappers demanded 150,000 US dollars. Traders protested against the switch to the Turkish lira.",
     [("REQUEST", "kidnappers", None), ("PROTEST", "traders", None)]),
    # a collective of another ("families of detainees") is a group of its own
    ("The families protested. The council distributed food to the families of detainees.",
     [("PROTEST", "families", None), ("AID", "council", "families-of-detainees")]),
    # groups that act (rules.yaml: collectives); a body named with its place is that place's body
    # (the accusers are the statement's speaker, named as the sentence names them)
    ("The kidnappers demanded a ransom. The elders of the clan accused the kidnappers of theft.",
     [("REQUEST", "kidnappers", None), ("ACCUSE", "elders-of-the-clan", "kidnappers")]),
    ("The Military Security branch in Hama arrested two lawyers.",
     [("COERCE", "military-security-branch-in-hama", "lawyers")]),
    # a protest drafted without a subject is done by the article's one protester
    ("Protests continued in the city on Monday. The protesters had closed the offices of the party.",
     [("PROTEST", "protesters", None), ("PROTEST", "protesters", None)]),
    # phrases that name a registry actor in any article on Syria (rules.yaml: domain_actors)
    ("Regime forces arrested two teachers in the city. The government reduced fuel subsidies.",
     [("COERCE", "assad-forces", "teachers-in-the-city"), ("COERCE", "syrian-government", None)]),
    # a body by its head noun (rules.yaml: body_nouns), with a supply cut (withheld: coding guide)
    ("The Water Directorate cut their water supply by half.", [("COERCE", "water-directorate", None)]),
    ("The Syndicate of Engineers said that it had boycotted the vote.",
     [("PROTEST", "syndicate-of-engineers", None)]),
    # "they": the subject of the sentence's previous act, not the latest actor named
    ("A lawyer, Rami Haddad, said that the families would file a complaint with the Turkish authorities, and that "
     "they would organize a sit-in.", [("REQUEST", "families", "turkey"), ("PROTEST", "families", None)]),
    # bodies named with a plural head noun; a plural noun after a body's name is its members
    ("The Hamza Brigades clashed with the Sultan Division. Sultan Division units reinforced their positions.",
     [("ASSAULT", "hamza-brigades", "sultan-division"), ("MOBILIZE", "sultan-division", None)]),
    # words that are what an accuser says: in a statement, the speaker accuses
    ("The Syrian National Army said that the detainees were being used as a bargaining chip.",
     [("ACCUSE", "syrian-national-army", None)]),
])
def test_event_actors_are_proposed_and_linked(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


def test_a_collective_named_with_its_place_is_proposed_under_that_name():
    proposed = drafted("The council accused traders in Binnish of hoarding flour.")
    assert proposed.new_actors["traders-in-binnish"] == {"id": "traders-in-binnish", "name": "Traders in Binnish",
                                                         "type": "collective"}


def test_notified_reports_what_was_notified():
    statements = drafted("The mayor notified the union of the end of the contract.").statements
    assert [(s.speaker, s.cue) for s in statements] == [("mayor", "notified")]


@pytest.mark.parametrize("body, expected", [
    # a trigger word inside an actor's name is no act: the name's "Negotiations" is no talk
    ("The Negotiations Committee in Talbiseh has made an agreement with the Russian side.",
     [("AGREE", "negotiations-committee", "russia")]),
    # a noun right after a determiner refers back to an act of its type drafted before
    ("Protests against the council continued in the town. The protests were peaceful, and the teachers "
     "joined the protests.", ["PROTEST"]),
    # ... and leaves its clause to a later trigger: "the closure" is the earlier act, "signed" a new one
    ("The crossings were closed on Monday. The closure violates the agreement signed between the two sides.",
     ["COERCE", "AGREE"]),
    # ... but the first act of its type named by such a noun is an act
    ("The council said that the protests would continue.", ["PROTEST"]),
    # the trade's formula of anonymity asks for nothing (rules.yaml: not_acts)
    ("A farmer, asking not to be named, said the harvest was lost.", []),
    ("A smuggler, who asked that his full name be withheld, crossed the river.", []),
    # the aim of an act ("to protest against") and "such" an act are the act drafted before
    ("Hundreds of residents took to the streets on Friday to protest against power cuts.", ["PROTEST"]),
    ("A drone struck a car on Monday, the fourth such attack on the area this month.", ["ASSAULT"]),
    # a question asks for nothing
    ("The elder asked whether the tribe knew the kidnappers.", []),
    # "stopped working" ends an activity; "stopped its deliveries" cuts what others got
    ("The pumping station stopped working in August. The organization stopped its deliveries of flour.",
     ["SANCTION"]),
    # a participle after a preposition, or right after its plural noun, describes those who underwent an act
    ("A lawyer who follows the cases of detained students was not told.", []),
    ("Only 112 of the 3,000 people arrested in the province were released.", ["RETREAT"]),
    # ... but an act with no one to undergo it is an act
    ("Dozens of residents protested in front of the council.", ["PROTEST"]),
])
def test_words_that_report_no_new_act_draft_no_event(body, expected):
    events = drafted(body).events
    if expected and isinstance(expected[0], tuple):
        assert [(e.type, e.actor1, e.actor2) for e in events] == expected
    else:
        assert [e.type for e in events] == expected


def test_an_act_referred_back_to_still_gives_its_doer():
    """"the teachers would continue the strike" is no new event, but says who strikes."""
    events = drafted("A strike began in the city on Monday. The union said that the teachers would continue "
                     "the strike.").events
    assert [(e.type, e.actor1) for e in events] == [("PROTEST", "teachers")]


@pytest.mark.parametrize("body, expected", [
    # "between X and Y": the two parties of the act
    ("The deal signed between Russia and Turkey last year collapsed.", [("AGREE", "russia", "turkey")]),
    # a name with the acronym the article gives it is one actor, the acronym's, even over a known
    # name inside it ("United Nations"); the bare acronym later is the same actor
    ("The local council sent a request to the United Nations Children’s Fund (UNICEF) for fuel. UNICEF "
     "delivered the fuel in May.", [("REQUEST", None, "unicef"), ("AID", "unicef", None)]),
    # a collective noun that starts the sentence is a collective too; a name cut by "and" is whole
    ("Teachers protested against the Autonomous Administration of North and East Syria (AANES) on Monday.",
     [("PROTEST", "teachers", "aanes")]),
])
def test_event_parties_acronyms_and_sentence_initial_collectives(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # an act of another type joined by "and" is an act of its own, done by the same subject
    ("The Water Directorate condemned the arrests and demanded the release of the teachers.",
     [("ACCUSE", "water-directorate", None), ("REQUEST", "water-directorate", "teachers")]),
    # ... only when joined to the act right before it, not to an act of an earlier clause
    ("Protests continued on Monday, after the government raised the prices of fuel and cut subsidies in May.",
     [("PROTEST", None, None), ("COERCE", "syrian-government", None)]),
    # ... but two words of one type so joined are one act
    ("Regime forces arrested and detained two teachers.", [("COERCE", "assad-forces", "teachers")]),
])
def test_an_act_joined_by_and_is_an_act_of_its_own(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # a list of subjects is one event per subject, the first named first; a proper name listed with
    # an actor, or right after an act that ends in its preposition, is a party too
    ("The regime forces, the IRGC and Lebanon’s Hezbollah took the city from the Islamic State in 2017.",
     [("ASSAULT", "assad-forces", "islamic-state"), ("ASSAULT", "irgc", "islamic-state"),
      ("ASSAULT", "hezbollah", "islamic-state")]),
    # ... and a list of those acted upon, one event per party
    ("The Water Directorate accused the Hamza Brigades and the Sultan Division of theft.",
     [("ACCUSE", "water-directorate", "hamza-brigades"), ("ACCUSE", "water-directorate", "sultan-division")]),
    # clashes between two parties; an agreement on something
    ("Clashes broke out between the Hamza Division and the Sultan Murad Division in Afrin.",
     [("ASSAULT", "hamza-division", "sultan-murad-division")]),
    ("The Russian side and the Central Committee met on Monday and agreed on a new roadmap.",
     [("AGREE", "russia", "central-committee")]),
    # the subjects of an act done together are its two parties (rules.yaml: reciprocal)
    ("Russia and Turkey agreed on a ceasefire in Moscow.", [("AGREE", "russia", "turkey")]),
    # the object of an accusation or a request is a party (rules.yaml: addressed), of shelling maybe a place
    ("The army accused Hayat Tahrir al-Sham of using the villages. The army shelled Kafr Nabl.",
     [("ACCUSE", "assad-forces", "hayat-tahrir-al-sham"), ("ASSAULT", "assad-forces", None)]),
    # commas alone make no list: "the AANES, activists said"
    ("Teachers protested against the AANES, activists said.", [("PROTEST", "teachers", "aanes")]),
])
def test_one_event_per_party_of_a_list(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


def test_an_acronym_names_the_actor_it_defines():
    proposed = drafted("Teachers protested against the Syrian Observatory for Human Rights (SOHR) on Monday.")
    assert proposed.new_actors["sohr"] == {"id": "sohr", "name": "Syrian Observatory for Human Rights",
                                           "type": "international_organization"}


@pytest.mark.parametrize("body, expected", [
    # the passive with its agent a few words after the act: the agent acts, the subject undergoes it
    ("Nine farmers were detained on Sunday by the Water Directorate.", [("COERCE", "water-directorate", "farmers")]),
    # "by" that names no actor is no agent: the subject still acts
    ("The Water Directorate reduced the supply by half.", [("COERCE", "water-directorate", None)]),
    # the passive without an agent: the subject undergoes the act, and who did it is not said
    ("Eleven teachers were arrested in the city on Monday.", [("COERCE", None, "teachers")]),
    # a person named as the subject of a passive act, past an apposition and "who", undergoes it; a place does not
    ("Her neighbour, Abu Hussam, was killed by a sniper in July.", [("ASSAULT", None, "abu-hussam")]),
    ("Among the detainees is Khaled al-Zoubi, a carpenter from Da’el, who was arrested on 3 February.",
     [("COERCE", None, "khaled-al-zoubi")]),
    ("Eastern Ghouta was besieged by regime forces from 2013.", [("COERCE", "assad-forces", None)]),
    ("Ahmad Hamoud, a teacher from the city, was beaten by fighters at the checkpoint.",
     [("ASSAULT", "fighters", "ahmad-hamoud")]),
    # ... not the source the sentence opens with
    ("According to Horan Lens, a local news page, two returnees were detained by the Air Force Intelligence.",
     [("COERCE", "air-force-intelligence", "returnees")]),
    # "in <place>" after the object of an act says where it was, it is no part of the object's name
    ("The Hamza Division clashed with the Sultan Murad Division in Tal Abyad on 1 May.",
     [("ASSAULT", "hamza-division", "sultan-murad-division")]),
    # ... but "are asking" is no passive
    ("The teachers are asking for higher wages.", [("REQUEST", "teachers", None)]),
])
def test_a_passive_agent_a_few_words_after_the_act(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, event_type, mode", [
    ("Two guards were beaten at the gate.", "ASSAULT", "beat"),
    ("The brigade clashed with a rival faction near the mill.", "ASSAULT", None),
    ("The police confiscated the cars of the drivers.", "COERCE", "confiscate"),
    ("The council banned the sale of fuel.", "COERCE", "ban"),
    ("The army recruited dozens of young men.", "MOBILIZE", "troops"),
    ("The ministry ordered the faction to leave the mill.", "REQUEST", None),
    ("The committee accepted the proposal of the mediators.", "AGREE", None),
    # PLOVER: prisoners freed are a RETREAT of the mode release, not a concession
    ("The drivers were released after a week.", "RETREAT", "release"),
    ("Gunmen kidnapped a trader on the road to the city.", "ASSAULT", "abduct"),
    # a drone strike is an attack, not a strike of workers
    ("A drone strike hit a car near the market.", "ASSAULT", None),
    # territory taken by force (ACLED: a party overtakes or regains territory)
    ("The army took the town from the rebels in 2016.", "ASSAULT", None),
    ("Hundreds of residents took to the streets on Friday.", "PROTEST", "demo"),
    ("The two delegations held a meeting at the crossing.", "CONSULT", None),
    ("Elders of the tribe mediated between the two families.", "CONSULT", "third-party"),
    ("Residents blame the militia for the theft.", "ACCUSE", None),
    ("The council held the militia responsible for the attack.", "ACCUSE", None),
    # strikes in the plural are attacks; a strike of workers is in the singular
    ("Israeli strikes hit a base near Damascus.", "ASSAULT", None),
    ("Teachers went on strike on Monday.", "PROTEST", "demo"),
    ("Regime forces bombed the town.", "ASSAULT", None),
    ("The SDF launched a campaign in Deir Ezzor, arresting 20 people.", "COERCE", "arrest"),
    ("Turkish forces withdrew from their post in Morek.", "RETREAT", "withdraw"),
    ("The council refuses to hand over the detainees.", "REJECT", None),
    ("The Salvation Government increased the price of bread.", "COERCE", None),
    ("Fighters of the faction stormed the village.", "COERCE", None),
    # PLOVER's modes in the words news reports use for them
    ("Detainees were tortured in the prison.", "ASSAULT", "torture"),
    ("A car bomb exploded in the market.", "ASSAULT", "explosives"),
    ("Gunmen opened fire on a car near the town.", "ASSAULT", "firearms"),
    ("Mortar shells hit the school.", "ASSAULT", "heavy-weapons"),
    ("Turkey deported 30 refugees.", "COERCE", "deport"),
    ("The police imposed a curfew on the town.", "COERCE", "curfew"),
    ("The council urged the factions to leave.", "REQUEST", None),
    ("The ministry raised the price of bread twice last year.", "COERCE", None),
    ("The authorities opened the crossing for an aid convoy of 40 trucks.", "AID", None),
    ("A new shipment of tents would arrive next month.", "AID", None),
    ("Checkpoints of the Military Intelligence branch were set up at four points.", "MOBILIZE", "troops"),
])
def test_general_acts_of_the_trigger_lexicon(body, event_type, mode):
    assert (event_type, mode) in [(e.type, e.mode) for e in drafted(body).events]


def test_a_month_named_alone_after_in_is_a_date():
    found = {t.text: t.iso for t in drafted("The council said that the well was dug in July.").time_expressions}
    assert found == {"July": "2020-07"}, found
    # "may" the verb is no month
    assert drafted("The council said that the well in may be dug.").time_expressions == []


def test_a_relative_clause_with_a_figure_is_the_named_body_speaking():
    # "which" is no speaker, and the comma of "2,500" does not end a content-first clause; a known
    # name ("United Nations") inside a longer capitalized name is not the longer name's actor
    body = ("The United Nations Office for Water Relief (OWR), which said last week that 2,500 families had fled "
            "the town, called for “open roads” for the trucks.")
    found = speakers(body)
    assert found and {speaker for speaker, _, _ in found} == {"united-nations-office-for-water-relief"}, found


def test_he_after_a_commander_who_spoke_for_a_body_is_that_commander():
    # "a commander of X" is a person of their own, of X (coding guide; voice_of in rules.yaml); "he" next is the
    # same person, not the person who spoke before
    body = ("Samir Haddad, a farmer, said that the wells were dry.\n\n"
            "A commander of the Northern Brigade denied that any well had been seized. "
            "He said that the wells “belong to the village.”")
    assert [s.speaker for s in drafted(body).statements] == [
        "samir-haddad", "commander-of-the-northern-brigade", "commander-of-the-northern-brigade"]


def test_a_lowercase_body_before_which_is_the_speaker_of_the_relative_clause():
    # "the local council of X, which warned that": the council, though its name has no capitals
    body = "The water committee of Binnish town, which warned that the wells were “almost dry,” asked for pumps."
    assert {s.speaker for s in drafted(body).statements} == {"water-committee-of-binnish-town"}


def test_a_body_s_statement_which_warned_is_the_body_speaking():
    # "The union’s statement, which warned that": the union, referred back to by its head noun
    body = ("The Farmers’ Union of Binnish condemned the arrests. The union’s statement, which warned that the "
            "arrests would “empty the fields,” was published on Monday.")
    assert {s.speaker for s in drafted(body).statements} == {"farmers-union-of-binnish"}


@pytest.mark.parametrize("body, expected", [
    # a page named after its town is a speaker when the article says it is a page
    ("According to Tal Abyad Now, a local news network, the bakery closed.", ["tal-abyad-now"]),
    ("The bakery closed on Monday, according to Kafr Nabl Today, a local news page.", ["kafr-nabl-today"]),
    # a group with a vague place ("the area") is named in the article's words all the same (coding guide)
    ("The bakery closed on Monday, activists from the area reported.", ["activists-from-the-area"]),
    ("Doctors in the two towns said that the clinic had closed.", ["doctors-in-the-two-towns"]),
    ("Residents of the eastern countryside said that the bakery had closed.", ["residents-of-the-eastern-countryside"]),
])
def test_pages_named_after_places_and_groups_of_a_vague_place(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == expected


@pytest.mark.parametrize("body, expected", [
    # a connective is no part of the subject
    ("Hamad Saleh said that the tribe would wait. But he warned that it would “not wait for ever.”",
     ["hamad-saleh", "hamad-saleh"]),
    # a cue denied is no statement
    ("The statement did not say whether the men were released.", []),
    ("No party claimed the attack.", []),
    ("The council could not say who fired the shells.", []),
    # a participial apposition ("led by X") is not the speaker; a quoted name with "al-" is a name, not speech
    ("The “al-Nasr al-Qarib” operations room, led by the Northern Brigade, said that its fighters had shelled the "
     "base.", ["al-nasr-al-qarib"]),
])
def test_connectives_denied_cues_and_participial_appositions(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == expected


@pytest.mark.parametrize("body, expected", [
    # a body's name with its place, its acronym, or a head noun after a name
    ("The Water Directorate in Binnish said that the pumps had stopped. The directorate denied that the wells were "
     "dry.", ["water-directorate-in-binnish", "water-directorate-in-binnish"]),
    ("Residents of Binnish city said that the bakery had closed.", ["residents-of-binnish-city"]),
    ("Farmers in the village of Kafr Takharim said that the wells were dry.",
     ["farmers-in-the-village-of-kafr-takharim"]),
    ("The Border Guards (Haras) of the Eastern Command denied that any shot had been fired.",
     ["border-guards-of-the-eastern-command"]),
    ("The UN food agency (WFP) said that the trucks had arrived. Flour is short, according to the agency.",
     ["un-food-agency", "un-food-agency"]),
    ("A security source in Rural Hama denied that anyone had been arrested. The source said that the men were wanted.",
     ["security-source-in-rural-hama", "security-source-in-rural-hama"]),
    # "published a statement on its page on 2 May, which warned": the publisher speaks
    ("The water committee in Binnish published a statement on its page on 2 May, which warned that the wells were "
     "“almost dry.”", ["water-committee-in-binnish"]),
])
def test_a_body_named_with_its_place_acronym_or_head_noun(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == expected


def test_the_main_verb_after_a_relative_clause_ends_its_content():
    body = ("The Relief Office, which warned last month that the roads were closed, said on Tuesday that the "
            "trucks had arrived.")
    assert [text for _, _, text in speakers(body)] == ["the roads were closed", "the trucks had arrived"]


def test_the_recipient_before_where_the_speaker_spoke_from():
    statements = drafted("“We left with nothing,” Rima Saleh told Enab Baladi from a tent near the border.").statements
    assert [(s.speaker, s.recipient) for s in statements] == [("rima-saleh", "enab-baladi")]


@pytest.mark.parametrize("body, expected", [
    # a body's voice named by an apposition is that person
    ("The agency quoted a commander of the Northern Brigade, Abu Salem al-Hamid, as saying that the road “will stay "
     "closed.”", ["abu-salem-al-hamid"]),
    # a source at the end of the sentence, with an apposition before the verb
    ("The bakery closed on Monday, the Binnish Monitor, a network of local activists, reported on Tuesday.",
     ["binnish-monitor"]),
    # "they" after a group that spoke is that group
    ("The two delegations met at the crossing, activists reported. The meeting ended without an agreement, they said.",
     ["activists", "activists"]),
])
def test_named_voices_sources_at_the_end_and_they_after_a_group(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == expected


@pytest.mark.parametrize("body, expected", [
    # a commissive verb reports words with a "that" clause, inside another statement too
    ("Ahmad Saleh told Enab Baladi that the Relief Committee had guaranteed that the road would open.",
     ["ahmad-saleh", "relief-committee"]),
    # with an object it reports an act
    ("The agreement guaranteed the return of the displaced.", []),
    ("The Northern Brigade vowed to retake the village.", []),
])
def test_commissive_verbs_report_words_only_with_a_that_clause(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == expected


def test_described_as_reports_words():
    found = speakers("The Binnish Council described the closure as “a collective punishment” of the town.")
    assert found == [("binnish-council", "mixed", "the closure as “a collective punishment” of the town")]
    found = speakers("According to Binnish Today, a local news page, a man was shot near the village, in what the "
                     "page described as a dispute over land.")
    assert [(speaker, text) for speaker, _, text in found][-1:] == [("binnish-today", "a dispute over land")]


@pytest.mark.parametrize("body, expected", [
    # a document speaks for whoever the article says issued it; it is never an actor itself
    ("The Relief Committee issued a statement on Monday. The roads are closed, according to the statement.",
     ["relief-committee"]),
    ("The traders follow the price list that the Ministry of Trade and Supply issued last month. Shops that sell "
     "above it are closed, according to the list.", ["ministry-of-trade-and-supply"]),
    ("More than 900 pupils left school, according to figures published by the Education Office.", ["education-office"]),
    ("The shops are closed, according to the list.", []),
])
def test_a_document_speaks_for_whoever_issued_it(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == expected


def test_we_of_a_person_who_speaks_for_a_body_is_the_body():
    body = ("“We asked the ministry for a meeting twice,” Ahmad Saleh, the head of the Binnish Traders Union, told "
            "Enab Baladi.")
    found = drafted(body)
    assert [s.speaker for s in found.statements] == ["ahmad-saleh"]
    assert [(e.type, e.actor1) for e in found.events] == [("REQUEST", "binnish-traders-union")]


def test_a_body_named_inside_another_is_referred_to_by_its_own_head_noun():
    # "the council" is the council, not the department in it named after it
    body = ("Samir Haddad, the director of the water department in the Binnish Civil Council, said that the pumps "
            "had stopped.\n\nHe added that the council had asked for fuel.")
    assert [s.speaker for s in drafted(body).statements] == ["samir-haddad", "samir-haddad"]
    events = drafted(body).events
    assert ("REQUEST", "binnish-civil-council") in [(e.type, e.actor1) for e in events]


@pytest.mark.parametrize("body, expected", [
    # "one of the <group>" is the group
    ("“We have no choice,” one of the teachers said.", [("teachers", None)]),
    # "the <role>" is the person the article described so
    ("Samer Khalil, an activist from the town, said that the shelling had stopped. “We will not stop,” the activist "
     "added.", [("samer-khalil", None), ("samer-khalil", None)]),
    # a recipient without "to", lowercase or named with "the"
    ("The governor, Adnan Haddad, promised the delegation that the bread would be delivered.", [("adnan-haddad", None)]),
    ("A military source told the Russian Sputnik agency that the army would advance.",
     [("military-source", "russian-sputnik")]),
    # a source at the end with its recipient
    ("The prices have doubled since last month, traders in the market told Enab Baladi.",
     [("traders-in-the-market", "enab-baladi")]),
    # a relative who speaks, and he and she after speakers of both sexes
    ("Layla Hassan said that the clinic was full. Her husband, Omar, said that he could not find work. She added "
     "that the children were sick. He said that “nobody helps.”",
     [("layla-hassan", None), ("omar-hassan", None), ("layla-hassan", None), ("omar-hassan", None)]),
])
def test_groups_roles_recipients_and_relatives(body, expected):
    assert [(s.speaker, s.recipient) for s in drafted(body).statements] == expected


def test_the_content_starts_after_a_report_published_on_a_day():
    assert speakers("The Binnish Network said in a report published on Monday that 50 people had died.") == [
        ("binnish-network", "indirect", "50 people had died")]


@pytest.mark.parametrize("body, expected", [
    ("Sources close to the Northern Brigade told Enab Baladi that the talks had failed.",
     [("sources-close-to-the-northern-brigade", "the talks had failed")]),
    ("The two men, according to their families, were arrested at a checkpoint.",
     # ("their families" are the two men's, named as the coding guide names relatives: "Families of the two men")
     [("families-of-the-two-men", "The two men, according to their families, were arrested at a checkpoint")]),
    ("Turkish President Recep Tayyip Erdogan said that the border would stay open.",
     [("recep-tayyip-erdogan", "the border would stay open")]),
])
def test_sources_close_to_a_body_according_to_inside_a_sentence_and_titles_with_a_state(body, expected):
    assert [(speaker, text) for speaker, _, text in speakers(body)] == expected


@pytest.mark.parametrize("body, expected", [
    # a cue word as a noun or in the passive is no cue
    ("The claims could not be independently verified.", []),
    ("The man was reported missing after the shelling.", []),
    ("Media reports said that the talks had failed.", []),  # reports without an author are nobody's words
    # the subject of an object relative, after a connective, and a cue with no content
    ("Bread costs 1,000 pounds, which residents say they cannot afford.", [("residents", "they cannot afford")]),
    ("The council said that the road was open, but residents said that it was closed.",
     [("council", "the road was open"), ("residents", "it was closed")]),
    # ... which the police deny: a statement of theirs on the same words (round 6: every attributed statement is a row)
    ("Relatives said that the guards asked for money, which the police denied in a statement on 8 February.",
     [("relatives", "the guards asked for money"), ("police", "the guards asked for money")]),
    # ("the regime" is the registry's Syrian government, as in events: rules.yaml, domain_actors)
    ("The regime says that the area is “cleared,” but residents describe daily raids.",
     [("syrian-government", "the area is “cleared,”")]),
    # "the statement" is the statement someone made before
    ("The Relief Council said in a statement that the roads were closed.\n\nThe statement added that the bakery "
     "would reopen.", [("relief-council", "the roads were closed"), ("relief-council", "the bakery would reopen")]),
    # "he said" after a sentence about a person who had not spoken
    ("Abu Hussein lost his son in the bombing. “We found him under the rubble,” he said.",
     [("abu-hussein", "We found him under the rubble,")]),
    ("Hassan Ali said that the road was closed. Omar Khalil, his neighbour, was arrested last year. “We are afraid,” "
     "he added.", [("hassan-ali", "the road was closed"), ("hassan-ali", "We are afraid,")]),
])
def test_nouns_passives_object_relatives_contrasts_documents_and_subjects(body, expected):
    assert [(speaker, text) for speaker, _, text in speakers(body)] == expected


@pytest.mark.parametrize("body, expected", [
    ("“Where can we go?” she asked. Layla Saleh said that the tents were flooded.", [("layla-saleh", None)]),
    ("Layla Saleh lost her house. “Where can we go?” she asked.", [("layla-saleh", None)]),
    # a request is a statement, as "called for" is (coding guide, Statements: demands)
    ("The council asked for a meeting with the governor.", [("council", None)]),
    ("Neither side commented on the clashes.", []),
    ("Speaking to Enab Baladi, Ahmad Saleh, a trader, said that prices had doubled.", [("ahmad-saleh", "enab-baladi")]),
    ("In an interview with Enab Baladi, the head of the council, Omar Jumaa, said that the council lacked funds.",
     [("omar-jumaa", "enab-baladi")]),
    ("According to what Ahmad Saleh told Enab Baladi, the road was closed.", [("ahmad-saleh", "enab-baladi")]),
    ("Omar Jumaa wrote on Facebook that the council had been dissolved.", [("omar-jumaa", None)]),
    ("Abu Omar said that nothing has changed, while his neighbour said that the prices had fallen.",
     [("abu-omar", None), ("neighbour-of-abu-omar", None)]),
])
def test_quotation_verbs_interviews_what_was_told_and_unnamed_relatives(body, expected):
    assert [(s.speaker, s.recipient) for s in drafted(body).statements] == expected


def test_a_coordinated_act_after_but_ends_the_content():
    assert speakers("The minister acknowledged that the prices had risen, but blamed the sanctions.") == [
        ("minister", "indirect", "the prices had risen")]


@pytest.mark.parametrize("body, expected", [
    # a quotation split by its cue: both halves are the speaker's
    ("Ahmad Saleh spoke about the flood. “The water came at night,” he said, “and we could not save anything.”",
     [("ahmad-saleh", "direct", "The water came at night,"),
      ("ahmad-saleh", "direct", "and we could not save anything.")]),
    # a quotation after a colon, with or without a recipient
    ("Omar Jumaa told Enab Baladi: “We have no fuel.”", [("omar-jumaa", "direct", "We have no fuel.")]),
    ("Omar Jumaa described the camp: “The tents are flooded.”", [("omar-jumaa", "direct", "The tents are flooded.")]),
    # someone at a place is not the place
    ("“The situation is very bad,” a doctor at the hospital told Enab Baladi.",
     [("doctor-at-the-hospital", "direct", "The situation is very bad,")]),
])
def test_split_quotations_colons_and_people_at_places(body, expected):
    assert speakers(body) == expected


def test_chanted_reports_words_after_a_quotation_only():
    body = "“We demand the release of our sons,” the protesters chanted. The protesters chanted slogans against the war."
    assert speakers(body) == [("protesters", "direct", "We demand the release of our sons,")]


@pytest.mark.parametrize("body, expected", [
    ("“Nobody asked us,” said one resident.", ["residents"]),
    ("A protester said that the road was closed.", ["protesters"]),
    ("A resident of al-Mayadin said that the bakery closed.", ["residents"]),
    ("A relative of Issa said that he was shot.", ["relative-of-issa"]),
])
def test_one_member_of_a_group_speaks_for_the_group(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == expected


def test_a_body_named_by_its_noun_keeps_its_place_in_events():
    events = drafted("The Military Security branch in Binnish arrested 40 young men at its checkpoints.").events
    assert [(e.type, e.actor1) for e in events] == [("COERCE", "military-security-branch-in-binnish")]


def test_a_body_with_a_lowercase_name_and_its_place_acts_in_events():
    events = drafted("The local council of Kafr Takharim distributed 300 food baskets to the families.").events
    assert [(e.type, e.actor1) for e in events] == [("AID", "local-council-of-kafr-takharim")]


def test_a_recipient_referred_to_by_its_noun():
    body = ("The Central Committee of Tafas met the governor on Monday. The governor told the committee that the "
            "checkpoint would be removed.")
    assert [(s.speaker, s.recipient) for s in drafted(body).statements] == [("governor", "central-committee-of-tafas")]


def test_a_source_at_the_end_that_goes_on_in_a_relative_clause():
    body = "The bread will be distributed tomorrow, according to the council, which added that the flour had arrived."
    assert speakers(body) == [("council", "indirect", "The bread will be distributed tomorrow"),
                              ("council", "indirect", "the flour had arrived")]


def test_a_speaker_with_an_acronym_has_the_id_events_give_it_and_a_content_after_its_monthly_report():
    body = ("The Binnish Network for Human Rights (BNHR) said in its monthly report on Monday that 40 men had been "
            "arrested.")
    assert speakers(body) == [("bnhr", "indirect", "40 men had been arrested")]
    assert drafted(body).new_actors["bnhr"]["name"] == "Binnish Network for Human Rights"


@pytest.mark.parametrize("body, expected", [
    # a shorter name, a bare group noun and a lowercase surname refer to the actor named in full before
    ("The Central Committee of Tafas said that talks had stalled. The Central Committee added that the road was open.",
     ["central-committee-of-tafas", "central-committee-of-tafas"]),
    ("Residents of al-Mayadin said that the militias took the houses. Residents said that the prices had doubled.",
     ["residents-of-al-mayadin", "residents-of-al-mayadin"]),
    ("Sheikh Hamad al-Faraj told Enab Baladi that the tribe had paid. “We are not a court,” al-Faraj said.",
     ["hamad-al-faraj", "hamad-al-faraj"]),
])
def test_later_shorter_names_refer_back(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == expected


@pytest.mark.parametrize("body", [
    "The kidnappers demanded 150,000 US dollars for his release.",
    "Shops closed in protest against the switch to the Turkish lira.",
])
def test_a_state_s_money_is_not_the_state(body):
    assert not {a for e in drafted(body).events for a in (e.actor1, e.actor2)} & {"united-states", "us", "turkey"}


def test_counted_people_are_a_figure_not_an_actor():
    events = drafted("At least 27 people have been killed in the province since January.").events
    assert all(e.actor1 is None and e.actor2 is None for e in events)


def test_an_acronym_after_any_name_is_part_of_it():
    assert [s for s, _, _ in speakers("Human Rights Watch (HRW) said that the detainees had been tortured.")] == ["hrw"]


@pytest.mark.parametrize("body, expected", [
    ("Three men were killed, according to local reports.", []),
    ("Media reports said that the talks had failed.", []),
    ("The Relief Committee issued a report on Monday. The report said that 40 houses were destroyed.",
     ["relief-committee"]),
    ("According to Binnish Post, a local news page, the market was shelled.", ["binnish-post"]),
])
def test_reports_without_an_author_are_nobody_s_words(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == expected


@pytest.mark.parametrize("body, expected", [
    # an apposition without an article ("head of ...") is not the speaker; a role before a name is a title
    ("Colonel Mustafa Saleh, commander of the Northern Brigade, said that the attack had been repelled.",
     ["mustafa-saleh"]),
    ("Journalist Omar Haj Kadour told Enab Baladi that the road had been cut.", ["omar-haj-kadour"]),
    ("The Syrian Activist Network said that the shelling had stopped.", ["syrian-activist-network"]),
])
def test_appositions_without_articles_and_roles_as_titles(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == expected


@pytest.mark.parametrize("body, expected", [
    ("Samir Haddad said that the wells were dry. “We buy water every day.”",
     [("samir-haddad", "indirect"), ("samir-haddad", "direct")]),
    ("Abu Hussein lost his son in the bombing. “We found him under the rubble.”", [("abu-hussein", "direct")]),
    ("The council said that the wells were dry. “We buy water every day.”", [("council", "indirect")]),
])
def test_a_quotation_alone_after_a_person_s_reported_words_or_story(body, expected):
    assert [(speaker, mode) for speaker, mode, _ in speakers(body)] == expected


def test_a_quoted_term_after_an_article_where_nobody_speaks_is_no_speech():
    kinds = {q.inner: q.kind for q in drafted("In 2019, the tribes signed a “code of honor” with the council.\n\n"
                                              "The council described the shelling as an “unacceptable escalation.”"
                                              ).quotations}
    assert kinds == {"code of honor": "scare", "unacceptable escalation.": "speech"}


@pytest.mark.parametrize("body, expected", [
    ("The council said that the road was closed, and accused the regime of shelling it.", "the road was closed"),
    # "had" governs both verbs: both are reported
    ("The ministry announced that it had formed a committee, and ordered the two factions to withdraw.",
     "it had formed a committee, and ordered the two factions to withdraw"),
])
def test_a_coordinated_act_ends_the_content_unless_had_governs_it(body, expected):
    assert speakers(body)[0][2] == expected


def test_verbs_that_also_take_objects_report_words_only_with_that_or_after_a_quotation():
    body = ("He recalled the siege. Omar Jumaa wrote on Facebook that the council had been dissolved. The council "
            "wrote a letter to the governor. “It is over,” Omar Jumaa wrote.")
    assert speakers(body) == [("omar-jumaa", "indirect", "the council had been dissolved"),
                              ("omar-jumaa", "direct", "It is over,")]


def test_one_who_told_enab_baladi_goes_on_telling_it():
    body = ("Samir Haddad told Enab Baladi that the wells were dry. He added that the pumps had stopped.\n\n"
            "The council said in a statement that the pumps would be repaired. Haddad said in a statement that he "
            "doubted it.")
    assert [(s.speaker, s.recipient) for s in drafted(body).statements] == [
        ("samir-haddad", "enab-baladi"), ("samir-haddad", "enab-baladi"), ("council", None), ("samir-haddad", None)]


def test_the_role_before_a_name_refers_back_to_the_person():
    body = "The governor of Daraa, Adnan Haddad, said that the transformers would arrive. The governor added that " \
           "the protests must stop."
    assert [s for s, _, _ in speakers(body)] == ["adnan-haddad", "adnan-haddad"]


@pytest.mark.parametrize("body, expected", [
    ("The council, for its part, said that the water would return.", ("council", "the water would return")),
    ("The minister said in a press conference on Monday that prices would be fixed.",
     ("minister", "prices would be fixed")),
    ("The governor said during a visit to the city that the water would return.",
     ("governor", "the water would return")),
    ("The minister said, according to SANA, that prices would fall.", ("minister", "prices would fall")),
    ("The ministry expressed concern that the epidemic would spread.", ("ministry", "the epidemic would spread")),
])
def test_parentheticals_occasions_and_sources_between_a_cue_and_its_content(body, expected):
    assert [(speaker, text) for speaker, _, text in speakers(body)] == [expected]


@pytest.mark.parametrize("body, expected", [
    # an apposition after "According to X," names a body, not the first words of the content
    ("According to the Binnish Water Company, the town receives 120 cubic meters a day, less than a third of its "
     "needs.", [("binnish-water-company", None, "the town receives 120 cubic meters a day, less than a third of its "
                                                 "needs")]),
    # the recipient and the source named after their description
    ("Walid Saleh told the official newspaper Tishreen that the shortage was caused by sanctions.",
     [("walid-saleh", "tishreen", "the shortage was caused by sanctions")]),
    ("Patrols visited the town on Tuesday, according to the local Horan Free League network.",
     [("horan-free-league", None, "Patrols visited the town on Tuesday")]),
    # "one of the organizers": the organizers
    ("One of the organizers, who asked that his name not be published, told Enab Baladi that the sit-in would go on.",
     [("organizers", "enab-baladi", "the sit-in would go on")]),
    # a cue inside another statement's content has its subject there
    ("Abu Mahmoud said that the committee had warned the company that residents could escalate their protests.",
     [("abu-mahmoud", None, "the committee had warned the company that residents could escalate their protests"),
      ("committee", None, "residents could escalate their protests")]),
])
def test_descriptions_before_names_groups_and_statements_inside_statements(body, expected):
    assert [(s.speaker, s.recipient, s.text) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # a short quotation that is a sentence of its own is speech, and continues the speaker
    ("“We asked for help,” Omar Jumaa told Enab Baladi. “Nobody answered.”",
     [("omar-jumaa", "We asked for help,"), ("omar-jumaa", "Nobody answered.")]),
    # a relative named through another person's possessive
    ("Ahmad Saleh’s brother, Mahmoud, said that the road was closed.", [("mahmoud-saleh", "the road was closed")]),
])
def test_short_quotations_alone_and_relatives_of_named_people(body, expected):
    assert [(speaker, text) for speaker, _, text in speakers(body)] == expected


def test_a_person_named_in_the_middle_of_an_account_is_not_who_speaks_next():
    body = "Hassan Ali said that the road was closed. Bashar al-Assad issued a decree in March. “Nothing changed,” he said."
    assert [s for s, _, _ in speakers(body)] == ["hassan-ali", "hassan-ali"]


@pytest.mark.parametrize("body, expected", [
    ("The pro-government al-Watan newspaper reported that the crossing would open.", ["al-watan"]),
    ("The Hama Now network said that the regime had shelled the town.", ["hama-now"]),
    ("The UN refugee agency (UNHCR) said that the camps were full.", ["unhcr"]),
])
def test_what_an_outlet_is_is_no_part_of_its_name(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == expected


@pytest.mark.parametrize("body, actor, kind", [
    ("According to Binnish Today, a local news page, the market was shelled.", "binnish-today", "media"),
    ("Walid Saleh told the official newspaper Tishreen that the shortage was caused by sanctions.", "tishreen", "media"),
    ("Patrols visited the town, according to the local Horan Free League network.", "horan-free-league", "media"),
    ("The Daraa Electricity Company said that the supply would improve.", "daraa-electricity-company", "government"),
    ("Captain Mahmoud Saleh, a spokesman for the Northern Brigade, said that the road was open.", "mahmoud-saleh",
     "person"),
])
def test_a_proposed_actor_s_type_follows_what_the_article_says_it_is(body, actor, kind):
    assert drafted(body).new_actors[actor]["type"] == kind


@pytest.mark.parametrize("body, expected", [
    ("Two residents told Enab Baladi that the water had been cut.", ["residents"]),
    ("Several activists said that the checkpoint was removed.", ["activists"]),
])
def test_a_counted_group_that_speaks_is_the_group(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == expected


@pytest.mark.parametrize("body, expected", [
    # the end of a body's name refers to it; "the group" to the body that spoke, when no group was named
    ("The bakery was shelled, according to the Syrian Civil Defense. The Civil Defense added that two men were hurt.",
     ["syrian-civil-defense", "syrian-civil-defense"]),
    ("According to the Response Coordinators of Syria, 1,300 people have left. The group called on Russia to stop the "
     "attacks.", ["response-coordinators-of-syria", "response-coordinators-of-syria"]),
])
def test_the_end_of_a_name_and_the_group_refer_to_the_body_that_spoke(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == expected


def test_officials_of_a_body_are_a_group_of_their_own_named_in_the_articles_words():
    assert [s for s, _, _ in speakers("Officials in the Binnish Council told Enab Baladi that the road would open.")] \
        == ["officials-in-the-binnish-council"]


@pytest.mark.parametrize("body, expected", [
    # a state's adjective before its armed forces names the forces, an actor of their own (the state's army)
    ("Jordanian artillery shelled a convoy near the border on Monday.",
     [("ASSAULT", "jordanian-army", None)]),
    ("The Lebanese army arrested two traders in Arsal.", [("COERCE", "lebanese-army", "traders-in-arsal")]),
    ("The Iraqi military police detained a driver.", [("COERCE", "iraqi-military-police", "driver")]),
    # the state itself stays the state
    ("Turkey closed the crossing on Monday.", [("COERCE", "turkey", None)]),
])
def test_a_state_s_armed_forces_are_an_actor_of_their_own(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # "he"/"she" opening an act right after a statement in the same paragraph: the person who spoke
    ("“We have no fuel,” Rania Khoury told Enab Baladi. She also accused the Water Directorate of neglect.",
     [("ACCUSE", "rania-khoury", "water-directorate")]),
    # in a new paragraph too, when the act is itself a statement (an accusation): its speaker is
    # found as every "she said" is, the latest speaker she can be
    ("“We have no fuel,” Rania Khoury told Enab Baladi.\n\nShe also accused the Water Directorate of neglect.",
     [("ACCUSE", "rania-khoury", "water-directorate")]),
])
def test_a_pronoun_subject_after_a_statement_is_its_speaker(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # the relative "when" after a date opens the act that date dates, even after "since"
    ("The town has been quiet since June 2019, when the factions signed a truce with the regime.", ["June 2019"]),
    ("The promise was made in 2015, when the bridge was destroyed by an air strike.", ["2015"]),
    # a verb joined by ", and" shares the subject and the date of the act before it
    ("Farmers protested in front of the directorate on Monday, 3 May, against the new fees, and demanded "
     "lower prices.", ["3 May", "3 May"]),
])
def test_event_dates_of_when_clauses_and_acts_joined_by_and(body, expected):
    assert [e.date_text for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # the subject before an apposition and the commas underwent the passive act; the body in the apposition did not
    ("Omar Haddad, a former member of the opposition factions, was shot dead on Friday.",
     [("ASSAULT", None, "omar-haddad")]),
    # "Security" is the head noun of a body's name, as "Intelligence" is
    ("Political Security patrols raided houses in the village.", [("COERCE", "political-security", None)]),
])
def test_a_passive_subject_before_an_apposition_and_security_bodies(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # PLOVER's PROTEST obstruct and demo, and a crowd dispersed
    ("Drivers blocked the main road to the city on Monday.", [("PROTEST", "obstruct")]),
    ("Young men burned tires at the entrance of the town.", [("PROTEST", "obstruct")]),
    ("Hundreds of teachers rallied in the square.", [("PROTEST", "demo")]),
    ("Dozens of residents gathered on Friday, 3 May, in front of the council building.", [("PROTEST", "demo")]),
    ("The police dispersed the crowd with tear gas.", [("COERCE", None)]),
    # what someone pledges not to do is no act
    ("The drivers were freed after signing pledges not to block roads again.", [("RETREAT", "release")]),
])
def test_protest_obstruction_rallies_dispersal_and_pledges_not_to(body, expected):
    assert [(e.type, e.mode) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # a conditional in someone's words, by an actor, naming no other act: a threat
    ("Samir Aziz warned that the Traders Union would close its offices if the fees were not cut.",
     [("THREATEN", "traders-union", "threatened")]),
    # a conditional that names an act keeps that act's type
    ("Samir Aziz said that the Traders Union would hold a protest if the fees were not cut.",
     [("PROTEST", "traders-union", "threatened")]),
    # a forecast without anyone who threatens is no threat; nor is a conditional outside anyone's words
    ("Samir Aziz said that prices would rise again if the lira fell.", []),
    ("The Traders Union would close its offices if the fees were not cut.", []),
])
def test_a_conditional_in_someone_s_words_is_a_threat(body, expected):
    assert [(e.type, e.actor1, e.status) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # a negated act did not happen
    ("The three drivers had not been arrested for political reasons.", []),
    ("No one was detained on Monday.", []),
    ("The two nurses were never released.", []),
    # the same act, not negated
    ("Residents were arrested on Monday.", [("COERCE", "arrest")]),
])
def test_a_negated_act_is_no_act(body, expected):
    assert [(e.type, e.mode) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # the act an accusation alleges is an event of its own, by the accused, claimed
    ("The Journalists Union accused the General Security Service of detaining three reporters in Idlib.",
     [("ACCUSE", "journalists-union", "general-security-service", "occurred"),
      ("COERCE", "general-security-service", None, "claimed")]),
    # "accused of" with nobody accused names no alleged act of anyone
    ("The court tried two men accused of kidnapping.", [("ACCUSE", None, None, "occurred")]),
])
def test_the_act_an_accusation_alleges_is_claimed_by_the_accused(body, expected):
    assert [(e.type, e.actor1, e.actor2, e.status) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # PLOVER's ASSAULT firearms, heavy weapons and destroy; COERCE arrest and restrict, in common reporting words
    ("Border guards fired at a group of smugglers on Tuesday.", [("ASSAULT", "firearms")]),
    ("Three rockets were launched from the hills towards the town.", [("ASSAULT", "heavy-weapons")]),
    ("Bulldozers razed ten dunams of orchards.", [("ASSAULT", "destroy")]),
    ("A teacher was held for two weeks without charge.", [("COERCE", "arrest")]),
    ("The operation ended with the arrest of 40 people.", [("COERCE", "arrest")]),
    ("Aid workers were barred from entering the camp.", [("COERCE", "restrict")]),
    ("Patrols stopped the shepherds from reaching their pastures.", [("COERCE", "restrict")]),
    # "fired at least ..." is no shooting
    ("The company fired at least 20 workers.", []),
])
def test_common_words_of_shooting_shelling_destruction_detention_and_restriction(body, expected):
    assert [(e.type, e.mode) for e in drafted(body).events] == expected


def test_a_release_without_a_doer_is_by_who_detained():
    events = drafted("The Air Force Intelligence arrested two nurses in Binnish on Monday. One of them was released "
                     "the next day.").events
    assert [(e.type, e.actor1) for e in events] == [("COERCE", "air-force-intelligence"),
                                                    ("RETREAT", "air-force-intelligence")]


@pytest.mark.parametrize("body, expected", [
    # a verb that opens its clause takes the subject of the words reported, not who reports them
    ("Activists reported that a patrol of the Air Force Intelligence arrived at the square, dispersed the crowd "
     "and left.", [("COERCE", "air-force-intelligence")]),
    # with no actor in the words reported, the sentence's subject
    ("The Civil Defense, which said last month that the roads were open, called for access for aid convoys.",
     [("REQUEST", "civil-defense")]),
])
def test_a_verb_opening_its_clause_takes_the_subject_of_the_words_reported(body, expected):
    assert [(e.type, e.actor1) for e in drafted(body).events] == expected


def test_a_new_actor_named_again_in_the_same_words_is_that_actor():
    # "Sanadid" is known only as the speaker of the first sentence; named again, it is the agent of the act
    events = drafted("Sanadid said on Monday that the road was open. On Tuesday, drivers were barred by the Sanadid "
                     "from crossing.").events
    assert [(e.type, e.actor1) for e in events] == [("COERCE", "sanadid")]


def test_the_ceasefire_line_is_a_place_not_an_act_and_does_not_take_the_opening_date():
    events = drafted("Last month, bulldozers crossed the ceasefire line near the village and razed ten dunams of "
                     "farmland.").events
    # (crossing the line is a move of forces of its own, MOBILIZE, as the evaluation codings code it)
    assert [(e.type, e.date_text) for e in events] == [("MOBILIZE", "Last month"), ("ASSAULT", "Last month")]


def test_an_act_in_words_of_a_dated_speaker_in_the_sentence_is_done_when_it_spoke():
    events = drafted("The Shifa Medical Association said in a statement on 1 September that its teams had been barred "
                     "from the camp since 25 August, and called on the governor to let medical staff in.").events
    assert [(e.type, e.date_text) for e in events if e.type == "REQUEST"] == [("REQUEST", "1 September")]


@pytest.mark.parametrize("body, expected", [
    # an act in words reported in the present tense is current: the publication window (coding guide)
    ("Residents of the village accuse the Water Directorate of neglect.", ["publication"]),
    ("The Water Directorate, which blames the farmers for the shortage, closed two wells.", ["publication", None]),
    # a noun, a modal or an infinitive before the verb makes it no present tense
    ("The farmers said they would accuse the Water Directorate of neglect.", [None]),
])
def test_acts_in_words_in_the_present_tense_are_dated_by_the_publication(body, expected):
    assert [e.date_text for e in drafted(body).events] == expected


def test_a_draft_with_an_event_dated_by_the_publication_writes_its_window(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("A Report\n\nResidents of the village accuse the Water Directorate of neglect.\n",
                       encoding="utf-8")
    from pipeline.extraction.draft import main as draft_main
    draft_main([str(article), "--published", "2021-05-20", "--out", str(tmp_path / "out")])
    rows = (tmp_path / "out" / "events.csv").read_text(encoding="utf-8").splitlines()
    assert ",2021-05-20,2021-05-20,range,publication," in rows[1]


@pytest.mark.parametrize("body, expected", [
    # a protest lodged with a party is a formal complaint (ACCUSE), not a demonstration
    ("The observers said they had protested the violations to the Jordanian side.", ["ACCUSE"]),
    ("Teachers protested in front of the directorate.", ["PROTEST"]),
])
def test_a_protest_lodged_with_a_party_is_an_accusation(body, expected):
    assert [e.type for e in drafted(body).events] == expected


def test_words_of_a_sentence_taken_for_a_name_are_not_found_again_as_an_actor():
    from pipeline.extraction.extract import named_again
    raw = "On Sunday the council met. On Sunday the Asayish closed the road."
    found = named_again(raw, [(0, len(raw))], {"on-sunday": "On Sunday", "asayish": "Asayish"}, [])
    assert [(raw[s:e], actor) for s, e, actor in found] == [("Asayish", "asayish")]


def test_a_coded_event_is_compared_with_the_drafted_event_that_has_its_actors():
    """An act with two parties is coded, and drafted, as two events on the same words: each coded
    event is compared with the drafted one that has its actors, not with the first that overlaps."""
    from types import SimpleNamespace

    from pipeline.extraction.corpus import CodedArticle
    from pipeline.extraction.evaluate import evaluate_article

    raw = "Title\n\nRussia and Turkey shelled the town on Monday.\n"
    evidence = "Russia and Turkey shelled the town"
    start = raw.index(evidence)
    coding = {"statements": [], "non_speech_quotations": [], "aliases": {}, "events": [
        {"type": "ASSAULT", "evidence": evidence, "actor1": "russia", "status": "occurred"},
        {"type": "ASSAULT", "evidence": evidence, "actor1": "turkey", "status": "occurred"}]}
    actors = [{"id": "russia", "name": "Russia", "type": "government", "aliases": []},
              {"id": "turkey", "name": "Turkey", "type": "government", "aliases": []}]
    article = CodedArticle("two-parties", "dev", raw, date(2021, 5, 20), coding, actors)

    def event(actor1, actor2):
        return SimpleNamespace(type="ASSAULT", start=start, end=start + len(evidence), actor1=actor1, actor2=actor2,
                               status="occurred", date_text=None)
    drafted_events = [event("turkey", None), event("russia", None)]
    proposed = SimpleNamespace(quotations=[], statements=[], time_expressions=[], events=drafted_events)
    rows, _, _ = evaluate_article(article, proposed)
    actors_row = next(row for row in rows if row["measure"] == "event actors")
    assert (actors_row["gold"], actors_row["correct"]) == (2, 2)


@pytest.mark.parametrize("body, expected", [
    # people the article leaves unnamed are parties, named in its words without determiner or number
    ("Unknown gunmen abducted a pharmacist from Busra al-Harir on Sunday evening.",
     [("ASSAULT", "unknown-gunmen", "pharmacist-from-busra-al-harir")]),
    ("A child was kidnapped by an armed gang in Sweida on Wednesday.", [("ASSAULT", "armed-gang-in-sweida", "child")]),
    ("A young man was killed in the explosion of a landmine near Maarat Harma.", [("ASSAULT", None, "young-man")]),
    # the one unnamed person is the one released later
    ("The Sultan Division arrested a journalist in Azaz. It later released him without charge.",
     [("COERCE", "sultan-division", "journalist-in-azaz"), ("RETREAT", "sultan-division", "journalist-in-azaz")]),
    # a counted group with a modifier is a group; a list of unnamed targets is one event per target
    ("Dozens of displaced people demonstrated in front of the camp on Thursday.",
     [("PROTEST", "displaced-people", None)]),
    ("The police arrested a lawyer, a teacher and a journalist in Afrin.",
     [("COERCE", "police", "lawyer"), ("COERCE", "police", "teacher"), ("COERCE", "police", "journalist-in-afrin")]),
    # a proper name or a body's noun right before the act's verb is its subject
    ("The Asayish confiscated the land of 20 farmers in the village.", [("COERCE", "asayish", "farmers-in-the-village")]),
    ("The Water Establishment cut off water from the eastern neighbourhoods.",
     [("COERCE", "water-establishment", None)]),
    # the determiner that opens a sentence is no word of a state's name
    # (an airstrike is the state's forces' act, round 5: rules.yaml state_acts)
    ("A Russian airstrike targeted a poultry farm near Jisr al-Shughur.", [("ASSAULT", "russian-forces", None)]),
    ("The Turkish authorities reopened the crossing on Monday.", [("RETREAT", "turkey", None)]),
    # an apposition to a name, or a body's members after its possessive, are no party of their own
    # (whose car it was underwent the attack)
    ("A bomb planted in the car of Ziad Haddad, a former commander, exploded at the entrance of the city.",
     [("ASSAULT", None, "ziad-haddad")]),
    ("The brigade said that its fighters had shelled the village.", [("ASSAULT", "brigade", None)]),
    # the participle after an act says what the act did: one event, done to those it harmed
    ("Regime forces shelled the town of Kansafra on Friday, killing two civilians.",
     [("ASSAULT", "assad-forces", "civilians")]),
    # an unnamed relative is named by the relation to the person ("whose": the one right before it)
    ("Mahmoud Saleh, a trader from Saraqib, said that his brother was arrested by the Military Intelligence.",
     [("COERCE", "military-intelligence", "brother-of-mahmoud-saleh")]),
    ("The Air Force Intelligence detained Walid Haddad and his son at a checkpoint.",
     [("COERCE", "air-force-intelligence", "walid-haddad"), ("COERCE", "air-force-intelligence", "son-of-walid-haddad")]),
    ("Among them is Nawal Khatib, a nurse whose two sons were detained in 2014.",
     [("COERCE", None, "sons-of-nawal-khatib")]),
    # ... but not one the article names
    ("Omar Ali was arrested. His wife, Rima, said that she had not seen him since.", [("COERCE", None, "omar-ali")]),
    # "they" opening a sentence nobody speaks is the doer of the act just before; a passive's "it" underwent the act
    ("Gunmen attacked a checkpoint on the road. They killed a soldier.",
     [("ASSAULT", "gunmen", None), ("ASSAULT", "gunmen", "soldier")]),
    ("The police arrested two drivers. It was closed for a month in March.",
     [("COERCE", "police", "drivers"), ("COERCE", None, None)]),
    # an act named as the time of another is its circumstance
    ("A young man was shot dead during a raid on his tent.", [("ASSAULT", None, "young-man")]),
])
def test_unnamed_parties_subjects_and_the_words_around_an_act(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, event_type, mode", [
    ("Fighters of the Levant Front carried out a raid on the village at dawn.", "COERCE", None),
    ("The municipality imposed a fine of 500 Turkish liras on street vendors.", "SANCTION", None),
    ("The Turkish authorities reopened the Bab al-Salama crossing on Monday.", "RETREAT", "access"),
    ("An explosion hit the market, killing three people.", "ASSAULT", "explosives"),  # the explosion is the act
])
def test_acts_as_nouns_penalties_and_reopenings(body, event_type, mode):
    assert (event_type, mode) in [(e.type, e.mode) for e in drafted(body).events]


# Round 3: speakers as a coder names them, on passages written for attribution (invented names).
@pytest.mark.parametrize("body, expected", [
    # appositions stacked before the cue: an age, a role, a relative clause on the role's place
    ("Yasmin Qassab, a nurse at al-Rahma Hospital, which receives most of the wounded, said the staff worked in "
     "two shifts.", ["yasmin-qassab"]),
    ("Ahmad Jalal, 35, a nurse at the hospital, said the generator had stopped.", ["ahmad-jalal"]),
    # one person the article does not name, in its words; "the <noun>" and "he" are that person again
    ("“The fire started in the olive groves,” a farmer from Kafr Nabl told Enab Baladi. “Then the wind came,” the "
     "farmer said.", ["farmer-from-kafr-nabl", "farmer-from-kafr-nabl"]),
    ("“The prices change every hour,” said a money changer in Sarmada. He said that the dollar had risen.",
     ["money-changer-in-sarmada", "money-changer-in-sarmada"]),
    ("“The road is closed,” said a member of the Free Lawyers Union. The member added that the union would strike.",
     ["member-of-the-free-lawyers-union", "member-of-the-free-lawyers-union"]),
    # "the colonel" is the person introduced with that title
    ("Colonel Fares al-Bayoush, a commander in the National Army, told reporters that the road would reopen. The "
     "colonel added that the Turkish side had agreed.", ["fares-al-bayoush", "fares-al-bayoush"]),
    # a surname alone is the person the article named in full before, even one who had not spoken
    ("Layla Mansour’s brother was detained at a checkpoint in 2019. “We still do not know where he is,” Mansour "
     "said.", ["layla-mansour"]),
    ("Omar Darwish and his brother run a bakery in Binnish. “Flour costs three times what it did,” Darwish said.",
     ["omar-darwish"]),
    # the person a sentence is about, past a possessive
    ("Abu Jamil’s shop was looted in 2018. He said the thieves were known to everyone.", ["abu-jamil"]),
    # a person introduced in a sentence whose subject is no person is "she" in the next
    ("Enab Baladi spoke to Samira Youssef, a teacher from Jisr al-Shughur. “The school has no windows,” she said.",
     ["samira-youssef"]),
    # a given name alone, described as a person, is a person: "she" after it is hers
    ("Amina, a mother of three from Douma, said that her husband had been missing since 2013. “I go to every "
     "office,” she said.", ["amina", "amina"]),
    ("Mariam, 19, was married at 15. “My father decided,” she said.", ["mariam"]),
    # no name takes "a": "A Turkish official" is one person the article does not name
    ("A Turkish official told Reuters that the operation would start soon. The official said the army was ready.",
     ["turkish-official", "turkish-official"]),
    # an abbreviated title's noun refers back ("Dr." ... "the doctor")
    ("Dr. Salim Namour, a surgeon in Afrin, told Enab Baladi that the hospital lacked anaesthetics.\n\nThe doctor "
     "said that operations were postponed.", ["salim-namour", "salim-namour"]),
    # "they" after a sentence about a group, across paragraphs
    ("The families of the detainees gathered in front of the court on Sunday.\n\n“We only want to know if they are "
     "alive,” they said.", ["families-of-the-detainees"]),
    # the person a paragraph is about stays so through a sentence that names nobody else
    ("Umm Rami, 50, sells bread on the street.\n\nHer son was killed in 2015. “He was the one who fed us,” she said.",
     ["umm-rami"]),
    # a body's name goes on past "of al-"
    ("The Local Council of al-Bab said in a statement that the company had raised its prices. The council added that "
     "it was negotiating.", ["local-council-of-al-bab", "local-council-of-al-bab"]),
    # one at a place whose name ends in a place word is no place
    ("A lawyer in Daraa city, who follows the cases of detainees, told Enab Baladi that the courts rarely inform "
     "families. The lawyer said that a detainee can wait two years.", ["lawyer-in-daraa-city", "lawyer-in-daraa-city"]),
    # "the 34-year-old", "the father of three": the person the discourse is about
    ("Bilal Sweid, 34, lost his shop in the fire. “Ten years of work, gone in an hour,” the 34-year-old said.",
     ["bilal-sweid"]),
    ("Khaled Hallak said that the price of gas had doubled. “We cook on wood now,” the father of three said.",
     ["khaled-hallak", "khaled-hallak"]),
    ("The young man, who asked to be identified only as Mohammad, said that he had been beaten.", ["mohammad"]),
    # "read" after a quotation, with the document's author some words away
    ("“We will not allow chaos,” a statement by the Hamza Division read.", ["hamza-division"]),
    # a participle says what one does, not who they are, before or after the cue
    ("“The checkpoint takes 100 dollars per car,” a driver working on the Aleppo road, who asked not to be named, told "
     "Enab Baladi.", ["driver"]),
    # "the official" is the official who spoke, a person of their own; "the monitor" is the body described so
    ("An official in the Azaz Education Directorate, who spoke on condition of anonymity, told Enab Baladi that the "
     "budget depended on donors. The official said that an increase was discussed.",
     ["official-in-the-azaz-education-directorate", "official-in-the-azaz-education-directorate"]),
    ("The Binnish Observatory, a local monitor, said that four people were killed. The monitor said that the toll "
     "could rise.", ["binnish-observatory", "binnish-observatory"]),
    # a demand before "according to" is part of the source's report
    ("Hundreds of teachers in the countryside of Aleppo stopped work on Sunday, demanding higher salaries, according "
     "to the Free Teachers Union.", ["free-teachers-union"]),
    # "his <role>" is the person introduced in that role, as "the <role>" is
    ("The uncle of the boy, Nizar Abu Fakhr, said the kidnappers called from a Jordanian number. The boy was "
     "released on 9 April, according to his uncle.", ["nizar-abu-fakhr", "nizar-abu-fakhr"]),
    # "one of them" is the group "they" would be
    ("Residents told Enab Baladi that the roads were cut. “We cannot take the sick to hospital,” one of them said.",
     ["residents", "residents"]),
    # a later name is the last words of the full name, or the name the person goes by
    ("Dr. Nizar Haj Ahmad, director of the Idlib Health Directorate, said that three hospitals had stopped. Haj Ahmad "
     "warned that the fuel would last two weeks.", ["nizar-haj-ahmad", "nizar-haj-ahmad"]),
    ("Mohammad al-Ahmad, known as Abu Yazan, said the patrol had taken his car. “They did not give a reason,” Abu "
     "Yazan said.", ["mohammad-al-ahmad", "mohammad-al-ahmad"]),
    ("A woman in the Karama camp, who gave her name as Umm Ali, said that the camp had no doctor.", ["umm-ali"]),
    # a person of a body is the person
    ("Lieutenant Colonel Hassan Abboud of the Fourth Division told the al-Watan newspaper that the operation would "
     "continue.", ["hassan-abboud"]),
    # an outlet described before its name; "the page", "the network" are that outlet
    ("The local news page Idlib Now reported that five men were arrested. The page said that they were taken to "
     "al-Hasakah.", ["idlib-now", "idlib-now"]),
    ("The local news page Deir Ezzor Now reported that five men were arrested. According to the network, the men "
     "were taken to al-Hasakah.", ["deir-ezzor-now", "deir-ezzor-now"]),
    # one member of a group the article named is a voice of that group
    ("Traders in the Sarmada market told Enab Baladi that sugar had doubled. One trader said he had closed his shop.",
     ["traders-in-the-sarmada-market", "traders-in-the-sarmada-market"]),
    # the place word of one at a place is part of their name
    ("A nurse at the Bab al-Hawa hospital said that the ward was full. “We put two children in each bed,” she said.",
     ["nurse-at-the-bab-al-hawa-hospital", "nurse-at-the-bab-al-hawa-hospital"]),
    # a group named by a body's noun and its place, lowercase ("Local councils in the Afrin countryside")
    ("Local councils in the Afrin countryside said they had not received fuel. They called on the Interim Government "
     "to intervene.", ["local-councils-in-the-afrin-countryside", "local-councils-in-the-afrin-countryside"]),
    # "described" reports words only with "as" or a quotation after a colon
    ("Hiba al-Sayed, a nurse, described the night of the strike.\n\n“We heard the planes first,” she said.",
     ["hiba-al-sayed"]),
])
def test_speakers_named_as_a_coder_names_them(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # a quotation alone continues the last person who spoke while no one else has been named
    ("Ahmad Saleh told Enab Baladi that the water had been cut.\n\nThe station has not worked since June.\n\n“We buy "
     "water from tanks.”", [("ahmad-saleh", "enab-baladi"), ("ahmad-saleh", "enab-baladi")]),
    ("Mahmoud Ali said that the council had not paid. The Free Syrian Police arrested two men on Monday.\n\n“We will "
     "complain again.”", [("mahmoud-ali", None)]),
])
def test_a_quotation_alone_continues_the_last_person_while_no_one_else_is_named(body, expected):
    assert [(s.speaker, s.recipient) for s in drafted(body).statements] == expected


def test_said_in_an_interview_with_an_outlet_is_said_to_it():
    body = ("Hassan Dabbagh, the director of the Idlib Education Directorate, said in an interview with Enab Baladi that "
            "400 schools needed repair.")
    assert [(s.speaker, s.recipient) for s in drafted(body).statements] == [("hassan-dabbagh", "enab-baladi")]


def test_a_person_interviewed_in_a_sentence_without_statements_speaks_next_to_the_interviewer():
    body = ("In an interview with Enab Baladi, Umm Hussein al-Masri described the first night in the camp.\n\n“It "
            "rained and the tent fell on us,” she said.")
    assert [(s.speaker, s.recipient) for s in drafted(body).statements] == [("umm-hussein-al-masri", "enab-baladi")]


def test_a_relative_of_a_known_person_takes_the_known_persons_family_name():
    body = "Nassar al-Nahar said that the talks had failed. His brother, Omar, said that he was afraid."
    assert [s.speaker for s in drafted(body).statements] == ["nassar-al-nahar", "omar-al-nahar"]


def test_a_proposed_actor_is_named_as_a_coder_writes_it():
    proposed = drafted("“We have no water,” residents of al-Bab told Enab Baladi. The al-Watan newspaper said that the "
                       "pipes were repaired.").new_actors
    assert proposed["residents-of-al-bab"]["name"] == "Residents of al-Bab"
    assert proposed["al-watan"]["name"] == "al-Watan"


@pytest.mark.parametrize("body, event_type, mode", [
    ("Prisoners rioted in the central jail on Sunday night.", "PROTEST", "riot"),
    ("The gunmen held three nurses hostage in the clinic for a day.", "ASSAULT", "abduct"),
    ("The brigade regained full control of the hill on Friday.", "ASSAULT", None),
    ("A group of armed men broke into the warehouse at night.", "ASSAULT", None),
    ("Rescue teams put out the fire and pulled two men from the rubble.", "AID", "humanitarian"),
    ("The municipality held the contractor and the water company responsible for the flood.", "ACCUSE", None),
])
def test_riots_hostages_forced_entries_rescue_work_and_long_objects_of_held_responsible(body, event_type, mode):
    assert (event_type, mode) in [(e.type, e.mode) for e in drafted(body).events]


def test_an_approximate_count_is_no_word_of_a_group_s_name():
    body = "About 40 relatives of missing fishermen said the coast guard had stopped the search."
    assert "relatives-of-missing-fishermen" in [s.speaker for s in drafted(body).statements]


@pytest.mark.parametrize("body, expected", [
    # what a person is, right before the name, is no party of its own
    ("The police detained the lawyer Samer Haddad in Azaz on Monday.", [("COERCE", "police", "samer-haddad")]),
    # a body's members after its name are the body, as after its possessive
    ("SDF fighters raided the village at dawn.", [("COERCE", "sdf", None)]),
    # the acronym after a unit of a body is the body's, no word of the unit's name
    ("The military police of the Syrian National Army (SNA) detained two traders in Afrin.",
     [("COERCE", "military-police-of-the-syrian-national-army", "traders-in-afrin")]),
])
def test_descriptions_before_names_members_after_names_and_acronyms_of_owners(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    ("Traders gathered in front of the market on Sunday, demanding that the SDF reopen the crossing.",
     ("REQUEST", "traders", "sdf")),
    ("The union demanded that the Asayish release the two teachers.", ("REQUEST", "union", "asayish")),
])
def test_the_one_a_demand_asks_is_the_subject_of_the_clause_it_opens(body, expected):
    assert expected in [(e.type, e.actor1, e.actor2) for e in drafted(body).events]


@pytest.mark.parametrize("body, expected", [
    # a person's name in apposition right before the verb is the act's subject
    ("The head of the council, Omar Haddad, met representatives of the traders on Monday.",
     [("CONSULT", "omar-haddad", "traders")]),
    # an act done to a gathering told before is done to those who gathered
    ("Hundreds of teachers protested in front of the directorate on Sunday. The police dispersed the protest.",
     [("PROTEST", "teachers", None), ("COERCE", "police", "teachers")]),
])
def test_a_name_in_apposition_before_the_verb_and_acts_done_to_a_gathering(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, event_type, mode", [
    ("The governor said that traders who hide flour “will be arrested and fined.”", "THREATEN", None),
    ("Farmers “will stop selling their wheat” if the price is not raised, the union warned.", "THREATEN", None),
    ("A drone strike hit a car near the town on Monday.", "ASSAULT", None),
    ("The Fifth Corps took the eastern villages in 2018.", "ASSAULT", None),
    ("The regime forces launched an offensive on the town in May.", "ASSAULT", None),
    ("The division erected new checkpoints on the highway.", "MOBILIZE", "troops"),
])
def test_punishments_announced_offensives_strikes_that_hit_territory_taken_and_checkpoints_erected(body, event_type,
                                                                                                  mode):
    assert (event_type, mode) in [(e.type, e.mode) for e in drafted(body).events]


def test_a_strike_that_hits_is_no_stoppage_of_work_and_a_question_about_something_is_no_request():
    events = [e.type for e in drafted("A strike hit a school in the village. She asked about the fate of her son.").events]
    assert "PROTEST" not in events and "REQUEST" not in events


@pytest.mark.parametrize("body, expected", [
    # the regime's forces somewhere are the regime's forces, not a unit of that place
    ("The Hamza Division shelled positions of the regime forces in Kafr Zita on Sunday.",
     ("ASSAULT", "hamza-division", "assad-forces")),
    # a group of a named body keeps the whole name; "media" says what workers are
    ("Dozens of doctors of the Faculty of Medicine at Hama University protested on Monday.",
     ("PROTEST", "doctors-of-the-faculty-of-medicine-at-hama-university", None)),
    ("Five media workers were arrested by the SDF in Qamishli.", ("COERCE", "sdf", "media-workers")),
    # the agent of a passive named by its noun and what it is
    ("Two students were detained by the university police for an hour.",
     ("COERCE", "university-police", "students")),
    # a possessive is no word of the name
    ("The union called for Omar Haddad’s release.", ("REQUEST", "union", "omar-haddad")),
])
def test_forces_somewhere_groups_of_named_bodies_agents_by_their_noun_and_possessives(body, expected):
    assert expected in [(e.type, e.actor1, e.actor2) for e in drafted(body).events]


def test_a_noun_after_a_determiner_that_names_an_act_told_before_in_that_word_is_that_act():
    body = "An air strike hit a market in the town on Monday. Residents said that the market had been empty before the strike."
    assert [e.type for e in drafted(body).events] == ["ASSAULT"]


@pytest.mark.parametrize("body, event_type, mode", [
    ("The company cut the electricity of the eastern villages on Sunday.", "COERCE", "withhold"),
    ("The pumps stopped on Friday, cutting off drinking water from the city.", "COERCE", "withhold"),
    ("The directorate cut their monthly bread quota by half.", "COERCE", "withhold"),  # coding guide
])
def test_a_service_cut_off_or_a_quota_cut_is_withheld(body, event_type, mode):
    assert (event_type, mode) in [(e.type, e.mode) for e in drafted(body).events]


def test_the_place_after_a_body_whose_building_a_gathering_is_before_says_where_the_gathering_was():
    body = "Dozens of teachers gathered in front of the office of the Education Directorate in Azaz on Sunday."
    expected = [("PROTEST", "teachers", "education-directorate")]
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # what a party says it will do itself is announced (coding guide)
    ("The Relief Foundation said that it would distribute 300 food baskets in the camps next week.", "announced"),
    ("The council said that the two detained teachers would be released on Sunday.", "announced"),
    # a schedule, or a plan on a condition, is planned
    ("The committee said that it would meet Russian officers next month.", "planned"),
    ("The Relief Foundation said that it would resume the deliveries if a new donor was found.", "planned"),
])
def test_what_a_party_says_it_will_do_is_announced_and_a_schedule_is_planned(body, expected):
    assert drafted(body).events[0].status == expected


def test_an_unnamed_person_from_a_site_is_named_with_the_site():
    events = drafted("A gunman from the camp kidnapped a child on Monday.").events
    assert [(e.type, e.actor1, e.actor2) for e in events] == [("ASSAULT", "gunman-from-the-camp", "child")]


def test_an_accusation_rejected_is_a_denial_not_a_refusal():
    assert [e.type for e in drafted("The spokesman rejected the accusations and said the prices were fair.").events] == []
    assert [e.type for e in drafted("The council rejected the demands of the traders.").events] == ["REJECT"]


def test_the_parties_inside_a_trigger_are_its_objects():
    events = drafted("The local council held the SDF and the regime responsible for the fire.").events
    assert [(e.type, e.actor1, e.actor2) for e in events] == [("ACCUSE", "local-council", "sdf"),
                                                              ("ACCUSE", "local-council", "syrian-government")]


@pytest.mark.parametrize("body, expected", [
    ("Civil Defence teams put out the fire in the camp.", [("AID", "civil-defence", None)]),
    ("The Free Police patrols arrested two smugglers.", [("COERCE", "free-police", "smugglers")]),
])
def test_a_body_s_members_before_the_verb_are_the_body(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


def test_an_actor_after_and_with_a_verb_of_its_own_is_no_object_of_the_act_before():
    body = "A car bomb exploded at the gate of the base and dozens of gunmen stormed it."
    assert drafted(body).events[0].actor2 is None


@pytest.mark.parametrize("body, expected", [
    # a group of another place is another group
    ("Students of the Faculty of Law protested on Sunday. Two students from the Faculty of Arts were detained by "
     "the university police.", [("PROTEST", "students-of-the-faculty-of-law", None),
                                ("COERCE", "university-police", "students-from-the-faculty-of-arts")]),
    # a relative clause between a passive's subject and its verb
    ("Two doctors from the Faculty of Medicine, who were filming the scene, were detained by the university police.",
     [("COERCE", "university-police", "doctors-from-the-faculty-of-medicine")]),
])
def test_groups_of_other_places_and_a_relative_clause_before_a_passive(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body", [
    "Fighters at the crossing have been taking between 2,000 and 10,000 liras from every car.",
    "Shepherds were made to pay 50 dollars for every sheep that grazed near the base.",
    "The gang extorted the shop owners of the market for months.",
])
def test_money_taken_by_force_is_a_levy(body):
    assert ("COERCE", "confiscate") in [(e.type, e.mode) for e in drafted(body).events]


def test_a_matter_raised_with_a_party_is_a_consultation():
    events = drafted("The committee said that it had raised the issue with the governor of Hama.").events
    assert [(e.type, e.actor1, e.actor2) for e in events] == [("CONSULT", "committee", "governor-of-hama")]


@pytest.mark.parametrize("body, expected", [
    # the person the report is about, named before in its sentence, is whose relative speaks at its end
    ("The police arrested the teacher Omar Haddad at his home in Kafr Bassin on 3 March, his wife told Enab Baladi.",
     [("wife-of-omar-haddad", "enab-baladi")]),
    # "his" is not the wife who spoke last, but the man named before her
    ("The police arrested the teacher Omar Haddad at his home on 3 March, his wife told Enab Baladi.\n\n“They took "
     "him in his pyjamas,” his sister said. “He was ill,” she added.",
     [("wife-of-omar-haddad", "enab-baladi"), ("sister-of-omar-haddad", None), ("sister-of-omar-haddad", None)]),
])
def test_a_relative_who_speaks_is_of_the_person_named_before_of_the_pronouns_sex(body, expected):
    assert [(s.speaker, s.recipient) for s in drafted(body).statements] == expected


def test_a_source_at_the_end_with_its_other_name_in_brackets_speaks_and_issued_the_statement():
    body = ("Two men were killed when a shell hit their car near Binnish on Monday, the Binnish Relief Committee "
            "(Binnish Relief) said in a statement.\n\nFour more were injured, according to the statement.")
    assert [s.speaker for s in drafted(body).statements] == ["binnish-relief-committee", "binnish-relief-committee"]


@pytest.mark.parametrize("body, expected", [
    # a sentence opening with an "Al-" surname is about the person named in full before ...
    ("Fire broke out in the house of Khaled al-Hamwi, a builder from Saraqib, on Sunday night.\n\nAl-Hamwi left the "
     "town on Monday. His brother said that the family would move to Idlib.", ["brother-of-khaled-al-hamwi"]),
    # ... and a relative after a relative who spoke is of the same person
    ("Fire broke out in the house of Khaled al-Hamwi, a builder from Saraqib, on Sunday night.\n\nAl-Hamwi, 40, lost "
     "his workshop. His brother said that the family would move.\n\n“We will start again,” his mother said.",
     ["brother-of-khaled-al-hamwi", "mother-of-khaled-al-hamwi"]),
    # a name before a place's noun or an acronym names no person whose relative speaks
    ("A fire destroyed the tent of Khaled al-Hamwi in the Ahl al-Noor camp on Sunday, his brother told Enab Baladi.",
     ["brother-of-khaled-al-hamwi"]),
    ("A shell killed Khaled al-Hamwi near a base of Ahrar al-Sahel (AAS) on Sunday, his brother said.",
     ["brother-of-khaled-al-hamwi"]),
])
def test_surnames_opening_a_sentence_relatives_of_relatives_and_names_of_no_person(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # the person named after their role at a sentence's start is who "he" is next; "told them that" starts the content
    ("The director of the Binnish hospital, Dr. Omar Khatib, met the families of the patients on Monday. He told them "
     "that the generators had no fuel.", [("omar-khatib", "the generators had no fuel")]),
    # a surname alone opening a sentence is the person named in full before, who speaks next
    ("“We asked for help,” said Huda Salem, a nurse.\n\nThe director, Omar Khatib, said that the generators had no "
     "fuel.\n\nSalem described the night of the strike. “We carried the children out,” she said.",
     [("huda-salem", "We asked for help,"), ("omar-khatib", "the generators had no fuel"),
      ("huda-salem", "We carried the children out,")]),
])
def test_a_person_named_after_a_role_or_by_surname_at_a_sentences_start_speaks_next(body, expected):
    assert [(speaker, text) for speaker, _, text in speakers(body)] == expected


@pytest.mark.parametrize("body, expected", [
    ("The Ministry of Higher Education and Scientific Research, which runs the state universities, said on Monday "
     "that the exams would be held in June.", ["ministry-of-higher-education-and-scientific-research"]),
    ("The Ministry of Water and Irrigation warned that the wells were dry.", ["ministry-of-water-and-irrigation"]),
])
def test_a_bodys_name_goes_on_past_and(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    ("The Free Army’s Southern Front said on Monday that its fighters had withdrawn.", ["southern-front"]),
    ("Hezbollah’s al-Manar channel reported that the road was closed.", ["al-manar"]),
])
def test_an_owners_possessive_is_no_part_of_a_speakers_name(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


def test_a_body_described_by_an_apposition_is_a_body_and_it_is_the_body_that_spoke_not_whom_it_told():
    body = ("The clinic closed on Monday after Dar al-Shifa, a medical organization that had paid its staff, stopped "
            "its support.\n\nDar al-Shifa told Enab Baladi that its donor had cut the funding. It denied that it had "
            "been warned.\n\nThe organization announced on its website that it would reopen two clinics.")
    found = drafted(body)
    assert [(s.speaker, s.recipient) for s in found.statements] == [
        ("dar-al-shifa", "enab-baladi"), ("dar-al-shifa", None), ("dar-al-shifa", None)]
    assert found.new_actors["dar-al-shifa"]["type"] != "person"


def test_a_quoted_source_at_the_end_is_described_by_the_apposition_after_its_quotation_mark():
    body = ("Three teachers were dismissed on Sunday, according to “Idlib Voice,” a local Facebook page followed by "
            "more than 50,000 people.\n\nThe page said that the directorate had not paid them since June.")
    assert [s.speaker for s in drafted(body).statements] == ["idlib-voice", "idlib-voice"]


def test_it_after_a_sentence_about_a_body_of_a_government_is_that_body_named_in_full():
    body = ("On Monday, the Ministry of Health of the Syrian Salvation Government (SSG) closed two private clinics in "
            "Idlib. It said that the clinics had no licence.")
    assert [s.speaker for s in drafted(body).statements] == ["ministry-of-health-of-the-syrian-salvation-government"]


@pytest.mark.parametrize("body, expected", [
    # "the camp" after "the Bab al-Nour camp" is that camp: the residents are named by it ...
    ("A fire broke out in the Bab al-Nour camp on Monday.\n\nResidents of the camp said that the tents were burned.",
     ["residents-of-the-camp"]),
    # ... and "the area" too, in the article's words (coding guide)
    ("Activists from the area said that the road was closed.", ["activists-from-the-area"]),
])
def test_a_group_at_a_place_the_article_named_keeps_the_place(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    ("The council accused the traders of hoarding flour. Omar Saleh, a trader in the market, rejected the "
     "accusation.", [("council", "the traders of hoarding flour"), ("omar-saleh", "the accusation")]),
    ("The council rejected the offer of the traders.", []),  # an act, not words
])
def test_rejecting_an_accusation_reports_words_and_rejecting_anything_else_does_not(body, expected):
    assert [(speaker, text) for speaker, _, text in speakers(body)] == expected


@pytest.mark.parametrize("body, expected", [
    ("The Binnish council held the Russian forces responsible for the shelling.",
     [("binnish-council", "the Russian forces responsible for the shelling")]),
    ("The council held a meeting with the traders on Sunday.", []),
])
def test_holding_someone_responsible_is_an_accusation(body, expected):
    assert [(speaker, text) for speaker, _, text in speakers(body)] == expected


@pytest.mark.parametrize("body, expected", [
    ("The Binnish council condemned the shelling, and called on the United Nations to “protect the civilians.”",
     [("binnish-council", "united-nations")]),
    ("The union urged the Salvation Government to pay the salaries.", [("union", "salvation-government")]),
    # a group named by its noun is addressed too (round 6: coders name "citizens", "traders" as recipients)
    ("The union called on teachers to return to work.", [("union", "teachers")]),
])
def test_whom_a_call_is_addressed_to_is_its_recipient(body, expected):
    assert [(s.speaker, s.recipient) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    ("The lecturer, Dr. Sami Hallak, was dismissed last year, according to two of his colleagues.",
     ["colleagues-of-sami-hallak"]),
    ("Sami Hallak was arrested at his shop on Monday, his relatives told Enab Baladi.", ["relatives-of-sami-hallak"]),
])
def test_relatives_of_a_person_who_speak_together_are_a_group_named_by_the_relation(body, expected):
    found = drafted(body)
    assert [s.speaker for s in found.statements] == expected
    assert found.new_actors[expected[0]]["type"] == "collective"


def test_the_role_an_apposition_gave_the_person_a_sentence_is_about_refers_back_to_them():
    body = "Hassan Khalil, a farmer from Binnish, lost his crop in the fire. “There is nothing left,” the farmer said."
    assert [s.speaker for s in drafted(body).statements] == ["hassan-khalil"]


@pytest.mark.parametrize("body, expected", [
    ("Mahmoud Ibrahim, 17, was detained at the crossing on Monday. Mahmoud’s father told Enab Baladi that the boy had "
     "done nothing.", ["father-of-mahmoud-ibrahim"]),
    ("Mahmoud Ibrahim was arrested on Monday. His neighbour said that the police came at night. Ibrahim’s mother said "
     "that he was ill.", ["neighbour-of-mahmoud-ibrahim", "mother-of-mahmoud-ibrahim"]),
])
def test_a_named_persons_relative_is_named_after_that_persons_full_name(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


def test_an_unnamed_spokesperson_is_a_person_of_their_own_named_in_the_articles_words():
    body = ("A spokesman for the Binnish Relief Council said that the road was open. The spokesman added that the "
            "convoy would leave on Monday.")
    found = drafted(body)
    assert [s.speaker for s in found.statements] == ["spokesman-for-the-binnish-relief-council"] * 2
    assert found.new_actors["spokesman-for-the-binnish-relief-council"] == {
        "id": "spokesman-for-the-binnish-relief-council", "name": "Spokesman for the Binnish Relief Council",
        "type": "person"}
    assert found.statements[0].voice_for == "binnish-relief-council"  # the body is their parent


@pytest.mark.parametrize("body, expected", [
    # a body named before its lowercase noun ("the Binnish local council") is "the council" later ...
    ("The head of the Binnish local council, Yasser Omar, met traders on Sunday. The council later said that bread "
     "prices would not rise.", ["binnish-local-council"]),
    # ... and a body's name goes on past "for" ("the Syrian Network for Human Rights"), as past "of the"
    ("The Binnish Network for Civil Rights documented 12 arrests in March. The network said that most were at "
     "checkpoints.", ["binnish-network-for-civil-rights"] * 2),  # (a monitor’s count is its words too)
])
def test_bodies_introduced_outside_statements_are_named_in_full(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # a verb joined by "and" has the subject of the act before, past a phrase of time and an adverb
    ("Members of the Border Guard dispersed the sit-in after an hour and briefly detained three of the protesters.",
     [("COERCE", "border-guard", None), ("COERCE", "border-guard", "protesters")]),
    # "them" after it is that act's party
    ("Activists said that the Kastel Brigade arrested Omar Tello on Monday, and released him two days later.",
     [("COERCE", "kastel-brigade", "omar-tello"), ("RETREAT", "kastel-brigade", "omar-tello")]),
    # an act in words after a reported clause is the source's, not the reported subject's
    ("A spokesman for the Ruwad Battalion denied that the Kastel Brigade had shelled the village, and accused the "
     "Nahda Brigade of lying.",  # (the spokesman, unnamed, is a person of their own: the coding guide)
     [("ASSAULT", "kastel-brigade", None), ("ACCUSE", "spokesman-for-the-ruwad-battalion", "nahda-brigade")]),
])
def test_a_verb_joined_by_and_has_the_subject_of_the_act_before(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    ("Hassan Darwish, a farmer, said he had refused to sell his land to the militia.",
     [("REJECT", "hassan-darwish", None)]),
    ("Hassan Darwish said he was accused of smuggling.", [("ACCUSE", None, "hassan-darwish")]),
])
def test_he_in_a_persons_words_is_that_person(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    ("Shop owners protested in front of the municipality on Sunday.", [("PROTEST", "shop-owners", None)]),
    ("The Asayish fined dozens of shop owners who opened during the curfew.", [("SANCTION", "asayish", "shop-owners")]),  # a fine: coding guide
    ("Owners of bakeries in Kafr Hamra sent a petition asking for more flour.",
     [("REQUEST", "owners-of-bakeries-in-kafr-hamra", None)]),
    ("Dozens of owners protested.", [("PROTEST", None, None)]),  # a count is no thing owned
    ("Shops that sell above the price are fined 500 liras.", []),  # a rule, no act
])
def test_people_named_by_what_they_own_and_a_fine_imposed(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # "from factions of X": the factions are X's; "the village from ..." is no body's name
    ("The Nahda Brigade took the village from factions of the Liberation Front after three days of fighting.",
     [("ASSAULT", "nahda-brigade", "liberation-front")]),
    # "for" and the capitalized words after a body's name are words of it
    ("The Nahda Brigade took the hill from the Popular Front for Salvation.",
     [("ASSAULT", "nahda-brigade", "popular-front-for-salvation")]),
    # but not after a verb of asking, whose "for" is what is asked
    ("Residents asked the Nahda Brigade for Omar Tello to be released.", [("REQUEST", "residents", "nahda-brigade")]),
])
def test_names_are_not_cut_at_for_nor_run_across_a_preposition(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


def test_a_body_spelled_the_british_way_is_a_body():
    body = "Teams of the Harmon Civil Defence pulled the wounded from the rubble."
    assert [(e.type, e.actor1) for e in drafted(body).events] == [("AID", "harmon-civil-defence")]


@pytest.mark.parametrize("body, expected", [
    # a written request to a party
    ("Bakers in Zarqin sent a petition to the governorate of Idlib on 3 May, asking it to raise the flour quota.",
     [("REQUEST", "bakers-in-zarqin", "governorate-of-idlib")]),
    # the party an act in words addresses, named by its noun when the article names it no other way
    ("Farmers said they had asked the governorate to compensate them.", [("REQUEST", "farmers", "governorate")]),
    # (the theft alleged is an event of its own, claimed: coding guide)
    ("Residents accused the municipality of stealing the aid.",
     [("ACCUSE", "residents", "municipality"), ("COERCE", "municipality", None)]),
])
def test_a_petition_and_a_body_addressed_by_its_noun(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    ("The Nahda Brigade demanded that former opposition fighters in Tell Rimal hand over their weapons.",
     [("REQUEST", "nahda-brigade", "former-opposition-fighters-in-tell-rimal")]),
    ("Young displaced men protested in Zarqin.", [("PROTEST", "young-displaced-men", None)]),
])
def test_a_group_named_with_two_modifiers(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


def test_a_body_of_another_is_named_with_it():
    body = ("On 3 May, the Ministry of Health of the Syrian Salvation Government (SSG), which runs Idlib, banned the "
            "sale of expired medicine in the markets.")
    assert [(e.type, e.actor1) for e in drafted(body).events] == \
        [("COERCE", "ministry-of-health-of-the-syrian-salvation-government")]


def test_has_been_and_a_participle_is_no_passive():
    body = "A checkpoint of the Kastel Brigade at the entrance of Zarqin has been taking between 1,000 and 5,000 " \
           "pounds from every car."
    assert [(e.type, e.actor1) for e in drafted(body).events] == [("COERCE", "kastel-brigade")]


@pytest.mark.parametrize("body, expected", [
    # "the offensives of X and Y": X and Y did them, an act of its own after another of its type
    ("Gunmen attacked a checkpoint in Zarqin on Monday. Thousands of people live in the camps, most of them displaced "
     "by the offensives of the Nahda Brigade and Iran in 2019.",
     [("ASSAULT", "gunmen", None), ("ASSAULT", "nahda-brigade", None), ("ASSAULT", "iran", None)]),
    ("Residents demanded the release of Omar Tello.", [("REQUEST", "residents", None)]),  # "release of": no doer
])
def test_the_doer_of_an_act_named_by_a_noun_and_of(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


def test_technicians_and_engineers_are_groups():
    body = "The Kastel Brigade detained two technicians from Zarqin who had come to repair the pumps."
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == \
        [("COERCE", "kastel-brigade", "technicians-from-zarqin")]


@pytest.mark.parametrize("body, expected", [
    # what a body is of, two things joined by "and", is one name ...
    ("On 3 May, the Ministry of Agriculture and Agrarian Reform banned the sale of seeds in Zarqin.",
     [("COERCE", "ministry-of-agriculture-and-agrarian-reform", None)]),
    # ... but not two bodies joined by "and"
    ("The Ministry of Defence and Military Security arrested two men.",
     [("COERCE", "ministry-of-defence", None), ("COERCE", "military-security", None)]),
])
def test_a_body_of_two_things_joined_by_and(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # a verb joined by "and" to a passive is undergone by the passive's subject ...
    ("The Nahda Brigade arrested five teachers in Zarqin on Monday. The teachers were taken to a prison in Tell Rimal "
     "and released two days later.",
     [("COERCE", "nahda-brigade", "teachers-in-zarqin"), ("RETREAT", "nahda-brigade", "teachers-in-zarqin")]),
    # ... done by the passive's agent
    ("Two traders were detained by the Kastel Brigade and tortured.",
     [("COERCE", "kastel-brigade", "traders"), ("ASSAULT", "kastel-brigade", "traders")]),
])
def test_a_verb_joined_to_a_passive_is_passive_too(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # the acronym's possessive says whose the body is: the body is the party
    ("The HTS’s Security Office arrested two men.", [("COERCE", "security-office", None)]),
    # a possessive inside a name is a word of it
    ("The Kurdish People’s Protection Units (YPG) attacked Zarqin.",
     [("ASSAULT", "kurdish-peoples-protection-units", None)]),
])
def test_a_body_after_an_acronyms_possessive_is_the_party(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


def test_the_subject_of_a_subordinate_clause_past_an_apposition():
    body = "Two fighters were killed on Monday when the Nahda Brigade, a faction of the Liberation Front, clashed with " \
           "the Kastel Brigade in Zarqin."
    # (the killing is what the clash did: one act, as the evaluation codings code it)
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == \
        [("ASSAULT", "nahda-brigade", "kastel-brigade")]


@pytest.mark.parametrize("body, expected", [
    ("Hundreds of residents of the town of Zarqin took to the streets on Friday.",
     [("PROTEST", "residents-of-the-town-of-zarqin", None)]),
    # a region and its names are the group's place, as the article prints them
    ("The police arrested seven young men from the countryside of Zarqin and Tell Rimal.",
     [("COERCE", "police", "young-men-from-the-countryside-of-zarqin-and-tell-rimal")]),
])
def test_a_group_of_the_town_of_a_place(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


def test_he_in_words_told_by_others_is_the_person_named_before_in_the_sentence():
    body = "Samir Jaber, a lecturer, was detained by the police last year, after he refused to pass students " \
           "recommended by the union, according to two of his colleagues."
    assert ("REJECT", "samir-jaber") in [(e.type, e.actor1) for e in drafted(body).events]


def test_him_after_a_demand_is_the_person_named_last():
    body = "Samir Jaber, a lecturer, was detained by the police last year. The union said it had met him and urged " \
           "him to resign."
    assert ("REQUEST", "union", "samir-jaber") in [(e.type, e.actor1, e.actor2) for e in drafted(body).events]


def test_every_word_of_the_rules_is_a_string():
    """YAML reads a bare no, yes, on or off as a boolean: 'no' among the determiners was silently lost.
    Booleans are flags of a trigger ("by_speaker: true"), never an item of a list of words."""
    from pipeline.extraction.rules import RULES_FILE

    def items(node):
        if isinstance(node, dict):
            for key, value in node.items():
                yield key
                yield from (items(value) if isinstance(value, (dict, list)) else [])
        elif isinstance(node, list):
            for item in node:
                yield from (items(item) if isinstance(item, (dict, list)) else [item])
    assert [word for word in items(yaml.safe_load(RULES_FILE.read_text(encoding="utf-8")))
            if not isinstance(word, str)] == []


def test_a_place_taken_by_its_name_leaves_the_loser_after_from_as_the_target():
    body = "The Northern Brigade took Tell Hamdan from the Liwa Group in April."
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == [
        ("ASSAULT", "northern-brigade", "liwa-group")]


@pytest.mark.parametrize("body, expected", [
    # an armed formation 'in <place>' is that formation, there; an office 'in <place>' is that place's
    ("Gunmen attacked a checkpoint of the Sixth Brigade in Khirbet Ghazaleh on Monday.",
     [("ASSAULT", "gunmen", "sixth-brigade")]),
    ("The Political Security branch in Jableh arrested a pharmacist.",
     [("COERCE", "political-security-branch-in-jableh", "pharmacist")]),
])
def test_an_armed_formation_in_a_place_is_the_formation_there(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # words reported without 'that': the subject of the words does the act, not who reports them
    ("Shopkeepers said the Fourth Regiment arrested a pharmacist near the market.",
     [("COERCE", "fourth-regiment", "pharmacist")]),
    ("The council said it arrested a pharmacist.", [("COERCE", "council", "pharmacist")]),
])
def test_the_subject_of_words_reported_without_that_does_the_act(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


def test_his_family_is_the_family_of_the_person_named_before_and_owns_no_later_his():
    body = ("Unknown gunmen abducted Nizar Halabi in Inkhil on Monday. His family protested in front of the police "
            "station, and his brother accused the police of negligence.")
    parties = [(e.type, e.actor1) for e in drafted(body).events]
    assert ("PROTEST", "family-of-nizar-halabi") in parties
    assert ("ACCUSE", "brother-of-nizar-halabi") in parties


def test_the_family_is_the_family_named_before():
    body = ("Unknown gunmen abducted Nizar Halabi in Inkhil on Monday. His family sold their land. "
            "The family protested in front of the police station on Friday.")
    assert ("PROTEST", "family-of-nizar-halabi") in [(e.type, e.actor1) for e in drafted(body).events]


def test_its_donor_is_the_donor_of_the_body_that_speaks():
    body = ("The Amal Relief Association told Enab Baladi that it closed the bakery because its donor had stopped "
            "the funding.")
    assert "donor-of-amal-relief-association" in [e.actor1 for e in drafted(body).events]


@pytest.mark.parametrize("body, expected", [
    # who orders the act an order names does it
    ("The court ordered the release of three shepherds.", [("RETREAT", "court", "shepherds")]),
    ("The municipality ordered the closure of two bakeries.", [("COERCE", "municipality", None)]),
])
def test_who_orders_the_act_named_does_it(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, speaker", [
    # relatives and roles named by their relation to a named person (coding guide: "Family of X")
    ("Ahmad al-Saleh was arrested in Jableh in May. His family said that he had not been charged.",
     "family-of-ahmad-al-saleh"),
    ("Khaled al-Omar was detained at a checkpoint. Al-Omar’s lawyer said that the court had not set a date.",
     "lawyer-of-khaled-al-omar"),
    ("Nour Hammoud’s brother told Enab Baladi that she had been taken from her home at night.",
     "brother-of-nour-hammoud"),
    ("The family of Hassan Jumaa said that he had been held for two years without trial.",
     "family-of-hassan-jumaa"),
])
def test_a_relative_or_lawyer_of_a_named_person_speaks(body, speaker):
    assert [s.speaker for s in drafted(body).statements] == [speaker]
    assert drafted(body).new_actors[speaker]["type"] == ("collective" if "family" in speaker else "person")


@pytest.mark.parametrize("body, speaker", [
    ("The Tahrir Workers Union said in a statement that wages had fallen. The body said that its members would strike.",
     "tahrir-workers-union"),
    ("The Salqin Teachers Syndicate said that wages had fallen. The group added that its members would strike.",
     "salqin-teachers-syndicate"),
])
def test_the_body_or_the_group_is_the_union_that_spoke_though_its_members_are_a_collective(body, speaker):
    assert [s.speaker for s in drafted(body).statements] == [speaker, speaker]


@pytest.mark.parametrize("body, speaker", [
    # a patron's participle before a lowercase noun is part of the only name the article gives
    ("The US-led international coalition said on Monday that it had struck a depot near Hajin.",
     "us-led-international-coalition"),
    ("The Turkish-led operation room said that it had shelled the village.", "turkish-led-operation-room"),
    # ... but before a name it is no word of the name
    ("The SDF-affiliated Hawar News Agency said that the road had been closed.", "hawar-news-agency"),
])
def test_a_patron_participle_is_cut_only_before_a_name(body, speaker):
    assert [s.speaker for s in drafted(body).statements] == [speaker]


@pytest.mark.parametrize("body, expected", [
    # words on banners are the words of those who carry them
    ("On Friday, protesters in Jasim raised banners reading “Bread before checkpoints”.",
     [("protesters-in-jasim", "direct", "Bread before checkpoints")]),
    # "reading" that is no quotation's cue reports nothing
    ("Pupils in Jasim spent the morning reading old books.", []),
])
def test_banners_reading_a_quotation_are_the_words_of_their_carriers(body, expected):
    assert speakers(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "As X put it, “...”": X's words; "as" is no word of the speaker's name
    ("Mahmoud Dirani, a teacher in Tafas, was dismissed in May. As he put it, “We teach without salaries.”",
     [("mahmoud-dirani", "direct", "We teach without salaries.")]),
    ("As the Local Council of Tafas put it: “The wells are dry.”",
     [("local-council-of-tafas", "direct", "The wells are dry.")]),
    ("Mahmoud Dirani put it in the car.", []),  # "put it" that introduces no quotation reports nothing
])
def test_as_someone_put_it_before_a_quotation(body, expected):
    assert speakers(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "For X, ...: “...”": a quotation that gives X's view is X's words
    ("For Rima Haddad, a nurse in Azaz, the problem is simple: “There are no medicines.”",
     [("rima-haddad", "direct", "There are no medicines.")]),
    ("For years, the answer was clear: “We need fuel.”", []),  # "For" before no name gives nobody's view
])
def test_for_someone_a_view_then_a_quotation(body, expected):
    assert speakers(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a passive cue with its agent: the agent's words, told to the subject
    ("Teachers in Saraqib were informed by the Education Directorate that their salaries would be paid late.",
     [("education-directorate", "teachers-in-saraqib", "their salaries would be paid late")]),
    ("Residents of Tafas were told by the local council that the water would return on Monday.",
     [("local-council", "residents-of-tafas", "the water would return on Monday")]),
    ("They were told by phone that the road was closed.", []),  # no agent named: nobody's words
])
def test_a_passive_cue_reports_its_agent(body, expected):
    assert [(s.speaker, s.recipient, s.text) for s in drafted(body).statements] == expected


def test_the_foundation_is_the_foundation_named_before_not_the_body_that_spoke_last():
    body = ("The Sham Relief Foundation opened a bakery in Atmeh. The Salvation Government said the bakery was "
            "licensed. The foundation said it would sell bread at cost.")
    assert [s.speaker for s in drafted(body).statements] == ["salvation-government", "sham-relief-foundation"]


def test_an_alternation_is_the_same_whatever_the_order_of_its_words():
    """Sets iterate in an order that changes with the hash seed: the pattern must not."""
    from pipeline.extraction.rules import alternatives
    assert alternatives(["cd", "ab", "pointed", "pointed out"], False) == \
        alternatives(["ab", "pointed out", "cd", "pointed"], False) == "pointed out|pointed|ab|cd"


# Round 4, dates: every form of the date grammar (dates.GRAMMAR), spelled out from the grammar's own patterns
# and written in sentences, is found by the finder with the grammar's span and value.
DATE_PUBLISHED = date(2021, 5, 20)
# What a named group of the grammar is spelled as; a month, as each of the grammar's month words (grammar_examples).
DATE_SAMPLES = {"year": ["2019", "1998"], "day": ["7", "21"], "month_number": ["03", "11"]}
DATE_CONTEXTS = [  # what stands before a date, inside a sentence or opening one (capitalized)
    *(f"The council said that the road was closed {word} {{}} and opened later." for word in
      ["in", "on", "since", "until", "by", "from", "during", "before", "after", "at", "of", "and", "as of",
       "between", "throughout", "till", "to", "for", "the", "that"]),
    "The council closed the road {}, residents said.",
    "The council closed the road ({}) and opened it later.",
    "The council closed the road – {} – and opened it later.",
    "{}, the council closed the road.",
    "The road is open. {}, the council closed it.",
    *(f"The road is open. {word} {{}}, the council closed it." for word in ["In", "Since", "Until", "By", "During"]),
    "Residents said: “In {}, nobody came.”",
]


def spellings(items, names: dict) -> list[str]:
    """Every string a parsed pattern of the grammar matches, with its named groups spelled by their samples
    (names: group number to samples)."""
    from re import _constants as sre
    found = [""]
    for op, value in items:
        if op is sre.LITERAL:
            options = [chr(value)]
        elif op is sre.IN:  # \s or \d
            options = [" "] if (sre.CATEGORY, sre.CATEGORY_SPACE) in value else ["1"]
        elif op is sre.BRANCH:
            options = [text for branch in value[1] for text in spellings(branch, names)]
        elif op is sre.SUBPATTERN:
            options = names.get(value[0]) or spellings(value[3], names)
        elif op is sre.MAX_REPEAT and value[:2] == (0, 1):
            options = ["", *spellings(value[2], names)]
        else:
            raise AssertionError(f"the grammar uses {op} {value}: teach spellings() to spell it")
        found = [text + option for text in found for option in options]
    return found


def grammar_examples(index: int) -> list[str]:
    """The expressions of one pattern of the grammar that no earlier pattern reads."""
    from re import _parser

    from pipeline.lib.dates import GRAMMAR, MONTHS
    pattern = GRAMMAR[index]
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    samples = DATE_SAMPLES | {"month": [name.capitalize() for name in MONTHS]}  # as English writes them: "Sept"
    names = {number: samples.get(name) for name, number in parsed.state.groupdict.items()}
    return [text for text in spellings(parsed, names) if pattern.fullmatch(text) and
            not any(earlier.fullmatch(text) for earlier in GRAMMAR[:index])]


def not_read_by_the_finder(expression: str) -> str | None:
    """Why the finder leaves out a form the grammar reads, or None."""
    import re

    from pipeline.lib.dates import FULL_MONTHS, MONTHS
    if re.fullmatch(r"\d{4}-\d{2}", expression):
        return "'2021-22' in prose is a span of years, not the month 2021-12"
    if re.search(rf"(?:{'|'.join(FULL_MONTHS)})\.", expression, re.IGNORECASE):
        return "a full month name takes no dot: it is the sentence's"
    if expression.rstrip(".").lower() in set(MONTHS) - set(FULL_MONTHS):
        return "an abbreviated month alone ('Mar', 'Jan') is a name as often as a date"
    return None


@pytest.mark.parametrize("index", range(12))
def test_the_finder_reads_every_form_of_the_date_grammar_with_its_span_and_value(index):
    from pipeline.extraction.extract import find_time_expressions
    from pipeline.lib.dates import GRAMMAR, normalize
    assert len(GRAMMAR) == 12, "a form was added to the grammar: add its index to this test's parameters"
    spelled = grammar_examples(index)
    assert spelled, f"no example of the grammar's form {GRAMMAR[index].pattern}"
    missed = []
    for number, expression in enumerate(text for text in spelled if not not_read_by_the_finder(text)):
        value = normalize(expression, DATE_PUBLISHED)
        # two contexts each, in turn: every context meets every form, and the test stays fast
        for context in dict.fromkeys([DATE_CONTEXTS[number % len(DATE_CONTEXTS)],
                                      DATE_CONTEXTS[(7 * number + 3) % len(DATE_CONTEXTS)]]):
            before = context.split("{}")[0]
            if expression == "May" and before.rstrip()[-1:] in ("", "."):
                continue  # "May" opening a sentence is the verb
            body = context.format(expression)
            body = body[0].upper() + body[1:]  # capitalized when it opens the sentence
            start = REPORT.index("{}") + len(before)
            found = {(t.start, t.end): (normalize(t.text, DATE_PUBLISHED), t.precision)
                     for t in find_time_expressions(REPORT.format(body), DATE_PUBLISHED)}
            if found.get((start, start + len(expression))) != (value, value.precision):
                missed.append((body, found))
    assert missed == [], f"{len(missed)} missed, e.g. {missed[:5]}"


def dates_in(body: str) -> list[tuple[str, str]]:
    from pipeline.extraction.extract import find_time_expressions
    return [(t.text, t.iso) for t in find_time_expressions(REPORT.format(body), DATE_PUBLISHED)]


@pytest.mark.parametrize("body, expected", [
    # numbers and amounts, the verb "may", the noun "march" and years and months inside names are no dates
    ("The council paid 2,000 pounds to each of 1,950 families, and 12 of them left on 3 buses.", []),
    ("Prices have risen tenfold since the 1990s, and 2011.5 is no year.", []),
    ("Prices may rise, and this may force the bakeries to close.", []),
    ("Teachers joined the march, and the next march will be larger.", []),
    ("The council cited Resolution 2042, the former British prime minister Theresa May and the Vision 2030 plan.", []),
    ("“May God protect them,” the mother said. May they come back soon.", []),
    # a bare number before what it counts is an amount; a month before an event's name is a word of that name
    ("The price rose to 2000 pounds, and 1500 families left after the October War and the March Revolution.", []),
    ("In 2016 families left, and in October traders returned.", [("2016", "2016"), ("October", "2020-10")]),
    # a month in lower case after a day is a date; a sentence's full stop after an abbreviation is the sentence's
    ("The shop was closed on 5 october 2019.", [("5 october 2019", "2019-10-05")]),
    ("The shop was closed on 3 Feb. The owner left.", [("3 Feb", "2021-02-03")]),
    ("The shop was closed on Feb. 3, and the owner left in Sept.", [("Feb. 3", "2021-02-03")]),
    ("“We closed on 3 Feb.” The shop (closed 4 Mar.) opened on 5 Apr.\n\nIt closed.",
     [("3 Feb", "2021-02-03"), ("4 Mar.", "2021-03-04"), ("5 Apr", "2021-04-05")]),
    # a month or a year after a capitalized word that opens its sentence, or after punctuation, is a date
    ("In May the road closed. Since 2011 it had been open (March) in Damascus, June and later.",
     [("May", "2021-05"), ("2011", "2011"), ("March", "2021-03"), ("June", "2020-06")]),
])
def test_what_the_date_finder_leaves_out_and_keeps(body, expected):
    assert dates_in(body) == expected
# Round 4, evphysical: physical and material acts in the words news reports use for them (invented passages).
@pytest.mark.parametrize("body, event_type, mode", [
    ("A cell of gunmen ambushed a fuel truck on the road to Maadan on Sunday.", "ASSAULT", None),
    ("The two groups exchanged fire for an hour near the mill of Khirbat Ruz.", "ASSAULT", None),
    ("The ministry said its forces had “neutralized” nine fighters near Marea.", "ASSAULT", None),
    ("It was the second explosion in the industrial zone of Qabasin this month.", "ASSAULT", "explosives"),
    ("A motorcycle bomb went off near a bakery in Sawran on Thursday.", "ASSAULT", "explosives"),
    ("Shells fell on the village of Armanaz on Friday.", "ASSAULT", "heavy-weapons"),
    ("A farmer was wounded by a shell near his field on Monday.", "ASSAULT", None),
    ("The army resumed the military campaign it began on the area in March.", "ASSAULT", None),
    ("The faction, backed by Turkish artillery, drove the militia out of the town in 2018.", "ASSAULT", None),
    ("Turkey and the National Army took Tell Sabun and Ras Ziyad from the SDF in 2019.", "ASSAULT", None),
    ("Regime forces took large parts of the eastern countryside of Hama in 2020.", "ASSAULT", None),
    ("Men in uniform beat several students with batons outside the faculty.", "ASSAULT", "beat"),
    ("The Military Police set up three observation points on the outskirts of Akhtarin.", "MOBILIZE", "troops"),
    ("The division sent four armoured vehicles to the town on Tuesday.", "MOBILIZE", "troops"),
    ("Its units in the area have been on full alert since Monday.", "MOBILIZE", "troops"),
    ("The Civil Defence transferred five wounded people to the hospital of Darkush.", "AID", "humanitarian"),
    ("Rescue teams evacuated 20 families from the village during the shelling.", "AID", "humanitarian"),
    ("The relief office opened three schools in Saraqib to shelter the displaced families.", "AID", "humanitarian"),
    ("The camp has taken in 90 families from the villages of the plain since Sunday.", "AID", "humanitarian"),
    ("Its teams had put out more than 40 fires in the fields since May.", "AID", "humanitarian"),
    ("The local council said it would pay compensation to the owners of the damaged shops.", "AID", "economic"),
    ("The foundation, which had paid them since 2020, stopped its support in June.", "AID", "economic"),
    ("The relief office sent three trucks of flour to the camp on Monday.", "AID", None),
    ("The militia, backed by the US-led coalition, took the town in 2017.", "AID", "military"),
])
def test_round4_physical_acts_in_news_words(body, event_type, mode):
    assert (event_type, mode) in [(e.type, e.mode) for e in drafted(body).events]


@pytest.mark.parametrize("body", [
    "Gunmen took him from the house at night.",  # a person taken from a house: no territory taken
    "The group is backed by Turkey, residents said.",  # a lasting backing, described: no act of aid
    "The offensive was backed by Russian air strikes.",  # air strikes that back an attack are the attack
])
def test_round4_no_territory_or_aid_from_descriptions(body):
    assert not [e for e in drafted(body).events if e.type in {"AID"} or
                (e.type == "ASSAULT" and e.text.startswith("Gunmen took"))]


def test_round4_checkpoints_set_up_in_a_second_reported_clause():
    body = ("Activists reported that the army had brought reinforcements to the airport, and that checkpoints "
            "had been set up along the highway.")
    assert [e.type for e in drafted(body).events] == ["MOBILIZE", "MOBILIZE"]


def test_round4_an_attack_in_response_to_attacks_is_two_acts():
    body = "The ministry said its forces had killed eight fighters near Marea, in response to attacks on its posts."
    assert [e.type for e in drafted(body).events] == ["ASSAULT", "ASSAULT"]


# Round 4, evphysical: the coding guide's types for cuts, levies, prices and lifted restrictions (invented passages).
@pytest.mark.parametrize("body, event_type, mode", [
    ("The Supply Directorate cut the bread quota of bakeries in Hazano by a quarter in January.", "COERCE", "withhold"),
    ("The governorate reduced the fuel allocation of public transport buses on Sunday.", "COERCE", "withhold"),
    ("The council cut by half the subsidy it pays the bakeries of the town.", "COERCE", "withhold"),
    ("The directorate said it had suspended their flour allocations until further notice.", "COERCE", "withhold"),
    ("The company cut the line to the workshop on 3 March.", "COERCE", "withhold"),
    ("Their donor cut the funding of the clinic in June.", "SANCTION", None),
    ("The Ministry of Trade raised the price of a bundle of bread from 200 to 300 pounds.", "COERCE", None),
    ("The ministry announced a rise in the price of a litre of diesel on Monday.", "COERCE", None),
    ("The crossing administration stopped the entry of vegetables from Turkey on 3 May.", "COERCE", "restrict"),
    ("The Salvation Government imposed a fee of ten dollars on every tonne of olives.", "COERCE", "confiscate"),
    ("Under a tax that the council imposed on the market in May, each stall pays five dollars.", "COERCE", "confiscate"),
    ("The municipality imposed a fine of 500 Turkish liras on street vendors.", "SANCTION", None),
    ("The security committee lifted the curfew it had imposed on the town on Friday.", "CONCEDE", None),
    ("The Asayish said the ban on travel between the two towns would be lifted on Sunday.", "CONCEDE", None),
    ("The council announced a raise of 20 percent in the salaries of its employees.", "CONCEDE", None),
])
def test_round4_cuts_levies_prices_and_lifted_restrictions(body, event_type, mode):
    assert (event_type, mode) in [(e.type, e.mode) for e in drafted(body).events]


def test_round4_a_sum_or_an_output_reduced_is_no_act():
    assert drafted("The bakeries of the town have also reduced their production this month.").events == []


# Round 4, evphysical: fines, force used on premises and people, and words that only suppose or retell an act.
@pytest.mark.parametrize("body, event_type, mode", [
    ("The municipality fined 12 shop owners in the market for raising prices.", "SANCTION", None),
    ("Inspectors of the directorate had fined each of the two bakeries 100,000 pounds.", "SANCTION", None),
    ("The police sealed the doors of two pharmacies with red wax on Tuesday.", "COERCE", "restrict"),
    ("Members of the security service surrounded the sit-in on Friday.", "COERCE", "restrict"),
    ("The council evicted six families from the school building on Monday.", "COERCE", None),
    ("The directorate deducted three days from the salaries of the striking nurses.", "COERCE", None),
    ("Police officers removed the furniture of a widow from her flat on 2 May.", "COERCE", None),
    ("Gunmen in civilian clothes led three students away from the faculty.", "COERCE", "arrest"),
    ("Two of the detainees were transferred on Sunday to the central prison in Adra.", "COERCE", "arrest"),
])
def test_round4_fines_and_force_on_premises_and_people(body, event_type, mode):
    assert (event_type, mode) in [(e.type, e.mode) for e in drafted(body).events]


@pytest.mark.parametrize("body", [
    "Shops that sell above the list are fined 500 liras.",  # a rule, no act
    "The council signed a deal to avert a ground offensive on the town.",  # the act to avert is no act
    "The army said it would respond to any attack on its posts.",  # an act only supposed
    "“Air strikes do not end a cell hiding in the caves,” the officer said.",  # acts of a kind, said in general
    "Farmers demanded that the mill be reopened.",  # what is asked for is not done
    "The directorate, which distributes the flour to the bakeries, said the quota was enough.",  # what a body does
])
def test_round4_no_material_act_from_words_that_suppose_or_describe(body):
    assert not [e for e in drafted(body).events if e.type in {"ASSAULT", "SANCTION", "RETREAT", "AID", "COERCE"}]


def test_round4_a_quotation_that_retells_an_act_already_reported_is_no_new_act():
    body = ("A shell hit the school of Kafr Ruma on Monday, killing a pupil.\n\n“The first shell fell at the edge of "
            "the yard,” said Huda Salem, a teacher.")
    assert [e.type for e in drafted(body).events] == ["ASSAULT"]


# Round 4, evphysical: acts undone or given up, buildings burned, killings named, detention kept (invented passages).
@pytest.mark.parametrize("body, event_type, mode", [
    ("The directorate suspended the campaign of arrests in the town on Monday.", "CONCEDE", None),
    ("The Salvation Government cancelled the new fee on olive presses after the protests.", "CONCEDE", None),
    ("The militia had handed 20 houses back to their owners in late May.", "RETREAT", "return"),
    ("The guards left the checkpoint on the road two days before the attack.", "RETREAT", "withdraw"),
    ("The police detained the driver before releasing him hours later.", "RETREAT", "release"),
    ("Relatives of the detainees would be allowed to visit them next week.", "RETREAT", "access"),
    ("The court archive of the town, which was burned in 2014, held the deeds.", "ASSAULT", "destroy"),
    ("The cell was behind the killing of two policemen on the road to Tabqa.", "ASSAULT", "assassinate"),
    ("The branch had held him for three months without charge in 2020.", "COERCE", "arrest"),
    ("The ministry imposed a similar fee on the flour mills last year.", "COERCE", "confiscate"),
])
def test_round4_acts_undone_given_up_or_named(body, event_type, mode):
    assert (event_type, mode) in [(e.type, e.mode) for e in drafted(body).events]


@pytest.mark.parametrize("body", [
    "Gunmen stopped the bus on the road to Sukhnah.",  # a vehicle stopped: no sanction
    "The school had closed its doors on Sunday after its teachers left.",  # a body closed: no coercion
    "The new law turns forced displacement into dispossession, lawyers said.",  # a kind of act, not an act
])
def test_round4_no_sanction_or_coercion_from_these_words(body):
    assert not [e for e in drafted(body).events if e.type in {"SANCTION", "COERCE"}]


# Round 4, evphysical: people taken, posts kept, permits withdrawn, acts asked for (invented passages).
@pytest.mark.parametrize("body, event_type, mode", [
    ("The teacher was taken from his home in the east of the town at dawn.", "COERCE", "arrest"),
    ("The division still keeps three checkpoints at the entrances of the village.", "MOBILIZE", "troops"),
    ("Government forces have held those positions since March 2021.", "MOBILIZE", "troops"),
    ("The directorate withdrew the cards of two correspondents on Monday.", "COERCE", "restrict"),
])
def test_round4_people_taken_posts_kept_permits_withdrawn(body, event_type, mode):
    assert (event_type, mode) in [(e.type, e.mode) for e in drafted(body).events]


def test_round4_an_act_asked_for_refused_or_threatened_is_not_done():
    body = "The union called on the branch to release the two teachers. The council refused to withdraw its fighters."
    assert not [e for e in drafted(body).events if e.type == "RETREAT"]


# Round 4, evphysical: a second set of invented passages, written after the first fixes, to check they carry over.
@pytest.mark.parametrize("body, event_type, mode", [
    ("The regime’s artillery pounded the villages of the mountain for the third day running.", "ASSAULT", "heavy-weapons"),
    ("Russian warplanes carried out four raids on the outskirts of Kansafra on Monday.", "ASSAULT", None),
    ("The relief organization handed out 500 food baskets to displaced families in the camp.", "AID", None),
    ("The Water Establishment has stopped pumping water to the western neighbourhoods.", "COERCE", "withhold"),
    ("A military court fined the trader two million pounds for hoarding flour.", "SANCTION", "convict"),
    ("The court sentenced the two smugglers to five years in prison.", "SANCTION", "convict"),
    ("The Asayish eased the curfew on Tuesday, allowing shops to open for four hours.", "CONCEDE", None),
])
def test_round4_second_practice_set(body, event_type, mode):
    assert (event_type, mode) in [(e.type, e.mode) for e in drafted(body).events]


# Round 4, evphysical: a noun of two acts, and a noun that a relative clause defines (invented passages).
def test_round4_the_strike_after_an_attack_is_that_attack():
    body = "A drone struck a truck near Tell Tamr on Monday. The strike came a day after shelling in the area."
    assert "PROTEST" not in [e.type for e in drafted(body).events]


def test_round4_an_act_defined_by_a_relative_clause_is_told_not_referred_to():
    body = ("Shells hit the village of Kafr Ruma on Sunday, on the fifth day of the offensive that the regime "
            "launched on 1 May.")
    assert [e.type for e in drafted(body).events] == ["ASSAULT", "ASSAULT"]


# Round 4, evphysical: a siege or closure needs its verb, counts of a monitor are no acts, a resumed act is new.
@pytest.mark.parametrize("body, expected", [
    ("The division imposed a siege on the neighbourhood on 2 June.", ["COERCE"]),
    ("The siege, which the division imposed on 2 June, ended in September.", ["COERCE"]),
    ("Traders in the town have lived through three years of closure.", []),
    ("The network said it had recorded more than 300 arrests in the province in 2022.", []),
    ("Regime forces shelled the village on Monday. The shelling resumed on Wednesday morning.", ["ASSAULT", "ASSAULT"]),
])
def test_round4_sieges_counts_and_resumed_acts(body, expected):
    assert [e.type for e in drafted(body).events] == expected


# Round 4, evphysical: more of the words of material acts (invented passages).
@pytest.mark.parametrize("body, event_type, mode", [
    ("The mayor had survived an earlier attempt on his life in 2020.", "ASSAULT", "assassinate"),
    ("Since March, small drones have hit cars and tractors along the front line.", "ASSAULT", None),
    ("The rights group said that two detainees had died in custody this year.", "ASSAULT", None),
    ("Its members had entered several homes by force, relatives said.", "COERCE", None),
    ("The military police entered the villages of the plain on Saturday.", "MOBILIZE", "troops"),
    ("Two tanks crossed the ceasefire line near the village on Monday.", "MOBILIZE", "troops"),
    ("The security forces launched an operation to comb the orchards around the town.", "MOBILIZE", "troops"),
    ("A new call-up of reservists has been enforced since early May.", "MOBILIZE", "troops"),
    ("Nine of the detainees returned to their villages on Friday evening.", "RETREAT", "release"),
    ("The trader returned to his family after two weeks in captivity.", "RETREAT", "release"),
    ("The opposition factions left the town for the north under the agreement.", "RETREAT", "withdraw"),
])
def test_round4_more_words_of_material_acts(body, event_type, mode):
    assert (event_type, mode) in [(e.type, e.mode) for e in drafted(body).events]


def test_round4_a_counted_act_after_one_of_its_type_is_a_new_act():
    body = "Police arrested two traders in May. A second operation, in June, ended with the arrest of 40 people."
    assert [e.type for e in drafted(body).events] == ["COERCE", "COERCE"]


# Round 4, evphysical: a third set of invented practice passages (dismissals, people caught, concessions, adjectives).
@pytest.mark.parametrize("body, event_type, mode", [
    ("The Education Directorate dismissed 40 teachers who took part in the strike.", "COERCE", None),
    ("The engineer was dismissed from the company at the end of last year.", "COERCE", None),
    ("Smugglers were caught with 300 litres of diesel at a checkpoint near the town.", "COERCE", "arrest"),
    ("The governor promised to restore the bread quota of the town within a week.", "CONCEDE", None),
    ("The ministry reduced the price of a bundle of bread to 150 pounds.", "CONCEDE", None),
    ("“They beat us with cables,” said Rami Saleh, a student.", "ASSAULT", "beat"),
])
def test_round4_third_practice_set(body, event_type, mode):
    assert (event_type, mode) in [(e.type, e.mode) for e in drafted(body).events]


@pytest.mark.parametrize("body", [
    "One of the released students said the rooms were cold.",  # a participle as an adjective: no release told
    "Farmers demanded that the directorate restore the quota of diesel.",  # a subjunctive after a demand: not done
])
def test_round4_no_act_from_an_adjective_or_a_subjunctive(body):
    assert not [e for e in drafted(body).events if e.type in {"RETREAT", "CONCEDE"}]


def test_round4_people_killed_when_an_attack_struck_is_one_act_the_attack():
    body = "Two farmers were killed on Monday when a drone struck their tractor near the village of Kafr Ruma."
    assert [e.text.split()[0] for e in drafted(body).events] == ["a"]


def test_round4_the_fine_imposed_refers_back_to_the_fine_told_before():
    body = "The directorate fined two bakeries on Monday. It had warned the owners twice before it imposed the fine."
    assert [e.type for e in drafted(body).events].count("SANCTION") == 1


def test_round4_a_passive_after_a_modal_and_an_adverb_is_no_subjunctive():
    assert [e.type for e in drafted("The detainees may soon be released, the lawyer said.").events] == ["RETREAT"]
# Round 4, evactors: the parties of drafted events, on invented sentences.
def event_parties(body: str) -> list[tuple]:
    return [(e.type, e.actor1, e.actor2) for e in drafted(body).events]


@pytest.mark.parametrize("body, expected", [
    # a party every article on Syria may name is an actor wherever it stands, under the id of its name
    ("The Kurdish fighters took the village of Tell Marwan from the Islamic State in 2018.",
     ("ASSAULT", None, "islamic-state")),
    ("ISIS cells attacked a bus of the regime forces near Kawkab on Friday.",
     ("ASSAULT", "islamic-state", "assad-forces")),
])
def test_a_well_known_party_is_an_actor_of_the_event(body, expected):
    assert expected in [(t, a1 if expected[1] else None, a2) for t, a1, a2 in event_parties(body)]


def test_a_month_after_in_is_no_place_of_a_group():
    parties = event_parties("Hezbollah and regime forces took the village of Tell Harun from opposition factions "
                            "in June 2014.")
    assert {a2 for _, _, a2 in parties} == {"opposition-factions"}
    assert {a1 for _, a1, _ in parties} == {"hezbollah", "assad-forces"}


@pytest.mark.parametrize("body, expected", [
    # a state's forces are one actor apart from the state, whatever the article calls them
    ("A Turkish drone struck a motorcycle near the village of Tell Jamal on Tuesday.", ("ASSAULT", "turkish-army", None)),
    ("Israeli artillery shelled farmland near the village of Ain Sumaq on Sunday.", ("ASSAULT", "israeli-army", None)),
    # ... but a body of the state apart from its army keeps its own name
    ("The Russian military police set up a checkpoint on the road to Tell Harun on Monday.",
     ("MOBILIZE", "russian-military-police", None)),
])
def test_a_states_forces_are_its_army_apart_from_the_state(body, expected):
    assert expected in event_parties(body)


@pytest.mark.parametrize("body, expected", [
    # those a participle of harm names after an attack are its actor2, past the attack's time and place
    ("A car bomb exploded near the bakery of Sarmin, on the evening of 2 May, wounding eleven civilians.",
     [("ASSAULT", None, "civilians")]),
    ("Unknown gunmen attacked a checkpoint on the road to Kafr Hamra, killing a soldier.",
     [("ASSAULT", "unknown-gunmen", "soldier")]),
    # ... not a party named later in the sentence, after other words
    ("A drone struck the village, killing three according to the Sarmin Rescue Team.", [("ASSAULT", None, None)]),
])
def test_those_a_participle_of_harm_names_are_the_attacks_actor2(body, expected):
    assert event_parties(body) == expected


def test_a_domain_phrase_replaces_the_registry_name_it_holds():
    # "Syrian regime" is the registry's name of the government; "Syrian regime forces" are its forces
    assert event_parties("Syrian regime forces shelled the village of Kafr Oweid on Sunday.") == \
        [("ASSAULT", "assad-forces", None)]


@pytest.mark.parametrize("body, expected", [
    # a passive act done at a force's post, with no "by": the force does it
    ("Two shepherds from Umm Batna were detained at a checkpoint of the Air Force Intelligence on Sunday.",
     [("COERCE", "air-force-intelligence", "shepherds-from-umm-batna")]),
    ("Salim Kassab, a driver from Harbnafsa, was arrested at a checkpoint of the Fourth Division near the bridge.",
     [("COERCE", "fourth-division", "salim-kassab")]),
    # no post named: no doer
    ("Two shepherds from Umm Batna were detained at the entrance of the town.",
     [("COERCE", None, "shepherds-from-umm-batna")]),
])
def test_a_passive_act_at_a_forces_post_is_done_by_the_force(body, expected):
    assert event_parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an adjective after "the" with no noun names a group
    ("Civil Defence teams pulled the wounded from the rubble of the mosque.", [("AID", "civil-defence", "wounded")]),
    # ... but before a noun it only describes the noun
    ("The police arrested the wounded driver at the hospital.", [("COERCE", "police", "driver")]),
])
def test_the_wounded_are_a_group(body, expected):
    assert event_parties(body) == expected


def test_a_clause_ends_with_its_sentence_inside_a_quotation():
    body = "“We had no bread for the wounded. The militia shelled us every day,” said Umm Khaled, a nurse."
    assert [(e.actor1, e.text.startswith("The militia")) for e in drafted(body).events] == [("militia", True)]


def test_one_owner_of_a_place_is_a_person_and_the_owner_of_his_relative():
    parties = event_parties("Police arrested a bakery owner in Kafr Batna and his son on Monday.")
    assert [a2 for _, _, a2 in parties] == ["bakery-owner-in-kafr-batna", "son-of-bakery-owner-in-kafr-batna"]


@pytest.mark.parametrize("body, expected", [
    # a body's noun alone, capitalized as it opens the sentence, is the act's subject
    ("Police detained four traders in the market of Saqba on Sunday.", [("COERCE", "police", "traders")]),
    # ... where another lone word that opens it is none ("Clashes")
    ("Clashes broke out near the village on Sunday.", [("ASSAULT", None, None)]),
])
def test_a_lone_body_noun_opening_a_sentence_is_its_subject(body, expected):
    assert event_parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a party's armed men are the party's forces: the party itself for an armed body ...
    ("Hezbollah’s fighters took the village of Tell Harun on Friday.", [("ASSAULT", "hezbollah", None)]),
    ("The forces of the Fifth Division stormed the town of Kafr Batna.", [("COERCE", "fifth-division", None)]),
    # ... the state's army for a state, and the government's forces for the government
    ("The forces of Turkey shelled the village of Tell Jamal on Monday.", [("ASSAULT", "turkish-army", None)]),
    ("Forces of the Syrian regime shelled the village of Kafr Oweid on Sunday.", [("ASSAULT", "assad-forces", None)]),
    ("The regime’s troops arrested two traders in Inkhil.", [("COERCE", "assad-forces", "traders-in-inkhil")]),
])
def test_a_partys_forces_are_the_party_or_its_army(body, expected):
    assert event_parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a body's name that holds a well-known party's is the body
    ("The Police Directorate of Hayat Tahrir al-Sham (HTS) detained a pharmacist in Armanaz.",
     ("COERCE", "police-directorate-of-hayat-tahrir-al-sham", "pharmacist-in-armanaz")),
    # the party's acronym is the party, under its one id
    ("The Kurdish fighters took the village of Tell Marwan from the Islamic State (IS) in 2018.",
     ("ASSAULT", None, "islamic-state")),
])
def test_a_well_known_party_in_a_longer_name_or_with_its_acronym(body, expected):
    assert expected in [(t, a1 if expected[1] else None, a2) for t, a1, a2 in event_parties(body)]


@pytest.mark.parametrize("body, expected", [
    # the holder of an office of a body is a person of their own, named with the body's name and place
    ("The Fifth Corps arrested the commander of the Tell Harun Brigade on Monday.",
     [("COERCE", "fifth-corps", "commander-of-the-tell-harun-brigade")]),
    ("The notables asked the head of the Air Force Intelligence branch in Inkhil to release the men.",
     ("REQUEST", "notables", "head-of-the-air-force-intelligence-branch-in-inkhil")),
])
def test_the_holder_of_an_office_of_a_body_is_a_party(body, expected):
    parties = event_parties(body)
    assert parties == expected if isinstance(expected, list) else expected in parties


@pytest.mark.parametrize("body, expected", [
    # an act on what a person owns is done to the person
    ("Members of the Fifth Corps raided the house of Walid Hamdan in Busra on Monday.",
     [("COERCE", "fifth-corps", "walid-hamdan")]),
    # ... not to a place named so
    ("The police raided the house of Kafr Batna.", [("COERCE", "police", None)]),
])
def test_an_act_on_a_persons_house_is_done_to_the_person(body, expected):
    assert event_parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a group named with the kind of its place, plural too: "families from the villages of X"
    ("Civil Defence teams distributed blankets to 40 families from the villages of Kafr Oweid on Monday.",
     [("AID", "civil-defence", "families-from-the-villages-of-kafr-oweid")]),
    ("The Jordanian army deported dozens of Syrians from the camps of the Ruwaished area.",
     [("COERCE", "jordanian-army", "syrians-from-the-camps-of-the-ruwaished-area")]),
    # "tribal" names a group with its noun
    ("Tribal fighters attacked a checkpoint near the bridge.", [("ASSAULT", "tribal-fighters", None)]),
])
def test_groups_named_by_their_places_and_kinds(body, expected):
    assert event_parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a body by its noun, an auxiliary between it and its verb, is the act's subject
    ("The municipality had agreed with the Red Crescent to open a second bakery.",
     [("AGREE", "municipality", "red-crescent")]),
    ("The camp administration has asked the Qatar Red Crescent for new tents.",
     [("REQUEST", "camp-administration", "qatar-red-crescent")]),
])
def test_a_body_noun_before_an_auxiliary_is_the_subject(body, expected):
    assert event_parties(body) == expected


def test_the_clan_is_the_clan_named_before():
    body = ("Gunmen of the al-Harba clan kidnapped a trader from Shahba on Friday. "
            "The clan released the trader two days later.")
    assert ("RETREAT", "al-harba-clan") in [(t, a1) for t, a1, _ in event_parties(body)]


@pytest.mark.parametrize("body, expected", [
    ("Ankara blamed the attack on the YPG.", ("ACCUSE", "turkey", "ypg")),
    ("Officials said Washington had suspended its aid to the camps.", ("SANCTION", "united-states", None)),
    ("Tehran sent reinforcements to Deir Ezzor last week.", ("MOBILIZE", "iran", None)),
])
def test_a_capital_stands_for_its_state(body, expected):
    assert expected in event_parties(body)


@pytest.mark.parametrize("body, expected", [
    # the kin of those an act harmed are a group of their own
    ("Civil Defence teams distributed food to the families of the kidnapped in Shahba.",
     [("AID", "civil-defence", "families-of-the-kidnapped")]),
    ("Civil Defence teams distributed food to the families of the dead workers.",
     [("AID", "civil-defence", "families-of-the-dead-workers")]),
])
def test_the_families_of_those_harmed_are_a_group(body, expected):
    assert event_parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a group of two places named together, before its verb
    ("Residents of Tafas and Jasim protested on Friday against the power cuts.",
     [("PROTEST", "residents-of-tafas-and-jasim", None)]),
    # ... but not a party listed after it
    ("Residents of Tafas and Hezbollah clashed on Friday.",
     [("ASSAULT", "residents-of-tafas", None), ("ASSAULT", "hezbollah", None)]),
])
def test_a_group_of_two_places(body, expected):
    assert event_parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "them" right after an act's verb are those the act before in the sentence was done to
    ("The Asayish arrested the owners of three bakeries in Amuda, accusing them of selling flour to traders.",
     [("COERCE", "asayish", "owners-of-three-bakeries-in-amuda"),
      ("ACCUSE", "asayish", "owners-of-three-bakeries-in-amuda")]),
])
def test_them_after_a_verb_are_the_party_of_the_act_before(body, expected):
    assert event_parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the person an apposition names after an act's object is the party, not the body the object belongs to
    ("Unknown gunmen kidnapped a member of the Binnish Local Council, Khalil Hamdan, on Monday.",
     [("ASSAULT", "unknown-gunmen", "khalil-hamdan")]),
    ("The Asayish detained a local journalist, Firas Haddad, near the bakery.", [("COERCE", "asayish", "firas-haddad")]),
    # an acronym in a hyphenated word names no party: "the SDF-affiliated council" is the council
    ("Unknown gunmen attacked the SDF-affiliated Tabqa Civil Council on Monday.",
     [("ASSAULT", "unknown-gunmen", "tabqa-civil-council")]),
])
def test_the_person_apposed_to_an_object_is_the_party(body, expected):
    assert event_parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's posts and positions stand for its army
    ("Notables from Tell Harun asked the Turkish observation post near the village to intervene.",
     ("REQUEST", "notables-from-tell-harun", "turkish-army")),
    ("The SDF attacked Turkish positions near the town of Tell Jamal.", ("ASSAULT", "sdf", "turkish-army")),
])
def test_a_states_posts_stand_for_its_army(body, expected):
    assert expected in event_parties(body)


@pytest.mark.parametrize("body, expected", [
    # a group a party's name says whose it is
    ("The prison holds about 3,000 Islamic State detainees, who rioted on Friday.",
     [("PROTEST", "islamic-state-detainees", None)]),
    # ... but a party's own factions are the party
    ("SNA factions attacked the village of Tell Jamal on Friday.", [("ASSAULT", "sna", None)]),
])
def test_a_group_named_with_its_party(body, expected):
    assert event_parties(body) == expected


def test_a_client_group_of_a_named_body_is_named_with_it():
    assert event_parties("The Iran-backed militias of the Local Defence Forces took the village of Tell Harun.") == \
        [("ASSAULT", "iran-backed-militias-of-the-local-defence-forces", None)]


@pytest.mark.parametrize("body, expected", [
    # the regime's warplanes, artillery and checkpoints are its forces, not the government
    ("Syrian regime warplanes struck the town of Kafr Oweid on Sunday.", [("ASSAULT", "assad-forces", None)]),
    ("Regime artillery shelled the village of Tell Harun.", [("ASSAULT", "assad-forces", None)]),
])
def test_the_regimes_weapons_are_its_forces(body, expected):
    assert event_parties(body) == expected
# Round 4, names: a proposed actor is named as a coder names it (coding guide, "An actor the article does not name")
@pytest.mark.parametrize("body, expected", [
    # a rank is no word of a person's name, however many words it has
    ("Vice Admiral Tarek Hamdan said that the patrols would continue. Hamdan added that the port was calm.",
     ["tarek-hamdan", "tarek-hamdan"]),
    ("“The roads are safe now,” Staff Sergeant Nabil Qasem told Enab Baladi.", ["nabil-qasem"]),
    # "Sheikh" inside a family name is a word of it; at the start of a name it is a title
    ("Hassan Sheikh Mousa, a trader, said that the office would close. Sheikh Mousa said it would open in May.",
     ["hassan-sheikh-mousa", "hassan-sheikh-mousa"]),
    ("Sheikh Ibrahim al-Hafel, a tribal elder, said that the roads were closed.", ["ibrahim-al-hafel"]),
    # a preposition or a determiner that opens the sentence is no word of the name
    ("For Umm Walid, who lost her husband in 2016, winter is the hardest season. “We burn plastic,” she said.",
     ["umm-walid"]),
    ("The Sahel Aid Team, a group of volunteers, said that the camp had no water. The group called on the "
     "council to send tankers.", ["sahel-aid-team", "sahel-aid-team"]),
])
def test_round4_names_titles_and_opening_words_are_no_words_of_a_name(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # a patron ("X-backed", "X-affiliated", "X-based") is no word of the client's name, wherever it stands in it
    ("The Military Police of the Iran-backed Imam Ali Brigade said that its patrol had left the town.",
     ["military-police-of-the-imam-ali-brigade"]),
    ("The HTS-affiliated Sarmin Relief Council closed the bakery. According to the Sarmin Relief Council, "
     "which said that the flour had run out, the bakery will reopen.", ["sarmin-relief-council"]),
    ("The Gaziantep-based Syrian Centre for Legal Aid said that the law violated property rights.",
     ["syrian-centre-for-legal-aid"]),
])
def test_round4_names_a_patron_is_no_word_of_a_name(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


def test_round4_names_a_time_after_a_name_is_no_word_of_it():
    """"called on Jordan on Thursday", "rebel factions in March": the time says when, not who."""
    body = "The minister, Karim Tawil, called on Jordan on Thursday to let the trucks through."
    assert [(s.speaker, s.recipient) for s in drafted(body).statements] == [("karim-tawil", "jordan")]
    events = drafted("Rebel factions in March attacked a checkpoint near Inkhil, killing two soldiers.").events
    assert [e.actor1 for e in events] == ["rebel-factions"]
    events = drafted("Residents of Inkhil protested against the price of bread.").events
    assert [e.actor1 for e in events] == ["residents-of-inkhil"]  # a place after "of" stays the group's


@pytest.mark.parametrize("body, expected", [
    # "X and Y Committee": two fields of one body, one name
    ("The Water and Sanitation Committee in Sarmin said that the pumps had stopped.",
     ["water-and-sanitation-committee-in-sarmin"]),
    ("The Youth and Sports Office warned that the stadium would close. The Youth and Sports Office added that "
     "the matches were cancelled.", ["youth-and-sports-office", "youth-and-sports-office"]),
    # a body's name goes on past "and" after its "of", and past "for" and "in"
    ("The Directorate of Roads and Bridges of Hama closed the road. The Directorate said that the bridge was unsafe.",
     ["directorate-of-roads-and-bridges-of-hama"]),
    ("The Turkish Center for Migration Studies in Kilis said that 300 families had returned.",
     ["turkish-center-for-migration-studies-in-kilis"]),
])
def test_round4_names_a_body_named_with_and_for_and_in(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


def test_round4_names_two_people_joined_by_and_are_not_one_name():
    speakers_found = {s.speaker for s in drafted("Rami Haddad and Salma Nour said that the clinic had closed.").statements}
    assert speakers_found and speakers_found <= {"rami-haddad", "salma-nour"}


@pytest.mark.parametrize("body, expected", [
    # what an outlet is, before its proper name, is a description: the name is the proper name
    ("The Jordanian agency Petra said that the crossing would reopen.", ["petra"]),
    ("On 3 May, the official Iraqi news agency INA accused the council of hoarding the wheat.", ["ina"]),
    ("The crossing reopened on Sunday, the Lebanese newspaper al-Mustaqbal reported.", ["al-mustaqbal"]),
])
def test_round4_names_an_outlet_described_before_its_name(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


def test_round4_names_a_group_keeps_its_place_with_the_kind_of_place():
    """An unnamed group is named in the article's words, with the place that makes it one (coding guide)."""
    events = drafted("The police arrested workers of the al-Rahma oil field on Sunday.").events
    assert "workers-of-the-al-rahma-oil-field" in {e.actor2 for e in events}
    events = drafted("Bakery owners from Kafr Takharim protested outside the council on Tuesday.").events
    assert [e.actor1 for e in events] == ["bakery-owners-from-kafr-takharim"]
    body = "“Nobody has fuel,” said a bus driver at the al-Sabil stop, who asked not to be named."
    assert [s.speaker for s in drafted(body).statements] == ["bus-driver-at-the-al-sabil-stop"]


@pytest.mark.parametrize("body, actor1", [
    # a group's trade before its noun is a word of its name; "the drivers" after it are that group
    ("Bus drivers in Qudsaya went on strike on Sunday. The drivers blocked the main road.",
     ["bus-drivers-in-qudsaya", "bus-drivers-in-qudsaya"]),
    # ... but no verb, quantifier or conjunction before the noun is a trade
    ("Other residents protested in front of the council.", ["residents"]),
    ("When teachers protested, the police dispersed them.", ["teachers", "police"]),
])
def test_round4_names_a_group_keeps_its_trade(body, actor1):
    assert [e.actor1 for e in drafted(body).events] == actor1


def test_round4_names_the_trade_of_a_group_acted_upon():
    events = drafted("Three pharmacy workers from the al-Mahatta neighbourhood were arrested by the police.").events
    assert [e.actor2 for e in events] == ["pharmacy-workers-from-the-al-mahatta-neighbourhood"]


def test_round4_names_sellers_and_vendors_are_groups():
    body = "Fruit sellers at the Sarmin market said that nobody buys anything."
    assert [s.speaker for s in drafted(body).statements] == ["fruit-sellers-at-the-sarmin-market"]


@pytest.mark.parametrize("body, expected", [
    # a body named with the kind of place it is of; a body's owner before its possessive is no word of its name
    ("The administration of the Bab al-Nour border crossing closed the gate on Monday. The administration said "
     "that the decision was temporary.", ["administration-of-the-bab-al-nour-border-crossing"]),
    ("The Council’s Water and Energy Authority said on Monday that the tariff would rise. The authority added "
     "that the pumps needed diesel.", ["water-and-energy-authority", "water-and-energy-authority"]),
])
def test_round4_names_a_body_with_its_place_and_without_its_owner(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


def test_round4_names_a_name_whole_before_its_apposition():
    """"The X border crossing, north of Y, stopped ... it said": the subject's name ends at its comma, not before."""
    body = ("The administration of the Bab al-Nour border crossing, near Harem, halted the entry of fuel tankers "
            "last week, in a move it said would last a month.")
    assert [s.speaker for s in drafted(body).statements] == ["administration-of-the-bab-al-nour-border-crossing"]


@pytest.mark.parametrize("body, actor2", [
    # an office of a body is a party of its own, named with the whole body ("Head of X", coding guide)
    ("The council asked the head of the Political Security branch in Homs to release the students.",
     "head-of-the-political-security-branch-in-homs"),
    ("The police arrested the commander of the Hawran Martyrs Brigade in the town of Nawa.",
     "commander-of-the-hawran-martyrs-brigade"),
])
def test_round4_names_an_office_of_a_body(body, actor2):
    assert [e.actor2 for e in drafted(body).events] == [actor2]


def test_round4_names_a_quoted_name_in_an_apposition_is_not_the_speaker():
    body = ("The Nour Literacy Project, an initiative run by a Gulf charity under the name “Read Again,” told "
            "Enab Baladi that its funding had run out.")
    assert [s.speaker for s in drafted(body).statements] == ["nour-literacy-project"]


def test_round4_names_a_clients_group_of_a_named_body():
    events = drafted("The Iran-backed militias of the Fatemiyoun Brigade shelled the village of Kafr Zeita.").events
    assert [e.actor1 for e in events] == ["iran-backed-militias-of-the-fatemiyoun-brigade"]


@pytest.mark.parametrize("body, expected", [
    # a count before a group is no word of its name, whatever modifies the group's noun (coding guide)
    ("Two young men from Inkhil told Enab Baladi that the checkpoint had been removed.", ["young-men-from-inkhil"]),
    ("Two bakery workers from Sarmin said that the flour ran out.", ["bakery-workers-from-sarmin"]),
    # "their uncle" after a group: the group's relative, "Uncle of the young men from X"
    ("Two young men from Inkhil were injured when a mine exploded near their farm, their uncle told Enab Baladi.",
     ["uncle-of-the-young-men-from-inkhil"]),
])
def test_round4_names_counted_groups_and_their_relatives(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # a title written with a hyphen is the same title
    ("Lieutenant-Colonel Walid Saqr said that the army would reopen the road.", ["walid-saqr"]),
    # a group's named place with its kind, and the place of the body an official is at, are words of the name
    ("Residents of the Qusour neighbourhood in Deir Ezzor said that the water had been cut for a week.",
     ["residents-of-the-qusour-neighbourhood-in-deir-ezzor"]),
    ("An official at the Directorate of Health in Azaz said that the clinic would reopen.",
     ["official-at-the-directorate-of-health-in-azaz"]),
])
def test_round4_names_hyphenated_titles_and_places_of_groups_and_officials(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, actor1", [
    # a word in -ing before a group's noun is its trade after the sentence's start or a determiner ...
    ("Smuggling gangs in Jableh abducted two fishermen on Monday.", "smuggling-gangs-in-jableh"),
    # ... but after "of" it is an act done to the group, not a word of its name
    ("The council accused the police of arresting teachers in Binnish.", "council"),
])
def test_round4_names_a_trade_in_ing(body, actor1):
    events = drafted(body).events
    assert events and events[0].actor1 == actor1
    assert "arresting-teachers-in-binnish" not in {e.actor2 for e in events}


@pytest.mark.parametrize("body, actor2", [
    # a body's people ("engineers of X", "employees of X") are a group of their own, named with the body ...
    ("A militia abducted two engineers of the Syrian Petroleum Company near the Homs refinery.",
     "engineers-of-the-syrian-petroleum-company"),
    ("The police arrested employees of the Ministry of Awqaf in Hama.", "employees-of-the-ministry-of-awqaf"),
])
def test_round4_names_a_bodys_people(body, actor2):
    assert [e.actor2 for e in drafted(body).events] == [actor2]


def test_round4_names_a_bodys_fighters_are_the_body():
    # ... but its fighters or members are the body (rules.yaml member_nouns)
    assert [e.actor1 for e in drafted("Fighters of the Sultan Murad Division stormed the house.").events] == \
        ["sultan-murad-division"]


@pytest.mark.parametrize("body, actors", [
    # a title is no word of the name of a person who is a party of an act either
    ("The police arrested Sheikh Ahmad Zoubi in Daraa on Monday.", ("police", "ahmad-zoubi")),
    ("Brigadier General Ali Haidar met the notables of Inkhil on Sunday.", ("ali-haidar", "notables-of-inkhil")),
    # ... while a body's name that opens with a rank's word keeps it
    ("The General Relief Commission distributed flour in Sarmin on Monday.", ("general-relief-commission", None)),
])
def test_round4_names_titles_of_parties_of_acts(body, actors):
    assert [(e.actor1, e.actor2) for e in drafted(body).events] == [actors]


def test_round4_names_a_titled_person_acted_upon():
    events = drafted("Military Security detained Dr. Khaled Yassin at a checkpoint near Homs.").events
    assert [(e.actor1, e.actor2) for e in events] == [("military-security", "khaled-yassin")]


def test_round4_names_a_connective_is_no_trade():
    assert [e.actor1 for e in drafted("Meanwhile residents of Inkhil blocked the road.").events] == \
        ["residents-of-inkhil"]
# Round 4, reported: statements in relative clauses, and a quotation that ends a relative clause before the cue
@pytest.mark.parametrize("body, expected", [
    # the relative clause ends in a quotation: the cue after it is the main clause's, not the quotation's
    ("The Free Lawyers Gathering, which described the trial as “a farce,” said that the court had refused to hear "
     "the defence.", [("free-lawyers-gathering", "mixed", "the trial as “a farce,”"),
                      ("free-lawyers-gathering", "indirect", "the court had refused to hear the defence")]),
    ("The Health Directorate, which warned last week that the hospital had “no fuel left,” said on Sunday that two "
     "generators had arrived.", [("health-directorate", "mixed", "the hospital had “no fuel left,”"),
                                ("health-directorate", "indirect", "two generators had arrived")]),
    # the cue is the relative clause's second verb; its antecedent ends the clause before it
    ("Most families get bread from the Bayt al-Salam Foundation, which runs two bakeries and says that it cannot "
     "afford more.", [("bayt-al-salam-foundation", "indirect", "it cannot afford more")]),
    ("Thousands of families are registered with the World Food Programme (WFP), which says that its funds will "
     "run out in June.", [("wfp", "indirect", "its funds will run out in June")]),
])
def test_reported_statements_in_relative_clauses(body, expected):
    assert speakers(body) == expected


# Round 4, reported: where the reported words end: a relative clause with its own cue, the occasion after them
@pytest.mark.parametrize("body, expected", [
    ("The Agriculture Directorate said that the fires had been put out, in a statement on Monday, which added that "
     "40 hectares had burned.", [("agriculture-directorate", "indirect", "the fires had been put out"),
                                 ("agriculture-directorate", "indirect", "40 hectares had burned")]),
    ("The Martyrs Brigade claimed responsibility for the bombing through its Nasr agency, which said that its "
     "fighters had killed five soldiers.", [("martyrs-brigade", "indirect", "for the bombing through its Nasr agency"),
                                           ("nasr", "indirect", "its fighters had killed five soldiers")]),
    ("Two shops burned, according to the Syrian Civil Defence, which said that its teams had put out the fire.",
     [("syrian-civil-defence", "indirect", "Two shops burned"),
      ("syrian-civil-defence", "indirect", "its teams had put out the fire")]),
])
def test_reported_words_end_before_a_relative_clause_with_its_own_cue(body, expected):
    assert speakers(body) == expected


# Round 4, reported: a participle is a cue only as a verb: not after a determiner, and not as a noun's modifier
@pytest.mark.parametrize("body, expected", [
    ("Karim Halabi denied that the council had cut the wages, adding that the warning “applies only to absentees.”",
     [("karim-halabi", "indirect", "the council had cut the wages"),
      ("karim-halabi", "mixed", "the warning “applies only to absentees.”")]),
    ("Nadia Sabbagh said that the union had gathered 900 signatures demanding the release of the teachers.",
     [("nadia-sabbagh", "indirect", "the union had gathered 900 signatures demanding the release of the teachers")]),
])
def test_a_participle_after_a_determiner_or_a_noun_is_no_cue(body, expected):
    assert speakers(body) == expected


# Round 4, reported: a request ("asked X to", "asking for") is a statement in the article's own voice; inside
# reported words, a request or a verb joined without a comma belongs to those words
@pytest.mark.parametrize("body, expected", [
    ("The Civil Council of Tell Dahab asked the Water Directorate to send two tankers to the eastern neighbourhoods.",
     [("civil-council-of-tell-dahab", "indirect",
       "the Water Directorate to send two tankers to the eastern neighbourhoods")]),
    ("Farmers in Kafr Hamra asked the agricultural bank for a delay in repaying their loans.",
     [("farmers-in-kafr-hamra", "indirect", "the agricultural bank for a delay in repaying their loans")]),
    ("Bakers in Saraqib sent a petition to the council on 2 May, asking it to raise the flour quota.",
     [("bakers-in-saraqib", "indirect", "it to raise the flour quota")]),
    ("The lawyer Salma Ayoubi was asked about the case by reporters.", []),  # no request: no statement
    ("Salma Ayoubi said that the families sent a letter to the governor in March, asking him to intervene, but "
     "that nobody answered.", [("salma-ayoubi", "indirect", "the families sent a letter to the governor in March, "
                                "asking him to intervene, but that nobody answered")]),
    ("Fadi Rahhal told Enab Baladi that two inspectors came to his shop on Monday and threatened to close it.",
     [("fadi-rahhal", "indirect", "two inspectors came to his shop on Monday and threatened to close it")]),
    # ... but after a comma, the verb is the speaker's own
    ("The Relief Committee said that the flour had arrived late, and warned that the bakeries would close.",
     [("relief-committee", "indirect", "the flour had arrived late"),
      ("relief-committee", "indirect", "the bakeries would close")]),
])
def test_requests_and_the_words_they_belong_to(body, expected):
    assert speakers(body) == expected


# Round 4, reported: a document's issuer reports its words ("reports, published by X, that"); a demand as a purpose
# ("gathered ... to demand that"), an appeal ("appealed to X to")
@pytest.mark.parametrize("body, expected", [
    ("The Interior Ministry denied reports, published by local pages, that its officers had taken bribes.",
     [("interior-ministry", "indirect", "reports, published by local pages, that its officers had taken bribes"),
      ("local-pages", "indirect", "its officers had taken bribes")]),
    ("About 50 drivers gathered in front of the fuel station on Sunday to demand that the quota be raised.",
     [("drivers", "indirect", "the quota be raised")]),
    ("The Syrian Civil Defence appealed to the international organizations to provide fuel for its vehicles.",
     [("syrian-civil-defence", "indirect", "the international organizations to provide fuel for its vehicles")]),
    ("The new schedule appealed to many residents.", []),  # no request: no statement
    # inside another's words, a purpose is theirs
    ("Teachers in Binnish said they would meet the director next week to demand their salaries.",
     [("teachers-in-binnish", "indirect", "they would meet the director next week to demand their salaries")]),
])
def test_issuers_purposes_and_appeals(body, expected):
    assert speakers(body) == expected


# Round 4, reported: words that go on after a cue set inside them ("A, he added, but B") are the speaker's too
@pytest.mark.parametrize("body, expected", [
    ("The bakery closed on Monday, activists reported, and prices doubled the next day.",
     [("activists", "indirect", "The bakery closed on Monday"), ("activists", "indirect", "prices doubled the next day")]),
    ("Karim Halabi runs a shop in Idlib. The crossing has been shut for a week, Halabi said, but trucks still wait "
     "at the gate.", [("karim-halabi", "indirect", "The crossing has been shut for a week"),
                      ("karim-halabi", "indirect", "trucks still wait at the gate")]),
    # ... not an act of the speaker's after the cue
    ("The road was closed on Monday, residents of Tafas said, and blocked it with tyres.",
     [("residents-of-tafas", "indirect", "The road was closed on Monday")]),
    ("The road was closed on Monday, residents of Tafas said, and left the town.",
     [("residents-of-tafas", "indirect", "The road was closed on Monday")]),
])
def test_words_resumed_after_a_cue_inside_them(body, expected):
    assert speakers(body) == expected


# Round 4, reported: after words that end in a quotation, ", while X accused" is X's clause, whether or not the
# first speaker was found
def test_a_clause_of_another_speaker_after_a_quotation():
    body = ("Residents described the night as “the worst since the siege,” while the Civil Defence accused the "
            "regime forces of shelling the market.")
    assert speakers(body)[-1] == ("civil-defence", "indirect", "the regime forces of shelling the market")


# Round 4, reported: "X’s statement said": the owner of the statement speaks
@pytest.mark.parametrize("body, expected", [
    ("The Education Directorate’s circular said that exams would start in June.",
     [("education-directorate", "indirect", "exams would start in June")]),
    ("The Local Council of Sarmada said that the bakery would close. The council’s statement said that the crossing "
     "would reopen on Saturday.", [("local-council-of-sarmada", "indirect", "the bakery would close"),
                                   ("local-council-of-sarmada", "indirect", "the crossing would reopen on Saturday")]),
])
def test_the_owner_of_a_statement_speaks(body, expected):
    assert speakers(body) == expected


# Round 4, reported: a demand joined to an accusation is the accuser's; one joined inside reported words is theirs
@pytest.mark.parametrize("body, expected", [
    ("The Teachers Union of Afrin accused the directorate of cutting their salaries and demanded that the cuts be "
     "reversed.", [("teachers-union-of-afrin", "indirect", "the directorate of cutting their salaries"),
                   ("teachers-union-of-afrin", "indirect", "the cuts be reversed")]),
    ("Farmers in Kafr Hamra say that the prices fell after the militia closed the road and demanded that they pay a "
     "toll.", [("farmers-in-kafr-hamra", "indirect", "the prices fell after the militia closed the road and demanded "
                "that they pay a toll")]),
    # whom a promise is made to, unnamed, is no part of it
    ("The governor of Daraa promised residents that the electricity would return within a week.",
     [("governor-of-daraa", "indirect", "the electricity would return within a week")]),
])
def test_demands_joined_to_other_words(body, expected):
    assert speakers(body) == expected


# Round 4, reported: "according to X" after an accusation or an appeal in the article's voice reports the whole
# sentence; after another's statement it is only the source of the report
@pytest.mark.parametrize("body, expected", [
    ("The police arrested two bakers in Binnish on Monday, accusing them of selling flour, according to Binnish Now, "
     "a local news page.", [("police", "indirect", "them of selling flour"),
                            ("binnish-now", "indirect", "The police arrested two bakers in Binnish on Monday, "
                             "accusing them of selling flour")]),
    ("Karim Halabi denied that the shop had closed, according to the local page Saraqib Now.",
     [("karim-halabi", "indirect", "the shop had closed")]),
])
def test_according_to_after_an_act_in_words(body, expected):
    assert speakers(body) == expected


# Round 4, reported: "calling X “...”" reports what the speaker called it; "calling the police" reports nothing
@pytest.mark.parametrize("body, expected", [
    ("The Bakers Committee threatened to close the bakeries, calling the fine “a punishment of the poor.”",
     [("bakers-committee", "indirect", "to close the bakeries"),
      ("bakers-committee", "mixed", "the fine “a punishment of the poor.”")]),
    ("The Bakers Committee closed the bakeries, calling the police to the market.", []),
])
def test_calling_something_a_quotation(body, expected):
    assert speakers(body) == expected


# Round 4, reported: "X learned from Y that": Y's words, told to X
def test_learned_from_someone():
    body = "Enab Baladi learned from residents on Monday that the bakery had closed."
    assert [(s.speaker, s.recipient, s.text) for s in drafted(body).statements] == \
        [("residents", "enab-baladi", "the bakery had closed")]


# Round 4, reported: where a document was published ("on its Facebook page") names nobody
def test_a_document_published_on_a_page_is_its_publisher_s():
    body = ("The bakery will reopen on Sunday, according to a statement published by the Saraqib Local Council on its "
            "Facebook page.")
    assert speakers(body) == [("saraqib-local-council", "indirect", "The bakery will reopen on Sunday")]


# Round 4, reported: "According to X, ..., demanding ...": the demand is part of X's report, not X's own words
def test_a_demand_inside_an_according_to_report():
    body = ("According to Saraqib Now, a local news page, dozens of residents protested on Monday, demanding that the "
            "price of bread be fixed.")
    assert speakers(body) == [("saraqib-now", "indirect", "dozens of residents protested on Monday, demanding that "
                                                          "the price of bread be fixed")]


# Round 4, reported: only a demand or a threat joined without a comma stays inside reported words
def test_an_appeal_joined_to_reported_words_is_the_speaker_s():
    body = "The council said the wells had dried up and called on the organizations to send tankers."
    assert speakers(body) == [("council", "indirect", "the wells had dried up"),
                              ("council", "indirect", "the organizations to send tankers")]


# Round 4, reported: asking for anonymity is the trade's formula, no request
@pytest.mark.parametrize("body", [
    "A teacher in Binnish, who asked for anonymity, said that salaries had not been paid.",
    "A teacher in Binnish, who asked to remain anonymous, said that salaries had not been paid.",
])
def test_asking_for_anonymity_is_no_request(body):
    assert speakers(body) == [("teacher-in-binnish", "indirect", "salaries had not been paid")]


# Round 4, reported: a report that holds another's words ("X said that ..., the page reported"): X's words end at the
# comma, and the report is the whole clause
def test_words_reported_by_a_source_after_them():
    body = ("Shopkeepers in al-Hamidiya complained that the municipality had doubled the rent of their stalls, the local "
            "news page Hamidiya Now reported.")
    assert speakers(body) == [
        ("shopkeepers-in-al-hamidiya", "indirect", "the municipality had doubled the rent of their stalls"),
        ("hamidiya-now", "indirect", "Shopkeepers in al-Hamidiya complained that the municipality had doubled the rent "
                                     "of their stalls")]
# Round 4, evverbal: verbal and political acts in the grammar of news English (invented sentences)
@pytest.mark.parametrize("body, expected, absent", [
    # a proposal made to a party, and asking in the base form after a modal
    ("The Jabal Council proposed on 3 May that the Nour Brigade hand the checkpoint over to the police.",
     ("REQUEST", "occurred"), None),
    ("The traders’ union said it would ask the municipality to compensate the shop owners.", ("REQUEST", None), None),
    # ultimatums: a deadline given to a party, and what follows if it is not met
    ("The council gave the families until the end of the month to leave the school building.",
     ("THREATEN", "threatened"), None),
    ("The guards gave the shepherds two days to leave the pasture.", ("THREATEN", "threatened"), None),
    ("A commander told the elders: “Either you hand over the wanted men, or you face the consequences.”",
     ("THREATEN", "threatened"), None),
    # force vowed, and an act named with "any" is none done
    ("The Defence Ministry warned that it will not leave the attack unanswered.", ("THREATEN", "threatened"), "ASSAULT"),
    ("The ministry said its aircraft would strike any gathering of the group in the desert.",
     ("THREATEN", "threatened"), "PROTEST"),
    ("The ministry said its forces would respond in the strongest terms to any attack on the base.",
     ("THREATEN", "threatened"), "ASSAULT"),
    ("The Nour Brigade vowed to respond “with force” to any attack on its positions.", ("THREATEN", "threatened"),
     "ASSAULT"),
    # a punishment announced, and a conditional whose other act is negated
    ("The directorate said that any teacher who leaves work without permission “will be replaced.”",
     ("THREATEN", "threatened"), None),
    ("The mill owners said they would keep their grain in the stores if the fee was not withdrawn.",
     ("THREATEN", "threatened"), "RETREAT"),
    # what a party says it will not do
    ("The Nour Brigade said it will not hand the checkpoint to anyone.", ("REJECT", "occurred"), None),
    # accusations by attribution, in someone's words; a thing called names
    ("The local council said that the Nour Brigade was responsible for the shortages in the market.",
     ("ACCUSE", "occurred"), None),
    ("The ministry said the fire had been carried out by the Black Flag group.", ("ACCUSE", "occurred"), None),
    ("The Nour Brigade called the reports “fabrications.”", ("ACCUSE", "occurred"), None),
    # a promise that names no other act is an agreement; a promise to repair is the repair, announced
    ("The Water Directorate promised to secure the road within weeks.", ("AGREE", "occurred"), None),
    ("The Water Directorate promised to repair the pumping station.", ("AID", "announced"), "AGREE"),
    # meetings with a party's people, acts done in coordination, agreements named as what an act was done under
    ("Officers of the Border Guard met commanders of the Nour Brigade on 9 May.", ("CONSULT", "occurred"), None),
    ("The convoy was organized by the Red Crescent in coordination with the local council.",
     ("COOPERATE", "occurred"), None),
    ("The town returned to the control of the regime under a settlement deal in 2018.", ("AGREE", "occurred"), None),
    # a strike called by its organizer, shops closed by their owners, chants
    ("The teachers’ union called for a strike in the schools of the district.", ("PROTEST", None), "REQUEST"),
    ("The union has called for a strike in the schools starting next month.", ("PROTEST", "announced"), None),
    ("Bakers in Tal Hamra said they would close their bakeries for three days if the flour allocation was not "
     "restored.", ("PROTEST", "threatened"), None),
    ("The protesters chanted against the council.", ("PROTEST", "occurred"), None),
    ("The traders’ union said it would close the shops of its members for a day if the detainees were not released.",
     ("PROTEST", "threatened"), None),
    # an attribution in the active voice, consequences for those who do not comply, repeated warnings
    ("The ministry said armed cells of the Black Flag group had carried out the attack.", ("ACCUSE", "occurred"), None),
    ("The directorate said that bakeries that do not display the price “will be closed.”", ("THREATEN", "threatened"),
     None),
    ("The governorate said it would take “legal measures” against anyone who spreads rumours.",
     ("THREATEN", "threatened"), None),
    ("The council had warned the drivers several times before the fine.", ("THREATEN", "threatened"), None),
    ("The last meeting between the two committees ended without an answer.", ("CONSULT", "occurred"), None),
    ("The ministry said that anyone who crosses the fence “will be targeted.”", ("THREATEN", "threatened"), "ASSAULT"),
    ("The brigade gave the families a choice between leaving the village and paying a levy.",
     ("THREATEN", "threatened"), None),
    ("The elders said the clans will go on fighting until the brigade leaves the villages.", ("THREATEN", "threatened"),
     None),
    # a request named by whom it is of
    ("The mediator went to the village at the request of the families.", ("REQUEST", "occurred"), None),
    ("The union called on its members to hold a sit-in in front of the directorate on Sunday.", ("PROTEST", None),
     "REQUEST"),
    # other words of the same acts
    ("The Syrian Interim Government denounced the shelling of the market.", ("ACCUSE", "occurred"), None),
    ("The tribal council lashed out at the local administration over the fuel.", ("ACCUSE", "occurred"), None),
    ("The two factions struck a deal on Tuesday to share the revenues of the crossing.", ("AGREE", "occurred"),
     "ASSAULT"),
    ("The governor received a delegation of the farmers on Sunday.", ("CONSULT", "occurred"), None),
    ("The Nour Brigade and the Jabal Council held talks in Tal Hamra on Monday.", ("CONSULT", "occurred"), None),
    ("The council turned down the request of the traders.", ("REJECT", "occurred"), None),
    ("The directorate declined to renew the licences of the bakeries.", ("REJECT", "occurred"), None),
    ("A spokesman for the brigade said its fighters would not withdraw from the hills.", ("REJECT", "occurred"),
     "RETREAT"),
    ("Residents pleaded with the council to restore the electricity.", ("REQUEST", "occurred"), None),
    ("The Defence Ministry warned that its forces would shell the positions of the brigade.",
     ("THREATEN", "threatened"), None),
    ("The tribe gave the brigade until Friday to free its sons, or it would cut the road to the oil field.",
     ("THREATEN", "threatened"), "SANCTION"),
    ("The officers placed the elders in front of two choices: hand over the wanted men or face a campaign.",
     ("THREATEN", "threatened"), None),
    ("The commander said the brigade’s positions would be the first target if the truce was broken.",
     ("THREATEN", "threatened"), None),
    ("The Defence Ministry warned the brigade of retaliation if its fighters entered the town.",
     ("THREATEN", "threatened"), None),
    ("Hundreds of residents marched through the streets of Tal Hamra on Friday.", ("PROTEST", "occurred"), None),
    ("The families sought the release of their sons through the mukhtar.", ("REQUEST", "occurred"), None),
    ("The council denied the request of the traders to extend the opening hours.", ("REJECT", "occurred"), None),
    ("The governor discussed the price of bread with the bakers’ union on Sunday.", ("CONSULT", "occurred"), None),
    # passives and nouns
    ("An agreement was reached between the two clans on Sunday to end the dispute.", ("AGREE", "occurred"), None),
    ("Talks were held between the Jabal Council and the Russian side on Monday.", ("CONSULT", "occurred"), None),
    ("The brigade’s refusal to withdraw from the school angered the residents.", ("REJECT", "occurred"), "RETREAT"),
    # a demand that is the purpose of a protest is an act of its own
    ("Dozens of bakers protested in front of the directorate on Monday to demand the release of their colleagues.",
     ("REQUEST", "occurred"), None),
])
def test_verbal_acts_of_news_grammar(body, expected, absent):
    events = drafted(body).events
    assert any(e.type == expected[0] and expected[1] in {None, e.status} for e in events), \
        [(e.type, e.status, e.text) for e in events]
    assert absent not in {e.type for e in events}


@pytest.mark.parametrize("body", [
    "The bombing was carried out by a drone.",  # told by the article itself: no accusation
    "The cuts were caused by the heat, the company said.",  # a cause that is no party
    "A lawyer working with the Free Lawyers Association said the court had closed.",  # whom one works for, no act
    "The two teachers were released after they signed a pledge not to protest again.",  # a pledge is no agreement
    "The families sent the governor a petition signed by 300 residents.",  # a petition signed is no agreement
    "His lawyer said nobody told him what he is accused of.",  # a charge someone stands under
    "The council said it would hand anyone accused of theft to the court.",
    "The brigade did not comment on the accusation.",  # the noun names an accusation told elsewhere
    "The engineer said the list would be discussed with the farmers.",  # a meeting promised, none held
    "The committee, which negotiates with the regime on the town’s affairs, opened a clinic.",  # a body's role
])
def test_attributions_that_accuse_nobody(body):
    assert not {"ACCUSE", "COOPERATE", "AGREE", "CONSULT"} & {e.type for e in drafted(body).events}


def test_a_call_made_again_is_a_new_request():
    body = "The council called on the ministry to act. It also renewed its call on the donors to fund the bakery."
    assert [e.type for e in drafted(body).events] == ["REQUEST", "REQUEST"]


def test_an_act_after_a_quotation_closed_inside_another_acts_clause_is_its_own():
    body = "The statement, which accused the Nour Brigade of “targeting civilians,” called on the council to act."
    assert [e.type for e in drafted(body).events] == ["ACCUSE", "REQUEST"]


def test_a_light_verb_after_and_is_the_verb_of_the_act_its_noun_names():
    body = "Dozens of drivers refused to pay the fee and held a sit-in in front of the council."
    assert [e.type for e in drafted(body).events] == ["REJECT", "PROTEST"]


def test_a_call_in_a_participle_after_an_appeal_is_words_of_the_appeal():
    body = ("The families published an appeal on Saturday, calling on the Nour Brigade and the Jabal Council to "
            "release the two shepherds.")
    events = drafted(body).events
    assert [(e.type, e.actor2) for e in events] == [("REQUEST", "nour-brigade"), ("REQUEST", "jabal-council")]
    assert events[0].text.endswith("to release the two shepherds")


def test_a_meeting_about_threats_threatens_nobody():
    body = "The council said its delegation would meet Russian officials next month to discuss the Turkish threats."
    assert [(e.type, e.status) for e in drafted(body).events] == [("CONSULT", "planned")]


def test_an_attribution_in_someones_words_is_their_accusation_of_the_party_named():
    body = ("A car bomb exploded in the market of Tal Hamra on Monday. The Interior Ministry said the attack had been "
            "carried out by the Black Flag group.")
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == [
        ("ASSAULT", None, None), ("ACCUSE", "interior-ministry", "black-flag-group")]


def test_an_attribution_in_the_active_accuses_its_subject():
    body = ("A car bomb exploded in the market of Tal Hamra on Monday. The Interior Ministry said the Black Flag group "
            "had carried out the attack.")
    assert ("ACCUSE", "interior-ministry", "black-flag-group") in [(e.type, e.actor1, e.actor2)
                                                                   for e in drafted(body).events]


def test_an_attribution_of_an_act_first_named_in_it_is_an_accusation_beside_the_act():
    body = "The Interior Ministry said the bombing of the market had been carried out by the Black Flag group."
    events = drafted(body).events
    assert [e.type for e in events] == ["ASSAULT", "ACCUSE"]
    assert (events[1].actor1, events[1].actor2) == ("interior-ministry", "black-flag-group")


@pytest.mark.parametrize("body", [
    "Teachers in Tal Hamra have been on strike since 3 October.",
    "The council has been negotiating with the Nour Brigade since March to reopen the road.",
    "Protests against the council continued in Tal Hamra for the fifth day on Friday.",
])
def test_an_act_that_goes_on_is_ongoing(body):
    assert [e.status for e in drafted(body).events] == ["ongoing"]
# Round 4, attr: speakers of invented sentences whose wording the studied articles do not use


@pytest.mark.parametrize("body, expected", [
    # a relative the article does not name is one person: "he" and "she" after it are that person
    ("The uncle of one of the arrested drivers said that his nephew had done nothing. “He only drives a taxi,” he "
     "told Enab Baladi.",
     [("uncle-of-one-of-the-arrested-drivers", "indirect"), ("uncle-of-one-of-the-arrested-drivers", "direct")]),
    ("The sister of the missing nurse said that she had not heard from her since May. “We asked everyone,” she said.",
     [("sister-of-the-missing-nurse", "indirect"), ("sister-of-the-missing-nurse", "direct")]),
])
def test_round4_an_unnamed_relative_is_a_person_whom_a_pronoun_refers_to(body, expected):
    assert [(s.speaker, s.mode) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # "The statement, which accused X of “...,” called on Y": both are the words of whoever issued the statement
    ("The Farmers Union of Harim issued a statement on Sunday. The statement, which accused the traders of “theft,” "
     "called on the Salvation Government to “open the market.”",
     [("farmers-union-of-harim", "the traders of “theft,”"),
      ("farmers-union-of-harim", "the Salvation Government to “open the market.”")]),
])
def test_round4_a_statement_with_a_quoted_relative_clause_speaks_for_its_issuer(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # a one-word name after the role that describes it, between commas
    ("The local news network, NEDAA, reported the raid as “a massacre.”", [("nedaa", "mixed")]),
    # '“...,” it said': the body that spoke in the sentence before
    ("The Salvation Government denied the arrests on Monday. “No journalist is held,” it said.",
     [("salvation-government", "indirect"), ("salvation-government", "direct")]),
])
def test_round4_a_one_word_name_after_its_role_and_it_after_a_quotation(body, expected):
    assert [(s.speaker, s.mode) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # a "that" verb whose "that" comes after the statement it was made in
    ("The Bakers Association demanded in a communiqué published on its page on 2 May that the council lower the "
     "price of flour.", [("bakers-association", "the council lower the price of flour")]),
    # "it" in a later clause of a sentence in which a body spoke: that body, not the last one named
    ("The Bakers Association demanded that the Salvation Government cancel the fee, which it described as “a tax "
     "on bread.”", [("bakers-association", "the Salvation Government cancel the fee"),
                    ("bakers-association", "a tax on bread.")]),
])
def test_round4_a_demand_made_in_a_communique_and_it_of_the_body_that_spoke(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # ", which said": the body right before "which" speaks, and the first statement ends before it
    ("Hurras al-Din claimed the bombing through its Sabat agency, which said that its fighters had killed “ten” "
     "officers.", [("hurras-al-din", "the bombing through its Sabat agency"),
                   ("sabat", "its fighters had killed “ten” officers")]),
])
def test_round4_which_said_after_a_body_is_that_body(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # "called them “...”": a naming verb with its object and a quotation reports words
    ("The Interior Ministry denied reports that its officers had taken bribes, and called them “a campaign of lies.”",
     [("interior-ministry", "indirect"), ("interior-ministry", "mixed")]),
    # ... but a term the article holds at a distance, or a place so called, reports none
    ("Police closed 30 shops in what the council calls “price fixing.”", []),
    ("The drone struck a village called Tal Jihan on Monday, residents said.", [("residents", "indirect")]),
])
def test_round4_a_naming_verb_reports_words_only_with_its_object_and_a_quotation(body, expected):
    assert [(s.speaker, s.mode) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # "carrying signs that read “...”": the carriers' words, as with "banners reading “...”"
    ("Hundreds of farmers gathered in front of the council in Sarmin, carrying signs that read “Our wheat is not "
     "for sale.”", [("farmers", "direct")]),
    ("The farmers read the new price list on Monday.", []),  # "read" without a quotation reports nothing
])
def test_round4_signs_that_read_a_quotation_are_their_carriers_words(body, expected):
    assert [(s.speaker, s.mode) for s in drafted(body).statements] == expected


def test_round4_he_in_a_later_clause_is_the_person_who_spoke_in_the_sentence():
    body = ("The Turkish news agency quoted Mehmet Aydin as saying that the campaign “has only begun.”\n\n"
            "The UN envoy, Lars Berg, called on Turkey on Monday to show “restraint,” which he warned was “the only "
            "way” to avoid a war.")
    assert [(s.speaker, s.recipient) for s in drafted(body).statements] == \
        [("mehmet-aydin", None), ("lars-berg", "turkey"), ("lars-berg", None)]


@pytest.mark.parametrize("body, expected", [
    # a question's quotation ends its sentence; the next, which only names its speaker, attributes it
    ("“The school closed in May. Where will my daughters study now?” Hind Qasem, a mother of four from Saraqib, "
     "told Enab Baladi.", [("hind-qasem", "direct")]),
    ("“Enough!” The crowd then marched to the governor’s office, where police stopped it.", []),
])
def test_round4_a_sentence_that_names_the_speaker_of_a_question_before_it(body, expected):
    assert [(s.speaker, s.mode) for s in drafted(body).statements] == expected


def test_round4_a_person_after_a_sentence_opening_preposition_is_who_she_is():
    body = ("For Umm Samer, a widow from the al-Mashhad neighbourhood, every winter is harder than the last. “We burn "
            "shoes to keep warm,” she said.")
    assert [s.speaker for s in drafted(body).statements] == ["umm-samer"]


def test_round4_while_after_a_closing_quotation_starts_another_speakers_clause():
    body = ("The council described the raid as “a violation of the agreement,” while the police accused the council "
            "of hiding wanted men.")
    assert [(s.speaker, s.mode) for s in drafted(body).statements] == [("council", "mixed"), ("police", "indirect")]


@pytest.mark.parametrize("body, expected", [
    # "which they say": the pronoun after the relative speaks; "they" is the group the sentence is about
    ("Dozens of nurses in Sarmada and its camps have protested against the wages paid by the Health Directorate, "
     "which they say do not cover the rent.", [("nurses-in-sarmada-and-its-camps", "do not cover the rent")]),
    # ", which <does something> and says that": the body before "which", with its acronym
    ("Most of the families are registered with the UN children’s agency (UNICEF), which does not run the schools "
     "and says that it has no funds for teachers.", [("unicef", "it has no funds for teachers")]),
])
def test_round4_the_speakers_of_relative_clauses(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # "according to its manager, X": the person named, as with "his brother, X"
    ("The camp has taken in 90 families since Monday, according to its manager, Khaled Nasser.",
     [("khaled-nasser", "indirect")]),
    # "adding that the warning “...”": a participle after a determiner is a noun, no second cue
    ("Samer Hamdo denied that the council had cut the salaries, adding that the warning “concerns only the absent.”",
     [("samer-hamdo", "indirect"), ("samer-hamdo", "mixed")]),
])
def test_round4_according_to_its_role_and_a_participle_used_as_a_noun(body, expected):
    assert [(s.speaker, s.mode) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # "their <relative>": of the group of people named last, in the article's words
    ("Police arrested two young men from Kafr Zita on Monday. Their families said that the two had not been "
     "released.", ["families-of-the-young-men-from-kafr-zita"]),
    ("Two boys from al-Hbeit were wounded by a shell on Sunday, their uncle told Enab Baladi.",
     ["uncle-of-the-boys-from-al-hbeit"]),
])
def test_round4_their_relative_is_of_the_group_named_last(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


def test_round4_learned_from_x_that_is_x_speaking_to_the_subject():
    body = "The council learned from the Fuel Company on Monday that the diesel would arrive a week late."
    assert [(s.speaker, s.recipient, s.text) for s in drafted(body).statements] == \
        [("fuel-company", "council", "the diesel would arrive a week late")]


def test_round4_a_relative_clause_inside_the_subject_is_skipped_to_its_verb():
    body = ("Dozens of widows in Atareb, which they say has no clinic left, gathered in front of the council on Monday, "
            "carrying signs that read “We want a doctor.”")
    assert [(s.speaker, s.text) for s in drafted(body).statements] == \
        [("widows-in-atareb", "has no clinic left"), ("widows-in-atareb", "We want a doctor.")]


def test_round4_a_bodys_branch_at_a_place_speaks_for_the_body_not_the_place():
    body = ("The Free Lawyers’ Association’s branch at Aleppo University said in a statement that two students had "
            "been detained.")
    assert [s.speaker for s in drafted(body).statements] == ["free-lawyers-association"]


@pytest.mark.parametrize("body, expected", [
    # a group named with a count, a modifier or two nouns before its place or person
    ("Dozens of residents of Kafr Zita said that the bakery had closed.", ["residents-of-kafr-zita"]),
    ("Hundreds of displaced people from Saraqib said that the camp was full.", ["displaced-people-from-saraqib"]),
    ("Dozens of journalists and relatives of Omar Fares said that he had been beaten.",
     ["journalists-and-relatives-of-omar-fares"]),
])
def test_round4_a_counted_group_before_a_name_is_the_speaker_not_the_name(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # an office-holder the article does not name: one person, named in its words
    ("The mukhtar of Kafr Nasih said that the road had been closed since Friday.", ["mukhtar-of-kafr-nasih"]),
    # an unnamed relative who opens a sentence without a statement is who "he" is next
    ("The council said that 300 families had fled. The father of the two boys killed in the strike spoke to Enab "
     "Baladi. “We buried them at night,” he said.", ["council", "father-of-the-two-boys"]),
])
def test_round4_an_unnamed_office_holder_or_relative_is_one_person(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


def test_round4_when_asked_is_a_passive_and_reports_no_words_of_the_asker():
    body = "“We only wanted our son back,” Ali Hamad said, when asked whether the tribe knew the kidnappers."
    assert [(s.speaker, s.mode) for s in drafted(body).statements] == [("ali-hamad", "direct")]


@pytest.mark.parametrize("body, expected", [
    # a participle after a subordinate clause whose main clause is passive or stative: the subordinate's subject
    ("Fuel has been scarce in Azaz since the council cut the quota of the stations in March, saying that its "
     "stocks were low.", [("council", "its stocks were low")]),
    # ... but after an act, the one who acted
    ("Nurses went on strike after the directorate cut their wages, demanding a raise.", [("nurses", "a raise")]),
])
def test_round4_the_speaker_of_a_participle_after_a_subordinate_clause(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # a participle inside a phrase opens no clause of its own ("fire warning shots")
    ("The army said that its soldiers only fire warning shots at smugglers.",
     [("assad-forces", "its soldiers only fire warning shots at smugglers")]),
    # ... but after a comma, a closing quotation mark, "and" or a statement's noun, it does
    ("Farmers launched a campaign under the title “Our land,” demanding the return of their fields.",
     [("farmers", "the return of their fields")]),
    ("The union issued a statement warning that the schools would close.",
     [("union", "the schools would close")]),
])
def test_round4_a_participle_cue_opens_a_clause_of_its_own(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # joint speakers: each says the words (one statement each, as codings do for one text and two speakers)
    ("Omar Haddad and Yasser Khalil, two farmers from Kafr Nabl, said that the fires had destroyed their crops.",
     ["omar-haddad", "yasser-khalil"]),
    ("Russia and Turkey said in a joint statement that the ceasefire would hold.", ["russia", "turkey"]),
    # ... but a body's name with "and" in it is one speaker
    ("The Ministry of Oil and Mineral Resources said that the fuel would arrive.",
     ["ministry-of-oil-and-mineral-resources"]),
])
def test_round4_joint_speakers_each_say_the_words(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # a demand with its object is a statement, as "demanded that" is
    ("The Engineers Union condemned the arrests in a statement and demanded the release of the two engineers.",
     [("engineers-union", "the release of the two engineers")]),
    ("The kidnappers demanded 20,000 US dollars for his release.", [("kidnappers", "20,000 US dollars for his release")]),
])
def test_round4_a_demand_with_an_object_is_a_statement(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


# Round 5, evknown: well-known named parties of events (states' forces, armed groups, agencies), in the
# grammar news uses for them: an act noun after a state's adjective, a post named after its owner, a passive
# list of parties, well-known names and their acronyms.
def parties(body: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor1, e.actor2) for e in drafted(body).events]


@pytest.mark.parametrize("body, expected", [
    # "Israeli strikes": the state's army did them, not the state (coding guide: a state's forces are apart)
    ("Israeli strikes hit an arms depot near the town of Kafr Batna on Sunday night.",
     [("ASSAULT", "israeli-army", None)]),
    ("Russian air strikes targeted the town of Kansafra on Friday.", [("ASSAULT", "russian-forces", None)]),
    ("The ministry condemned the Israeli strikes on the city.", [("ACCUSE", "ministry", "israeli-army")]),
    # ... while the state by its name stays the state
    ("Israel struck an arms depot near Kafr Batna on Sunday.", [("ASSAULT", "israel", None)]),
])
def test_round5_an_act_noun_after_a_state_adjective_is_its_armys(body, expected):
    assert parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("A farmer was detained at a Military Security checkpoint near the town of Izraa.",
     [("COERCE", "military-security", "farmer")]),
    ("Three drivers were held for hours at an Asayish checkpoint on the road to Hasakah.",
     [("COERCE", "asayish", "drivers")]),
])
def test_round5_a_post_named_after_its_owner_names_the_doer_of_a_passive_act(body, expected):
    assert parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("The zones were agreed by Russia, Turkey and Iran in Astana.",
     [("AGREE", "russia", "turkey"), ("AGREE", "russia", "iran")]),
    ("Russia, Turkey and Iran agreed in Sochi on a new ceasefire in the region.",
     [("AGREE", "russia", "turkey"), ("AGREE", "russia", "iran")]),
    ("Russia and Turkey agreed on a ceasefire in Idlib.", [("AGREE", "russia", "turkey")]),
])
def test_round5_an_act_done_together_by_a_list_pairs_the_first_with_each_other(body, expected):
    assert parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    ("Kataib Hezbollah fighters attacked a US base near the al-Omar field.",
     [("ASSAULT", "kataib-hezbollah", "us-forces")]),
    ("Two young men had been detained at a checkpoint of the Fatemiyoun near the town last month.",
     [("COERCE", "fatemiyoun-brigade", "young-men")]),
    ("The Islamic State attacked a checkpoint of the Syrian army in the Badia on Saturday.",
     [("ASSAULT", "islamic-state", "assad-forces")]),
    ("The Syrian army shelled the villages of Jabal al-Zawiya on Tuesday.", [("ASSAULT", "assad-forces", None)]),
    ("The UN had asked for a convoy in early February.", [("REQUEST", "united-nations", None)]),
    ("Israeli strikes hit positions of the Syrian army and of Hezbollah near Qusayr.",
     [("ASSAULT", "israeli-army", "assad-forces"), ("ASSAULT", "israeli-army", "hezbollah")]),
])
def test_round5_well_known_parties_by_name_acronym_or_domain_phrase(body, expected):
    assert parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a body apart from a party's army, with the party's name: one actor in the article's words
    ("The SDF’s military police arrested twelve young men in the town of Shaddadi on Sunday.",
     [("COERCE", "sdfs-military-police", "young-men-in-the-town-of-shaddadi")]),
    ("The Military Police of the SNA detained a journalist in al-Bab on Monday.",
     [("COERCE", "military-police-of-the-sna", "journalist-in-al-bab")]),
    # a state's officers and advisers are those people, a group in the article's words
    ("The committee threatened to suspend its meetings with the Russian officers.",
     [("THREATEN", "committee", "russian-officers")]),
    ("Israeli strikes killed three Iranian advisers near Damascus.", [("ASSAULT", "israeli-army", "iranian-advisers")]),
])
def test_round5_a_partys_own_body_and_a_states_officers_are_actors_of_their_own(body, expected):
    assert parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the agents of a passive, listed after "by": one row each (coding guide: dyadic)
    ("Ten farmers were detained by the SDF and the Asayish in Hasakah.",
     [("COERCE", "sdf", "farmers"), ("COERCE", "asayish", "farmers")]),
    ("The village was shelled by the Turkish army and the SNA on Wednesday.",
     [("ASSAULT", "turkish-army", None), ("ASSAULT", "sna", None)]),
])
def test_round5_a_list_of_agents_after_by_is_one_row_each(body, expected):
    assert parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "its forces" of a state, or of a body named as a state's, are the state's army
    ("The Turkish Ministry of Defence said its forces had killed 12 fighters near Ain Issa.",
     [("ASSAULT", "turkish-army", "fighters")]),
    ("Turkey said its soldiers had shelled positions of the SDF.", [("ASSAULT", "turkish-army", "sdf")]),
    ("The SDF said its fighters had killed five ISIS members.", [("ASSAULT", "sdf", "islamic-state")]),
    # a well-known party's name in brackets after another name is that party
    ("The Internal Security Forces (Asayish) arrested two teachers in Amuda.",
     [("COERCE", "asayish", "teachers-in-amuda")]),
    ("The General Security Service of Hayat Tahrir al-Sham (HTS) arrested two teachers in Sarmada.",
     [("COERCE", "general-security-service-of-hayat-tahrir-al-sham", "teachers-in-sarmada")]),
])
def test_round5_a_states_own_forces_and_a_well_known_name_in_brackets(body, expected):
    assert parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "backed by the X" after a name and a comma: X backs the name before the comma; the verb after is the name's
    ("The SDF, backed by the US-led coalition, expelled the Islamic State from the city in 2017.",
     [("AID", "us-led-coalition", "sdf"), ("ASSAULT", "sdf", "islamic-state")]),
    # "since" opens a clause whose subject does the act, not the sentence's subject
    ("The council has run the town since the SDF, backed by the US-led coalition, expelled the Islamic State from "
     "the town in 2017.",
     [("AID", "us-led-coalition", "sdf"), ("ASSAULT", "sdf", "islamic-state")]),
])
def test_round5_a_participle_after_a_comma_and_a_clause_after_since(body, expected):
    assert parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # the regime's drones, jets and tanks are its forces (rules.yaml domain_actors)
    ("Regime drones struck an ambulance on the Sarmin road on 2 March.", [("ASSAULT", "assad-forces", None)]),
    # a passive trigger that ends with "by a": the agent after it does the act
    ("Three farmers were wounded by a regime drone near Afes.", [("ASSAULT", "assad-forces", "farmers")]),
    ("Three farmers were wounded by a Turkish drone near Afes.", [("ASSAULT", "turkish-army", "farmers")]),
])
def test_round5_the_regimes_drones_and_an_agent_after_by_a(body, expected):
    assert parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an apposition's head noun is another name of the party before it: "the faction" later is that party
    ("The Hamza Division, a faction of the Syrian National Army, set up a checkpoint at the entrance of the town. "
     "Two young men were detained by the faction on Monday.",
     [("MOBILIZE", "hamza-division", None), ("COERCE", "hamza-division", "young-men")]),
    # ... but not a noun inside it ("a local council member" is a person, not the council)
    ("Ahmad Khalil, a local council member, said the council had cut the bread quota.", [("COERCE", "council", None)]),
])
def test_round5_the_noun_of_an_apposition_refers_back_to_the_party(body, expected):
    assert parties(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an act done with another party in a restrictive relative clause is an act, done by the name "who" follows
    ("Most of the men are former opposition fighters who signed a settlement with the Syrian government in 2018.",
     [("AGREE", "former-opposition-fighters", "syrian-government")]),
    # ... while "who refused to sell" only says which men
    ("Men who refused to sell were arrested.", [("COERCE", None, "men-who-refused-to-sell")]),
])
def test_round5_an_act_with_a_party_in_a_relative_clause(body, expected):
    assert parties(body) == expected
# Round 5, evgroups: unnamed groups and persons as parties of events (coding guide: "An actor the article does not
# name"), on invented sentences.
@pytest.mark.parametrize("body, expected", [
    # "the brother of X": the relative is the party, named by the relation, not the person named after it
    ("Police detained the brother of Salem Darwish on Monday.", [("COERCE", "police", "brother-of-salem-darwish")]),
    ("The military police detained the two sons of Hassan Mahmoud in Afrin on Sunday.",
     [("COERCE", "military-police", "sons-of-hassan-mahmoud")]),
    # ... but an apposition to a name is that name's
    ("Police detained Maher Darwish, the brother of Salem Darwish, on Monday.",
     [("COERCE", "police", "maher-darwish")]),
    # the possessive: "Walid Haddad’s brother", "Walid Haddad’s two sons"
    ("Walid Haddad’s brother was arrested at a checkpoint on Monday.", [("COERCE", None, "brother-of-walid-haddad")]),
    ("Police arrested Walid Haddad’s two sons on Monday.", [("COERCE", "police", "sons-of-walid-haddad")]),
])
def test_round5_the_relative_of_a_named_person_is_the_party(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # people named by where they are or what they do there (rules.yaml collectives), and boys (persons)
    ("Gunmen opened fire on mourners near the cemetery on Saturday.", [("ASSAULT", "gunmen", "mourners")]),
    # a group's age, and "and its countryside" after its place, are words of its name
    ("Two boys aged 15 and 16 were detained by the military police on Thursday.",
     [("COERCE", "military-police", "boys-aged-15-and-16")]),
    ("The militia recruited dozens of young men from Mayadin and its countryside last month.",
     [("MOBILIZE", "militia", "young-men-from-mayadin-and-its-countryside")]),
    # "<people> of several <people>", "<people> of <adjective> owners": one group, named by all its words
    ("Fighters of several factions seized the olive groves last month.",
     [("COERCE", "fighters-of-several-factions", None)]),
    ("The faction evicted relatives of absent owners from their houses on Sunday.",
     [("COERCE", "faction", "relatives-of-absent-owners")]),
])
def test_round5_a_group_is_named_by_all_the_words_that_make_it_one(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # the passive whose auxiliary is a word of the trigger ("was shot"): its subject underwent the act
    ("Walid Haddad was shot dead by gunmen on Tuesday.", [("ASSAULT", "gunmen", "walid-haddad")]),
    ("A displaced man from Afrin was shot dead by unknown gunmen on Tuesday.",
     [("ASSAULT", "unknown-gunmen", "displaced-man-from-afrin")]),
])
def test_round5_the_subject_of_was_shot_by_underwent_the_act(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # a community's adjective is a word of the group's name, as "displaced" is
    ("Fighters of the faction prevented displaced Kurdish families from returning to their homes.",
     [("COERCE", "faction", "displaced-kurdish-families")]),
    # ... and "local" before a group with its place ("Local fighters in the town of X"), as the article writes it
    ("Local fighters in the town of Kafr Shams attacked a checkpoint on Sunday.",
     [("ASSAULT", "local-fighters-in-the-town-of-kafr-shams", None)]),
])
def test_round5_a_groups_modifiers_are_words_of_its_name(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # "were killed when <an act>": those the passive of harm names are the act's actor2 (rules.yaml harm_participles)
    ("Two young shepherds were killed when a landmine exploded near the village.",
     [("ASSAULT", None, "young-shepherds")]),
    ("Three farmers were wounded on Monday when a shell fell on their field.", [("ASSAULT", None, "farmers")]),
])
def test_round5_those_harmed_when_an_act_happened_are_its_actor2(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # "whose brother": the relative of the name right before, a given name alone too, never of a person named later
    ("“He did nothing,” said Rima, whose brother was arrested by the Asayish on 2 June. Omar Saleh was released.",
     [("COERCE", "asayish", "brother-of-rima"), ("RETREAT", "asayish", "omar-saleh")]),
    ("Rima Khalil, whose brother was arrested at the checkpoint in March, has heard nothing of him since.",
     [("COERCE", None, "brother-of-rima-khalil")]),
    # past a long apposition without its comma
    ("Umm Khaled, a widow from the village of Tal Shaer whose son was detained by the Asayish in 2019, has not "
     "seen him since.", [("COERCE", "asayish", "son-of-umm-khaled")]),
])
def test_round5_whose_relative_is_of_the_name_before(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # the relatives of a person named by a common noun, named as the article writes them
    ("Witnesses said that the police arrested two cousins of the victim during the funeral.",
     [("COERCE", "police", "cousins-of-the-victim")]),
    ("Gunmen killed the son of the mukhtar in Kafr Shams on Friday.",
     [("ASSAULT", "gunmen", "son-of-the-mukhtar-in-kafr-shams")]),
    # the subject of a passive past an apposition of place (", in the countryside of X,")
    ("Two young men from Kafr Owaid, in the southern countryside of Idlib, were released on Monday by the Asayish.",
     [("RETREAT", "asayish", "young-men-from-kafr-owaid")]),
])
def test_round5_relatives_of_an_unnamed_person_and_a_subject_past_its_place(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # "her husband" after "Amal, a teacher from Douma,": the relative of the person the apposition describes
    ("Amal, a teacher from Douma, said that her husband was detained at a checkpoint in January.",
     [("COERCE", None, "husband-of-amal")]),
])
def test_round5_a_relative_is_of_the_person_an_apposition_describes(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # two group nouns joined by "and" are one group, named by both, with the place after them
    ("Doctors and nurses protested in front of the hospital on Sunday.", [("PROTEST", "doctors-and-nurses", None)]),
    ("The Asayish arrested journalists and activists in Qamishli on Sunday.",
     [("COERCE", "asayish", "journalists-and-activists-in-qamishli")]),
    # "and the nearby villages" after a group's place is a word of its name, as "and its countryside" is
    ("Dozens of shepherds and farmers from Um Khair and the nearby villages gathered in front of the council "
     "building on Monday.", [("PROTEST", "shepherds-and-farmers-from-um-khair-and-the-nearby-villages", None)]),
])
def test_round5_two_group_nouns_joined_by_and_are_one_group(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # more nouns of groups of people (rules.yaml collectives)
    ("The SDF detained boatmen from Kharbat Awad on Monday.", "boatmen-from-kharbat-awad"),
    ("Dignitaries and notables from Sarmada met the commander of the faction on Sunday.",
     "dignitaries-and-notables-from-sarmada"),
])
def test_round5_more_nouns_of_groups(body, expected):
    assert expected in {a for e in drafted(body).events for a in (e.actor1, e.actor2)}


@pytest.mark.parametrize("body, expected", [
    # "them" after an act: the group whose words report it, else the party of the act before in the paragraph
    ("The families said that the faction evicted them from their homes last week.",
     [("COERCE", "faction", "families")]),
    ("Three young men from Tafas were arrested at a checkpoint. The Asayish released them on Thursday.",
     [("COERCE", None, "young-men-from-tafas"), ("RETREAT", "asayish", "young-men-from-tafas")]),
    # ... else the group the sentence opens with
    ("Farmers from Tal Hamis sold their wheat to traders after the AANES fined them.",
     [("SANCTION", "aanes", "farmers-from-tal-hamis")]),
])
def test_round5_them_is_the_group_named_before(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # the head of a relative clause after a body named with its acronym: "the X Forces (XF), which had ..."
    ("Two young men from Inkhil were released on Monday by the Local Defence Forces (LDF), which had kidnapped "
     "them in May.", [("RETREAT", "ldf", "young-men-from-inkhil"), ("ASSAULT", "ldf", "young-men-from-inkhil")]),
])
def test_round5_the_doer_of_a_relative_clause_after_an_acronym(body, expected):
    assert [(e.type, e.actor1, e.actor2) for e in drafted(body).events] == expected


@pytest.mark.parametrize("body, expected", [
    # the kin group after a name is a word of the group's name (rules.yaml lineages)
    ("Elders of the Shaitat tribe met the governor on Saturday.", "elders-of-the-shaitat-tribe"),
    ("Gunmen from the Nuaim clan abducted a trader on Sunday.", "gunmen-from-the-nuaim-clan"),
])
def test_round5_a_lineage_is_a_word_of_a_groups_name(body, expected):
    assert expected in {a for e in drafted(body).events for a in (e.actor1, e.actor2)}


@pytest.mark.parametrize("body, expected", [
    # a verb in -ed before a place noun is no word of a group's place ("X stopped crossing the river")
    ("Traders from Sarmada protested crossing fees on Monday.", "traders-from-sarmada"),
    ("The SDF detained boatmen from Kharbat Awad at the crossing on Monday.", "boatmen-from-kharbat-awad"),
])
def test_round5_a_verb_is_no_word_of_a_groups_place(body, expected):
    assert expected in {a for e in drafted(body).events for a in (e.actor1, e.actor2)}
# Round 5, people: speakers of quotations on unseen wording (titles, given names, unnamed people, relatives)
@pytest.mark.parametrize("body, expected", [
    # an abbreviated title's full stop ends neither the name nor the sentence; "she added" is the same person
    ("“The ward is full,” said Dr. Hiba Nassar, a surgeon in Sarmada. “We operate in the corridor,” she added.",
     ["hiba-nassar", "hiba-nassar"]),
    ("“The pumps stopped,” Eng. Wael Dabbas, head of the water station, told Enab Baladi. “We need diesel,” he said.",
     ["wael-dabbas", "wael-dabbas"]),
    # a given name alone after the cue, described after it: one person, whom "she" refers to
    ("“Nobody told us why,” said Hala, whose husband was taken at a checkpoint. “We want to know,” she added.",
     ["hala", "hala"]),
    ("“They took the car,” said Yara, the wife of one of the drivers. “We are waiting,” she added.", ["yara", "yara"]),
])
def test_round5_titles_and_given_names_after_the_cue(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # a relative named in apposition after the words speaks, and "his brother" is then that person
    ("Omar Saleh was shot dead near his house. He had handed over his weapons, his brother, Ali Saleh, told Enab "
     "Baladi. “He did not hide from anyone,” his brother said.", ["ali-saleh", "ali-saleh"]),
    ("Her husband, Omar Haddad, was detained in March. “We waited at the gate,” her husband said.", ["omar-haddad"]),
    # ... and a role with the name after it, content first
    ("The shop was closed on Sunday, the head of the traders committee, Nabil Jaber, told Enab Baladi.",
     ["nabil-jaber"]),
])
def test_round5_a_relative_or_a_role_named_in_apposition_speaks(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # quotation first, an unnamed person with a relative clause that says why they are unnamed; "He" is them next
    ("“The mines are everywhere,” a shepherd from the village of Tal Hamis, who asked not to be named, told Enab "
     "Baladi. He said that two of his sheep were killed.", ["shepherd-from-the-village-of-tal-hamis"] * 2),
    ("“We paid twice,” a driver from Kafr Buhum, whose truck was seized last year, told Enab Baladi.",
     ["driver-from-kafr-buhum"]),
])
def test_round5_an_unnamed_speaker_after_the_quotation_with_a_relative_clause(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # an office after a body's or a state's name is one person, whom "he" refers to next (rules.yaml offices)
    ("The UN resident coordinator in Syria called for the opening of the crossings. “Children are dying of cold,” "
     "he said in a statement.", ["un-resident-coordinator-in-syria"] * 2),
    ("Turkey’s interior minister visited the camps on Tuesday. He said that 50,000 houses would be built.",
     ["turkeys-interior-minister"]),
    ("The UN envoy for Syria met the delegation in Geneva on Monday. “The talks were useful,” he said.",
     ["un-envoy-for-syria"]),
    ("The United Nations’ special rapporteur on torture visited Damascus. “Nobody answered,” she said.",
     ["united-nations-special-rapporteur-on-torture"]),
])
def test_round5_an_office_holder_named_by_a_body_is_a_person(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # more abbreviated titles (rules.yaml titles, title_nouns), and "one <noun>" as "a <noun>"
    ("“The road was mined,” said Capt. Tarek Hamdan, a defector. He said the mines were laid in 2019.",
     ["tarek-hamdan", "tarek-hamdan"]),
    ("“We lost the harvest,” one farmer from Sarmin, whose fields burned, told Enab Baladi. He said it began at noon.",
     ["farmer-from-sarmin", "farmer-from-sarmin"]),
])
def test_round5_more_titles_and_one_unnamed_person(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # one member of a group speaks for the group (coding guide), and "he" after it is that member: the group
    ("“The checkpoint was removed,” an activist who asked not to be named told Enab Baladi. He added that the "
     "fighters left.", ["activists", "activists"]),
    ("A protester in Sweida said that the road was closed. “We will stay,” he said.", ["protesters", "protesters"]),
    # a restrictive relative clause after an unnamed person says who they are, not their name
    ("A teacher who asked not to be named told Enab Baladi that salaries were late. “We teach for free,” she said.",
     ["teacher", "teacher"]),
])
def test_round5_a_member_of_a_group_or_an_unnamed_person_with_a_relative_clause(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


def test_round5_a_relative_named_by_a_given_name_takes_the_family_name_of_the_person_before():
    body = ("Omar Kayyali was detained in 2019. His sister, Rasha, told Enab Baladi that the family paid a broker. "
            "“He promised us a visit,” she said.")
    assert [s.speaker for s in drafted(body).statements] == ["rasha-kayyali", "rasha-kayyali"]


def test_round5_the_relative_of_one_of_them_is_named_by_the_group_they_are():
    body = ("Two young men from al-Hamra were detained at the crossing and released days later, the father of one of "
            "them told Enab Baladi. “They asked us for dollars,” he said.")
    assert [s.speaker for s in drafted(body).statements] == ["father-of-one-of-the-young-men-from-al-hamra"] * 2


@pytest.mark.parametrize("body, expected", [
    # a pronoun after a speaker of the other sex, whose given name says it (rules.yaml given_names)
    ("Rima Haddad said that the bakery closed at noon. Omar Khatib, a neighbour, said that bread costs double. "
     "“We buy from the black market,” she added.", ["rima-haddad", "omar-khatib", "rima-haddad"]),
    ("Hussam Darwish told Enab Baladi that the road was cut. Lina Ali, a teacher, said that the school closed. "
     "“Nobody can pass,” he said.", ["hussam-darwish", "lina-ali", "hussam-darwish"]),
    # ... and after a sentence about a man, "she" is the woman who spoke before it
    ("“The salaries are not enough,” said Nisreen Hamad, a teacher. Bilal Ayoub, a colleague, lost his job in May. "
     "“We all have second jobs,” she said.", ["nisreen-hamad", "nisreen-hamad"]),
])
def test_round5_a_pronoun_skips_a_person_whose_given_name_is_of_the_other_sex(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # the words first, then the cue and its speaker (speaker_last)
    ("The school has had no heating since January, said Fadia, a teacher in the town. “We write with gloves on,” "
     "she added.", [("fadia", "The school has had no heating since January"), ("fadia", "We write with gloves on,")]),
    ("Prices rose by half in a week, added the director of the market, Samer Aswad.",
     [("samer-aswad", "Prices rose by half in a week")]),
    # ... but not a subject and its apposition before the cue
    ("Eng. Mahmoud Qaddour, the head of the directorate, said the losses could not be made up this year.",
     [("mahmoud-qaddour", "the losses could not be made up this year")]),
])
def test_round5_the_words_first_then_said_and_the_speaker(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


def test_round5_the_noun_of_one_member_refers_back_to_the_group_it_spoke_for():
    body = ("An activist in Tafas told Enab Baladi that three men were arrested at dawn. “They came in four cars,” "
            "the activist said.")
    assert [s.speaker for s in drafted(body).statements] == ["activists", "activists"]


@pytest.mark.parametrize("body, expected", [
    # a common given name alone, with nothing after it, is a person too (rules.yaml given_names)
    ("“We have no bread,” said Rima. “The bakery closed,” she added.", ["rima", "rima"]),
    ("Rima told Enab Baladi that the bakery closed. “We have no bread,” she said.", ["rima", "rima"]),
])
def test_round5_a_given_name_alone_is_a_person(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # the words first, then a titled speaker, or an unnamed one with a relative clause, and the cue
    ("Smugglers pay 5,000 pounds at every checkpoint, a boatman from Hajin, who asked not to be named, told Enab "
     "Baladi.", [("boatman-from-hajin", "Smugglers pay 5,000 pounds at every checkpoint")]),
    ("The clinic closed on Monday, Eng. Fawaz Hamdan said.", [("fawaz-hamdan", "The clinic closed on Monday")]),
    ("The prices doubled in a week, Dr. Hadi Mansour, a physician in Sarmada, told Enab Baladi.",
     [("hadi-mansour", "The prices doubled in a week")]),
])
def test_round5_the_words_first_then_a_titled_or_unnamed_speaker(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


# Round 5, bodies: who speaks for a body's document, and whom an outlet quotes.
def quoted_speakers(body: str) -> list[str]:
    """The speakers of the drafted statements that quote words."""
    return [s.speaker for s in drafted(body).statements if s.mode != "indirect"]


@pytest.mark.parametrize("body, expected", [
    # the document a clause ends in, then ", which said": the clause's subject, named or referred back to
    ("The Water Office of Jableh cut the supply to three hours a day.\n\nThe office blamed the cuts on old pumps, in a "
     "statement on its Facebook page on 4 June, which said that repairs would take “at least a month.”",
     ["water-office-of-jableh"]),
    ("The Teachers Syndicate of Afrin closed its offices, in a post on its Telegram channel, which warned that the "
     "strike would go on “until the salaries are paid.”", ["teachers-syndicate-of-afrin"]),
])
def test_round5_a_document_after_the_clause_is_its_subjects(body, expected):
    assert quoted_speakers(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "Its report", "the statement" (with an apposition on when it was published): the body named before
    ("The Khabour Rights Group counted 18 arrests in March. Its report, published on Sunday, said that most of the "
     "detainees were “students.”", ["khabour-rights-group"]),
    ("The Farmers Union of Manbij announced a strike. The statement, posted on its website, said that the price was "
     "“a loss for every farmer.”", ["farmers-union-of-manbij"]),
])
def test_round5_a_document_without_its_author_named_is_the_body_before(body, expected):
    assert quoted_speakers(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "quoted him as saying": the person "him" refers to, never an actor named "him"
    ("Omar Khattab, the head of the traders’ committee, met the governor on Monday. The committee’s media office "
     "quoted him as saying that the market would open “within days.”", ["omar-khattab"]),
    ("Salma Darwish, a member of the council, visited the school. The local radio quoted her as saying that the "
     "classrooms were “full of water.”", ["salma-darwish"]),
    # ... and a role with an abbreviated title before the name ("Eng.", "Prof."), which ends no sentence
    ("The newspaper Tishreen quoted the director of the Water Company of Hama, Eng. Bassel Nakhleh, as saying that "
     "the pumps would work “by the end of the month.”", ["bassel-nakhleh"]),
])
def test_round5_an_outlet_quotes_a_person_named_or_referred_to(body, expected):
    assert quoted_speakers(body) == expected
    assert not {"him", "her", "them"} & set(drafted(body).new_actors)


@pytest.mark.parametrize("body, expected", [
    # a copy an outlet saw is where it read the words, not its words: the demand is its authors'
    ("The bakers sent a letter to the Supply Office on 3 May, demanding that the flour quota be “doubled,” according "
     "to a copy seen by Enab Baladi.", [("bakers", "demanding")]),
    # ... and with no other cue, the document speaks for the subject of the sentence
    ("The Local Council of Tal Bisa banned the sale of bread outside bakeries, according to a copy of the decision "
     "obtained by Enab Baladi.", [("local-council-of-tal-bisa", "according to")]),
])
def test_round5_a_copy_seen_by_an_outlet_speaks_for_its_authors(body, expected):
    assert [(s.speaker, s.cue) for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # a state's body named with the state's possessive keeps it: not the bare "Interior Ministry" of another state
    ("Lebanon’s Interior Ministry said on Friday that the border would stay “closed to all travellers.”",
     ["lebanons-interior-ministry"]),
    ("Turkey’s Ministry of Defence announced the operation in a statement, which said that its drones had hit "
     "“terrorist targets.”", ["turkeys-ministry-of-defence"]),
    # ... but another body's possessive is no part of the name
    ("The Islamic State claimed the attack through its Amaq agency, which said that its men had killed “many.”",
     ["amaq"]),
])
def test_round5_a_states_possessive_stays_in_the_name_of_its_body(body, expected):
    assert quoted_speakers(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a demand that quotes words, inside a report that holds the whole clause: the demand is its sayer's own statement
    ("The Lebanese Health Ministry sent a letter to the WHO on Friday, demanding that it condemn the “attacks on "
     "ambulances” and act, the agency NNA reported.",
     [("lebanese-health-ministry", "demanding"), ("nna", "reported")]),
    # ... a term in quotation marks too
    ("The Foreign Ministry sent a letter to the Arab League, demanding that it stop the “Turkish aggression,” the "
     "agency SANA reported.", [("foreign-ministry", "demanding"), ("sana", "reported")]),
    # words that end in a quotation end at its mark before the outlet that reports them, whenever it reported
    ("The council accused the traders of hiding fuel “to raise prices,” the local network Binnish Now reported on "
     "Sunday.", [("council", "accused"), ("binnish-now", "reported")]),
])
def test_round5_an_outlet_reports_a_bodys_words_which_stay_the_bodys(body, expected):
    found = drafted(body).statements
    assert [(s.speaker, s.cue) for s in found] == expected
    assert "reported" not in found[0].text


def test_round5_a_states_official_is_a_person_of_their_own_who_is_he_next():
    # "Turkey’s interior minister" is neither Turkey nor a group: one person, named in the article's words
    found = drafted("Turkey’s interior minister had promised the return of the families on 2 March, during a visit "
                    "to Gaziantep. He said that the camps would be “empty by the summer.”")
    assert [(s.speaker, s.cue) for s in found.statements] == [
        ("turkeys-interior-minister", "promised"), ("turkeys-interior-minister", "said")]
    assert found.new_actors["turkeys-interior-minister"]["type"] == "person"


@pytest.mark.parametrize("body, expected", [
    # a body's officer named with the body's possessive (rules.yaml offices) is a person of their own, "he" next
    ("The United Nations’ resident coordinator in Syria called for the reopening of the crossing. “Every day of "
     "closure costs lives,” he said.", ["united-nations-resident-coordinator-in-syria"] * 2),
    # ... but another noun owned by an outlet is the outlet ("Enab Baladi’s correspondent reported")
    ("Shelling hit the market of Ariha on Monday, Enab Baladi’s correspondent reported.", ["enab-baladi"]),
])
def test_round5_an_officer_named_by_a_bodys_possessive_is_a_person(body, expected):
    assert [s.speaker for s in drafted(body).statements] == expected


@pytest.mark.parametrize("body, expected", [
    # a body's own page or channel (rules.yaml own_outlets) speaks for the body
    ("The official Facebook page of the Latakia Fuel Company said that the queues would end “next week.”",
     ["latakia-fuel-company"]),
    ("Bread rose to 1,500 pounds, according to the Telegram channel of the Sarmin Bakeries Office, which warned that "
     "it would rise again “if the dollar rises.”", ["sarmin-bakeries-office"]),
])
def test_round5_a_bodys_own_page_speaks_for_the_body(body, expected):
    assert quoted_speakers(body) == expected


@pytest.mark.parametrize("body, expected", [
    # "X issued a statement, in which it said": X, the subject of the clause that issued the document
    ("The Doctors Syndicate of Idlib issued a statement on Sunday, in which it described the arrest as “a crime.”",
     ["doctors-syndicate-of-idlib"]),
    ("The bakers’ committee published a communiqué, in which they warned that bread would run out “within days.”",
     ["bakers-committee"]),
])
def test_round5_a_document_in_which_it_said_is_its_issuers(body, expected):
    assert quoted_speakers(body) == expected


def test_round5_an_outlet_named_before_its_kind_is_the_kind_later():
    # "the pro-regime Damascus FM radio": Damascus FM, an outlet, which "the radio" is later
    found = drafted("The pro-regime Damascus FM radio said that the road was “safe again.” The radio added that "
                    "the army had cleared “all the mines.”")
    assert [s.speaker for s in found.statements] == ["damascus-fm", "damascus-fm"]
    assert found.new_actors["damascus-fm"]["type"] == "media"


@pytest.mark.parametrize("body, expected", [
    # a patron's word before a body named by its place is no word of its name
    ("The Turkish-backed local council of Jarablus said that the market would reopen “next month.”",
     ["local-council-of-jarablus"]),
    # ... but a body with no other name keeps the article's words
    ("The US-led international coalition said that its aircraft had hit “an ISIS hideout.”",
     ["us-led-international-coalition"]),
])
def test_round5_a_patrons_word_before_a_body_of_a_place_is_no_part_of_its_name(body, expected):
    assert quoted_speakers(body) == expected


@pytest.mark.parametrize("body, expected", [
    # an officer named by their body's or state's possessive, the subject of a sentence without statements, speaks next
    ("The WFP’s country director visited the warehouses on Monday. “We can feed the camp for two more weeks,” she "
     "told reporters.", ["wfps-country-director"]),
    ("Jordan’s interior minister toured the crossing on Sunday. He said that trucks would pass “without delay.”",
     ["jordans-interior-minister"]),
])
def test_round5_an_officer_named_by_a_possessive_who_acted_speaks_next(body, expected):
    assert quoted_speakers(body) == expected


# Round 5, evtypes: triggers read in their clause (what is cut, set, returned or threatened), and words that tell no new act
@pytest.mark.parametrize("body, expected", [
    # decisions that withhold or restrict
    ("The Water Directorate of Hama extended the pumping cuts in the eastern neighbourhoods to four days a week.",
     [("COERCE", "withhold")]),
    ("The governorate of Idlib halved the subsidized bread allocated to each family in the camps last week.",
     [("COERCE", "withhold")]),
    ("The Ministry of Oil cut the fuel allocated to the bakeries of Homs by a third.", [("COERCE", "withhold")]),
    ("The hospital administration decided to cancel the evening clinics for lack of doctors.", [("COERCE", "withhold")]),
    ("The Directorate of Education suspended the acceptance of transfer requests from teachers until the end of the year.",
     [("COERCE", "restrict")]),
    ("Residents said the faction's checkpoint was still stopping aid trucks at the entrance of the town.",
     [("COERCE", "restrict")]),
    # a threat of an act done to someone is a THREATEN, whatever the act
    ("The Military Security branch warned that it would arrest any driver who carries passengers without a permit.",
     [("THREATEN", "arrest")]),
    ("The local council warned that any bakery selling bread above the official price would be closed.",
     [("THREATEN", None)]),
    # ... but a warning about what a party is doing tells the act
    ("The Civil Defence warned that the regime was using barrel bombs against the villages.", [("ASSAULT", None)]),
    # concessions, returns, resignations
    ("The Ministry of Agriculture said it would raise the allowance for veterinarians by 30 percent next month.",
     [("CONCEDE", None)]),
    ("The directorate said the cuts would be reduced to three hours within days.", [("CONCEDE", None)]),
    ("The ministry shortened the fishing ban by two weeks.", [("CONCEDE", None)]),
    ("The military police of the faction returned nine shops in the market to their owners on Monday.",
     [("RETREAT", "return")]),
    ("At least 40 teachers have resigned from schools in Jarablus since September.", [("RETREAT", "resign")]),
    # recruitment opened; aid convoys and aid received; agreements named by their parties; prices set
    ("The Fifth Corps announced on 3 May the opening of registration for young men from the town.",
     [("MOBILIZE", "troops")]),
    ("The last UN convoy entered the town on Thursday.", [("AID", None)]),
    ("A convoy of the World Food Programme entered the town of Tafas on Thursday, carrying flour for 3,000 families.",
     [("AID", None)]),
    ("The council received 2,000 food baskets from the Turkish Red Crescent last week.", [("AID", None)]),
    ("The safe corridors agreed by Russia and Turkey were closed again in March.", [("AGREE", None)]),
    ("The Economic Committee set the price of a litre of diesel at 1,500 pounds for farmers.", [("AGREE", None)]),
    # no new act: a toll of an attack told, a request as a rule or a habit, a death no party caused
    ("Warplanes struck the market of Maarat Hurma on Monday.\n\nSome 30 people were killed on Monday alone.",
     [("ASSAULT", None)]),
    ("Drones struck the market on Monday.\n\nThe strikes killed four people, according to the hospital.",
     [("ASSAULT", None)]),
    ("At least 60 civilians have been killed since Sunday in air strikes by regime forces on the town.",
     [("ASSAULT", None)]),
    ("At every checkpoint she is asked for papers, said Rima Saleh, a mother of four.", []),
    ("“The children stopped asking for milk,” said Hala Kanaan, a nurse in the camp.", []),
    ("The floods killed nine people in the camps, the Civil Defence said.", []),
])
def test_round5_event_types_from_the_clause(body, expected):
    assert [(e.type, e.mode) for e in drafted(body).events] == expected


# Round 5, evtypes: more triggers of common acts, read in their clause
@pytest.mark.parametrize("body, expected", [
    ("The Sultan Murad Division has fought three battles with the SDF near Tal Tamr since January.", [("ASSAULT", None)]),
    ("Air defences in Hama intercepted most of the drones on Sunday.", [("ASSAULT", None)]),
    ("Government forces had taken the last villages of the plain from the opposition in 2018.", [("ASSAULT", None)]),
    ("The council accused the militia of planting explosive devices on the road to the farms.",
     [("ACCUSE", None), ("ASSAULT", None)]),
    ("The farmers accused the faction of taking part of the olive harvest at its checkpoints.",
     [("ACCUSE", None), ("COERCE", "confiscate")]),
    ("The Information Office suspended the licence of the radio station for two months.", [("COERCE", "restrict")]),
    ("The Salvation Government imposed new licensing rules on money transfer offices in March.", [("COERCE", "restrict")]),
    ("Her husband was taken off a van by the Asayish at the checkpoint on Friday.", [("COERCE", "arrest")]),
    ("The company handed 80 drivers notices that their contracts would end.", [("COERCE", None)]),
    ("The director ruled out any increase in the price of bread this year.", [("REJECT", None)]),
    ("The council withdrew a decision to raise the fees of the market.", [("CONCEDE", None)]),
    ("The ministry warned that any attack on its positions would be answered.", [("THREATEN", None)]),
    ("The Syrian National Army said it would “liberate” the town from the SDF within weeks.", [("THREATEN", None)]),
    ("Drivers who break the rule face a fine of 100,000 pounds.", [("THREATEN", None)]),
    ("Three Turkish patrols drove through the villages of the countryside on Thursday.", [("MOBILIZE", "troops")]),
    ("The checkpoint, which the Fourth Division set up last month at the entrance of the town, is still there.",
     [("MOBILIZE", "troops")]),
    ("The Civil Defence teams have removed about 400 unexploded shells from the fields since the spring.",
     [("AID", "humanitarian")]),
    ("The council said it would compensate the families whose houses had been damaged.", [("AID", "economic")]),
    ("The Turkish Red Crescent paid 500 dollars to each of the families of the victims.", [("AID", "economic")]),
    ("The government gave its approval for the convoy on Monday.", [("RETREAT", "access")]),
    ("The page said that the militia negotiated the settlement agreement with Russian officers in 2018.",
     [("AGREE", None)]),
    # a place cleared of mines in the passive is a condition, no act
    ("Residents would be allowed back once the area was cleared of mines.", []),
])
def test_round5_more_triggers_read_in_their_clause(body, expected):
    assert [(e.type, e.mode) for e in drafted(body).events] == expected


# Round 5, evtypes: acts by their usual words (facilities opened, people handed over, posts and forces set up), and
# acts of a kind named by their doer ("the offensives of X") as acts of their own
@pytest.mark.parametrize("body, expected", [
    ("Turkish-backed factions took Ras al-Ain, a town on the border, in October 2019.", [("ASSAULT", None)]),
    ("A patrol of the Turkish military police toured the streets of Jarablus on Friday.", [("MOBILIZE", "troops")]),
    ("The Tenth Brigade, a force that the Fourth Division formed in 2018, controls the road.", [("MOBILIZE", "troops")]),
    ("The faction handed the two suspects over to the Military Police on Sunday.", [("COOPERATE", None)]),
    ("Forty Lebanese nationals would be handed over to the Lebanese authorities next week.", [("COOPERATE", None)]),
    ("The electricity company said it would add three hours of supply a day in the summer.", [("CONCEDE", None)]),
    ("The university promised to allow the students to sit the exam again in August.", [("CONCEDE", None)]),
    ("The council said it would open two free clinics in the camps next month.", [("AID", None)]),
    ("The water authority has trucked drinking water to the villages since the station stopped.", [("AID", None)]),
    ("The Civil Defence teams were putting out fires in the olive groves until the evening.",
     [("AID", "humanitarian")]),
    ("The directorate has given the mill only a third of its allocation of wheat since March.",
     [("COERCE", "withhold")]),
    ("The nurses held a similar strike in 2021.", [("PROTEST", "demo")]),
    ("The decision sets a fine of 300 dollars on shops that do not display their prices.", [("THREATEN", None)]),
    ("The nurse returned to her family in Homs on Friday after two weeks in detention.", [("RETREAT", "release")]),
    ("The regime forces took Maarat al-Numan, a city on the highway, in January 2020.\n\nMany residents were displaced "
     "by the offensives of the regime forces and Russia in 2019.", [("ASSAULT", None)] * 3),
])
def test_round5_acts_by_their_usual_words(body, expected):
    assert [(e.type, e.mode) for e in drafted(body).events] == expected


# Round 5, evtypes: blame in other words, a threat whose condition names an act, money asked at a checkpoint, the dead
# counted among an act's victims
@pytest.mark.parametrize("body, expected", [
    ("The Syrian Network for Human Rights said Russia bears “full responsibility” for the deaths of the detainees.",
     [("ACCUSE", None)]),
    ("The council said the killing was “the work of” regime agents.", [("ACCUSE", None)]),
    ("The faction said it would “open all the fronts” if the bombardment of its villages continued.",
     [("THREATEN", None)]),
    ("Drivers said that soldiers at the checkpoint asked them for money before letting them pass.",
     [("COERCE", "confiscate")]),
    ("Salma's brother was among the three killed, her neighbour said.", []),
    ("Unknown gunmen attacked a bus near Palmyra on Sunday.\n\nAt least 12 “soldiers and civilians” were killed, "
     "the ministry said.", [("ASSAULT", None)]),
    # a date before "that" is no count of victims
    ("The association said on September 1 that its teams had been barred from entering the camp.",
     [("COERCE", "restrict")]),
])
def test_round5_blame_threats_levies_and_tolls(body, expected):
    assert [(e.type, e.mode) for e in drafted(body).events] == expected


# Round 5, evtypes: a truce broken is an attack; a measure said to break a law is none
@pytest.mark.parametrize("body, expected", [
    ("The truce held for two weeks, but the regime forces kept violating it with artillery fire.", ["ASSAULT"]),
    ("The Front accused the Fourth Division of violating the ceasefire more than 40 times in March.",
     ["ACCUSE", "ASSAULT"]),
    ("The lawyers said the decision violates the property law of 2018.", []),
])
def test_round5_a_truce_violated_is_an_attack(body, expected):
    assert [e.type for e in drafted(body).events] == expected


# Round 5, evtypes: property occupied, rules imposed on all of a kind, people sent to court
@pytest.mark.parametrize("body, expected", [
    ("Residents said their shops in the old market had been occupied by members of the faction since 2019.",
     [("COERCE", "confiscate")]),
    ("The Health Directorate has required all pharmacies in the city to register their stock with its office.",
     [("COERCE", "restrict")]),
    ("The three teachers were referred to the judiciary on Monday.", [("COERCE", None)]),
    ("Their case had been referred to the judiciary, the lawyer said.", []),
])
def test_round5_property_occupied_rules_imposed_people_sent_to_court(body, expected):
    assert [(e.type, e.mode) for e in drafted(body).events] == expected


# Round 5, evtypes: hours of a service cut, pensions raised, places shut said before, tolls counted in words
@pytest.mark.parametrize("body, expected", [
    ("The Water Establishment in Daraa reduced the pumping hours in the western countryside to two a day.",
     [("COERCE", "withhold")]),
    ("The Finance Ministry said it would increase the pensions of retired teachers by 20 percent.", [("CONCEDE", None)]),
    ("The Asayish warned that they would close any shop that sells bread above the set price.",
     [("THREATEN", "restrict")]),
    ("Regime artillery shelled the town of Kansafra on Friday.\n\nFive civilians were killed in the shelling.",
     [("ASSAULT", None)]),
    # a count in words of people arrested, or an agent after the verb: an act of its own
    ("Police arrested a trader in the market on Monday.\n\nTwo young men were arrested at a checkpoint on Tuesday.",
     [("COERCE", "arrest"), ("COERCE", "arrest")]),
    # buses stopped are no stoppage of deliveries
    ("The police stopped the buses of the displaced at the entrance of the city.", []),
])
def test_round5_services_cut_pensions_raised_and_tolls(body, expected):
    assert [(e.type, e.mode) for e in drafted(body).events] == expected


# Round 5, evtypes: a quotation that describes an act told, with "our" after the verb, is no new act; "we" before it is
@pytest.mark.parametrize("body, expected", [
    ("Gunmen kidnapped a doctor in Jaramana on Friday. “They kidnapped our doctor in front of the clinic,” a nurse said.",
     ["ASSAULT"]),
    ("Factions shelled the village on Monday. “We shelled their positions because they attacked us,” a commander said.",
     ["ASSAULT", "ASSAULT"]),
])
def test_round5_a_quotation_that_describes_an_act_told(body, expected):
    assert [e.type for e in drafted(body).events] == expected


# Round 5, evtypes: threats that name those who will be treated as enemies or cut off
@pytest.mark.parametrize("body, expected", [
    ("The tribal council warned that it would treat anyone who sells land to the militias as a traitor.", ["THREATEN"]),
    ("The Telecom Directorate warned that it would cut off any subscriber who connects to Turkish networks.",
     ["THREATEN"]),
])
def test_round5_threats_against_anyone_who(body, expected):
    assert [e.type for e in drafted(body).events] == expected


# Round 5, reported: words first, then their speaker: with an apposition that names or describes the speaker,
# with where and when it was said, and with the cue before the speaker ("..., said X, a member of ...")
@pytest.mark.parametrize("body, expected", [
    ("The bakery stopped work on Thursday because the flour ran out, its manager, Yousef Darwish, said.",
     [("yousef-darwish", "The bakery stopped work on Thursday because the flour ran out")]),
    ("He was released after 40 days without charge, his cousin, Fares Abdo, told Enab Baladi.",
     [("fares-abdo", "He was released after 40 days without charge")]),
    ("The pumps stopped again on Sunday, the Water Directorate said on its Facebook page on Monday.",
     [("water-directorate", "The pumps stopped again on Sunday")]),
    ("The water returned to the eastern quarters on Monday, said Ahmad Sweid, a member of the council.",
     [("ahmad-sweid", "The water returned to the eastern quarters on Monday")]),
    # ... and the participle after such a cue is the speaker's again, not the subject's of the words
    ("The Farmers Union in Jableh asked the ministry on 3 May to pay each member a grant, the head of the union, "
     "Samer Hallaq, said, adding that the ministry had not replied.",
     [("samer-hallaq", "The Farmers Union in Jableh asked the ministry on 3 May to pay each member a grant"),
      ("samer-hallaq", "the ministry had not replied")]),
    # ... but a subject's apposition before its cue is no speaker after it, and a figure is no comma
    ("Hawar News, a local page, said the mayor, Adel Shami, was shot near his house.",
     [("hawar-news", "the mayor, Adel Shami, was shot near his house")]),
    ("The office received more than 1,100 claims by Saturday.", []),
    # ... and a subject named before its cue is not a speaker after it
    ("The governor of Daraa, Adnan Haddad, said the roads would reopen.",
     [("adnan-haddad", "the roads would reopen")]),
])
def test_round5_words_first_then_their_speaker(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


# Round 5, reported: a cause given ("attributed X to Y"), a monitor's count ("documented 19 kidnappings") and a
# possibility excluded ("ruled out") are words of their subject; a passive or a count of nothing is none
@pytest.mark.parametrize("body, expected", [
    ("The Water Directorate in Jableh attributed the cuts to a fault in the main pump.",
     [("water-directorate-in-jableh", "the cuts to a fault in the main pump")]),
    ("The fire was attributed to a short circuit.", []),
    ("A fire attributed to a short circuit destroyed the shop.", []),
    ("The Hawran Monitoring Office documented 19 kidnappings in May.",
     [("hawran-monitoring-office", "19 kidnappings in May")]),
    ("The Orontes Rights Centre recorded the arrest of 42 people in Hama in April.",
     [("orontes-rights-centre", "the arrest of 42 people in Hama in April")]),
    ("The pound recorded a new low on Monday.", []),
    ("Twelve kidnappings were recorded in Daraa in May.", []),
    ("Rania Sabbagh ruled out any return to classes before the salaries are paid.",
     [("rania-sabbagh", "any return to classes before the salaries are paid")]),
])
def test_round5_causes_counts_and_exclusions_are_words(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


# Round 5, reported: ", and <a subject> <cue>" opens a clause of that subject: the words before end at the comma;
# ", and also warned" is the same subject's second statement
@pytest.mark.parametrize("body, expected", [
    ("The protesters demanded a price of 3,000 pounds, and some of them threatened to burn their crops.",
     [("protesters", "a price of 3,000 pounds"), ("protesters", "to burn their crops")]),
    ("Omar Ali said that the wells were dry, and the council warned that the pumps would stop.",
     [("omar-ali", "the wells were dry"), ("council", "the pumps would stop")]),
    ("Omar Ali said that the wells were dry, and also warned that the pumps would stop.",
     [("omar-ali", "the wells were dry"), ("omar-ali", "the pumps would stop")]),
])
def test_round5_a_clause_joined_by_and_has_its_own_subject(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


# Round 5, reported: journalism on a subject and a thing added report no words
@pytest.mark.parametrize("body, expected", [
    ("Layla Omran works for a radio station in Qamishli and has reported on the water cuts since 2019.", []),
    ("He has reported in recent months on the fuel queues in the city.", []),
    ("In June, the council raised the price of bread and added a fee of 100 pounds on every bag.", []),
    ("The road was closed, activists reported on the same day.", [("activists", "The road was closed")]),
    ("Activists reported on Tuesday that the road was closed.", [("activists", "the road was closed")]),
])
def test_round5_what_reports_no_words(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


# Round 5, reported: an accusation in a relative clause whose pronoun is its object ("X, which it accused of ..."):
# the subject after the pronoun accuses; a passive ("who were accused of") accuses no one
@pytest.mark.parametrize("body, expected", [
    ("The council detained Omar Ali, whom it accused of selling flour to traders.",
     [("council", "selling flour to traders")]),
    ("The Sultan Murad Brigade, which the Hamza Division accused of shelling the village, withdrew on Monday.",
     [("hamza-division", "shelling the village")]),
    ("The police arrested two men, who were accused of theft.", []),
    ("The police arrested the guard, whom it blamed for the theft of 40 bags of flour.",
     [("police", "the theft of 40 bags of flour")]),
])
def test_round5_an_accusation_in_a_relative_clause(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


# Round 5, reported: "According to X, which ..., ...": the relative clause says what the source is, and a document's
# issuer named in it ("which the court issued") speaks
@pytest.mark.parametrize("body, expected", [
    ("According to the ruling, which the court issued on Wednesday, the two men had stolen the generator.",
     [("court", "the two men had stolen the generator")]),
    ("According to the Doctors Union, which was founded in 2012, 40 doctors left the country.",
     [("doctors-union", "40 doctors left the country")]),
])
def test_round5_according_to_a_source_and_its_relative_clause(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


# Round 5, reported: an order inside reported words ("that gunmen came and told her brother to pay") is part of them,
# and is its subject's own statement; "X learned that" without a source is news received, no one's words
@pytest.mark.parametrize("body, expected", [
    ("Rima Hassan said that gunmen came to the shop on 3 May and told her brother, who runs it, to pay 500 dollars.",
     [("rima-hassan", "gunmen came to the shop on 3 May and told her brother, who runs it, to pay 500 dollars"),
      ("gunmen", "to pay 500 dollars")]),
    ("Rima Hassan said that the wells had dried up and told Enab Baladi that the council had done nothing.",
     [("rima-hassan", "the wells had dried up"), ("rima-hassan", "the council had done nothing")]),
    ("The family learned that he had been moved to Saydnaya prison.", []),
    ("Enab Baladi learned from two drivers that the road was closed.", [("drivers", "the road was closed")]),
])
def test_round5_an_order_inside_reported_words_and_news_learned(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


# Round 5, reported: a petition is a document that carries words ("signed a petition asking X, which ..., to"); a
# question word alone ("without saying when") reports nothing
@pytest.mark.parametrize("body, expected", [
    ("Some 200 teachers from Sarmada signed a petition asking the Directorate of Education, which pays their "
     "salaries, to restore the transport allowance.",
     [("teachers-from-sarmada", "the Directorate of Education, which pays their salaries, to restore the transport "
                                "allowance")]),
    ("The Ministry of Agriculture said that it would compensate the farmers. It did not say when, and gave no figure "
     "either, without saying when.", [("ministry-of-agriculture", "it would compensate the farmers")]),
])
def test_round5_a_petition_carries_words_and_a_question_word_alone_none(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


# Round 5, reported: "Y was quoted (by X) as saying that ...": the subject of the passive speaks
@pytest.mark.parametrize("body, expected", [
    ("Mahmoud Shaar, a doctor at the hospital, was quoted by the Halab Today channel as saying that the hospital had "
     "run out of insulin.", [("mahmoud-shaar", "the hospital had run out of insulin")]),
    ("Al-Watan quoted the head of the council, Omar Ali, as saying that the bakery would reopen.",
     [("omar-ali", "the bakery would reopen")]),
])
def test_round5_a_passive_quoted_as_saying(body, expected):
    assert [(s.speaker, s.text) for s in drafted(body).statements] == expected


# Round 5, names: the names a coder writes for the actors the draft proposes (coding guide, "Actors and places")
def drafted_actors(body: str) -> set[str]:
    found = drafted(body)
    return {s.speaker for s in found.statements} | {s.recipient for s in found.statements if s.recipient} | \
        {a for e in found.events for a in (e.actor1, e.actor2) if a}


@pytest.mark.parametrize("body, named, not_named", [
    # a word of patronage before a body of a place is no word of its name; "Iran-backed groups" has no other name
    ("The Turkish-backed local council of Kafr Shalaya said on Sunday that it had distributed 500 food baskets.",
     "local-council-of-kafr-shalaya", "turkish-backed-local-council-of-kafr-shalaya"),
    ("Activists in Deir Hafer said that fighters of the Russian-backed groups detained three shepherds on Monday.",
     "russian-backed-groups", "fighters-of-the-russian-backed"),
    # a broadcaster's name ends in FM or TV: the whole name, not the acronym
    ("The media office fined Nour FM 200,000 Syrian pounds on Monday.", "nour-fm", "fm"),
    # an abbreviated title's full stop ends no speaker's name
    ("“We have no more beds,” said Dr. Hiba Tarraf, a surgeon at the hospital in Kafr Ruma.", "hiba-tarraf", "dr"),
    # a pronoun is no trade before a group's noun
    ("At least 40 people, 12 of them children, were killed in the shelling of Binnish, the civil defence said.",
     None, "them-children"),
])
def test_round5_names_are_the_articles_words_and_no_fragments(body, named, not_named):
    actors = drafted_actors(body)
    assert (named is None or named in actors) and not_named not in actors


@pytest.mark.parametrize("body, named, not_named", [
    # a time before a participle's subject is nobody
    ("The Bakers Union rejected the decision. On Sunday, dozens of its members gathered in front of the governorate "
     "building, demanding new flour quotas.", "bakers-union", "on-sunday"),
    # a court's ruling is a document, which speaks for whoever issued it, never an actor itself
    ("According to the ruling, which the court issued on Monday, the three men must pay 10,000 dollars each.",
     None, "ruling"),
    # "the same court" is the court named before
    ("The military court in Maarat Harma sentenced two fighters to five years in prison. Last year the same court "
     "had sentenced a commander to ten years.", "military-court-in-maarat-harma", "same-court"),
    # "quoted him as saying": him is the person named before
    ("Omar Zaitoun met the elders of the town on Tuesday. The faction’s media office quoted him as saying that the "
     "checkpoint would be removed.", "omar-zaitoun", "him"),
])
def test_round5_a_time_a_document_same_and_an_object_pronoun_are_no_new_actors(body, named, not_named):
    actors = drafted_actors(body)
    assert (named is None or named in actors) and not_named not in actors


@pytest.mark.parametrize("body, named, not_named", [
    # a party's factions are the party, as its forces are
    ("The Syrian Interim Government called on SNA factions to leave the olive groves of Kafr Safra.", "sna",
     "sna-factions"),
    ("The Turkish army and the factions of the Syrian National Army (SNA) took the town from the YPG in 2018.",
     "syrian-national-army", "factions-of-the-syrian-national-army"),  # (the name in full, its acronym an alias)
    # a state's men are named in the article's words
    ("Jordanian soldiers fired on a car near the berm, killing two smugglers.", "jordanian-soldiers", "jordanian-army"),
    ("Russian troops shelled the village of Tal Shaer on Thursday.", "russian-troops", "russian-forces"),
])
def test_round5_a_partys_factions_are_the_party_and_a_states_men_the_articles_words(body, named, not_named):
    actors = drafted_actors(body)
    assert named in actors and not_named not in actors


@pytest.mark.parametrize("body, named, not_named", [
    # a relative introduced by name ("his brother, Yasser Haddad,") is that person when "his brother" speaks later
    ("Samir Haddad, 30, worked as a nurse in Harim until 2019. His brother, Yasser Haddad, is a teacher.\n\n"
     "“Nobody threatened him before,” his brother said.", "yasser-haddad", "brother-of-yasser-haddad"),
    # "his brother" is no woman's brother ("X, the wife of Y," is a woman; "she" says so too)
    ("Omar Khatib, a teacher, was detained in March. His wife, Salma Darwish, said that the patrol took his phone.\n\n"
     "His brother was detained a week later at a checkpoint, she said.", "brother-of-omar-khatib",
     "brother-of-salma-darwish"),
])
def test_round5_a_relative_is_named_after_the_right_person(body, named, not_named):
    actors = drafted_actors(body)
    assert named in actors and not_named not in actors


@pytest.mark.parametrize("body", [
    "The patrol arrested two young men from Kafr Tal at the crossing and released them a day later, after their "
    "families paid 500 dollars, the father of one of them told Enab Baladi.",
    "Two young men from the village of Kafr Tal were detained at the crossing and released a day later, the father "
    "of one of them told Enab Baladi.",
])
def test_round5_the_relative_of_one_of_them_is_named_after_the_group(body):
    assert "father-of-one-of-the-young-men-from-kafr-tal" in drafted_actors(body)


@pytest.mark.parametrize("body, named", [
    # a group's place is named as the article prints it: two places, "and its countryside", "and the nearby villages"
    ("The militia has recruited about 200 young men from al-Mayadin and its countryside since March.",
     "young-men-from-al-mayadin-and-its-countryside"),
    ("The security service arrested at least five activists from Taftanaz and Binnish on the night of 3 May.",
     "activists-from-taftanaz-and-binnish"),
    ("Dozens of farmers from Tal Shaer and the nearby villages gathered in front of the council building.",
     "farmers-from-tal-shaer-and-the-nearby-villages"),
    # two nouns of one group
    ("Dozens of nurses and doctors held a sit-in in front of the hospital in Hama on Sunday.", "nurses-and-doctors"),
    ("Thousands of demonstrators took to the streets of Binnish on Friday, calling for the release of the detainees.",
     "demonstrators"),
])
def test_round5_a_group_is_named_with_all_its_words(body, named):
    assert named in drafted_actors(body)


def test_round5_a_settlement_the_article_names_is_a_place_wherever_it_stands():
    body = "Militias backed by Iran opened a recruitment office in the town of Umm Jarrah last month.\n\n" \
        "Sheikh Omar al-Hamad, a dignitary of the al-Shaitat tribe in Umm Jarrah, said that the militias pay 100 " \
        "dollars a month."
    assert "umm-jarrah" not in drafted_actors(body)


@pytest.mark.parametrize("body, named, not_named", [
    # a group's noun or a state before a possessive is a word of the name, as coders print it
    ("The Fishermen’s Association in Jableh asked the ministry to pay compensation to its members.",
     "fishermens-association-in-jableh", "association-in-jableh"),
    ("Turkey’s Foreign Ministry condemned the attack in a statement on Sunday, which warned that the attackers would "
     "be punished.", "turkeys-foreign-ministry", "foreign-ministry"),
])
def test_round5_a_group_or_a_state_before_a_possessive_is_a_word_of_the_name(body, named, not_named):
    actors = drafted_actors(body)
    assert named in actors and not_named not in actors


def test_round5_the_relative_an_act_is_done_to_is_named_after_the_person():
    assert "brother-of-fadi-mansour" in drafted_actors(
        "The police raided the house of the journalist Fadi Mansour and detained the brother of Fadi Mansour.")


def test_round5_a_ministry_of_two_fields_of_a_government_is_one_name():
    assert "ministry-of-water-and-sanitation-of-the-syrian-interim-government" in drafted_actors(
        "The Ministry of Water and Sanitation of the Syrian Interim Government (SIG) has closed 12 private wells in "
        "Azaz, and the owners of the wells protested in front of the ministry’s building.")


def test_round5_a_function_word_is_no_speaker():
    found = drafted("Khaled, 34, is a correspondent for al-Nour FM, a local radio station, and has reported in recent "
                    "months on the shortage of diesel.")
    assert "and" not in {s.speaker for s in found.statements}


@pytest.mark.parametrize("body, named", [
    # a group of a kin group the article does not name is named with it, as printed
    ("Sheikh Mahmoud al-Saleh, a dignitary of the al-Bushaban clan, said that the elders of the tribe had asked the "
     "council to open a school, but received no answer.", "elders-of-the-tribe"),
    ("The elders of the town’s clans met the commander of the military council on Sunday and asked him to release the "
     "students.", "elders-of-the-towns-clans"),
])
def test_round5_a_group_of_a_kin_group_is_named_with_it(body, named):
    assert named in drafted_actors(body)


def test_round5_their_relative_is_the_relative_of_the_group_named_before():
    assert "cousin-of-the-young-shepherds" in drafted_actors(
        "Two young shepherds were detained by the police and their cousin was beaten at the checkpoint on Monday.")


def test_round5_whose_relative_is_the_relative_of_the_name_right_before():
    assert "husband-of-salma" in drafted_actors(
        "“They took my husband from the shop, in front of the customers,” said Salma, whose husband was arrested by a "
        "patrol in al-Hamidiyah market on 3 May.")


@pytest.mark.parametrize("body, named, not_named", [
    # a well-known party's name at the end of a longer name is another party
    ("Air strikes hit a depot of the Iraqi Harakat Hezbollah near the border crossing on Sunday.",
     "harakat-hezbollah", "hezbollah"),
    # ... but not after a state's adjective
    ("Fighters of the Lebanese Hezbollah shelled the village of Tal Shaer on Sunday.", "hezbollah",
     "lebanese-hezbollah"),
])
def test_round5_a_well_known_name_inside_a_longer_one(body, named, not_named):
    actors = drafted_actors(body)
    assert named in actors and not_named not in actors


@pytest.mark.parametrize("body, named, not_named", [
    # "whose" refers to the name before it, never to a person the article names later
    ("“They took my brother from his shop,” said Huda, whose brother was arrested by a patrol on 2 June.\n\n"
     "Khaled Nasser, a lawyer, said that the arrests were illegal.", "brother-of-huda", "brother-of-khaled-nasser"),
    # ... past an apposition that says where the person is from
    ("Umm Khaled, a woman from the town of al-Hol whose son was arrested by the police in 2019, has not heard from "
     "him since.", "son-of-umm-khaled", None),
])
def test_round5_whose_relative_is_of_the_name_right_before(body, named, not_named):
    actors = drafted_actors(body)
    assert named in actors and not_named not in actors


def test_round5_local_is_a_word_of_a_groups_name():
    assert "local-fighters-in-the-town-of-nawa" in drafted_actors(
        "Local fighters in the town of Nawa drove the cell out of the town on Sunday.")


# Round 6, speakers: people who were there report words another cue reports ("..., according to two members of
# the delegation"), a statement of their own; an outlet after a cue only carries the words
@pytest.mark.parametrize("body, expected", [
    ("Omar Ali told the farmers that the state would buy their wheat, according to two members of the delegation.",
     ["omar-ali", "members-of-the-delegation"]),
    ("Gunmen closed the road and took two cars, according to three traders who spoke to Enab Baladi by phone.",
     ["traders"]),
    ("The Russian Ministry of Defense denied that its aircraft had struck the market, according to Sputnik.",
     ["russian-mod"]),
])
def test_round6_witnesses_after_a_cue_report_the_words_too(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == expected


def test_round6_whom_the_witnesses_spoke_to_is_the_recipient():
    found = drafted("The patrol took two cars, according to three traders who spoke to Enab Baladi.").statements
    assert [(s.speaker, s.recipient) for s in found] == [("traders", "enab-baladi")]


# Round 6, speakers: a pronoun right after a relative pronoun is the main clause's subject, not the body that spoke last
def test_round6_in_which_it_is_the_subject_of_the_main_clause():
    body = ("Sawt Halab, a local news network, reported that a patrol entered the town.\n\n"
            "The Lebanese Foreign Ministry sent two letters to the UN Secretary-General, in which it called on the "
            "council to “stop the attacks” and said that Lebanon “will defend its land.”")
    assert [speaker for speaker, _, _ in speakers(body)] == ["sawt-halab", "lebanese-foreign-ministry",
                                                            "lebanese-foreign-ministry"]


# Round 6, speakers: whom the words are told (recipients) after a participle, and in an interview with an outlet
# described before its name, before the words or after them
@pytest.mark.parametrize("body, expected", [
    ("A source in the Hama Governorate denied that the roads were closed, telling the pro-government al-Watan "
     "newspaper on Tuesday that the checkpoints only check papers.",
     [("source-in-the-hama-governorate", None), ("source-in-the-hama-governorate", "al-watan")]),
    ("The head of the city council, Walid Saeed, said in an interview with the pro-government radio station Nour FM "
     "on Monday that the market would reopen.", [("walid-saeed", "nour-fm")]),
    ("The head of the council, Walid Saeed, denied that any shop was closed, in an interview with the pro-government "
     "radio station Nour FM on Sunday.\n\nHe said that the sales were legal.",
     [("walid-saeed", "nour-fm"), ("walid-saeed", "nour-fm")]),
    # ... one who then tells Enab Baladi goes on telling it
    ("Omar Hamid said in a meeting with farmers in Kafr Hamra that the union had sent their petition.\n\n"
     "Hamid told Enab Baladi that the union would ask for a delay.\n\n“We will not give up,” he said.",
     [("omar-hamid", "farmers-in-kafr-hamra"), ("omar-hamid", "enab-baladi"), ("omar-hamid", "enab-baladi")]),
])
def test_round6_recipients_of_a_participle_and_of_an_interview(body, expected):
    assert [(s.speaker, s.recipient) for s in drafted(body).statements] == expected


# Round 6, speakers: whom a call or a warning is addressed to, a group by its common noun ("called on citizens to",
# "warned shop owners that"); not a noun that names no group of people
@pytest.mark.parametrize("body, expected", [
    ("The Central Bank called on citizens to report anyone who deals in dollars.", "citizens"),
    ("The Relief Committee warned shop owners that anyone who sells the aid baskets will be fined.", "shop-owners"),
    ("The local council promised residents that the water would return on Monday.", "residents"),
    ("The council urged the authorities to act before the winter.", None),
])
def test_round6_a_group_named_by_its_noun_is_whom_a_call_is_addressed_to(body, expected):
    assert [s.recipient for s in drafted(body).statements] == [expected]


# Round 6, speakers: a speaker after the words may open with "a" and run to seven words
def test_round6_a_relative_of_one_of_them_after_the_words():
    body = ("Gunmen stopped a minibus on the road to Maadan on Sunday and took two teachers, a cousin of one of the "
            "teachers told Enab Baladi.")
    assert [(s.speaker, s.recipient) for s in drafted(body).statements] == [("cousin-of-one-of-the-teachers",
                                                                           "enab-baladi")]


# Round 6, speakers: ", while X say that" after "according to Y" is X's clause; "rescue teams" name a group, "its
# teams" stay the body's
def test_round6_a_contrast_after_according_to_opens_another_speakers_clause():
    body = ("More than 400 trucks have entered since the earthquake, according to the administration of the crossing, "
            "while rescue teams say that the aid came late.")
    assert [speaker for speaker, _, _ in speakers(body)] == ["administration-of-the-crossing", "rescue-teams"]


# Round 6, speakers: words answered right after them by a relative clause ("..., which the police denied") are a
# statement of the answering body too, on the same words; "which the council" is no speaker's name
@pytest.mark.parametrize("body, expected", [
    ("Relatives said that officers at the gate asked for money, which the Hama police command denied in a statement "
     "on 8 February.", ["relatives", "hama-police-command"]),
    ("Residents said that the patrol fired at the crowd, which the council confirmed.", ["residents", "council"]),
])
def test_round6_words_answered_by_a_relative_clause(body, expected):
    found = speakers(body)
    assert [speaker for speaker, _, _ in found] == expected and len({text for _, _, text in found}) == 1


# Round 6, speakers: a cue set between commas after a phrase of time or place says the words after it
@pytest.mark.parametrize("body, expected", [
    ("Since January, families in the camp said, the aid has reached only those on the lists of the administration.",
     [("families-in-the-camp", "the aid has reached only those on the lists of the administration")]),
    ("On Monday, activists said, the third convoy arrived.", [("activists", "the third convoy arrived")]),
    # ... but after a clause, the words before it
    ("The bakery closed on Monday, activists said, after the flour ran out.",
     [("activists", "The bakery closed on Monday")]),
])
def test_round6_a_cue_between_commas_after_a_phrase_of_time(body, expected):
    assert [(speaker, text) for speaker, _, text in speakers(body)] == expected


# Round 6, speakers: "the family of one of the detainees, X," is X's family; X is the one of them, not the speaker
@pytest.mark.parametrize("body, expected", [
    ("The family of one of the four detainees, Samer Qassab, 23, said that he was taken from his workplace in Hama.",
     "family-of-samer-qassab"),
    ("The mother of one of the students, Rami Halabi, told Enab Baladi that her son was arrested.",
     "mother-of-rami-halabi"),
])
def test_round6_the_relative_of_one_of_them_named_after_a_comma(body, expected):
    assert [speaker for speaker, _, _ in speakers(body)] == [expected]


# Round 6, names: a new actor is proposed under the whole name the article prints (coding guide, "Actors and places")
@pytest.mark.parametrize("body, named, not_named", [
    # a speaker's place after "in" keeps its "al-", past a relative clause
    ("The Committee of Orthodox Churches in al-Hasakah, which speaks for the churches in the province, said that 30 "
     "families had fled.", "committee-of-orthodox-churches-in-al-hasakah", "committee-of-orthodox-churches"),
    # ... what a body is for stays in its name when where it sits follows
    ("The Turkish Centre for Disaster Relief at the Kilis crossing said that it had sent 40 trucks.",
     "turkish-centre-for-disaster-relief", "turkish-centre"),
    # ... and two places joined by "and" are one body's
    ("The Local Council of Kafr Nabudah and al-Hwaiz said in a statement that it had opened two schools.",
     "local-council-of-kafr-nabudah-and-al-hwaiz", "al-hwaiz"),
    # ... and an acronym after what it is for names it
    ("The Syrian Centre for Media and Freedom (SCMF) said that the court had ignored the evidence.", "scmf",
     "syrian-centre"),
])
def test_round6_a_speakers_name_is_the_whole_name_printed(body, named, not_named):
    actors = drafted_actors(body)
    assert named in actors and not_named not in actors


@pytest.mark.parametrize("body, named, not_named", [
    # "in <place>" after a civil body that is the object of an act is a word of its name ...
    ("Farmers from al-Ameriya submitted a petition to the Municipal Council in Kafr Takharim on Sunday, asking for "
     "compensation.", "municipal-council-in-kafr-takharim", "municipal-council"),
    # ... but after an armed formation it says where the act was
    ("The Hamza Division clashed with the Sultan Murad Division in Tal Abyad on Monday.", "sultan-murad-division",
     "sultan-murad-division-in-tal-abyad"),
])
def test_round6_a_civil_body_as_object_keeps_its_place(body, named, not_named):
    actors = drafted_actors(body)
    assert named in actors and not_named not in actors


@pytest.mark.parametrize("body, named, not_named", [
    # a body of two places joined by "and" is one party, named with both
    ("The General Council of Tal Hajar and al-Nashwa held talks with the Fourth Division on Monday.",
     "general-council-of-tal-hajar-and-al-nashwa", "al-nashwa"),
    # ... but a state after "and" is a party of its own
    ("The Local Council of Azaz and Turkey signed an agreement on Monday.", "turkey", "local-council-of-azaz-and-turkey"),
])
def test_round6_a_body_of_two_places(body, named, not_named):
    actors = drafted_actors(body)
    assert named in actors and not_named not in actors


def test_round6_a_groups_neighbourhood_keeps_the_city_it_is_of():
    actors = drafted_actors("The Syrian regime released 20 detainees from the al-Hamidiyah neighbourhood of Homs on "
                            "Monday.")
    assert "detainees-from-the-al-hamidiyah-neighbourhood-of-homs" in actors
    assert "detainees-from-the-al-hamidiyah-neighbourhood" not in actors


@pytest.mark.parametrize("body, named, not_named", [
    # a name its acronym stands for is one body, under the acronym's id, not the words after its "and"
    ("In early June, the governorate and the UN Mine Action and Clearance Service for Syria (UNMACS) agreed to "
     "reopen three of the service’s offices in the camp, al-Watan reported.", "unmacs", "clearance-service"),
    # ... and a month before "the <body>" is a time, not a body that "the governorate" describes
    ("In early June, the governorate and the UN Mine Action and Clearance Service for Syria (UNMACS) agreed to clear "
     "three fields near the camp, al-Watan reported.", "unmacs", "june"),
])
def test_round6_a_name_with_its_acronym_is_one_body(body, named, not_named):
    actors = drafted_actors(body)
    assert named in actors and not_named not in actors


def test_round6_an_ordinal_is_no_trade_of_a_group():
    actors = drafted_actors("The Asayish arrested the driver of the truck and a second smuggler from the village of "
                            "al-Kasra on Monday.")
    assert "smuggler-from-the-village-of-al-kasra" in actors
    assert "second-smuggler-from-the-village-of-al-kasra" not in actors


@pytest.mark.parametrize("body, named, not_named", [
    # a state's adjective before a body's noun, after an act's preposition, names that body, not the adjective
    ("The families returned in a convoy organized by the Jordanian Red Crescent in coordination with the Egyptian "
     "authorities.", "egyptian-authorities", "egyptian"),
    # a time counted from another ("two days later") is no word of a speaker's name
    ("The family learned from a doctor three days later that he had died in the prison in Homs.", "doctor",
     "doctor-three-days"),
])
def test_round6_a_name_without_a_time_or_a_lone_adjective(body, named, not_named):
    actors = drafted_actors(body)
    assert named in actors and not_named not in actors


def test_round6_a_document_issued_by_a_pronoun_is_the_pronouns():
    found = drafted("The Local Council of Saraqib issued new rules for building permits on Monday. Owners must "
                    "present a security approval, according to a circular it published on 18 November.")
    assert [s.speaker for s in found.statements] == ["local-council-of-saraqib"]


def test_round6_the_body_referred_back_to_is_the_one_named_with_its_place():
    actors = drafted_actors("Teachers handed a petition to the Directorate of Education in Hama on Monday.\n\n"
                            "Later, the directorate said that it would study their demands.")
    assert "directorate-of-education-in-hama" in actors and "directorate-of-education" not in actors


def test_round6_a_body_of_another_body_named_by_its_place_and_kind():
    actors = drafted_actors("The relief committee of the Saraqib city council distributed blankets to 300 families "
                            "on Monday.")
    assert "relief-committee-of-the-saraqib-city-council" in actors


@pytest.mark.parametrize("body, named", [
    # what a body is for is a word of its name after an addressed act too ...
    ("Residents accused the Russian Centre for Reconciliation at the Hmeimim airbase of ignoring their complaints.",
     "russian-centre-for-reconciliation"),
    ("The council called on the Turkish Centre for Migration Studies to publish the figures.",
     "turkish-centre-for-migration-studies"),
    # ... but not the person asked for
    ("Residents asked the Nahda Brigade for Omar Tello to be released.", "nahda-brigade"),
])
def test_round6_what_a_body_is_for_after_an_addressed_act(body, named):
    assert named in drafted_actors(body)


@pytest.mark.parametrize("body, named, not_named", [
    # a place's name, the kind of body and its noun are one body's name
    ("The Tal Hamis district council distributed 200 tents to displaced families on Monday.",
     "tal-hamis-district-council", None),
    # ... but an owner's possessive before them is no word of it
    ("The Administration’s fuel directorate closed two petrol stations in Tabqa on Monday.", None,
     "administrations-fuel-directorate"),
])
def test_round6_a_place_and_the_kind_of_body_before_its_noun(body, named, not_named):
    actors = drafted_actors(body)
    assert (named is None or named in actors) and not_named not in actors


@pytest.mark.parametrize("body, named, not_named", [
    # a state's civil body of a place is that body, named as printed, not the state
    ("The Lebanese municipality of Arsal ordered 200 refugee families to leave their tents.",
     "lebanese-municipality-of-arsal", "lebanon"),
    # ... while its army stays the state's army
    ("The Turkish army shelled the village of Tal Jamal on Monday.", "turkish-army", "turkish-army-of-tal-jamal"),
])
def test_round6_a_states_body_of_a_place(body, named, not_named):
    actors = drafted_actors(body)
    assert named in actors and not_named not in actors


# Round 6, refs: references back to a body named before (or once, later), as parties of events
def refs_parties(body: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.actor1, e.actor2) for e in drafted(body).events}


@pytest.mark.parametrize("body, party, not_party", [
    # "the <words> <noun>": the body named before with those words
    ("The military court of the Free Army in Marea sentenced two fighters to prison on Sunday. The family of the "
     "victim accused the military court of leniency.", "military-court-of-the-free-army", "military-court"),
    # "the council" before the article names its one council: that council
    ("Dozens of residents of Kafr Lusin protested on Sunday, demanding that the council lower the price of water.\n\n"
     "The local council of Kafr Lusin said in a statement on Monday that the price would stay.",
     "local-council-of-kafr-lusin", "council"),
])
def test_round6_refs_the_noun_is_the_body_so_named(body, party, not_party):
    actors = {a for parties in refs_parties(body) for a in parties[1:]}
    assert party in actors and not_party not in actors


def test_round6_refs_the_noun_before_two_bodies_so_named_is_nobody():
    body = ("Dozens of residents protested on Sunday, demanding that the council lower the price of water.\n\n"
            "The local council of Kafr Lusin said on Monday that the price would stay. The local council of Qah said "
            "that it would lower its own price.")
    assert ("REQUEST", "residents", None) in refs_parties(body)


@pytest.mark.parametrize("body, party", [
    # an establishment and a gathering are bodies: named with their noun, referred back to by it
    ("The Electricity Establishment in Tartus cut the power to three villages on Sunday. Farmers demanded that the "
     "establishment restore the lines.", "electricity-establishment-in-tartus"),
    ("The Bakers Gathering of Manbij, a body formed by bakery owners in 2020, met on Sunday.\n\nThe gathering accused "
     "the supply office of cutting the flour allocations.", "bakers-gathering-of-manbij"),
])
def test_round6_refs_establishments_and_gatherings_are_bodies(body, party):
    assert party in {a for parties in refs_parties(body) for a in parties[1:]}


@pytest.mark.parametrize("body, expected", [
    # "the two sides" after talks: the talks' two parties, with each other
    ("The Syrian Salvation Government and the Turkish Red Crescent held talks in Sarmada on Monday. The two sides "
     "agreed to open a new aid depot.", {("AGREE", "syrian-salvation-government", "turkish-red-crescent")}),
    # "both brigades" after clashes, as the object of a request: one row per party
    ("Fighters of the Nasr Brigade and the Fath Brigade clashed in the village of Kafrin on Sunday. The Military "
     "Police called on both brigades to leave the village.",
     {("REQUEST", "military-police", "nasr-brigade"), ("REQUEST", "military-police", "fath-brigade")}),
])
def test_round6_refs_the_two_sides_are_the_parties_of_the_last_talks_or_clashes(body, expected):
    assert expected <= refs_parties(body)


def test_round6_refs_the_two_sides_take_no_pair_from_an_arrest_nor_both_sides_of_a_road():
    body = ("The Political Security branch arrested the mukhtar of Nahta on Sunday. The two sides had quarrelled "
            "over land for months, and trucks waited on both sides of the road.")
    assert refs_parties(body) == {("COERCE", "political-security-branch", "mukhtar-of-nahta")}


def test_round6_refs_an_apposition_that_goes_on_with_an_adjective_still_says_what_the_body_is():
    body = ("The Dawn Guard, a faction loyal to the Military Council, set up a checkpoint near Jasim on Sunday. "
            "Farmers accused the faction of taking part of their harvest.")
    assert ("ACCUSE", "farmers", "dawn-guard") in refs_parties(body)


def test_round6_refs_the_noun_right_before_a_name_says_what_the_body_is():
    body = ("The governorate leased the bakeries of Jableh to the private company Qamh Bread (QB) in May. Bakers "
            "accused the company of cutting their wages.")
    assert ("ACCUSE", "bakers", "qb") in refs_parties(body)


@pytest.mark.parametrize("body, expected", [
    # "It" opening a sentence: the body the sentence before is about, not the fighters it is made of
    ("The Tawhid Battalion is made up of former rebels from Tafas, and it answers to the Eighth Brigade. It has fought "
     "several battles with ISIS cells near Yadudah since June.", ("ASSAULT", "tawhid-battalion", "islamic-state")),
    # "its members", told by residents: the body whose checkpoint the sentence before is about, not the residents
    ("The checkpoint, which the Air Force Intelligence set up in May near Sanamayn, frightens travellers, residents "
     "said. Since then, its members have arrested six travellers who refused to pay, they told Enab Baladi.",
     ("COERCE", "air-force-intelligence", "travellers-who-refused-to-pay")),  # (the clause names the group)
    # "when it closed": the body named before in the sentence, not the people named last
    ("A police official said that “the Shield Brigade pushed families into the hands of smugglers when it closed the "
     "road.”", ("COERCE", "shield-brigade", None)),
])
def test_round6_refs_it_is_the_body_named_before_never_people(body, expected):
    assert expected in refs_parties(body)


def test_round6_refs_it_that_underwent_the_act_takes_no_doer():
    body = "The SDF reopened the al-Taiha crossing on Sunday. It was last closed for two weeks in May."
    assert ("COERCE", "sdf", None) not in refs_parties(body)


def test_round6_refs_a_reference_to_a_names_words_is_the_actor_those_words_name():
    body = ("Captain Omar Badr, a spokesman for the Sham Legion, one of the SNA factions deployed near Tadef, denied "
            "that the factions had shelled the village of Abu Jadha.")
    actors = {a for parties in refs_parties(body) for a in parties[1:]}
    assert "sna" in actors and "sna-factions" not in actors


def test_round6_refs_members_of_the_body_named_before_are_the_body():
    body = ("The Jabal Hawks, a local militia, set up a checkpoint near Masyaf in May. Fighters of the militia "
            "threatened on Sunday to burn the fields of farmers who refused to pay.")
    actors = {a for parties in refs_parties(body) for a in parties[1:]}
    assert "jabal-hawks" in actors and "fighters-of-the-militia" not in actors


@pytest.mark.parametrize("body, expected", [
    # "asking it to": the body named before in the sentence, not whom it is asked to act on
    ("Elders of Maskanah wrote to the Manbij Military Council in March, asking it to exempt students from the call-up.",
     ("REQUEST", "elders-of-maskanah", "manbij-military-council")),
    # "demanding that it <verb>": the body at whose building they gathered
    ("Dozens of bakers gathered in front of the building of the Supply Office of Jarablus on Monday, demanding that "
     "it raise their flour quota.", ("REQUEST", "bakers", "supply-office-of-jarablus")),
])
def test_round6_refs_an_act_in_words_addressed_to_it_is_addressed_to_the_body_named_before(body, expected):
    assert expected in refs_parties(body)


def test_round6_refs_it_that_is_a_thing_is_no_party():
    body = "Tenants asked the Hama governorate on Monday to review the decision, but the governor refused to discuss it."
    assert all(parties[2] != "hama-governorate" or parties[0] == "REQUEST" for parties in refs_parties(body))


# Round 6, groups: what says which group it is is a word of its name (coding guide: the article's own words)
@pytest.mark.parametrize("body, named", [
    # a place the article names only by what it is, and the named place it is of or around
    ("The Red Crescent handed out heaters to 40 families in the eastern neighbourhoods of Maarin on Sunday.",
     "families-in-the-eastern-neighbourhoods-of-maarin"),
    ("Turkish artillery shelled the area on Monday, wounding civilians in the villages around Tal Tamr.",
     "civilians-in-the-villages-around-tal-tamr"),
    ("The patrol arrested three young men from the nearby town of Kafr Hamra on Thursday.",
     "young-men-from-the-nearby-town-of-kafr-hamra"),
    ("The SDF released 25 detainees from the al-Jazra neighbourhood of Raqqa on Sunday.",
     "detainees-from-the-al-jazra-neighbourhood-of-raqqa"),
    ("Last week, the directorate withdrew the licences of four correspondents of a Gaziantep-based radio station.",
     "correspondents-of-a-gaziantep-based-radio-station"),
    # a relative clause or a participle of where or how the group is, up to a time or the next clause
    ("The military police fined 12 farmers who planted cotton despite the ban, the committee said on Monday.",
     "farmers-who-planted-cotton-despite-the-ban"),
    ("Residents said that at least three men who refused to sell their land were arrested by the Military Security "
     "branch in early March.", "men-who-refused-to-sell-their-land"),
    ("The Ministry of Agriculture promised to compensate the farmers whose fields burned.", "farmers-whose-fields-burned"),
    ("The Kurdish Red Crescent distributed blankets to about 200 families who have fled to Marea and Azaz since Friday.",
     "families-who-have-fled-to-marea-and-azaz"),
    ("The local council appealed to humanitarian organizations working in Idlib to send fuel to the hospital.",
     "humanitarian-organizations-working-in-idlib"),
    ("The Red Crescent distributed food baskets to 300 families displaced from the Jabal al-Zawiya area.",
     "families-displaced-from-the-jabal-al-zawiya-area"),
])
def test_round6_what_says_which_group_it_is_is_a_word_of_its_name(body, named):
    assert named in drafted_actors(body)


@pytest.mark.parametrize("body, named, not_named", [
    # ... but not what the group was doing then or what was done to it, nor a clause after a place that names it
    ("The police arrested five traders who were selling fuel in the market on Monday.", "traders",
     "traders-who-were-selling-fuel-in-the-market"),
    ("The police arrested four young men from Kafr Hamra who had filmed the checkpoint.", "young-men-from-kafr-hamra",
     "young-men-from-kafr-hamra-who-had-filmed-the-checkpoint"),
])
def test_round6_a_group_is_named_without_what_it_did(body, named, not_named):
    actors = drafted_actors(body)
    assert named in actors and not_named not in actors


# Round 6, groups: a relative the speaker names in their own quoted words is theirs; "they" is no one person, and
# "him" in the speaker's words is not the speaker
@pytest.mark.parametrize("body, expected", [
    ("“When my father refused to pay, they beat him in front of the neighbours,” Ruba Hallaq told Enab Baladi.",
     ("ASSAULT", None, "father-of-ruba-hallaq")),
    ("“They came to my brother twice and asked him to sell the shop,” said Yasser Qandil, a baker from Hazzano.",
     ("REQUEST", None, "brother-of-yasser-qandil")),
])
def test_round6_my_relative_in_the_speakers_words_is_the_speakers(body, expected):
    assert expected in [(e.type, e.actor1, e.actor2) for e in drafted(body).events]


# Round 6, groups: an age is a word of a person's or a group's name
def test_round6_an_age_is_a_word_of_the_name():
    assert "16-year-old-boy-from-ras-al-ain" in drafted_actors(
        "The Turkish gendarmerie detained a 16-year-old boy from Ras al-Ain at the wall on Sunday.")


# Round 6, groups: the owner of a thing the article names is one person, named by it
def test_round6_the_owner_of_a_thing_is_a_person_named_by_it():
    assert "owner-of-the-ferry" in drafted_actors(
        "The Asayish arrested the owner of the ferry and two of his workers on Monday, the council said.")


# Round 6, groups: whose a thing struck is underwent the attack, and is never its doer
def test_round6_the_owner_of_the_car_struck_is_the_target():
    found = drafted("An explosive device planted under the car of Adnan al-Hariri, a former commander in the Free "
                    "Syrian Army, exploded in the town of Nawa on Sunday.")
    parties = [(e.actor1, e.actor2) for e in found.events if e.type == "ASSAULT"]
    assert (None, "adnan-al-hariri") in parties and not any(a1 == "adnan-al-hariri" for a1, _ in parties)


# Round 6, groups: "her son" is no man's son: a relative named by a male relation is a man
def test_round6_her_son_is_not_the_son_of_her_son():
    actors = drafted_actors("Umm Walid, a widow from Harasta whose son was detained by the Air Force Intelligence in "
                            "2018, said that she had paid a broker 2,000 dollars.\n\nThe broker promised that her son "
                            "would be released within a month, but the branch transferred her son to Sednaya prison.")
    assert "son-of-umm-walid" in actors and "son-of-son-of-umm-walid" not in actors


# Round 6, groups: a group a relative clause names after the bare noun is a group of its own
def test_round6_a_group_a_clause_names_after_the_bare_noun_is_its_own():
    assert "farmers-who-planted-cotton-despite-the-ban" in drafted_actors(
        "Farmers said that the water was low. The committee fined 14 farmers who planted cotton despite the ban.")


# Round 6, groups: a body's people named by its possessive are a group of their own, named with it
def test_round6_a_bodys_people_by_its_possessive_are_a_group_named_with_it():
    assert "municipalitys-employees" in drafted_actors(
        "The Municipality of Binnish cut the water on Monday.\n\nThe governor raised the salaries of all the "
        "Municipality’s employees by 20 percent on 1 June.")


# Round 6, groups: owners a relative clause says which are a group named with it
def test_round6_owners_a_clause_says_which_are_a_group():
    assert "owners-who-had-rented-their-houses-to-displaced-families" in drafted_actors(
        "The committee fined six owners who had rented their houses to displaced families, according to the statement.")


# Round 6, targets: the party acted upon that the act's sentence names outside its clause


def acted_upon(body: str) -> set[tuple[str, str | None]]:
    return {(e.type, e.actor2) for e in drafted(body).events}


@pytest.mark.parametrize("body, expected", [
    # whom a warning is made to: the object of "warned" before the threat
    ("The Economic Office of the Salvation Government warned bakery owners on Sunday that anyone who sells "
     "subsidized flour would be fined.", ("THREATEN", "bakery-owners")),
    # ... and the subject of a punishment announced, where the warning names nobody
    ("The Asayish warned in a statement on Monday that drivers who cross the river at night would be arrested.",
     ("THREATEN", "drivers-who-cross-the-river")),  # (the clause names the group, up to the time)
    # ... not a party inside a longer subject ("any harvest sold to the regime")
    ("The Military Council of Tal Abyad warned the farmers of Suluk on Monday that any harvest sold to the regime "
     "would be confiscated.", ("THREATEN", "farmers-of-suluk")),
    # a request in a participle after a written request: its recipient, named after the verb or after "to"
    ("The families of the detainees sent a letter to the International Committee of the Red Cross on Sunday, "
     "asking it to visit the prison.", ("REQUEST", "international-committee-of-the-red-cross")),
    ("The Relief Committee had handed the Military Security branch in Jasim a list of 40 detainees, asking for "
     "their release.", ("REQUEST", "military-security-branch-in-jasim")),
    # a demand made at a gathering: the party the gathering faced, where the demand names no other
    ("Dozens of teachers held a sit-in in front of the Education Directorate of Raqqa on Sunday, demanding higher "
     "wages.", ("REQUEST", "education-directorate-of-raqqa")),
    ("The teachers held a sit-in in front of the Education Directorate of Raqqa on Monday, demanding that the "
     "Autonomous Administration raise their wages.", ("REQUEST", "autonomous-administration")),
    # a protest against what a party set: that party
    ("Shop owners in Jarablus went on strike on Saturday in protest against the new tax that the local council of "
     "Jarablus set on their goods.", ("PROTEST", "local-council-of-jarablus")),
    ("Hundreds of students protested in Azaz on Sunday against the exam fees set by the Syrian Interim Government.",
     ("PROTEST", "syrian-interim-government")),
])
def test_round6_the_party_named_outside_the_acts_clause(body, expected):
    assert expected in acted_upon(body)


@pytest.mark.parametrize("body, not_expected", [
    # "it" after the participle is whom the request is made to, not the object after it
    ("The elders had written to the Manbij Military Council twice since last year, asking it to exempt students.",
     ("REQUEST", "students")),
    # a party that only says something of what is protested is not its target
    ("Residents of Tal Tamr protested on Sunday against the shelling, which the SDF said had come from the Turkish "
     "army.", ("PROTEST", "sdf")),
    # a demand that names who is to act is of that party, never of the building the gathering faced
    ("The teachers held a sit-in in front of the Education Directorate of Raqqa on Monday, demanding that the "
     "Autonomous Administration raise their wages.", ("REQUEST", "education-directorate-of-raqqa")),
])
def test_round6_no_party_merely_named_near_the_act(body, not_expected):
    assert not_expected not in acted_upon(body)


@pytest.mark.parametrize("body, expected", [
    # "would be released": "be" is a passive auxiliary, its subject is the one released
    ("The Asayish said on Sunday that the four teachers still held would be released once they sign a pledge.",
     ("RETREAT", "teachers")),
    # a verb joined by "and" to a passive with an irregular participle: the passive's subject undergoes it too
    ("Five shepherds from al-Busayrah were kept at a checkpoint of the SDF overnight and released in the morning.",
     ("RETREAT", "shepherds-from-al-busayrah")),
])
def test_round6_the_subject_of_a_passive_undergoes_the_act(body, expected):
    assert expected in acted_upon(body)


@pytest.mark.parametrize("body, expected", [
    # "the two sides agreed" after a meeting: the meeting's two parties
    ("A delegation of the Russian military police met the Central Committee of Daraa in Busra al-Sham, and the two "
     "sides agreed on a ceasefire.", ("AGREE", "central-committee-of-daraa-in-busra-al-sham")),
    # "asked him to": the holder of an office named before, not the party after "him"
    ("The farmers said that they had met the director of the Agriculture Directorate twice and asked him to extend "
     "the deadline.", ("REQUEST", "director-of-the-agriculture-directorate")),
    # "warned them that": those the act before was done to
    ("The Education Directorate in Afrin refused to pay the salaries of 30 teachers, and warned them that they would "
     "be dismissed if they went on strike.", ("THREATEN", "teachers")),
    # "asked them to": the group named before, not a party after "them"
    ("The Asayish summoned five teachers from Amuda on Sunday and asked them to sign a pledge not to teach the "
     "regime’s curriculum.", ("REQUEST", "teachers-from-amuda")),
])
def test_round6_the_addressee_a_pronoun_or_the_two_sides_stand_for(body, expected):
    assert expected in acted_upon(body)


def test_round6_the_two_sides_of_a_meeting_both_agree():
    events = drafted("The local council of Sarmin held a meeting with the notables on Sunday, at which the two sides "
                     "agreed to reopen the market.").events
    assert ("AGREE", "local-council-of-sarmin", "notables") in {(e.type, e.actor1, e.actor2) for e in events}


@pytest.mark.parametrize("body, words, expected", [
    # a passive joined by ", and" to a passive before it, without a subject of its own: the same party undergoes it
    ("Two drivers from Azaz were kidnapped by gunmen near the crossing on Sunday, and were released the next "
     "morning after their families paid a ransom.", "released", (None, "drivers-from-azaz")),
    # ... and what they own, taken by the same doer
    ("Three traders from Sarmada were arrested by the General Security Service, and their shops were closed for a "
     "week.", "closed", ("general-security-service", "traders-from-sarmada")),
    # a progressive is active: "were taking ... from returnees", after a subordinate clause, is done to the returnees
    ("Activists reported that brokers close to the Fourth Division, whose checkpoints surround the town, were taking "
     "up to 200,000 pounds from returnees.", "taking", (None, "returnees")),
])
def test_round6_a_passive_joined_by_and_and_a_progressive(body, words, expected):
    assert [(e.actor1, e.actor2) for e in drafted(body).events if words in e.text] == [expected]


def test_round6_a_clause_with_a_subject_of_its_own_is_not_joined():
    events = drafted("Two teachers were arrested by the police in Binnish, and the school was closed the next day.")
    assert [e.actor2 for e in events.events if "school" in e.text] == [None]


@pytest.mark.parametrize("body, expected", [
    # the subject of a passive of harm is the victim of the attack "in" which it was harmed
    ("Five civilians were killed in an air strike by Russian warplanes on the town of Kafr Nubl on Sunday.",
     ("ASSAULT", "russian-forces", "civilians")),
    ("Three children were injured in artillery shelling by the regime forces on the village of Kansafra.",
     ("ASSAULT", "assad-forces", "children")),
])
def test_round6_harmed_in_an_attack(body, expected):
    assert expected in {(e.type, e.actor1, e.actor2) for e in drafted(body).events}


@pytest.mark.parametrize("body, expected, not_expected", [
    # what a request asks for is not whom it asks: the party a gathering faced
    ("Dozens of women gathered in front of the office of the Asayish in Amuda on Sunday, demanding a list of the "
     "detainees held in its prisons.", ("REQUEST", "asayish"), ("REQUEST", "detainees")),
    # ... or the party met to make it
    ("The Central Committee said it would meet officers of the Russian military police next week to demand the "
     "release of the detainees from Tafas.", ("REQUEST", "russian-military-police"),
     ("REQUEST", "detainees-from-tafas")),
    # ... or whoever holds those whose release is asked, whose detention is an act of its own
    ("The Free Lawyers Association demanded the release of three journalists who have been detained by the "
     "Military Police since March.", ("COERCE", "journalists"), ("REQUEST", "journalists")),
    # an act a party is asked to do itself ("the withdrawal of US forces") asks that party
    ("The Syrian government called for the withdrawal of US forces from al-Tanf on Monday.", ("REQUEST", "us-forces"),
     ("REQUEST", None)),
])
def test_round6_what_a_request_asks_for_is_not_whom_it_asks(body, expected, not_expected):
    parties = acted_upon(body)
    assert expected in parties and not_expected not in parties


def test_round6_the_holder_of_those_whose_release_is_asked():
    events = drafted("The Free Lawyers Association demanded the release of three journalists who have been detained "
                     "by the Military Police since March.").events
    assert {(e.type, e.actor1, e.actor2, e.status) for e in events} == {
        ("REQUEST", "free-lawyers-association", "military-police", "occurred"),
        ("COERCE", "military-police", "journalists", "claimed")}


@pytest.mark.parametrize("body, words, expected", [
    # the subject of a relative clause right after the act's noun does the act; it is not the party acted upon
    ("The siege, which the Fourth Division imposed on the town in June, was lifted on Sunday.", "siege",
     ("fourth-division", None)),
    ("The checkpoint, which the Sultan Murad Division set up in March at the entrance of the town, was removed on "
     "Sunday.", "checkpoint", ("sultan-murad-division", None)),
])
def test_round6_the_subject_of_a_relative_clause_does_the_act(body, words, expected):
    assert [(e.actor1, e.actor2) for e in drafted(body).events if words in e.text] == [expected]


@pytest.mark.parametrize("body, expected", [
    # a protest answers what a party did ("after X cut ..."), or asks it ("demanding a raise from X")
    ("Bakers in Azaz protested on Sunday after the local council of Azaz cut their quota of flour by a third.",
     ("PROTEST", "local-council-of-azaz")),
    ("Nurses at the National Hospital in Qamishli went on strike on Monday, demanding a raise from the Health "
     "Authority of the AANES.", ("PROTEST", "health-authority")),
])
def test_round6_whom_a_protest_answers_or_asks(body, expected):
    assert expected in acted_upon(body)


@pytest.mark.parametrize("body, expected", [
    # a place taken or struck, then whose it is: the party attacked
    ("The Syrian National Army took Tal Abyad, the main stronghold of the SDF in the area, in October 2019.",
     ("ASSAULT", "syrian-national-army", "sdf")),
    ("Turkish drones struck Tal Tamr, a base of the Syrian Democratic Forces (SDF), on Sunday.",
     ("ASSAULT", "turkish-army", "sdf")),
])
def test_round6_the_holder_of_the_place_attacked(body, expected):
    assert expected in {(e.type, e.actor1, e.actor2) for e in drafted(body).events}


def test_round6_harmed_members_stand_for_their_body():
    # "wounding two volunteers of the Civil Defence": the members' body is the party harmed
    events = drafted("Regime warplanes struck the market of Ariha on Sunday, wounding two volunteers of the Syrian "
                     "Civil Defence.").events
    assert ("ASSAULT", "syrian-civil-defence") in {(e.type, e.actor2) for e in events}


def test_round6_a_penalty_joined_to_a_fine_is_on_the_same_party():
    # "fined 12 bakery owners ... and closed three bakeries": the closure names only things; it is on the owners
    events = drafted("The Consumer Protection Directorate fined 12 bakery owners in Homs on Sunday and closed three "
                     "bakeries.").events
    assert ("COERCE", "bakery-owners-in-homs") in {(e.type, e.actor2) for e in events}


# Round 6, doers: who does an act, named in its clause or sentence (actor1)
def doers(body: str, word: str) -> list[str | None]:
    """The actor1 of every drafted event whose evidence holds the word."""
    return [e.actor1 for e in drafted(body).events if word in e.text]


@pytest.mark.parametrize("body, word, doer", [
    # a relative clause after an act's noun, whose verb does the act: its subject is the doer
    ("The siege, which the Qadisiya Brigade imposed on the village of Tal Hamra on 3 May, was lifted on Sunday, "
     "residents said.", "siege", "qadisiya-brigade"),
    ("The night curfew the Hawks Brigade has imposed since 25 March on Kafr Hamra is still in force, activists said.",
     "curfew", "hawks-brigade"),
    # ... also without a comma, after "that"
    ("Travellers said that the checkpoint that the Nasr Battalion set up at the entrance of Kafr Dael has become a "
     "source of fear.", "checkpoint", "nasr-battalion"),
])
def test_round6_a_relative_clause_after_an_acts_noun_names_its_doer(body, word, doer):
    assert doer in doers(body, word)


@pytest.mark.parametrize("body, word", [
    # a verb of words is no act of the noun's: "condemned" does not impose the siege
    ("The siege, which the Hamra Council condemned on Monday, was lifted on Sunday.", "siege"),
    # a preposition before the name: the name is what the act is against, not a relative clause's subject
    ("The protests against the Hamra Council began in 2019.", "protests"),
])
def test_round6_no_doer_from_a_relative_clause_that_does_not_do_the_act(body, word):
    assert not any(doers(body, word))


@pytest.mark.parametrize("body, word, doer", [
    # an apposition or a relative clause between the subject and a clause that opens with an auxiliary
    ("Fighters of the Falcons Brigade, a faction of the Syrian National Army (SNA), have seized at least ten houses in "
     "the village of Maabatli.", "seized", "falcons-brigade"),
    ("The Tawhid Brigade, commanded by a former officer, has set up checkpoints across the countryside of Hama.",
     "set up", "tawhid-brigade"),
    ("The local council of Sarmin, which warned on 4 May that the wells were drying up, has asked the Ministry of Water "
     "Resources to send tankers.", "asked", "local-council-of-sarmin"),
    # ... a progressive is no passive: the subject does it
    ("The local council of Kafr Dael, which warned in March that the bakeries would close, has been negotiating with "
     "the Directorate of Supply since 8 May.", "negotiating", "local-council-of-kafr-dael"),
])
def test_round6_the_subject_an_apposition_parts_from_its_verb(body, word, doer):
    assert doer in doers(body, word)


def test_round6_no_subject_from_inside_what_parts_it_from_its_verb():
    # "the committee" is no name: the body that runs it does not reject the applications
    assert "hamra-brigade" not in doers("Residents said that the committee, which is run by the Hamra Brigade, had "
                                        "rejected the applications of families from Kafr Dael.", "rejected")


@pytest.mark.parametrize("body, word, doer, target", [
    # a threat in someone's words is the speaker's, not the act of whom the words name ...
    ("Tarek Mansour, the head of the Kafr Hamra council, warned that the Hamra Brigade would pay for the attack.",
     "would pay", "tarek-mansour", "hamra-brigade"),
    ("The Jordanian Foreign Ministry condemned the attack in a statement on Monday, which warned that the Nour "
     "Battalion would bear the consequences.", "would bear", "jordanian-foreign-ministry", "nour-battalion"),
    # ... also when the words name the force that would strike
    ("Colonel Walid Haddad warned that the Hamra Brigade would shell any village that shelters the fighters.",
     "would shell", "walid-haddad", None),
])
def test_round6_a_threat_in_someones_words_is_the_speakers(body, word, doer, target):
    events = [e for e in drafted(body).events if word in e.text]
    assert [(e.type, e.actor1, e.actor2) for e in events] == [("THREATEN", doer, target)]


def test_round6_its_after_a_persons_act_is_not_the_persons():
    # "its units": the body the words name, not the person who speaks
    body = ("Walid Haddad said that the Hamra Brigade would “use its right to respond” to any attack, and that its "
            "units along the road had been on full alert since Monday.")
    assert doers(body, "alert") == ["hamra-brigade"]


@pytest.mark.parametrize("body, word, expected", [
    # what a body sends out ("a patrol of", "a convoy of"): the body does what it does, each body of a list
    ("A patrol of the Hamra Brigade toured the streets of Kafr Dael on Saturday, according to residents.", "patrol",
     ["hamra-brigade"]),
    ("A convoy of the Hilal Foundation and the Rahma Relief Foundation carrying flour reached the camp of Kafr Dael on "
     "3 May.", "convoy", ["hilal-foundation", "rahma-relief-foundation"]),
    # a name whose last word opens the trigger ("police entered") is its subject ...
    ("A patrol of the Russian military police entered Kafr Hamra on 20 January.", "entered",
     ["russian-military-police"]),
    # ... but not those an act is done to
    ("The Qasr Brigade arrested 20 young men in Kafr Dael on Monday. Eleven of the detainees returned to their homes "
     "on Tuesday, relatives said.", "returned", ["qasr-brigade"]),
])
def test_round6_the_body_a_patrol_or_convoy_is_of_does_its_act(body, word, expected):
    assert doers(body, word) == expected


@pytest.mark.parametrize("body, word, expected", [
    # the agent after "by", past a place and a date
    ("The contract was signed in Aleppo on 12 March by the Directorate of Water and the Hilal Foundation.", "signed",
     ["directorate-of-water"]),
    # ... but not past another participle's "by", nor "one by one"
    ("The town was handed over on Monday under an agreement brokered by the Hilal Foundation.", "handed",
     []),
    ("Patrols of the Hamra Brigade searched the houses of the village one by one on Monday.", "searched",
     ["hamra-brigade"]),
])
def test_round6_the_agent_of_a_passive_past_a_place_and_a_date(body, word, expected):
    assert [doer for doer in doers(body, word) if doer] == expected


@pytest.mark.parametrize("body, word, expected", [
    # a relative clause between the subject and a verb not in -ed
    ("The Hamra Council, which runs the camp of Kafr Dael, sent reinforcements to the hills around the camp on Monday.",
     "reinforcements", ["hamra-council"]),
    # ... but a passive's subject after an apposition underwent the act
    ("Fadi Nasser, a former fighter of the Hamra Brigade, has been detained since March at an unknown place.",
     "detained", [None]),
])
def test_round6_a_verb_after_a_relative_clause_has_the_subject_before_it(body, word, expected):
    assert doers(body, word) == expected


@pytest.mark.parametrize("body, word, expected", [
    # a participle after "before" has the subject of the act before
    ("The Asayish imposed a curfew on Amuda on 21 January and closed the roads into the town, before lifting the "
     "curfew on 31 January, according to a local news page.", "lifting", ["asayish"]),
    # a relative clause with two subjects after the act's noun, in a clause with a subject of its own
    ("Patrols of the Hamra Brigade guard the road under an agreement the Qasr Brigade and the Nasr Battalion signed in "
     "Kafr Dael in 2019.", "agreement", ["qasr-brigade"]),
    # a vow of retaliation in someone's words is the speaker's
    ("The Ministry of Defence of Jordan said on Monday that Jordan “will not leave this attack unanswered.”",
     "unanswered", ["ministry-of-defence-of-jordan"]),
])
def test_round6_participles_after_a_subordinator_relative_lists_and_vows(body, word, expected):
    assert doers(body, word) == expected


@pytest.mark.parametrize("body, word, expected", [
    # a comma inside a closing quotation mark ends a clause before "and" or an auxiliary: the words quoted are not
    # the subject of the act after them
    ("The local council of Binnish, which warned on 3 January that the market was “close to paralysis,” had asked the "
     "Ministry of Economy to postpone the fines.", "asked", ["local-council-of-binnish"]),
    ("Tarek Mansour, the head of the Hamra council, said that the town “cannot take in more families,” and called on "
     "the Rahma Relief Foundation to send tents.", "called on", ["tarek-mansour"]),
])
def test_round6_a_comma_inside_a_closing_quotation_mark_ends_a_clause(body, word, expected):
    assert doers(body, word) == expected


def test_round6_the_members_of_the_speakers_body_are_the_body():
    # "his fighters" in the words of a body's commander are the body he speaks for, not a group of fighters
    assert doers("A commander of the Hamza Brigade, an SNA faction deployed north of Tal Tamr, denied that his "
                 "fighters had shelled civilians.", "shelled") == ["hamza-brigade"]


def test_round6_the_name_before_what_a_body_sends_out():
    # "a UN convoy" is the UN's
    assert doers("The last UN convoy entered the camp of Kafr Dael on 14 February, carrying food for 7,200 people.",
                 "convoy") == ["united-nations"]


def test_round6_with_the_support_of_names_who_supports():
    events = [e for e in drafted("The Hamra Brigade took the village of Kafr Dael from the Qasr Brigade in 2019, with "
                                 "the support of the Nasr Battalion.").events if e.type == "AID"]
    assert [(e.actor1, e.actor2) for e in events] == [("nasr-battalion", "hamra-brigade")]


@pytest.mark.parametrize("body, word", [
    # a main clause after an act's noun, whose verb has an object of its own, is no relative clause on the noun
    ("After the attack the Hamra Brigade launched a campaign of arrests in Kafr Dael.", "attack"),
    ("Since the siege, the Qasr Brigade has imposed a fee on every truck that enters Tal Hamra.", "siege"),
])
def test_round6_no_doer_from_a_main_clause_after_an_acts_noun(body, word):
    assert not any(doers(body, word))


# Round 6, quotes: the speaker of direct quotations on wording the dev articles do not use.
@pytest.mark.parametrize("body, expected", [
    # a quotation resumed after the cue and the speaker's apposition
    ("“The bakery opened on Sunday,” said Nabil Qasem, a baker in the town of Hazano, “but it closed by noon.”",
     [("nabil-qasem", "direct", "The bakery opened on Sunday,"), ("nabil-qasem", "direct", "but it closed by noon.")]),
    # a verb that reports only next to a quotation, before it
    ("Lina Sabbagh, a pharmacist, wrote on her page on Monday: “The shelves are empty.”",
     [("lina-sabbagh", "direct", "The shelves are empty.")]),
    ("Asked about the fees, Karam Daher, an official of the crossing, replied, “They are set by the ministry.”",
     [("karam-daher", "direct", "They are set by the ministry.")]),
    ("“The river took the boat in seconds,” recounted Jamil Awad, a fisherman from Hajin.",
     [("jamil-awad", "direct", "The river took the boat in seconds,")]),
    # "he" after a person introduced with "the" in apposition, as the object of a sentence without statements
    ("Enab Baladi met Haitham Dabbagh, the director of the water station in Saraqib.\n\n"
     "Asked about the cuts, he said: “The pumps need fuel every day.”",
     [("haitham-dabbagh", "direct", "The pumps need fuel every day.")]),
    # one of a group, with where they are; a person described by a participle's clause
    ("“Nobody bought the wheat,” one of the farmers in the village of Tal Shaer told Enab Baladi.",
     [("farmers", "direct", "Nobody bought the wheat,")]),
    ("“The tent floods every winter,” said an old man living in a camp near the town of Kafr Lusin.",
     [("old-man", "direct", "The tent floods every winter,")]),
])
def test_round6_quotes_speaker_of_the_quotation(body, expected):
    assert speakers(body) == expected


def test_round6_quotes_dozens_of_a_group_from_a_place_are_that_group():
    # "dozens of X from Y" is a group of its own, named with its place (not one of a group)
    assert speakers("Dozens of farmers from the villages around Tal Shaer said that the canal was dry.")[0][0] == \
        "farmers-from-the-villages-around-tal-shaer"


@pytest.mark.parametrize("body, speaker", [
    # a quotation inside another's report is its own speaker's statement (coding guide), after a comma or a colon
    ("Salma Aswad said that a guard at the prison told her, “Do not come back.”", "guard-at-the-prison"),
    ("Traders in the market said that the inspector told them: “Pay or close.”", "inspector"),
])
def test_round6_quotes_a_quotation_inside_a_report_is_its_own_speakers(body, speaker):
    found = drafted(body)
    quotation = next(q for q in found.quotations if q.kind == "speech")
    holders = [s.speaker for s in found.statements if s.mode != "indirect"
               and s.start <= quotation.start + 1 and quotation.end - 1 <= s.end]
    assert holders[0] == speaker


@pytest.mark.parametrize("body, expected", [
    # an age between the name and the apposition
    ("“The roof leaks,” Hadi Sarraf, 44, a carpenter from the town of Armanaz, told Enab Baladi.",
     [("hadi-sarraf", "direct", "The roof leaks,")]),
    # a quotation that ends in a quotation inside it
    ("“The officer said, ‘Come back tomorrow,’” said Maysa Omar, whose husband is held in the branch.",
     [("maysa-omar", "direct", "The officer said, ‘Come back tomorrow,’")]),
    # the subject of a clause that a colon ends right before a quotation; not a thing ("The rule is simple")
    ("Yara Hallak, a student in Idlib, fears the winter: “We have no fuel for the stove.”",
     [("yara-hallak", "direct", "We have no fuel for the stove.")]),
    ("The rule at the checkpoint is simple: “Pay or go back.”", []),
    # "complained of “...”": the words of whoever complained
    ("Bus drivers in the city complained of “endless queues” at the fuel station.",
     [("bus-drivers-in-the-city", "mixed", "“endless queues” at the fuel station")]),
])
def test_round6_quotes_more_wordings_of_a_quotation(body, expected):
    assert speakers(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a sentence after a quotation alone, or after a dash, that says whose words they were
    ("“The sea took my son.” This is how Wafaa Dib, a mother from Jableh, described the night of the storm.",
     [("wafaa-dib", "direct", "The sea took my son.")]),
    ("Ghazi Nahhas said that the market had closed.\n\n“There is nothing to sell.” That is what Sami Qadri, a "
     "butcher, told the inspectors.",
     [("ghazi-nahhas", "indirect", "the market had closed"), ("sami-qadri", "direct", "There is nothing to sell.")]),
    ("“Give us our land back” — this is what Adel Jumaa, a farmer, kept repeating.",
     [("adel-jumaa", "direct", "Give us our land back")]),
    ("This is how the council spends its budget.", []),
    # "In his words, “...”", "In the words of X, “...”"
    ("Tarek Amin, a mechanic in Azaz, has not worked for a month. In his words, “No fuel, no cars, no work.”",
     [("tarek-amin", "direct", "No fuel, no cars, no work.")]),
    ("In the words of Duha Saqqa, a midwife in the camp, “Every birth here is a risk.”",
     [("duha-saqqa", "direct", "Every birth here is a risk.")]),
])
def test_round6_quotes_words_said_to_be_someones(body, expected):
    assert speakers(body) == expected


@pytest.mark.parametrize("body, expected", [
    # a village's name, then a person's after a comma: a list of places ends in "and", so the person is no place
    ("The mukhtar of the village of Tal Jabin, Saleh Kanjo, said that 12 families had returned.",
     [("saleh-kanjo", "indirect", "12 families had returned")]),
    # what a person was introduced as, said again: an abbreviated title, an office in apposition
    ("Dr. Rasha Khouli runs the clinic in the camp.\n\n“We see 200 patients a day,” the doctor said.",
     [("rasha-khouli", "direct", "We see 200 patients a day,")]),
    ("Bashar Nouri, the spokesman of the Civil Council, said that the road had reopened. “The trucks can pass,” the "
     "spokesman said.",
     [("bashar-nouri", "indirect", "the road had reopened"), ("bashar-nouri", "direct", "The trucks can pass,")]),
])
def test_round6_quotes_a_person_named_again_by_role(body, expected):
    assert speakers(body) == expected


@pytest.mark.parametrize("body, speaker", [
    # the subject of the subordinate clause a cue is in, not the words before its conjunction
    ("The bakers went back to work only after the council promised to pay them “before the end of the month.”",
     "council"),
    ("The traders reopened their shops when the governor promised to “keep the patrols away.”", "governor"),
])
def test_round6_quotes_the_speaker_of_a_subordinate_clause(body, speaker):
    assert [s for s, mode, _ in speakers(body) if mode != "indirect"] == [speaker]


@pytest.mark.parametrize("body, speaker", [
    # a phrase of time or place before the subject is no content reported by it
    ("In the same letter, the union called on Turkey, as the country that runs the crossing, to “open the gate”.",
     "union"),
    # a body's second name in brackets, after a phrase of time and before a relative clause
    ("On Friday, the local police forces (Shurta), which run the checkpoints, accused the militia of “stealing the "
     "fuel.”", "local-police-forces"),
])
def test_round6_quotes_a_subject_after_a_phrase_of_time_or_with_a_name_in_brackets(body, speaker):
    assert [s for s, mode, _ in speakers(body) if mode != "indirect"] == [speaker]


def test_round6_quotes_a_clause_before_a_trailing_speaker_is_content():
    assert speakers("At least four men were arrested, activists reported.") == \
        [("activists", "indirect", "At least four men were arrested")]


def test_round6_quotes_in_which_it_after_documents_is_their_sender():
    # "sent two letters to X, in which it called on ...": whoever sent the letters (plural documents too)
    body = ("Hama Now, a local page, said that the bridge had collapsed.\n\nThe Ministry of Transport sent two letters "
            "to the governors of Hama and Idlib, in which it called on them to “close the old bridges.”")
    assert [s for s, mode, _ in speakers(body) if mode != "indirect"] == ["ministry-of-transport"]


def test_round6_quotes_an_apposition_with_a_list_of_places():
    body = ("Munir Dabbas, a member of the joint council of Hazano, Armanaz and Kafr Takharim, told Enab Baladi: "
            "“The wells are dry.”")
    assert speakers(body) == [("munir-dabbas", "direct", "The wells are dry.")]


def test_round6_quotes_the_latter_is_the_last_person_named():
    body = "Samer Aktaa met the mayor of the town, Fadi Rahhal, on Monday. “The school will reopen,” the latter said."
    assert speakers(body) == [("fadi-rahhal", "direct", "The school will reopen,")]


# Round 7, names: an unnamed person the article names later is one actor, under the name (and so are their kin)
@pytest.mark.parametrize("body, named, unnamed", [
    # an apposition with the description's head noun, after the name ...
    ("An engineer from the town of Kafr Lusin was detained by the Military Police on Tuesday.\n\nYasser Khattab, "
     "the engineer, had refused to repair the pumps, a colleague said.", "yasser-khattab",
     "engineer-from-the-town-of-kafr-lusin"),
    # ... or before it
    ("A pharmacist in Jasim was shot dead by gunmen on Monday night.\n\nThe pharmacist, Adel Harb, had received "
     "threats, a relative said.", "adel-harb", "pharmacist-in-jasim"),
    # a verb of naming after a pronoun
    ("A woman from the Tishreen neighbourhood was killed by a sniper on Friday.\n\nHer relatives identified her as "
     "Nawal Saadi.", "nawal-saadi", "woman-from-the-tishreen-neighbourhood"),
    # a paragraph that opens with a name and an age, right after the one that introduced the person
    ("Unknown gunmen abducted a doctor from the town of Sarmin on Saturday.\n\nMurad Haddad, 52, who runs a clinic "
     "in the town, was taken from his car, his son said.", "murad-haddad", "doctor-from-the-town-of-sarmin"),
])
def test_round7_names_an_unnamed_person_named_later(body, named, unnamed):
    actors = drafted_actors(body)
    assert named in actors and unnamed not in actors


def test_round7_names_a_name_and_age_with_another_role_is_another_person():
    body = ("Unknown gunmen abducted a doctor from the town of Sarmin on Saturday.\n\nHussam Tello, 40, a driver "
            "from the town, said that the road had been closed.")
    assert "hussam-tello" not in {e.actor2 for e in drafted(body).events}


def test_round7_names_the_kin_of_a_person_named_later_are_named_by_the_name():
    body = ("A trader from the town of Hajin was kidnapped on Monday.\n\nSaeed al-Karim, 38, was taken from his shop. "
            "The kidnappers demanded a ransom from his family on Wednesday.")
    actors = drafted_actors(body)
    assert "saeed-al-karim" in actors and not any("trader" in actor for actor in actors)


def test_the_kin_of_a_person_named_later_keep_their_type():
    # "his family", renamed "Family of Saeed al-Karim", is still a collective, not a person as the one named
    body = ("A trader from the town of Hajin was kidnapped on Monday.\n\nSaeed al-Karim, 38, was taken from his shop. "
            "The kidnappers demanded a ransom from his family on Wednesday.")
    proposed = drafted(body).new_actors
    assert proposed["saeed-al-karim"]["type"] == "person"
    assert proposed["family-of-saeed-al-karim"]["type"] == "collective"


@pytest.mark.parametrize("body, named, not_named", [
    # where an unnamed group is ("at the" a place word) and what it came on or in are words of its name
    ("Officers at the crossing beat three returnees on Wednesday, a lawyer said.", "officers-at-the-crossing",
     "officers"),
    ("Masked men in a white van kidnapped a money changer in the city of Azaz on Tuesday.",
     "masked-men-in-a-white-van", "masked-men"),
    # where a body spoke is no word of its name
    ("The Directorate of Agriculture banned the export of sheep on Sunday.\n\nThe directorate in a circular said "
     "the ban would last three months.", "directorate-of-agriculture", "directorate-in-a-circular"),
    # the region a body serves, capitalized after "and its", is a word of its name
    ("The Local Council of Jarablus and its Villages said on Tuesday that it had opened a new bakery.",
     "local-council-of-jarablus-and-its-villages", "local-council-of-jarablus"),
    # a formation's number is a word of its name
    ("The 46th Brigade shelled the village of Kafr Amma on Saturday, the Civil Defence said.", "46th-brigade",
     "brigade"),
])
def test_round7_names_the_words_of_a_name(body, named, not_named):
    actors = drafted_actors(body)
    assert named in actors and not_named not in actors


@pytest.mark.parametrize("body, named, not_named", [
    # "of the town": the article's words are a word of the group's name, not the town's name (coding guide) ...
    ("Notables of the village met the governor of Daraa on Tuesday to demand the release of the detainees.",
     "notables-of-the-village", "notables"),
    # ... but not a place named further ("of the town of X" is that town's) nor a region ("of the countryside")
    ("Residents of the town of Kafr Batna protested on Friday against the new taxes.",
     "residents-of-the-town-of-kafr-batna", "residents-of-the-town"),
])
def test_round7_names_a_group_of_the_town(body, named, not_named):
    actors = drafted_actors(body)
    assert named in actors and not_named not in actors


def test_round7_names_a_person_of_an_unnamed_body_is_named_with_it():
    # "in another faction", "of a local council": which body is theirs, a word of their name
    actors = drafted_actors("The military court sentenced an officer in another brigade to five years in prison on "
                            "Monday.")
    assert "officer-in-another-brigade" in actors and "officer" not in actors


@pytest.mark.parametrize("body, named, unnamed", [
    # a passive verb of naming, and an apposition to a noun any person is: the person spoken of last
    ("A driver was shot dead on the road to Sarmada on Monday. He was identified as Omar Jbara.", "omar-jbara",
     "driver"),
    ("A farmer from the village of Kafr Hamra was killed by a landmine on Friday.\n\nThe victim, Nizar Sheikho, was "
     "ploughing his field.", "nizar-sheikho", "farmer-from-the-village-of-kafr-hamra"),
])
def test_round7_names_an_unnamed_person_named_by_a_word_any_person_is(body, named, unnamed):
    actors = drafted_actors(body)
    assert named in actors and unnamed not in actors
# Round 7, acts: verbs, nouns and grammar of acts the lexicon missed, and the traps of the same words
def drafted_types(body: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in drafted(body).events]


@pytest.mark.parametrize("body, expected", [
    ("Two guards beat Walid Sarraf, a driver from Maarat Misrin, at the gate on Friday.", ("ASSAULT", "beat")),
    ("Masked men burned the shops of three traders in the market of Kafr Nabl on Monday night.",
     ("ASSAULT", "destroy")),
    ("The group executed three of its former members in the desert near Sukhnah last week.", ("ASSAULT", "execute")),
    ("A young man stabbed a shop owner in the old market of Azaz on Sunday.", ("ASSAULT", None)),
    ("A gunman shot two brothers outside their house in Jasim on Saturday night.", ("ASSAULT", "firearms")),
    ("A patrol of the border guards fired shots towards a group of shepherds near Atmeh.", ("ASSAULT", "firearms")),
    ("Fighters of the clan fought the Islamic State near al-Shaafa for three days in 2018.", ("ASSAULT", None)),
    ("Police officers caught four men who were selling stolen fuel near the roundabout.", ("COERCE", "arrest")),
    ("The detention of the three teachers at the checkpoint lasted two days.", ("COERCE", "arrest")),
    ("The storming of the student dormitory by the security branch on Monday frightened the residents.",
     ("COERCE", None)),
    ("The camp administration expelled 60 families from the mosque on Sunday.", ("COERCE", None)),
    ("The health directorate removed the manager of the central clinic from his post last week.", ("COERCE", None)),
    ("The water company sacked 14 workers in Manbij last month.", ("COERCE", None)),
    ("The seizure of the wheat stored in the silos by the faction angered the farmers.", ("COERCE", "confiscate")),
    ("The governor issued a circular on Monday that bans the sale of bread outside the bakeries.", ("COERCE", "ban")),
    ("Government forces pulled back from the hills west of the town on Friday.", ("RETREAT", "withdraw")),
    ("The gunmen let the two drivers go after eight hours.", ("RETREAT", "release")),
    ("The faction handed back the olive presses of the town on Tuesday.", ("RETREAT", "return")),
    ("The mayor of Binnish and a delegation of the health directorate met on Tuesday in the town hall.",
     ("CONSULT", None)),
    ("Elders of the two tribes met in Hajin on Friday.", ("CONSULT", None)),
    ("The Security Council renewed the mandate of the observers for three months.", ("AGREE", None)),
    ("The bakers ended their strike on Friday after their demands were met.", ("CONCEDE", None)),
    ("The militia hanged three men from the bridge at the entrance of the town in 2014.", ("ASSAULT", "execute")),
    ("Two officers assaulted a nurse at the hospital gate on Friday, her colleagues said.", ("ASSAULT", "beat")),
    ("Unknown men blew up the water pipeline north of the town on Sunday.", ("ASSAULT", "explosives")),
    ("Dozens of women staged a march in the old city of Salqin on Friday.", ("PROTEST", "demo")),
    ("Farmers blocked the Aleppo-Latakia highway with their tractors on Monday.", ("PROTEST", "obstruct")),
    ("The army massed armoured vehicles and tanks near the frontline of Kabani on Monday.", ("MOBILIZE", "troops")),
    ("The police handed over three suspected smugglers to the military police on Sunday.", ("COOPERATE", None)),
    ("The European Union imposed new sanctions on two Syrian companies on Monday.", ("SANCTION", None)),
    ("The central bank froze the bank accounts of four traders last week.", ("SANCTION", None)),
    ("A Kuwaiti charity donated 500 heaters to the schools of the camp on Monday.", ("AID", None)),
    ("The World Bank funded the repair of the bakery of the town.", ("AID", None)),
    ("Iran supplied the militia in the town with drones and rockets last year.", ("AID", "military")),
    ("The talks ended with an exchange of prisoners between the two factions.", ("AGREE", None)),
    ("The Russian envoy paid a visit to the camp of Rukban on Sunday.", ("CONSULT", "visit")),
    ("The army dropped leaflets on the villages warning residents to leave their houses within two days.",
     ("THREATEN", None)),
    ("Masked men murdered a money changer in his shop in Sarmada on Monday.", ("ASSAULT", None)),
    ("Relatives of the victims of the massacre of Tremseh held a vigil on Friday.", ("ASSAULT", None)),
    ("The assault on the hill of Tal Malah by the factions failed on Tuesday.", ("ASSAULT", None)),
    ("The destruction of the mill of the village by a drone left the farmers without flour.", ("ASSAULT", "destroy")),
    ("Former detainees described the torture of the prisoners in the branch.", ("ASSAULT", "torture")),
    ("Militias invaded the villages of the plain in the spring of 2019.", ("ASSAULT", None)),
    ("The police apprehended a man carrying a pistol at the gate of the market.", ("COERCE", "arrest")),
    ("The military police rounded up twenty young men in the city on Friday.", ("COERCE", "arrest")),
    ("Gunmen stole the sheep of two shepherds near the dam on Tuesday.", ("COERCE", "confiscate")),
    ("The municipality charged a fee of ten dollars on every stall in the market.", ("COERCE", "confiscate")),
    ("The ministry blocked access to the website of the newspaper on Sunday.", ("COERCE", "censor")),
    ("Lebanese authorities forcibly returned 60 refugees to Syria last week.", ("COERCE", "deport")),
    ("The brigade stationed gunmen at the entrances of the camp.", ("MOBILIZE", "troops")),
    ("The deployment of Turkish troops in the villages began on Monday.", ("MOBILIZE", "troops")),
    ("Six members of the cell surrendered to the security forces on Sunday.", ("RETREAT", None)),
    ("The gang set the three students free after a week.", ("RETREAT", "release")),
    ("A truce between the two families took effect on Friday.", ("AGREE", None)),
    ("The governor convened a meeting with the mayors of the district on Monday.", ("CONSULT", None)),
    ("The charity provided blankets and heaters to 300 families in the camp.", ("AID", None)),
    ("Three men were hanged in the main square of the town in 2015.", ("ASSAULT", "execute")),
    ("The head of the bakery was removed from his post on Sunday.", ("COERCE", None)),
    ("Twenty families were expelled from the mosque by the council.", ("COERCE", None)),
    ("The two journalists were set free on Tuesday evening.", ("RETREAT", "release")),
    ("Volunteers searched the lake for the missing children until night fell.", ("AID", "humanitarian")),
    ("A fisherman pulled two boys out of the water near the bridge on Friday.", ("AID", "humanitarian")),
    ("The engineers of the council repaired the water station of the village in June.", ("AID", None)),
    ("A local kitchen has been serving hot meals to 300 families since the floods.", ("AID", None)),
    ("The association gave each family a heater and a bag of rice.", ("AID", None)),
    ("Police patrols have been patrolling the streets of the town at night since March.", ("MOBILIZE", "troops")),
    ("The brigade began collecting the levy on the olive presses in November.", ("COERCE", "confiscate")),
    ("The gunmen took his phone and his money at the checkpoint.", ("COERCE", "confiscate")),
    ("The checkpoint stopped buses and private cars from leaving the town.", ("COERCE", "restrict")),
    ("The fighters and their relatives left the town for the north on Sunday.", ("RETREAT", "withdraw")),
])
def test_round7_acts_are_drafted(body, expected):
    """Acts the lexicon missed, in verbs, nouns, passives and coordinated subjects: one table, one assertion."""
    assert expected in drafted_types(body)


@pytest.mark.parametrize("body, not_expected", [
    ("The head of the council left the meeting early on Monday.", None),  # "left" in its plain sense
    ("The organization executed 12 water projects in the countryside of Idlib last year.", "ASSAULT"),
    ("A photographer shot a video of the damaged school on Monday.", "ASSAULT"),
    ("The civil defence fought the fire in the warehouse for six hours.", "ASSAULT"),
    ("The new law caught the attention of the traders.", "COERCE"),
    ("The teachers would continue the strike until their demands were met.", "CONCEDE"),
    ("About 300 hectares of wheat had burned in the fields of the village.", "ASSAULT"),
    ("The council paid compensation for each dunam of burned orchards.", "ASSAULT"),
    ("The land will be given back to its owners once the approval is issued, he said.", "RETREAT"),
    ("The families of the detainees protested until their requests were met.", "CONCEDE"),
])
def test_round7_acts_the_same_words_in_another_sense_are_no_act(body, not_expected):
    types = [kind for kind, _ in drafted_types(body)]
    assert (types == []) if not_expected is None else not_expected not in types


@pytest.mark.parametrize("body, not_expected", [
    ("The prisoners were exchanged for money, the smugglers said.", "AGREE"),  # no swap between parties
    ("His father visited him in the hospital on Monday.", "CONSULT"),  # a person visited, no place of a party
    ("The council donated to the fund of the school.", "AID"),  # (the verb without what was given)
    ("The doctor provided details about the wounded to the reporters.", "AID"),
    ("The boy who stole the hearts of the audience sang at the festival.", "COERCE"),
    ("Activists said the council was “stealing the bread of the poor.”", "COERCE"),
    ("The engineer surrendered his post to his deputy.", "RETREAT"),
    ("Rescuers were pulling bodies from the rubble as the rain began.", "AID"),  # a scene, told as a setting
    ("The officer denied that the brigade collected any levy.", "COERCE"),
    ("The fighters left behind their heavy weapons.", "RETREAT"),
])
def test_round7_acts_traps_are_no_act(body, not_expected):
    """The same words in another sense, or without their act, draft no act: one table, one assertion."""
    assert not_expected not in [kind for kind, _ in drafted_types(body)]


@pytest.mark.parametrize("body, expected", [
    # people or goods let through or back: an easing of a restriction (coding guide: CONCEDE)
    ("The border guards allowed 40 trucks of flour to cross on Sunday.", [("CONCEDE", None)]),
    ("The municipality said it would allow 1,200 families to return to the old quarter.", [("CONCEDE", None)]),
    ("The families were not allowed to return to the village.", []),  # a negated act: none
])
def test_round7_acts_people_allowed_through_or_back_is_a_concession(body, expected):
    assert [t for t in drafted_types(body) if t[0] == "CONCEDE"] == expected


# Round 7, targets: the party an act is done to or addressed to (actor2), on invented sentences.
@pytest.mark.parametrize("body, expected", [
    # the occasion and the time of a demand may stand before its "that": the clause after it says who is asked
    ("The Bakers’ Union of Kafr Dael demanded on Wednesday that the local council of Kafr Dael lower the price of "
     "flour.", ("REQUEST", "bakers-union-of-kafr-dael", "local-council-of-kafr-dael")),
    ("The Fishermen’s Association demanded in a statement published on its page on 9 June that the Port Authority "
     "of Banias lift the ban.", ("REQUEST", "fishermens-association", "port-authority-of-banias")),
    # aid told by who got it: the one after "from" gives it, the subject gets it
    ("Some 200 families in the camp of Kafr Aruq received blankets from the Hope Relief Foundation on Monday.",
     ("AID", "hope-relief-foundation", "families-in-the-camp-of-kafr-aruq")),
    # the proper name after a noun that says what kind of body it is: the party, not the state its adjective names,
    # nor an acronym inside it; "the company" later refers to it
    ("The water council of Qatma signed a contract with the Turkish company Derya Pumps on Monday.",
     ("AGREE", "water-council-of-qatma", "derya-pumps")),
    ("Traders in Sajo protested on Sunday against the tariffs of the Turkish company SR Power, which runs the grid.",
     ("PROTEST", "traders-in-sajo", "sr-power")),
    ("The Turkish company Derya Pumps cut the water to Qatma on Monday. The local council asked the company to "
     "restore it.", ("REQUEST", "local-council", "derya-pumps")),
    # a phrase of time or place that opens the sentence is no name that the group after it is in apposition to
    ("On Thursday, the Free Police detained five drivers in Qabasin.", ("COERCE", "free-police", "drivers-in-qabasin")),
    # ... nor is "the <group>" after a verb an apposition to anything before the comma
    ("Fishermen in Arwad went on strike on Monday. On Friday, the port police fined the fishermen.",
     ("SANCTION", "port-police", "fishermen-in-arwad")),
    # "N of them" after an act: a part of the group the act before was done to, not of the group that speaks
    ("Activists in Binnish reported that the police had arrested at least nine young men from the village since "
     "June, and had released five of them within days.",
     ("RETREAT", "police", "young-men-from-the-village")),
    # ... or of the group named last before in the paragraph
    ("Dozens of students protested in front of the university on Sunday. The police arrested four of them.",
     ("COERCE", "police", "students")),
    # "called on it to": the body the sentence before opens with, where this one names none
    ("The Civil Council of Tabqa raised the price of bread on Sunday. The Teachers’ Union called on it to reverse "
     "the decision.", ("REQUEST", "teachers-union", "civil-council-of-tabqa")),
    # a request told by who got it: the one after "from" asks
    ("The local council of Akhtarin received a request from 40 families to open a school.",
     ("REQUEST", "families", "local-council-of-akhtarin")),
])
def test_round7_targets_parties(body, expected):
    """The party an act is done to or addressed to: one table, one assertion."""
    assert expected in event_parties(body)


@pytest.mark.parametrize("body, target", [
    # a person's name right after what the person is: a party of any act that names them, not only of an arrest
    ("The military police stopped the photographer Karam Halabi at a checkpoint near Azaz on Monday.",
     "karam-halabi"),
    ("The Economic Office fined the shopkeeper Munir Sabbagh 300 dollars for selling expired goods.", "munir-sabbagh"),
])
def test_round7_targets_a_person_named_after_what_they_are(body, target):
    assert target in {actor2 for _, _, actor2 in event_parties(body)}


def test_round7_targets_it_is_not_a_body_of_the_sentence_before_where_this_one_names_a_body():
    body = ("Hezbollah handed 15 houses back in August. He had submitted the names of 60 families to the Homs "
            "governorate in October, asking it to return their houses.")
    assert "hezbollah" not in {actor2 for _, _, actor2 in event_parties(body)}


def test_round7_targets_an_act_on_their_belongings_is_done_to_the_group_named_before():
    body = "Shepherds of Tal Hamis accused the Border Guard on Sunday of seizing their land."
    assert ("COERCE", "border-guard", "shepherds-of-tal-hamis") in event_parties(body)


# Round 7, doers: who does an act (actor1) where the grammar names its doer apart from the subject before the verb


def parties_of_acts(body: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor1, e.actor2) for e in drafted(body).events]


@pytest.mark.parametrize("body", [
    "Under a truce brokered by Turkey in 2020, the Hamra Brigade keeps its fighters out of the village of Tal Sin.",
    "The village of Kafr Salma returned to government control under a settlement agreement mediated by Russia.",
])
def test_round7_doers_a_mediator_is_no_party_of_the_agreement(body):
    # the agent of "brokered by", "mediated by" helped two others agree: neither actor1 nor actor2
    assert all("turkey" not in e and "russia" not in e for e in parties_of_acts(body))


def test_round7_doers_a_relative_clause_with_its_own_subject_acts_on_its_head():
    body = ("The Ministry of Interior said that its police had arrested eight members of the Nasr Brigade, which it "
            "accused of smuggling fuel to Lebanon.")
    assert ("ACCUSE", "ministry-of-interior", "nasr-brigade") in parties_of_acts(body)


def test_round7_doers_whose_members_act_for_their_body():
    body = "The Relief Committee of Sarmin, whose volunteers delivered 300 food baskets to the camps, said on Monday."
    assert [(t, a1) for t, a1, _ in parties_of_acts(body)] == [("AID", "relief-committee-of-sarmin")]


def test_round7_doers_a_post_named_with_its_owners_possessive_is_the_holders():
    body = ("The Nasr Brigade stormed the village of Tal Sin on Monday. A farmer said that his son was held for three "
            "days at the brigade’s headquarters in the town.")
    assert [a1 for t, a1, _ in parties_of_acts(body)] == ["nasr-brigade", "nasr-brigade"]


@pytest.mark.parametrize("body, doer", [
    ("The Nasr Brigade set up a checkpoint near the village of Tal Sin on Monday. The faction later detained two "
     "shepherds who refused to pay.", "nasr-brigade"),
    ("The Qadisiya Division set up a checkpoint near the village of Tal Sin on Monday. The group later detained two "
     "shepherds who refused to pay.", "qadisiya-division"),
])
def test_round7_doers_a_class_noun_refers_back_to_a_body_of_its_class(body, doer):
    # "the faction" after "the Nasr Brigade": a brigade is a faction (rules.yaml class_nouns); never a party "Faction"
    assert [a1 for _, a1, _ in parties_of_acts(body)] == [doer, doer]


def test_round7_doers_a_class_noun_prefers_the_body_described_with_it():
    # the SNA (an army) is no faction; the one the apposition called a faction is
    body = ("The Nasr Division, a faction of the Syrian National Army (SNA), set up a checkpoint on Monday. Two "
            "shepherds were detained by the faction on Tuesday.")
    assert [a1 for _, a1, _ in parties_of_acts(body)] == ["nasr-division", "nasr-division"]


@pytest.mark.parametrize("body, alleged, doer", [
    # the accused named with an apposition before "of": the accusation's evidence ends before what it alleges
    ("Traders accuse Al-Noor Fuel, the company that supplies the town with diesel, of cutting the power to the "
     "bakeries.", "COERCE", "al-noor-fuel"),
    # a second gerund joined by "and" is alleged of the same party
    ("Shepherds in Tal Sin accuse the Nasr Brigade of guarding the smugglers and supplying them with weapons.",
     "AID", "nasr-brigade"),
])
def test_round7_doers_an_act_alleged_is_the_accused_partys(body, alleged, doer):
    assert (alleged, doer) in [(t, a1) for t, a1, _ in parties_of_acts(body)]


def test_a_second_gerund_after_blamed_for_is_alleged_too():
    # "for" as "of": the second act is the accused's, known only from the accusation (it read 'for' short by a space)
    body = "The residents blamed the brigade for looting shops and burning the fields on Monday."
    assert ("ASSAULT", "brigade", "claimed") in [(e.type, e.actor1, e.status) for e in drafted(body).events]


def test_round7_doers_in_which_it_is_the_sender_as_the_attribution_resolved_it():
    # not the person named last before "in which it" (an "it" is no person)
    body = ("The Ministry of Health sent two letters to the head of the Arab League and the president of the Human "
            "Rights Council, in which it called on the council to condemn the strikes.")
    assert [(t, a1) for t, a1, _ in parties_of_acts(body)] == [("REQUEST", "ministry-of-health")]


@pytest.mark.parametrize("body, doer", [
    # a unit without its body after the sentence's act: the doer of that act sent it
    ("The Military Police released the teacher on Monday, a week after a patrol arrested him at his school.",
     "military-police"),
    # nobody's act before it: no doer made up
    ("Activists said that a patrol arrested two students in the town of Tal Sin on Monday.", None),
])
def test_round7_doers_a_unit_without_its_body_is_the_previous_doers(body, doer):
    assert [a1 for t, a1, _ in parties_of_acts(body) if t == "COERCE"] == [doer]


@pytest.mark.parametrize("body, act, doer", [
    # a reporting verb joined by "and" after the words reported: the speaker's act
    ("The Water Directorate of Hama said on Sunday that thieves had stolen the cables of the pumps, and promised to "
     "repair the station within days.", "AID", "water-directorate-of-hama"),
    ("The Relief Committee of Tal Sin, which runs the two camps, said the tents were flooded and called on the "
     "donors to send new ones.", "REQUEST", "relief-committee-of-tal-sin"),
    # an act inside the words is not the speaker's
    ("The Relief Committee of Tal Sin said that two drivers were arrested at the checkpoint.", "COERCE", None),
])
def test_round7_doers_a_reporting_verb_without_its_subject_is_the_speakers_act(body, act, doer):
    assert (act, doer) in [(t, a1) for t, a1, _ in parties_of_acts(body)]


@pytest.mark.parametrize("body, expected", [
    # forces deployed or stationed mobilize themselves: the passive's subject is actor1
    ("Local sources said that Iranian forces were deployed on Sunday at two farms near the town of Tal Sin.",
     [("MOBILIZE", "iranian-forces", None)]),
    # not those recruited or called up: they undergo it
    ("Dozens of young men were recruited by force in the town of Tal Sin, activists said.",
     [("MOBILIZE", None, "young-men")]),
])
def test_round7_doers_forces_deployed_mobilize(body, expected):
    assert parties_of_acts(body) == expected


@pytest.mark.parametrize("body, doer", [
    ("The governor met the elders of Tal Sin on Sunday, at the request of the Relief Committee of Tal Sin.",
     "relief-committee-of-tal-sin"),
    ("The demands of the Teachers Union were turned down by the directorate.", "teachers-union"),
])
def test_round7_doers_a_request_of_a_party_is_the_partys(body, doer):
    # "the request of X", "at the request of X": X asks (not whom it is asked of)
    assert ("REQUEST", doer) in [(t, a1) for t, a1, _ in parties_of_acts(body)]


@pytest.mark.parametrize("body, doer", [
    # "he" after a subordinator in someone's words: the person the words told of, not the speaker
    ("Samira Aboud told Enab Baladi that her son had been arrested at a checkpoint in Tal Sin, after he refused to "
     "pay the fee.", "son-of-samira-aboud"),
    # no other person in the words: the speaker
    ("Khaled Nasser said that the police had summoned him twice, after he refused to sign the pledge.",
     "khaled-nasser"),
])
def test_round7_doers_he_after_a_subordinator_in_words_is_the_person_they_told_of(body, doer):
    assert ("REJECT", doer) in [(t, a1) for t, a1, _ in parties_of_acts(body)]
# Round 7, speakers: who speaks on wordings the dev articles do not use
@pytest.mark.parametrize("body, expected", [
    # "the <role>" is the person a sentence described so, though another has spoken since
    ("Umm Khaled, a widow, sells bread at the roundabout. Her neighbour, Abu Fares, said that the bakery had closed. "
     "“I have nothing else to feed them,” the widow told Enab Baladi.",
     ["abu-fares", "umm-khaled"]),
    ("Umm Khaled, a mother of four, sells bread at the roundabout. Her neighbour, Abu Fares, said that the bakery had "
     "closed. “I have nothing else to feed them,” the mother of four said.",
     ["abu-fares", "umm-khaled"]),
    # "The <trade> <Name>" before the person's name: "the <trade>" later is that person
    ("The engineer Rami Shalash repairs generators in Sarmin. “Spare parts cost three times what they did,” "
     "the engineer said.", ["rami-shalash"]),
    # the person a body met: "he" next is theirs, as a body is no "he"
    ("Enab Baladi met Bassel Hamdo at his stall in the market of Dana. “I sell half of what I sold last year,” he said.",
     ["bassel-hamdo"]),
    # where a person is from, between commas, is an apposition: the person named before it speaks
    ("Abu Hamza, 60, from Kafr Rumma, said, “The olive trees are all we have left.”", ["abu-hamza"]),
    ("Nizar Khattab, from the town of Sarjeh, told Enab Baladi that the well had dried up.", ["nizar-khattab"]),
    # "one of the two" after "Two ... told": the group they are
    ("Two drivers from Maskanah told Enab Baladi that the checkpoint took their fuel. “We paid twice,” one of the "
     "two said.", ["drivers-from-maskanah", "drivers-from-maskanah"]),
    # "the team", as "the group": the body that spoke last
    ("The Hope Response Coordinators said that 40 tents had burned. The team called on donors to send blankets.",
     ["hope-response-coordinators", "hope-response-coordinators"]),
    # one member of a crowd speaks for the crowd (coding guide, "Who the parties are"), a clause after it is no name
    ("“The bread is dry by noon,” a resident of Kafr Jales, who asked not to be named, told Enab Baladi.",
     ["residents"]),
    # ... but after the crowd was named, the crowd
    ("Residents of Kafr Jales said that the bakery had closed. “The bread is dry by noon,” a resident of Kafr Jales "
     "said.", ["residents-of-kafr-jales", "residents-of-kafr-jales"]),
    # "the <trade>" that nobody was described with: the person who spoke in the sentence before, given no other trade
    ("Kinan Sabbagh, who has worked at the clinic in Dana for ten years, said that insulin had run out. “We send "
     "patients to Turkey,” the nurse told Enab Baladi.", ["kinan-sabbagh", "kinan-sabbagh"]),
    # ... not one described with another trade
    ("Kinan Sabbagh, a teacher in Dana, said that insulin had run out. “We send patients to Turkey,” the nurse said.",
     ["kinan-sabbagh", "nurse"]),
    # "Both X and Y said": X and Y, without "Both"
    ("Both Widad Hassoun and Tarek Bizri said that the rent had doubled.", ["widad-hassoun", "tarek-bizri"]),
    # a relative introduced by name whose given name says a man is not "she" (nor a woman "he")
    ("Hiba Kattan said that the clinic had closed. Her neighbour, Tarek Bizri, said that the doctors left. "
     "“My daughter needs insulin,” she said.", ["hiba-kattan", "tarek-bizri", "hiba-kattan"]),
    # a relative named inside someone's account is not whom "he said" next refers to: the one who spoke
    ("Jihad Barakat told Enab Baladi that his brother, Anas, was taken at the checkpoint in 2018. “We asked every "
     "branch about him,” he said.", ["jihad-barakat", "jihad-barakat"]),
    # where it was said, between commas after the subject, is an apposition: the subject speaks
    ("The relief office in Killi, in a statement on Tuesday, said that the flour had arrived.",
     ["relief-office-in-killi"]),
    # "A statement issued by X said that": X once, not "issued by X said" as a speaker of its own
    ("A statement issued by the local council of Sarmada said that the flour had arrived.",
     ["local-council-of-sarmada"]),
    # an unnamed member of a body is a person of their own, as a spokesman for it is (coding guide), not the body
    ("A member of the negotiations committee told Enab Baladi that the crossing would open on Sunday.",
     ["member-of-the-negotiations-committee"]),
    # ... named without the clause that says who they are
    ("An official in the water directorate who asked not to be named said that the pumps had stopped.",
     ["official-in-the-water-directorate"]),
    # a given name and a parenthesis that says it is not the real one, after the cue: that person
    ("“The rent took all my savings,” said Zeinab (not her real name), a widow from Harasta.", ["zeinab"]),
    # more verbs that report words right after a quotation (rules.yaml quote_verbs)
    ("Rawan Kaddour, 19, sells tissues at the crossroads. “Nobody buys anything anymore,” she whispered.", ["rawan-kaddour"]),
    ("Rawan Kaddour, 19, sells tissues at the crossroads. “Nobody buys anything anymore,” she summarized.",
     ["rawan-kaddour"]),
])
def test_round7_speakers(body, expected):
    """Who speaks, on wordings the development articles do not use: one table, one assertion."""
    assert [speaker for speaker, _, _ in speakers(body)] == expected


@pytest.mark.parametrize("body, recipient, text", [
    # whom words were told to, with what it is before and after its name: the outlet, and the content after it
    ("Amjad Rifaat, a trader in Azaz, told the local radio station Sawt Azaz FM that the market would reopen.",
     "sawt-azaz-fm", "the market would reopen"),
])
def test_round7_speakers_a_recipient_described_before_and_after_its_name(body, recipient, text):
    found = drafted(body).statements
    assert [(s.recipient, s.text) for s in found] == [(recipient, text)]


@pytest.mark.parametrize("body, speaker, recipient", [
    # an interview between commas after the subject: the subject speaks, to the interviewer
    ("Yara Shammas, in an interview with Enab Baladi on Sunday, said that the school had no books.",
     "yara-shammas", "enab-baladi"),
])
def test_round7_speakers_an_interview_set_between_commas(body, speaker, recipient):
    assert [(s.speaker, s.recipient) for s in drafted(body).statements] == [(speaker, recipient)]
