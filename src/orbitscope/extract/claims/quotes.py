"""Quotations („…”, "…") and dash quotes ("– … – powiedział X"), with their attribution."""

from __future__ import annotations

from orbitscope.extract.claims.document import (
    COMPLEMENTIZERS,
    QUOTE_CHARACTERS,
    ClaimDocument,
    FoundClaim,
    Speaker,
    content_end,
    is_dash,
)
from orbitscope.extract.claims.speakers import (
    claim_cue,
    is_speech_verb,
    resolve_speaker,
    skip_adverbs,
    speaker_phrase_end,
    speaker_speaks,
    verb_subject,
)
from orbitscope.model import ClaimKind, Sentence


def quotes_in(document: ClaimDocument, sentence: Sentence) -> None:
    """Quotations opening in this sentence, attributed by a speech verb after or before them."""
    for start, end in document.quotes:
        if not sentence.start <= start < sentence.end or document.taken(start, end):
            continue
        if _title_like(document, start, end):
            continue
        attribution = _attribution_after(document, end) or _attribution_before(document, sentence, start)
        if attribution is None:
            continue
        cue, speaker = attribution
        document.found.append(FoundClaim(sentence.index, start, end, ClaimKind.QUOTE, cue, speaker))


def _title_like(document: ClaimDocument, start: int, end: int) -> bool:
    """A quoted proper name or title ("„Skamander”", "„Rzeczpospolitej”"): a link fills it, or all capitals."""
    if any(link.start <= start and end <= link.end + 1 for link in document.links_in(start, end)):
        return True
    words = document.text[start:end].split()
    return len(words) <= 3 and all(word[:1].isupper() for word in words) and len(words) > 1


def _sentence_at(document: ClaimDocument, position: int) -> Sentence | None:
    for sentence in document.sentences:
        if sentence.start <= position < sentence.end:
            return sentence
    return None


def _attribution_after(document: ClaimDocument, end: int) -> tuple[str, Speaker] | None:
    """'„…” – powiedział X', '„…”, dodał X', '„…” – mówi X': a speech verb right after the closing mark."""
    sentence = _sentence_at(document, end) or _sentence_at(document, end + 1)
    if sentence is None:
        return None
    tokens = sentence.tokens
    index = next((i for i, token in enumerate(tokens) if token.start >= end), None)
    if index is None:
        return None
    while index < len(tokens) and (tokens[index].orth in QUOTE_CHARACTERS or tokens[index].orth in {",", "."}
                                   and tokens[index].orth == ","):
        index += 1
    if index < len(tokens) and is_dash(document.text, tokens[index]):
        index += 1
    index = skip_adverbs(tokens, index)
    if index >= len(tokens) or not is_speech_verb(tokens, index, uses=("speech", "quote")):
        return None
    speaker = resolve_speaker(document, sentence, index, verb_subject(document, sentence, index, look_back=False))
    return claim_cue(tokens[index]), speaker


def _attribution_before(document: ClaimDocument, sentence: Sentence, start: int) -> tuple[str, Speaker] | None:
    """'X podkreślił: „…”', 'X określił spotkanie jako „historyczne”': the nearest speech verb before."""
    tokens = sentence.tokens
    before = [i for i, token in enumerate(tokens) if token.end <= start]
    for index in reversed(before):
        if tokens[index].lemma in COMPLEMENTIZERS:
            return None  # the quotation sits in a "że" clause: the reported claim takes it
        if document.inside_claim(tokens[index].start):
            return None
        if is_speech_verb(tokens, index, uses=("speech", "quote")):
            speaker = verb_subject(document, sentence, index, look_forward=False)
            if not speaker.found or speaker_speaks(speaker):
                return claim_cue(tokens[index]), resolve_speaker(document, sentence, index, speaker)
            return None
    return None


def dash_quotes_in(document: ClaimDocument, sentence: Sentence) -> None:
    """'– Statement – powiedział X.', 'Statement – uważa X.', '… – dodał – …', and their continuations."""
    tokens = sentence.tokens
    text = document.text
    for index, token in enumerate(tokens):
        if index == 0 or not is_dash(text, token):
            continue
        verb = skip_adverbs(tokens, index + 1)
        if verb >= len(tokens) or not is_speech_verb(tokens, verb, uses=("speech", "quote")):
            continue
        previous = tokens[index - 1]
        if previous.orth in QUOTE_CHARACTERS:
            continue  # „…” – powiedział X: the quotation is the claim
        start = _dash_quote_start(document, sentence)
        end = previous.end
        speaker = resolve_speaker(document, sentence, verb, verb_subject(document, sentence, verb, look_back=False))
        after = speaker_phrase_end(tokens, verb, speaker)
        if after < len(tokens) and is_dash(text, tokens[after]):
            end = content_end(tokens)  # "Zanim to zrobi – dodał – prezydent przeprowadzi konsultacje."
        if start >= end or document.taken(start, end):
            continue
        document.found.append(FoundClaim(_sentence_at(document, start).index, start, end, ClaimKind.QUOTE,
                                     claim_cue(tokens[verb]), speaker))
        return
    continuation(document, sentence)


def _dash_quote_start(document: ClaimDocument, sentence: Sentence) -> int:
    """Where the utterance begins: after an opening dash in this or an earlier sentence of the paragraph."""
    candidates = [s for s in document.sentences if s.paragraph == sentence.paragraph and s.index <= sentence.index]
    for earlier in reversed(candidates):
        if earlier.tokens and is_dash(document.text, earlier.tokens[0]):
            if document.taken(earlier.start, sentence.start) and earlier.index != sentence.index:
                break
            return earlier.tokens[1].start if len(earlier.tokens) > 1 else earlier.end
        if earlier.index != sentence.index and _ends_with_attribution(document, earlier):
            break
    first = sentence.tokens[0]
    return first.end if first.orth in QUOTE_CHARACTERS else first.start


def _ends_with_attribution(document: ClaimDocument, sentence: Sentence) -> bool:
    return any(item.sentence == sentence.index for item in document.found)


def continuation(document: ClaimDocument, sentence: Sentence) -> None:
    """A dash-opened sentence after a dash quote, with no verb of its own: the same speaker goes on."""
    tokens = sentence.tokens
    if len(tokens) < 2 or not is_dash(document.text, tokens[0]) or document.taken(sentence.start, sentence.end):
        return
    previous = [item for item in document.found if item.kind is ClaimKind.QUOTE
                and item.sentence >= sentence.index - 2 and item.end <= sentence.start]
    if not previous:
        return
    last = previous[-1]
    last_sentence = _sentence_at(document, last.end)
    if last_sentence is None or last_sentence.index != sentence.index - 1:
        return
    end = content_end(tokens)
    for later in document.sentences[sentence.index + 1:]:
        if later.paragraph != sentence.paragraph or not later.tokens or is_dash(document.text, later.tokens[0]):
            break
        if any(is_dash(document.text, t) for t in later.tokens):
            break  # it has its own attribution
        end = content_end(later.tokens)
    document.found.append(FoundClaim(sentence.index, tokens[1].start, end, ClaimKind.QUOTE, last.cue, last.speaker))
