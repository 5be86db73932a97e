"""Initial schema: sites, stations, supplies, requests, stock, staff, audit, tallies, alerts.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sites',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sites'))
    )
    op.create_table('daily_tallies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('supply_key', sa.String(length=60), nullable=False),
    sa.Column('priority', sa.Enum('normal', 'emergency', name='tally_priority', native_enum=False, length=20),
        nullable=False),
    sa.Column('requests', sa.Integer(), nullable=False),
    sa.Column('fulfilled', sa.Integer(), nullable=False),
    sa.Column('quantity_asked', sa.Integer(), nullable=False),
    sa.Column('quantity_given', sa.Integer(), nullable=False),
    sa.Column('wait_seconds_total', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_daily_tallies_site_id_sites'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_daily_tallies')),
    sa.UniqueConstraint('site_id', 'day', 'supply_key', 'priority',
        name=op.f('uq_daily_tallies_site_id_day_supply_key_priority'))
    )
    op.create_table('site_settings',
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_site_settings_site_id_sites'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('site_id', 'key', name=op.f('pk_site_settings'))
    )
    op.create_table('staff_accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('role', sa.Enum('staff', 'admin', name='staff_role', native_enum=False, length=20), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('last_failed_at', sa.DateTime(), nullable=True),
    sa.Column('locked', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_staff_accounts_site_id_sites'),
        ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_accounts')),
    sa.UniqueConstraint('site_id', 'name', name=op.f('uq_staff_accounts_site_id_name'))
    )
    with op.batch_alter_table('staff_accounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_accounts_site_id'), ['site_id'], unique=False)

    op.create_table('stations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('kind', sa.Enum('kiosk', 'staff', 'display', name='station_kind', native_enum=False, length=20),
        nullable=False),
    sa.Column('last_seen_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.String(length=40), nullable=False),
    sa.Column('printer_state', sa.String(length=20), nullable=False),
    sa.Column('printer_detail', sa.String(length=200), nullable=False),
    sa.Column('failed_unlocks', sa.Integer(), nullable=False),
    sa.Column('last_failed_unlock_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_stations_site_id_sites'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stations')),
    sa.UniqueConstraint('site_id', 'name', name=op.f('uq_stations_site_id_name'))
    )
    with op.batch_alter_table('stations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stations_site_id'), ['site_id'], unique=False)

    op.create_table('supplies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('names', sa.JSON(), nullable=False),
    sa.Column('kind', sa.Enum('item', 'service', name='supply_kind', native_enum=False, length=20), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('icon', sa.String(length=60), nullable=False),
    sa.Column('unit', sa.JSON(), nullable=False),
    sa.Column('per_request_limit', sa.Integer(), nullable=False),
    sa.Column('stock', sa.Integer(), nullable=False),
    sa.Column('low_stock_at', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('resource_keys', sa.JSON(), nullable=False),
    sa.CheckConstraint('per_request_limit >= 1', name=op.f('ck_supplies_limit_positive')),
    sa.CheckConstraint('stock >= 0', name=op.f('ck_supplies_stock_not_negative')),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_supplies_site_id_sites'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supplies')),
    sa.UniqueConstraint('site_id', 'key', name=op.f('uq_supplies_site_id_key'))
    )
    with op.batch_alter_table('supplies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supplies_site_id'), ['site_id'], unique=False)

    op.create_table('alerts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=20), nullable=False),
    sa.Column('texts', sa.JSON(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['staff_accounts.id'],
        name=op.f('fk_alerts_created_by_id_staff_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_alerts_site_id_sites'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alerts'))
    )
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alerts_site_id'), ['site_id'], unique=False)

    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('station_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('subject', sa.String(length=80), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_audit_events_site_id_sites'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_accounts.id'], name=op.f('fk_audit_events_staff_id_staff_accounts'),
        ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_audit_events_station_id_stations'),
        ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_events_site_id'), ['site_id'], unique=False)

    op.create_table('requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=True),
    sa.Column('pickup_code', sa.String(length=3), nullable=False),
    sa.Column('status', sa.Enum('pending', 'in_progress', 'ready', 'fulfilled', 'cancelled', 'no_show',
        name='request_status', native_enum=False, length=20), nullable=False),
    sa.Column('priority', sa.Enum('normal', 'emergency', name='request_priority', native_enum=False, length=20),
        nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('claimed_at', sa.DateTime(), nullable=True),
    sa.Column('ready_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
    sa.Column('claimed_by_id', sa.Integer(), nullable=True),
    sa.Column('cancel_reason', sa.String(length=40), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['claimed_by_id'], ['staff_accounts.id'],
        name=op.f('fk_requests_claimed_by_id_staff_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_requests_site_id_sites'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['station_id'], ['stations.id'], name=op.f('fk_requests_station_id_stations'),
        ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requests'))
    )
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.create_index('ix_requests_site_status', ['site_id', 'status'], unique=False)
        batch_op.create_index('uq_requests_open_code', ['site_id', 'pickup_code'], unique=True,
            sqlite_where=sa.text("status IN ('pending', 'in_progress', 'ready')"),
            postgresql_where=sa.text("status IN ('pending', 'in_progress', 'ready')"))

    op.create_table('resource_overrides',
    sa.Column('site_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('fields', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_resource_overrides_site_id_sites'),
        ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['updated_by_id'], ['staff_accounts.id'],
        name=op.f('fk_resource_overrides_updated_by_id_staff_accounts'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('site_id', 'key', name=op.f('pk_resource_overrides'))
    )
    op.create_table('request_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('supply_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('quantity_given', sa.Integer(), nullable=True),
    sa.CheckConstraint('quantity >= 1', name=op.f('ck_request_lines_quantity_positive')),
    sa.CheckConstraint('quantity_given IS NULL OR quantity_given >= 0',
        name=op.f('ck_request_lines_given_not_negative')),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_request_lines_request_id_requests'),
        ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['supply_id'], ['supplies.id'], name=op.f('fk_request_lines_supply_id_supplies'),
        ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_lines'))
    )
    with op.batch_alter_table('request_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_lines_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_lines_supply_id'), ['supply_id'], unique=False)

    op.create_table('stock_movements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('supply_id', sa.Integer(), nullable=False),
    sa.Column('delta', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_stock_movements_request_id_requests'),
        ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_accounts.id'],
        name=op.f('fk_stock_movements_staff_id_staff_accounts'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['supply_id'], ['supplies.id'], name=op.f('fk_stock_movements_supply_id_supplies'),
        ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_movements'))
    )
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_movements_supply_id'), ['supply_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('stock_movements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_movements_supply_id'))

    op.drop_table('stock_movements')
    with op.batch_alter_table('request_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_lines_supply_id'))
        batch_op.drop_index(batch_op.f('ix_request_lines_request_id'))

    op.drop_table('request_lines')
    op.drop_table('resource_overrides')
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.drop_index('uq_requests_open_code',
            sqlite_where=sa.text("status IN ('pending', 'in_progress', 'ready')"),
            postgresql_where=sa.text("status IN ('pending', 'in_progress', 'ready')"))
        batch_op.drop_index('ix_requests_site_status')

    op.drop_table('requests')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_site_id'))
        batch_op.drop_index(batch_op.f('ix_audit_events_at'))

    op.drop_table('audit_events')
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alerts_site_id'))

    op.drop_table('alerts')
    with op.batch_alter_table('supplies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supplies_site_id'))

    op.drop_table('supplies')
    with op.batch_alter_table('stations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stations_site_id'))

    op.drop_table('stations')
    with op.batch_alter_table('staff_accounts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_accounts_site_id'))

    op.drop_table('staff_accounts')
    op.drop_table('site_settings')
    op.drop_table('daily_tallies')
    op.drop_table('sites')
