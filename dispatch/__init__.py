"""Routing, matching, reminders and the scheduler: pure decisions plus thin database effects."""
