"""Accent- and case-insensitive buyer search: `analyses.buyer_search`, filled for existing rows.

SQLite's lower() only folds ASCII letters, so « Étienne » could not be found by « étienne ».
The folded form is computed in Python (api.storage.search_key), the same on SQLite and PostgreSQL.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

from api.storage import search_key

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("analyses") as batch:
        batch.add_column(sa.Column("buyer_search", sa.String(600), nullable=True))
    analyses = sa.table("analyses", sa.column("id", sa.String(36)), sa.column("buyer", sa.String(300)),
                        sa.column("buyer_search", sa.String(600)))
    conn = op.get_bind()
    rows = conn.execute(sa.select(analyses.c.id, analyses.c.buyer).where(analyses.c.buyer.is_not(None))).all()
    for analysis_id, buyer in rows:
        conn.execute(sa.update(analyses).where(analyses.c.id == analysis_id)
                     .values(buyer_search=search_key(buyer)))


def downgrade() -> None:
    with op.batch_alter_table("analyses") as batch:
        batch.drop_column("buyer_search")
