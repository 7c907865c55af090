"""Reading: a document's sentences through a rule-based spaCy pipeline into claims.

Where things go: a new wording of an act is a phrase in `data/triggers.toml` (compiled by
`patterns.py`, matched by `triggers.py`); who did it to whom is decided in `acts.py` (voice, modality,
filling in sides), `frames.py` (the sides of each kind of act) and `sides.py` (where a participant
stands: subject, object, owner of an envoy); which date an act takes in `dating.py`, how dates are
written in `dates.py`; states, organizations and persons are found in `mentions.py`.
"""
