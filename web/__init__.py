"""Web parts beyond the LINE webhook; each subpackage is a Flask blueprint (web/open311, web/public)."""
