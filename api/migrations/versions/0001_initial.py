"""Initial schema: API keys, analyses, their files and tags.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_keys",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("prefix", sa.String(32), nullable=False),
        sa.Column("org", sa.String(200), nullable=False),
        sa.Column("salt", sa.String(64), nullable=False),
        sa.Column("key_hash", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("last_used_at", sa.DateTime(), nullable=True),
    )
    op.create_index("ix_api_keys_prefix", "api_keys", ["prefix"], unique=True)
    op.create_index("ix_api_keys_org", "api_keys", ["org"])

    op.create_table(
        "analyses",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("org", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("progress", sa.Float(), nullable=False),
        sa.Column("buyer", sa.String(300), nullable=True),
        sa.Column("reference", sa.String(300), nullable=True),
        sa.Column("consultation_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("heartbeat_at", sa.DateTime(), nullable=True),
        sa.Column("runner_id", sa.String(64), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("document_count", sa.Integer(), nullable=True),
        sa.Column("result", sa.JSON(), nullable=True),
    )
    op.create_index("ix_analyses_org", "analyses", ["org"])
    op.create_index("ix_analyses_status", "analyses", ["status"])
    op.create_index("ix_analyses_buyer", "analyses", ["buyer"])
    op.create_index("ix_analyses_consultation_date", "analyses", ["consultation_date"])
    op.create_index("ix_analyses_created_at", "analyses", ["created_at"])

    op.create_table(
        "analysis_files",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("analysis_id", sa.String(36), sa.ForeignKey("analyses.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(255), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
    )
    op.create_index("ix_analysis_files_analysis_id", "analysis_files", ["analysis_id"])
    op.create_index("ix_analysis_files_sha256", "analysis_files", ["sha256"])

    op.create_table(
        "analysis_tags",
        sa.Column("analysis_id", sa.String(36), sa.ForeignKey("analyses.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("value", sa.String(100), primary_key=True),
    )
    op.create_index("ix_analysis_tags_kind_value", "analysis_tags", ["kind", "value"])


def downgrade() -> None:
    op.drop_table("analysis_tags")
    op.drop_table("analysis_files")
    op.drop_table("analyses")
    op.drop_table("api_keys")
