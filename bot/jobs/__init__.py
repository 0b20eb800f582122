"""Every scheduled job, listed once: what runs, how often, and with which settings. The scheduler
(dispatch/scheduler.py) runs them; `flask schedule` (cli.py) lists them with their last runs."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from bot.commands.volunteer_notices import volunteer_sweep
from bot.jobs.daily_digest import send_daily_digests
from bot.jobs.deadline_alerts import send_deadline_alerts
from bot.jobs.referral_mail import send_referral_mail
from bot.jobs.referral_reminders import send_referral_reminders
from bot.jobs.register_notices import send_check_in_notices
from bot.jobs.reporter_news import tell_waiting_reporters
from bot.jobs.rerouting import retry_waiting_cases
from config import Settings
from dispatch.deadlines import AlertPolicy
from dispatch.referrals import ReferralRules
from dispatch.register import Rhythm
from dispatch.reporter_feedback import close_settled
from dispatch.retention import apply_retention
from dispatch.scheduler import Job, housekeeping
from dispatch.stats_refresh import refresh_statistics
from dispatch.volunteer_offers import OfferRules


def scheduled_jobs(settings: Settings) -> tuple[Job, ...]:
    """The jobs, reading their rules from the settings (deadlines, levels, quiet hours; volunteer
    offers: how long they last, how far to look; retention; the digest's hour)."""
    policy = AlertPolicy(
        limits=settings.deadlines,
        levels=tuple(settings.escalation_levels),
        quiet=(settings.quiet_hours[0], settings.quiet_hours[1]),
        exempt=frozenset(settings.quiet_hours_exempt),
    )
    offers = functools.partial(volunteer_sweep, rules=OfferRules.from_settings(settings))
    return (
        Job("housekeeping", timedelta(hours=1), housekeeping),
        Job("reporter_news", timedelta(seconds=30), tell_waiting_reporters),
        Job(
            "deadline_alerts",
            timedelta(seconds=settings.deadline_sweep_seconds),
            functools.partial(send_deadline_alerts, policy=policy),
        ),
        Job("volunteer_offers", timedelta(seconds=settings.volunteer_sweep_seconds), offers),
        Job(
            "reroute_waiting",
            timedelta(minutes=10),
            functools.partial(retry_waiting_cases, deadlines=settings.deadlines, max_km=settings.routing_max_km),
        ),
        Job(
            "check_ins",
            timedelta(seconds=settings.check_in_sweep_seconds),
            functools.partial(send_check_in_notices, rhythm=Rhythm.from_settings(settings), policy=policy),
        ),
        Job("close_settled", timedelta(hours=1), close_settled),
        Job(
            "referral_reminders",
            timedelta(seconds=settings.deadline_sweep_seconds),
            functools.partial(send_referral_reminders, rules=ReferralRules.from_settings(settings), policy=policy),
        ),
        Job("referral_mail", timedelta(seconds=30), functools.partial(send_referral_mail, settings=settings)),
        Job("retention", timedelta(hours=1), functools.partial(_retention, retention_days=settings.retention_days)),
        Job(
            "daily_digest",
            timedelta(seconds=settings.digest_sweep_seconds),
            functools.partial(send_daily_digests, hour=settings.digest_hour),
        ),
        Job(
            "public_stats",
            timedelta(seconds=settings.stats_refresh_seconds),
            functools.partial(refresh_statistics, months=settings.stats_months),
        ),
    )


def _retention(session: Session, now: datetime, retention_days: int) -> int:
    return apply_retention(session, now, retention_days).total
