"""The flow engine and the declared conversational flows (see declared.py)."""
