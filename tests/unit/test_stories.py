"""Story clustering: which reports of an event are one real-world event, and the counts kept apart."""

from __future__ import annotations

import random
from datetime import date

import pytest

from orbitscope.analytics.stories import (
    Report,
    cluster_reports,
    event_period,
    report_matches,
    select_stories,
    summarize_dyads,
)
from orbitscope.model import Event, EventActor, Granularity

RUSSIA = EventActor("Q159", "RUS", "Rosja", 0, 5)
KAZAKHSTAN = EventActor("Q232", "KAZ", "Kazachstan", 20, 30)
CHINA = EventActor("Q148", "CHN", "Chiny", 40, 45)


def report(doc: str, event_type: str = "CONSULT", source: EventActor | None = RUSSIA,
           target: EventActor | None = KAZAKHSTAN, when: str | None = "2023-11-09",
           granularity: Granularity = Granularity.DAY, start: int = 0, near_duplicate_of: str | None = None,
           outlet: str | None = None, method: str = "sentence", **flags: object) -> Report:
    """A report of an event in document ``doc``; ``start`` tells several events of one document apart."""
    event = Event(doc, start // 100, start, start + 80, "spotkał się", start + 6, start + 17, event_type,
                  source=source, target=target, date=when, date_granularity=granularity if when else
                  Granularity.UNKNOWN, date_method=method if when else "unknown", **flags)  # type: ignore[arg-type]
    return Report(event, outlet=outlet, near_duplicate_of=near_duplicate_of)


def groups(reports: list[Report]) -> list[list[str]]:
    """The stories as sorted lists of 'doc@start', sorted, for comparisons."""
    return sorted(sorted(f"{r.doc_id}@{r.event.start}" for r in story.reports) for story in cluster_reports(reports))


def test_the_same_meeting_reported_by_three_documents_is_one_story_with_three_reports() -> None:
    reports = [report("a"), report("b", when="2023-11-10"), report("c", when="2023-11-09"),
               report("c", when="2023-11-09", start=300)]
    [story] = cluster_reports(reports)
    assert story.report_count == 4
    assert story.document_count == 3
    assert story.doc_ids == ["a", "b", "c"]


def test_day_dates_cluster_within_three_days_of_the_first() -> None:
    reports = [report("a", when="2023-11-09"), report("b", when="2023-11-12"), report("c", when="2023-11-13")]
    assert groups(reports) == [["a@0", "b@0"], ["c@0"]]


def test_symmetric_types_ignore_the_direction_but_others_do_not() -> None:
    meeting = [report("a"), report("b", source=KAZAKHSTAN, target=RUSSIA)]
    assert len(cluster_reports(meeting)) == 1
    accusation = [report("a", "ACCUSE"), report("b", "ACCUSE", source=KAZAKHSTAN, target=RUSSIA)]
    assert len(cluster_reports(accusation)) == 2
    for event_type in ("AGREE", "COOPERATE"):
        assert len(cluster_reports([report("a", event_type),
                                    report("b", event_type, source=KAZAKHSTAN, target=RUSSIA)])) == 1


def test_type_actors_and_negation_separate_stories() -> None:
    reports = [report("a"), report("b", "AGREE"), report("c", target=CHINA), report("d", negated=True),
               report("e", hypothetical=True)]
    assert len(cluster_reports(reports)) == 5


def test_a_month_date_joins_the_only_story_in_that_month_and_no_other() -> None:
    reports = [report("a", when="2023-11-09"), report("b", when="2023-11", granularity=Granularity.MONTH),
               report("c", when="2023-10-30")]
    assert groups(reports) == [["a@0", "b@0"], ["c@0"]]


def test_a_month_date_with_two_stories_in_that_month_is_not_guessed() -> None:
    reports = [report("a", when="2023-11-02"), report("b", when="2023-11-20"),
               report("c", when="2023-11", granularity=Granularity.MONTH),
               report("d", when="2023-11", granularity=Granularity.MONTH)]
    # c and d cannot tell which meeting they mean: they form their own story, together.
    assert groups(reports) == [["a@0"], ["b@0"], ["c@0", "d@0"]]


def test_months_cluster_with_the_same_month_only() -> None:
    reports = [report("a", when="2023-11", granularity=Granularity.MONTH),
               report("b", when="2023-11", granularity=Granularity.MONTH),
               report("c", when="2023-12", granularity=Granularity.MONTH)]
    assert groups(reports) == [["a@0", "b@0"], ["c@0"]]


def test_undated_reports_cluster_only_within_a_document_or_its_near_duplicates() -> None:
    reports = [
        report("a", when=None), report("a", when=None, start=200),  # the same document twice
        report("b", when=None, near_duplicate_of="a"),  # a near-duplicate of a
        report("c", when=None),  # another article: nothing says it is the same event
        report("d", when="2023", granularity=Granularity.YEAR),  # a year is too coarse to tell
    ]
    assert groups(reports) == [["a@0", "a@200", "b@0"], ["c@0"], ["d@0"]]


def test_an_undated_report_joins_the_dated_story_of_its_own_document() -> None:
    reports = [report("a", when="2023-11-09"), report("a", when=None, start=200), report("b", when="2023-11-10")]
    assert groups(reports) == [["a@0", "a@200", "b@0"]]


def test_events_without_actors_stay_alone() -> None:
    reports = [report("a", source=None, target=None), report("b", source=None, target=None)]
    assert len(cluster_reports(reports)) == 2


def test_clustering_is_deterministic_whatever_the_input_order() -> None:
    reports = [report(doc, when=f"2023-11-{day:02d}", start=start)
               for doc in "abcdef" for day, start in ((1, 0), (5, 100), (9, 200), (20, 300))]
    expected = [(story.id, [r.sort_key for r in story.reports]) for story in cluster_reports(reports)]
    for seed in range(5):
        shuffled = reports[:]
        random.Random(seed).shuffle(shuffled)
        assert [(story.id, [r.sort_key for r in story.reports]) for story in cluster_reports(shuffled)] == expected


def test_counts_of_reports_documents_and_outlets_are_kept_apart() -> None:
    reports = [report("a", outlet="pap.pl"), report("a", start=100, outlet="pap.pl"),
               report("b", outlet="pap.pl"), report("c")]
    [story] = cluster_reports(reports)
    assert (story.report_count, story.document_count, story.source_count) == (4, 3, 2)


def test_filters() -> None:
    stories = cluster_reports([report("a"), report("b", "ACCUSE", target=CHINA, when="2024-02-01"),
                               report("c", when=None)])
    assert len(stories) == 3
    assert [s.type for s in select_stories(stories, actor="Q148")] == ["ACCUSE"]
    assert [s.type for s in select_stories(stories, event_type="CONSULT")] == ["CONSULT", "CONSULT"]
    assert [s.date for s in select_stories(stories, since=date(2024, 1, 1))] == ["2024-02-01"]
    assert [s.date for s in select_stories(stories, until=date(2023, 11, 9))] == ["2023-11-09"]
    assert [s.doc_ids for s in select_stories(stories, doc_id="c")] == [["c"]]
    assert not report_matches(report("c", when=None), since=date(2000, 1, 1))  # undated: no date filter match


@pytest.mark.parametrize(("value", "period"), [
    ("2023-11-09", (date(2023, 11, 9), date(2023, 11, 9))),
    ("2023-11", (date(2023, 11, 1), date(2023, 11, 30))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2023-12", (date(2023, 12, 1), date(2023, 12, 31))),
    ("2023", (date(2023, 1, 1), date(2023, 12, 31))),
    ("2019/2022", (date(2019, 1, 1), date(2022, 12, 31))),
    ("2023-11-06/2023-11-12", (date(2023, 11, 6), date(2023, 11, 12))),
    (None, None), ("", None), ("soon", None), ("2023-13", None),
])
def test_event_period(value: str | None, period: tuple[date, date] | None) -> None:
    assert event_period(value) == period


def test_dyad_summary_counts_distinct_events_by_quad_class() -> None:
    reports = [report("a", quad_class=1, intensity=1.0), report("b", quad_class=1, intensity=3.0),
               report("c", "ACCUSE", source=KAZAKHSTAN, target=RUSSIA, quad_class=3, intensity=-4.0),
               report("d", "ASSAULT", target=None, quad_class=4)]
    [dyad] = summarize_dyads(cluster_reports(reports))
    assert dyad.actors == ("Q159", "Q232")
    assert dyad.by_quad_class == (1, 0, 1, 0)  # the meeting once, though two documents report it
    assert (dyad.events, dyad.reports) == (2, 3)
    assert dyad.mean_intensity == pytest.approx((2.0 - 4.0) / 2)


def test_a_publication_date_fallback_does_not_cluster_by_date() -> None:
    # two documents published the same day, neither saying when the accusation was made: not one story
    one = report("a", "ACCUSE", when="2023-11-14", method="publication")
    two = report("b", "ACCUSE", when="2023-11-14", method="publication")
    assert groups([one, two]) == [["a@0"], ["b@0"]]
    # the same with dates from the text: one story
    assert groups([report("a", "ACCUSE", when="2023-11-14"), report("b", "ACCUSE", when="2023-11-14")]) \
        == [["a@0", "b@0"]]


def test_unnamed_groups_do_not_identify_an_event() -> None:
    police = EventActor("NIL:group:policja", "COP", "policja", 0, 7)
    # "policja zatrzymała" in two documents the same day: two stories, not one
    assert groups([report("a", "COERCE", source=police, target=None), report("b", "COERCE", source=police,
                                                                              target=None)]) == [["a@0"], ["b@0"]]
    # with a named target the reports are one story
    assert groups([report("a", "COERCE", source=police), report("b", "COERCE", source=police)]) == [["a@0", "b@0"]]
