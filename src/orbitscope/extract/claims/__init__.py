"""Attributed claims: who said what, found by Polish morphology over the language layer's tokens.

``find_claims(analysis)`` returns one ``Claim`` per attributed statement, with the evidence span of the
statement, the speaker's span and, where an entity link covers the speaker, its actor id and code.

Constructs, in the order they are looked for (a later one never takes a span an earlier one holds):

1. **Quotations** in „…”, "…", «…», “…”, attributed by a speech verb after them ("„…” – powiedział X",
   "…”, dodał X") or before them in the same sentence ("X podkreślił: „…”", "X określił spotkanie jako
   „historyczne”"). A quotation with no speech verb is a title or a scare quote, not a claim.
2. **Dash quotes**: "– To jest nasz wybór – powiedział X." and "Statement – uważa X.", running back over
   earlier sentences of the paragraph to an opening dash; "Zanim to zrobi – dodał – prezydent …" keeps the
   whole sentence. A sentence opening with a dash right after a dash quote, with no verb of its own, goes
   on with the previous speaker.
3. **Reported speech**: a speech verb, not negated, then ", że"/", iż" within a few words; the claim is the
   clause up to the sentence end, cut before a coordinated clause with its own speech verb (", zaś X
   wskazał, że …"). A verb inside an earlier claim is nested speech and yields nothing. A quotation filling
   most of the clause turns the claim into a quote. Inverted order ("…, podkreślił Tokajew.") too.
4. **According to**: "według X", "zdaniem X", "jego zdaniem", "według zapewnień X", "jak podaje X",
   "jak poinformował X", "cytowany przez X".

Speech verbs, markers and speaker nouns live in ``extract/data/`` (speech_verbs.tsv, claim_markers.tsv,
claim_speaker_nouns.txt, claim_source_nouns.txt).

The speaker is the verb's nominative subject, looked for before the verb and then after it (inverted
order); it must agree in number (and gender, for common nouns) and must be able to speak: a linked actor,
a masculine-personal noun, a pronoun, a proper name or a noun of claim_speaker_nouns.txt. A subject that
cannot speak ("co wskazuje, że", "sygnały wskazują, że") means no claim. With no subject ("Podkreślił
także, że …") or a pronoun subject ("Uważa ona, że", "jego zdaniem"), the speaker is the speaker of the
most recent claim in the three sentences before whose actor is a person, if any (the rule is deliberately
narrow: a wrong speaker is worse than none).

The speaker id is the entity link that covers the speaker's head ("Tokajew", a role link "prezydent
Kazachstanu"), else a nominative person link in the speaker phrase ("rzecznik … Flores Van Hoenell"), else
a country adjective before the head ("kazachscy urzędnicy" → Kazakhstan); for an institution noun
("komisja etyki TVP") any link in the phrase. A person noun with only a genitive actor after it
("rzecznik komisarza Verheugena") is not that actor: the id stays None and ``speaker_text`` says who.

``date`` is the document's publication date (ISO) when it is known.
"""

from __future__ import annotations

from orbitscope.extract.claims.document import ClaimDocument, speech_verbs
from orbitscope.extract.claims.quotes import dash_quotes_in, quotes_in
from orbitscope.extract.claims.reported import according_to_in, reported_in
from orbitscope.model import Analysis, Claim

__all__ = ["find_claims", "speech_verbs"]


def find_claims(analysis: Analysis) -> tuple[Claim, ...]:
    """Return the attributed statements of an analysed, linked document, in text order.

    Args:
        analysis: the analysis after the language and link stages (sentences with Morfeusz tokens, links).

    Returns:
        Claims with the span of the statement, the cue lemma, the speaker's span and, when an entity link
        covers the speaker, its actor id and code; ``date`` is the publication date when known.
    """
    document = ClaimDocument(analysis)
    for sentence in document.sentences:
        quotes_in(document, sentence)
        dash_quotes_in(document, sentence)
        reported_in(document, sentence)
        according_to_in(document, sentence)
    published = analysis.document.published.isoformat() if analysis.document.published else None
    claims = []
    for item in sorted(document.found, key=lambda found: (found.start, found.end)):
        speaker = item.speaker
        actor = speaker.actor
        claims.append(Claim(
            analysis.document.id, item.sentence, item.start, item.end, document.text[item.start:item.end],
            item.kind, item.cue, speaker.text, speaker.start, speaker.end,
            actor.actor_id if actor else None, actor.code or None if actor else None, published))
    return tuple(claims)
