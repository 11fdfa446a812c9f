"""Extraction: from linked actors to what happened, when, how much and who said so.

Modules, each a plain function over an ``Analysis`` (records in, records out, never the store):
  dates.py        Polish temporal expressions → TimeExpression; publication-date estimate
  quantities.py   money, percentages, counts, measures → Quantity
  claims.py       attributed statements (quotes, reported speech, "według X") → Claim
  events.py       PLOVER events from the trigger lexicon and Polish morphology → Event
Lexicons and patterns live in extract/data/ so users can extend them without touching code.
"""
