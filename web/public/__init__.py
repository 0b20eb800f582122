"""Public statistics per area (/stats) and open data (/stats/open-data): aggregates only."""

from web.public.views import blueprint

__all__ = ["blueprint"]
