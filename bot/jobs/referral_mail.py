"""Emailing referral packages: a scheduled sweep claims the referrals whose email is due (an outbox of
their own: the referral row holds when to try, how often it was tried and the last error's type),
renders the PDF and sends it through the SMTP server of the settings with smtplib. A failure is
tried again with a doubling wait; after the last try the referring staff member is told in LINE to
pass the link or PDF on themselves."""

from __future__ import annotations

import json
import logging
import smtplib
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy.orm import Session

from bot.line.render import render
from bot.line.responses import Button, Text
from bot.speech.referral_package import build_package
from bot.speech.referral_pdf import render_pdf
from bot.speech.texts import text
from bot.speech.thai_dates import thai_date
from bot.web.referral_links import agency_url
from config import Settings
from dispatch.referrals import claim_due_mail, mail_failed, mail_sent
from models.audit import record_audit
from models.cases import CaseEvent
from models.outbox import enqueue_to_user
from models.referrals import Referral

log = logging.getLogger("bot.jobs.referral_mail")


def referral_email(session: Session, settings: Settings, referral: Referral) -> EmailMessage:
    package = build_package(session, referral)
    case = referral.case
    agency = package.agency
    values = {
        "agency": agency.name,
        "center": package.center_name,
        "phone": package.center_phone,
        "reference": package.reference,
        "category": text(f"cat_{case.category}", "th") if case else "-",
        "request": referral.request,
        "url": agency_url(settings, referral.id, referral.link_nonce or ""),
        "expires": thai_date(referral.link_expires_at),
    }
    message = EmailMessage()
    message["Subject"] = text("referral_email_subject", "th", **values)
    message["From"] = settings.smtp_from
    message["To"] = agency.email
    message.set_content(text("referral_email_body", "th", **values))
    message.add_attachment(
        render_pdf(package), maintype="application", subtype="pdf", filename=f"referral-{package.reference}.pdf"
    )
    return message


def send_referral_mail(session: Session, now: datetime, settings: Settings) -> int:
    if not settings.smtp_host:
        return 0
    due = claim_due_mail(session, now)
    if not due:
        return 0
    sent = 0
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=20) as smtp:
            if settings.smtp_starttls:
                smtp.starttls()
            if settings.smtp_username:
                smtp.login(settings.smtp_username, settings.smtp_password or "")
            for referral in due:
                agency = referral.agency
                if agency is None or not agency.email or referral.link_nonce is None:
                    referral.mail_due_at = None  # withdrawn, or the address was removed meanwhile
                    continue
                try:
                    smtp.send_message(referral_email(session, settings, referral))
                except (smtplib.SMTPException, OSError) as error:
                    _failed(session, referral, type(error).__name__, now)
                    continue
                mail_sent(referral, now)
                record_audit(
                    session,
                    actor_id=None,
                    channel="email",
                    action="send",
                    subject_kind="referral",
                    subject_id=referral.id,
                    detail={"parts": referral.parts},
                    now=now,
                )
                sent += 1
    except (smtplib.SMTPException, OSError) as error:  # the server itself: every claimed one waits
        for referral in due:
            if referral.mail_due_at is not None and referral.mail_sent_at is None:
                _failed(session, referral, type(error).__name__, now)
    return sent


def _failed(session: Session, referral: Referral, error: str, now: datetime) -> None:
    log.warning(json.dumps({"referral_mail": "failed", "referral": referral.id, "error": error}))
    if not mail_failed(referral, error, now):
        return
    case, agency, referrer = referral.case, referral.agency, referral.referred_by
    session.add(
        CaseEvent(case_id=referral.case_id, kind="referral_mail_failed", detail={"referral": referral.id}, at=now)
    )
    if case is None or agency is None or referrer is None or not referrer.following:
        return
    language = referrer.language or "th"
    said = text("referral_mail_failed", language, reference=case.reference, agency=agency.name)
    button = Button.postback(text("refer_list_button", language), f"action=referrals&case={case.reference}")
    enqueue_to_user(session, referrer.line_user_id, render([Text(said, (button,))]), now)
