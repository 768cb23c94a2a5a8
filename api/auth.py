"""API keys: `cc_<prefix>_<secret>`, stored as HMAC-SHA256(per-key salt, key); revocable."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from api.storage import ApiKey, utcnow

KEY_PREFIX = "cc"


@dataclass(frozen=True)
class Principal:
    key_id: str
    org: str


def _hash(salt: str, key: str) -> str:
    return hmac.new(bytes.fromhex(salt), key.encode("utf-8"), hashlib.sha256).hexdigest()


def issue_key(session: Session, org: str) -> tuple[ApiKey, str]:
    """Create a key for an organisation. The clear key is returned once and never stored."""
    org = org.strip()
    if not org:
        raise ValueError("le nom de l'organisation est vide")
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    key = f"{KEY_PREFIX}_{prefix}_{secret}"
    salt = secrets.token_hex(16)
    row = ApiKey(id=secrets.token_hex(8), prefix=prefix, org=org, salt=salt, key_hash=_hash(salt, key),
                 created_at=utcnow())
    session.add(row)
    return row, key


def verify_key(session: Session, key: str) -> Principal | None:
    parts = key.strip().split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX or not parts[1] or not parts[2]:
        return None
    row = session.scalar(sa.select(ApiKey).where(ApiKey.prefix == parts[1]))
    if row is None:
        # Same work as a real check, so timing does not reveal which prefixes exist.
        hmac.compare_digest(_hash("00" * 16, key), "0" * 64)
        return None
    if not hmac.compare_digest(_hash(row.salt, key.strip()), row.key_hash):
        return None
    if row.revoked_at is not None:
        return None
    now = utcnow()
    if row.last_used_at is None or now - row.last_used_at > timedelta(minutes=1):
        row.last_used_at = now
        session.commit()
    return Principal(key_id=row.id, org=row.org)


def revoke(session: Session, key_id_or_prefix: str) -> bool:
    ident = key_id_or_prefix.strip()
    if ident.startswith(f"{KEY_PREFIX}_"):
        ident = ident.split("_", 2)[1] if ident.count("_") >= 1 else ident
    row = session.scalar(sa.select(ApiKey).where(sa.or_(ApiKey.id == ident, ApiKey.prefix == ident)))
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = utcnow()
    return True


def describe(row: ApiKey) -> dict:
    from api.storage import iso

    return {
        "id": row.id,
        "prefix": row.prefix,
        "org": row.org,
        "created_at": iso(row.created_at),
        "revoked_at": iso(row.revoked_at),
        "last_used_at": iso(row.last_used_at),
        "active": row.revoked_at is None,
    }
