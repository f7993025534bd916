"""One name per person: a quotation's speaker and a claim's source are written with the name of
the People row (cluster) they are.

Who is who is decided once, in analysis/identities.py: the attribution engine resolves speakers
to identities and analysis/entities.py turns identities into clusters, giving each quotation and
claim the id of its speaker's cluster. The cluster's name may still change after that (a lone
surname completed by analysis/full_names.py), so the names are written here, last, by id.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from quotemark.analysis.model import Claim, Cluster, Quote


def name_speakers(quotes: Iterable[Quote], claims: Iterable[Claim], clusters: Sequence[Cluster]) -> None:
    """Write each speaker and claim source as the name of its cluster (the one named by its `cluster` id)."""
    names = {c.id: c.name for c in clusters}
    for q in quotes:
        if q.cluster in names:
            q.speaker = names[q.cluster]
    for c in claims:
        if c.cluster in names:
            c.source = names[c.cluster]
