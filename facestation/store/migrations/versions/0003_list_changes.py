"""list changes: which record each list revision changed, so other service processes catch up in place

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('list_changes',
    sa.Column('list_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['list_id'], ['face_lists.id'], name=op.f('fk_list_changes_list_id_face_lists'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('list_id', 'revision', name=op.f('pk_list_changes'))
    )


def downgrade() -> None:
    op.drop_table('list_changes')
