"""Open311 GeoReport v2 for partners (POST with an API key) and, without personal data, the public."""

from web.open311.api import blueprint

__all__ = ["blueprint"]
