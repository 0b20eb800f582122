"""SQLAlchemy models and sessions. Imports neither `bot` nor `dispatch`."""

from models.audit import AuditEntry
from models.base import Base, utcnow
from models.cases import Case, CaseEvent, CaseStatus, Conversation, Media, ReporterUpdate, Urgency
from models.centers import Center, Invite, StaffMembership, StaffRole
from models.digests import Digest, MessageQuota
from models.messaging import InboundEvent, InboundStatus, OutboundMessage, OutboundStatus, Priority
from models.operations import PrivacyRequest, WorkerHeartbeat
from models.partners import Partner, PartnerRead
from models.referrals import Agency, AgencyKind, Referral, ReferralReminder, ReferralState
from models.register import CheckIn, CheckInStage, Household, PersonStatus, RegisteredPerson
from models.richmenus import MenuLinkState, RichMenuRecord, RichMenuStatus, UserMenuLink
from models.schedules import CaseAlert, JobRun, JobSchedule
from models.stats import AreaMonth, StatsRefresh
from models.users import User
from models.volunteers import (
    CenterVolunteerSettings,
    OfferState,
    VisitReport,
    Volunteer,
    VolunteerOffer,
    VolunteerStatus,
)

__all__ = [
    "Agency",
    "AgencyKind",
    "Referral",
    "ReferralReminder",
    "ReferralState",
    "AreaMonth",
    "AuditEntry",
    "Base",
    "Case",
    "CaseAlert",
    "CaseEvent",
    "CaseStatus",
    "CenterVolunteerSettings",
    "CheckIn",
    "CheckInStage",
    "Center",
    "Conversation",
    "Digest",
    "Household",
    "InboundEvent",
    "InboundStatus",
    "Invite",
    "JobRun",
    "JobSchedule",
    "Media",
    "MessageQuota",
    "MenuLinkState",
    "OfferState",
    "OutboundMessage",
    "Partner",
    "PartnerRead",
    "PersonStatus",
    "Priority",
    "PrivacyRequest",
    "RegisteredPerson",
    "ReporterUpdate",
    "RichMenuRecord",
    "RichMenuStatus",
    "OutboundStatus",
    "StaffMembership",
    "StaffRole",
    "StatsRefresh",
    "Urgency",
    "User",
    "WorkerHeartbeat",
    "UserMenuLink",
    "VisitReport",
    "Volunteer",
    "VolunteerOffer",
    "VolunteerStatus",
    "utcnow",
]
