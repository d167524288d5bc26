"""Deciding which sense a mention carries: cue evidence from the rule pack plus a trained
spaCy text classifier (loaded only when a document has a mention)."""
