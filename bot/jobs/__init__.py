"""Scheduled work that tells people things: deadline alerts, digests, reporter news, rerouting."""
