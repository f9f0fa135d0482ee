"""list calibration: each list's pair counts, the pairs marked "not the same person", each tenant's target

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('list_calibrations',
    sa.Column('list_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('state', sa.LargeBinary(), nullable=False),
    sa.Column('updated_at', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['list_id'], ['face_lists.id'], name=op.f('fk_list_calibrations_list_id_face_lists'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('list_id', name=op.f('pk_list_calibrations'))
    )
    op.create_table('distinct_pairs',
    sa.Column('tenant', sa.String(length=200), nullable=False),
    sa.Column('record_a', sa.String(length=36), nullable=False),
    sa.Column('record_b', sa.String(length=36), nullable=False),
    sa.Column('marked_at', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['tenant'], ['clients.client_id'], name=op.f('fk_distinct_pairs_tenant_clients'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['record_a'], ['face_records.id'], name=op.f('fk_distinct_pairs_record_a_face_records'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['record_b'], ['face_records.id'], name=op.f('fk_distinct_pairs_record_b_face_records'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('tenant', 'record_a', 'record_b', name=op.f('pk_distinct_pairs'))
    )
    op.create_table('calibration_targets',
    sa.Column('tenant', sa.String(length=200), nullable=False),
    sa.Column('target', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['tenant'], ['clients.client_id'], name=op.f('fk_calibration_targets_tenant_clients'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('tenant', name=op.f('pk_calibration_targets'))
    )


def downgrade() -> None:
    op.drop_table('calibration_targets')
    op.drop_table('distinct_pairs')
    op.drop_table('list_calibrations')
