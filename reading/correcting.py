"""The questions a correction asks (label, speaker, bounds, spread, reject), each answer a typed action."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from quotemark.analysis.corrections import Correction
from quotemark.analysis.labels import CORRECTABLE, word
from quotemark.analysis.model import Analysis, Entity, Quote
from quotemark.reading.fit import plural
from quotemark.reading.marks import excerpt
from quotemark.reading.menus import Action, Ask, Choice, Edit, Keep, Menu, Revert, Tag
from quotemark.reading.spread import related

Span = tuple[int, int]

MARK_AS_QUOTE = "quote (choose the speaker next)"
NO_SPEAKER = "(no speaker: scare quote or title)"
REVERT = "revert to the machine's reading"
LABEL = "label: "
SAME_AS = "same as: "
SEPARATE = "not the same as: "
BOUNDS = "new bounds for the quote: "
ONLY_THIS = "no: only this one"
CONFIRM = "yes: reject it (u undoes)"
KEEP = "no: keep it"


def revert_menu(text: str, span: Span) -> Menu[Action]:
    """Return the question asked on a rejected span: bring it back?"""
    return Menu(f"Rejected: “{excerpt(text[span[0] : span[1]], 40)}”", (Choice(REVERT, Revert(span)),))


def entity_menu(analysis: Analysis, span: Span, entity: Entity, revertable: bool) -> Menu[Action]:
    """Return the question asked on an entity: its label, or the real-world thing it is (or is not)."""
    own = next((c for c in analysis.clusters if c.id == entity.cluster), None)
    choices: list[Choice[Action]] = [Choice(REVERT, Revert(span))] if revertable else []
    for code in CORRECTABLE:
        choices.append(
            Choice(
                f"{LABEL}{word(code)}", Edit((Correction(*span, "label", code),), f"“{entity.text}” is {word(code)}")
            )
        )
    choices += [
        Choice(f"{SAME_AS}{c.name}", Edit((Correction(*span, "merge", c.name),), f"“{entity.text}” is {c.name}"))
        for c in analysis.clusters
        if c is not own
    ]
    if own is not None and own.count > 1:
        choices.append(
            Choice(f"{SEPARATE}{own.name}", Edit((Correction(*span, "split"),), f"“{entity.text}” is not {own.name}"))
        )
    title = f"Correct “{excerpt(entity.text, 40)}” ({word(entity.label)}{', ' + own.name if own else ''})"
    return Menu(title, tuple(choices), current=f"{LABEL}{word(entity.label)}")


def people(analysis: Analysis | None) -> list[str]:
    """Return the names a speaker can be, people first, the most mentioned first."""
    if analysis is None:
        return []
    ranked = sorted(analysis.clusters, key=lambda c: (c.label != "PERSON", -c.count))
    return [c.name for c in ranked if c.label in ("PERSON", "ORG", "NORP", "GPE")]


def speaker_edit(span: Span, speaker: str | None) -> Edit:
    """Return the correction giving the quote at `span` to `speaker` (None: nobody), offering it to related quotes next."""
    return Edit((Correction(*span, "speaker", speaker),), f"speaker is {speaker or 'nobody'}", offers_spread=True)


def added_quote(span: Span, speaker: str | None) -> Edit:
    """Return the correction marking `span` as a quotation by `speaker`."""
    return Edit((Correction(*span, "add_quote", speaker),), f"quote by {speaker or 'nobody'}")


def speaker_menu(analysis: Analysis | None, span: Span, current: str | None, revertable: bool) -> Menu[Action]:
    """Return "Who said this?" for a quote: the people of the article, nobody, or a typed name."""
    choices: list[Choice[Action]] = [Choice(REVERT, Revert(span))] if revertable else []
    choices += [Choice(name, speaker_edit(span, name)) for name in people(analysis)]
    choices.append(Choice(NO_SPEAKER, speaker_edit(span, None)))
    return Menu("Who said this?", tuple(choices), lambda name: speaker_edit(span, name), "type a name", current)


def mark_menu(text: str, analysis: Analysis | None, span: Span) -> Menu[Action]:
    """Return what a selection can be marked as: new bounds of a quote it overlaps, a quotation, an entity."""
    quotes = analysis.quotes if analysis is not None else []
    overlapped = [q for q in quotes if q.start < span[1] and span[0] < q.end and (q.start, q.end) != span]
    choices: list[Choice[Action]] = [
        Choice(
            f"{BOUNDS}“{excerpt(q.text, 30)}”",
            Edit((Correction(q.start, q.end, "bounds", None, span[0], span[1]),), "quote bounds", ends_visual=True),
        )
        for q in overlapped
    ]
    who: list[Choice[Action]] = [Choice(name, added_quote(span, name)) for name in people(analysis)]
    who.append(Choice(NO_SPEAKER, added_quote(span, None)))
    quote_menu: Menu[Action] = Menu("Who said this?", tuple(who), lambda name: added_quote(span, name), "type a name")
    choices.append(Choice(MARK_AS_QUOTE, Ask(quote_menu, ends_visual=True)))
    selected = excerpt(text[span[0] : span[1]], 30)
    choices += [
        Choice(
            word(code),
            Edit((Correction(*span, "add_entity", code),), f"“{selected}” is {word(code)}", ends_visual=True),
        )
        for code in CORRECTABLE
    ]
    return Menu(f"Mark “{excerpt(text[span[0] : span[1]], 40)}” as", tuple(choices))


def spread_menu(
    machine: Analysis, corrected: Analysis, text: str, span: Span, speaker: str | None
) -> Menu[Action] | None:
    """Return the offer to give `speaker` to the quote's related quotes too, or None when none is left to give."""
    whole, mention = related(machine, corrected, text, span, speaker)
    if not whole and not mention:
        return None
    was = next((q.speaker for q in machine.quotes if (q.start, q.end) == span), None) or "the same mention"
    who = speaker or "nobody"

    def give(spans: Sequence[Span]) -> Edit:
        return Edit(
            tuple(Correction(*s, "speaker", speaker) for s in spans),
            f"speaker is {who} ({plural(len(spans), 'more quote')})",
        )

    choices: list[Choice[Action]] = []
    if whole:
        choices.append(Choice(f"yes: the rest of this quotation ({plural(len(whole), 'paragraph')})", give(whole)))
    if mention:
        also = " too" if whole else ""
        choices.append(
            Choice(f"yes: {plural(len(mention), 'other quote')} the machine gave to {was}{also}", give(whole + mention))
        )
    choices.append(Choice(ONLY_THIS, Keep()))
    return Menu(f"Give these to {who} too? (enter: the first)", tuple(choices))


def reject_action(text: str, span: Span, quote: Quote | None, own_work: tuple[int, int]) -> Action:
    """Return the rejection of the quote or entity at `span`: at once, or asked first when it carries the reader's tags or notes."""
    kind = "quote" if quote is not None else "entity"
    what = excerpt(text[span[0] : span[1]], 30)
    # The cursor stays on the struck-out span: u or c (revert) bring it back, ] goes on.
    edit = Edit(
        (Correction(*span, "reject"),), f"reject the {kind} “{what}”", f"Rejected the {kind} “{what}” · u undoes it"
    )
    tags, notes = own_work
    if not tags and not notes:
        return edit
    has = " and ".join(
        p for p in ((plural(tags, "tag") if tags else ""), (plural(notes, "note") if notes else "")) if p
    )
    return Ask(Menu(f"Reject the {kind} “{what}”? It has your {has}", (Choice(CONFIRM, edit), Choice(KEEP, Keep()))))


def tag_menu(span: Span | None, known: Iterable[str], on_span: Collection[str]) -> Menu[Action]:
    """Return the tag picker: every tag in use, or a new one typed."""
    title = "Toggle a tag" + (f" (on: {', '.join(on_span)})" if on_span else "")
    choices = tuple(Choice[Action](name, Tag(span, name)) for name in dict.fromkeys(known) if name)
    return Menu(title, choices, lambda name: Tag(span, name.strip()), "tag name")
