"""The summary says each fact once: no number read back as itself, no "2005 (2005)", no sentence repeated in the timeline."""

from __future__ import annotations

from quotemark.analysis.model import DateMention, Quantity
from quotemark.analysis.summary_parts import around, number_line, timeline_line


def test_a_number_is_not_read_back_as_itself() -> None:
    same = Quantity(0, 25, "about 50 nuclear warheads", 50, "nuclear warheads", "about", "SIPRI")
    assert number_line(same, "about 50 nuclear warheads") == "- “about 50 nuclear warheads” — SIPRI"
    more = Quantity(0, 13, "up to 40 more", 40, "nuclear warheads", "up to … more")
    assert number_line(more, "up to 40 more nuclear warheads") == "- “up to 40 more” (up to 40 more nuclear warheads)"


def test_a_date_written_as_its_value_is_not_repeated() -> None:
    year = DateMention(0, 4, "2005", "2005", "year")
    line = timeline_line("2005", year, "The plant opened in 2005 after a decade of work.")
    assert line.startswith("- **2005**: ") and "(2005)" not in line
    relative = DateMention(0, 9, "last year", "2025", "year")
    assert timeline_line("2025", relative, "It was estimated last year.").startswith("- **2025** (last year): ")


def test_a_timeline_entry_gives_the_words_around_its_date_not_the_sentence() -> None:
    sentence = (
        "The agency reported that the ninth congress of the ruling party, which lasted a week, concluded with "
        "a military parade in the capital yesterday (Wednesday), indicating that the party re-elected its leader."
    )
    out = around(sentence, "yesterday (Wednesday),")
    assert out.startswith("… with a military parade") and "yesterday (Wednesday)" in out and "ninth congress" not in out
    assert len(out.split()) <= 2 * 7 + 2 + 2
    assert around("Short one on Sunday.", "Sunday.") == "Short one on Sunday."


async def test_y_copies_a_summary_that_says_each_fact_once(sample, db_path, runner) -> None:  # type: ignore[no-untyped-def]
    from helpers import analysed

    from quotemark.tui.app import QuotemarkApp

    app = QuotemarkApp(sample, db_path, runner=runner, native_clipboard=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("y")
        summary = app.clipboard
    assert "“about 50 nuclear warheads” — Stockholm" in summary
    assert "(about 50 nuclear warheads)" not in summary
    timeline = summary.split("## Timeline")[1].split("##")[0]
    assert timeline.count("military parade") <= 1  # two dates of one sentence do not repeat it
    assert all(len(line.split()) < 30 for line in timeline.strip().splitlines())
