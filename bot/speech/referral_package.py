"""The referral package: what an agency is shown of a case, built once for both the PDF form and the
agency's web page, so both hold the same things — the referral itself (who, to whom, why, what is
asked, on which lawful basis, the group, urgency and area) and only the parts of the case the staff
member chose to share."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.speech.texts import age_text, text
from bot.speech.thai_dates import thai_date, thai_datetime
from dispatch.address import describe_codes
from models.cases import CaseEvent, Media
from models.referrals import Agency, Referral
from models.volunteers import VisitReport


@dataclass(frozen=True)
class Section:
    title: str
    rows: tuple[tuple[str, str], ...] = ()
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Package:
    reference: str
    agency: Agency | None  # None for a unit typed by hand (its PDF is printed and carried by staff)
    center_name: str
    center_phone: str
    title: str
    issuer: str
    sections: tuple[Section, ...]
    photos: tuple[Media, ...] = field(default_factory=tuple)
    shared: str = ""
    confidential: str = ""
    answer_at: str = ""


def part_names(parts: list[str] | tuple[str, ...], language: str) -> str:
    return ", ".join(text(f"refer_part_{part}", language) for part in parts) or text("refer_parts_none", language)


def build_package(session: Session, referral: Referral, language: str = "th") -> Package:
    case, agency, officer = referral.case, referral.agency, referral.referred_by
    center = case.center
    parts = set(referral.parts)
    dash = text("pdf_nothing", language)
    center_name, center_phone = (center.name, center.phone or "1300") if center else ("-", "1300")

    header = Section(
        text("pdf_section_referral", language),
        rows=(
            (text("pdf_reference", language), case.reference),
            (text("pdf_date", language), thai_datetime(referral.sent_at, language)),
            (text("pdf_to", language), referral.receiver_name),
            (text("pdf_from", language), f"{center_name} ({center_phone})"),
            (text("pdf_officer", language), (officer.display_name if officer else None) or dash),
            (text("pdf_reason", language), referral.reason or dash),
            (text("pdf_request", language), referral.request or dash),
            (text("pdf_basis", language), text(f"basis_long_{referral.lawful_basis}", language)),
        ),
    )
    rows = [
        (text("pdf_category", language), text(f"cat_{case.category}", language)),
        (text("pdf_urgency", language), text(f"urgency_{case.urgency}", language)),
        (
            text("pdf_area", language),
            describe_codes(case.subdistrict_code, case.district_code, case.province_code) or dash,
        ),
    ]
    if "person" in parts:
        age = age_text(case.person_age, language) if case.person_age is not None else None
        rows.append((text("pdf_person", language), " ".join(p for p in (case.person_name, age) if p) or dash))
    if "contact" in parts:
        rows.append((text("pdf_contact", language), case.contact_phone or dash))
    if "address" in parts:
        rows.append((text("pdf_address", language), case.address_text or dash))
        if case.latitude is not None and case.longitude is not None:
            rows.append((text("pdf_position", language), f"{case.latitude:.5f}, {case.longitude:.5f}"))
    if "description" in parts:
        rows.append((text("pdf_description", language), case.description or dash))
    if "needs" in parts:
        needs = ", ".join(text(f"need_{need}", language) for need in case.needs)
        rows.append((text("pdf_needs", language), needs or dash))
    sections = [header, Section(text("pdf_section_case", language), rows=tuple(rows))]
    if "timeline" in parts:
        events = session.scalars(
            select(CaseEvent)
            .where(CaseEvent.case_id == case.id, CaseEvent.kind == "status", CaseEvent.at <= referral.sent_at)
            .order_by(CaseEvent.at, CaseEvent.id)
        )
        lines = [
            f"{thai_datetime(event.at, language)} · {text(f'status_{event.to_status}', language)}"
            for event in events
            if event.to_status
        ]
        sections.append(Section(text("pdf_section_timeline", language), lines=tuple(lines) or (dash,)))
    if "visit" in parts:
        reports = session.scalars(
            select(VisitReport).where(VisitReport.case_id == case.id).order_by(VisitReport.created_at)
        )
        lines = [
            text(
                "pdf_visit_line",
                language,
                date=thai_date(report.created_at, language),
                outcome=text(f"visit_outcome_{report.outcome}", language),
                help=report.help_given or dash,
                needs=report.needs_found or dash,
            )
            for report in reports
        ]
        sections.append(Section(text("pdf_section_visit", language), lines=tuple(lines) or (dash,)))
    photos: tuple[Media, ...] = ()
    if "photos" in parts:
        photos = tuple(session.scalars(select(Media).where(Media.case_id == case.id).order_by(Media.id)))
    return Package(
        reference=case.reference,
        agency=agency,
        center_name=center_name,
        center_phone=center_phone,
        title=text("pdf_title", language),
        issuer=text("pdf_issuer", language),
        sections=tuple(sections),
        photos=photos,
        shared=text("pdf_shared", language, parts=part_names(referral.parts, language)),
        confidential=text("pdf_confidential", language),
        answer_at=text("pdf_answer_at", language, phone=center_phone),
    )
