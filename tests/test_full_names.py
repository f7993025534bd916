"""A person the model knows only by surname takes the full name the text gives it."""

from __future__ import annotations

from quotemark.analysis.full_names import complete_names
from quotemark.analysis.model import Cluster, Entity, Mention


def person(name: str, at: int) -> Cluster:
    return Cluster("c1", name, "PERSON", None, [Mention(at, at + len(name))])


def test_a_surname_takes_the_first_name_before_it() -> None:
    text = "Hours before Zach Parise’s two goals, the coach spoke.\n\nParise said he felt fine."
    cluster = person("Parise", text.rindex("Parise"))
    complete_names([cluster], [], text)
    assert cluster.name == "Zach Parise"


def test_titles_weekdays_sentence_starts_and_other_entities_are_not_first_names() -> None:
    text = "Coach Parise left on Tuesday Parise. Then Parise spoke.\nSabres Parise was a headline."
    cluster = person("Parise", text.index("Parise"))
    sabres = Entity(text.index("Sabres"), text.index("Sabres") + 6, "Sabres", "ORG")
    complete_names([cluster], [sabres], text)
    assert cluster.name == "Parise"


def test_a_full_name_or_another_label_is_left_alone() -> None:
    text = "Mayor Ana Costa spoke. Later Ana Costa left."
    full = person("Ana Costa", 6)
    org = Cluster("c2", "Costa", "ORG", None, [Mention(10, 15)])
    complete_names([full, org], [], text)
    assert (full.name, org.name) == ("Ana Costa", "Costa")
