"""Operator concerns: log format, PDPA requests, center deactivation as operators run them."""
