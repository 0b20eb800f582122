"""Declarative base and column types shared by every model."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, DateTime, Enum, MetaData, TypeDecorator, event
from sqlalchemy.orm import DeclarativeBase, Mapper, RelationshipDirection

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use timezone-aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}
    # Shown by repr() beside the id: never personal data (a repr ends up in logs and tracebacks).
    _repr_fields: ClassVar[tuple[str, ...]] = ()

    def __repr__(self) -> str:
        # Only what is loaded: a repr must never query (nor fail on a detached row).
        loaded = self.__dict__
        shown = " ".join(f"{name}={_shown(loaded[name])!r}" for name in ("id", *self._repr_fields) if name in loaded)
        return f"<{type(self).__name__} {shown}>" if shown else f"<{type(self).__name__}>"


def _shown(value: Any) -> Any:
    # status='assigned', not status=<CaseStatus.ASSIGNED: 'assigned'>: the stored word is what one greps for.
    return value.value if isinstance(value, enum.Enum) else value


def stored_as_text(members: type[enum.Enum], length: int) -> Enum:
    """The column type of an enum kept as its value in a VARCHAR(length), exactly the word stored
    before columns were typed (no database enum type, no CHECK constraint, so no migration and
    nothing to change when a member is added). Rows read back as members; a string that is not a
    member's value is refused when written, not discovered when read."""
    return Enum(
        members,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda enum_class: [member.value for member in enum_class],
        validate_strings=True,
    )


# Relationships between models are read-only conveniences (`case.center` for
# `session.get(Center, case.center_id)`, answered from the session's identity map like it): rows are
# linked by setting their id columns, as everywhere in the code. So that a row never shows the row its
# id no longer names, setting such an id by hand forgets the row loaded through it.
@event.listens_for(Base, "mapper_configured", propagate=True)
def _forget_related_row_when_its_id_changes(mapper: Mapper[Any], class_: type) -> None:
    for relation in mapper.relationships:
        if relation.direction is not RelationshipDirection.MANYTOONE:
            continue
        for column in relation.local_columns:
            id_attribute = getattr(class_, mapper.get_property_by_column(column).key)
            event.listen(id_attribute, "set", _forgetter(relation.key))


def _forgetter(key: str) -> Any:
    def forget(target: Base, value: Any, old: Any, _initiator: Any) -> None:
        if value != old:
            target.__dict__.pop(key, None)

    return forget


def utcnow() -> datetime:
    return datetime.now(UTC)
