"""The request state machine, enforced by the services on SQLite and PostgreSQL.

One table says, for every state a request can be in, what each action does
when Robin (who claimed it, where anyone did), Sam (another staff member) or
an admin who is not the claimant asks. A refusal must change nothing: not the
request, not the audit log, not the stock.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kiosk.data.models import AuditEvent, Request, StockMovement
from kiosk.data.queue import QueueConflict
from kiosk.data.rules import request_actions
from kiosk.errors import NotAllowed
from tests.conftest import SETUP

ACTIONS = ("claim", "release", "ready", "fulfil", "cancel", "no_show", "acknowledge")
WHO = ("robin", "sam", "admin")

OK = "ok"
# Refusals: "conflict:<reason>" (the queue moved on) or "refused:<rule>" (not for this person).
NOT_YOURS = "refused:not_yours"
ANYONE = {who: OK for who in WHO}
OWNER_OR_ADMIN = {"robin": OK, "sam": NOT_YOURS, "admin": OK}
OWNER_ONLY = {"robin": OK, "sam": NOT_YOURS, "admin": NOT_YOURS}


def nobody(outcome: str) -> dict[str, str]:
    return {who: outcome for who in WHO}


CLOSED = {action: nobody("conflict:closed") for action in ACTIONS}

EXPECTED: dict[str, dict[str, dict[str, str]]] = {
    "pending": {
        "claim": ANYONE, "release": nobody("conflict:not_claimed"), "ready": ANYONE, "fulfil": ANYONE,
        "cancel": ANYONE, "no_show": ANYONE, "acknowledge": nobody("conflict:not_emergency"),
    },
    "in_progress": {
        "claim": nobody("conflict:claimed"), "release": OWNER_OR_ADMIN, "ready": OWNER_ONLY, "fulfil": OWNER_ONLY,
        "cancel": OWNER_OR_ADMIN, "no_show": OWNER_OR_ADMIN, "acknowledge": nobody("conflict:not_emergency"),
    },
    "ready": {
        "claim": nobody("conflict:claimed"), "release": ANYONE, "ready": nobody("conflict:claimed"), "fulfil": ANYONE,
        "cancel": ANYONE, "no_show": ANYONE, "acknowledge": nobody("conflict:not_emergency"),
    },
    "fulfilled": CLOSED,
    "cancelled": CLOSED,
    "no_show": CLOSED,
    "emergency": {
        "claim": ANYONE, "release": nobody("conflict:not_claimed"), "ready": nobody("conflict:emergency"),
        "fulfil": nobody("conflict:not_claimed"), "cancel": ANYONE, "no_show": ANYONE, "acknowledge": ANYONE,
    },
    "emergency_claimed": {  # Robin claimed the call from the queue but nobody pressed "on my way"
        "claim": nobody("conflict:claimed"), "release": OWNER_OR_ADMIN, "ready": nobody("conflict:emergency"),
        "fulfil": ANYONE, "cancel": OWNER_OR_ADMIN, "no_show": OWNER_OR_ADMIN, "acknowledge": ANYONE,
    },
    "emergency_acknowledged": {  # Robin is on the way
        "claim": nobody("conflict:claimed"), "release": OWNER_OR_ADMIN, "ready": nobody("conflict:emergency"),
        "fulfil": ANYONE, "cancel": OWNER_OR_ADMIN, "no_show": OWNER_OR_ADMIN,
        "acknowledge": nobody("conflict:acknowledged"),
    },
}

STATUS_AFTER = {
    "claim": "in_progress", "release": "pending", "ready": "ready", "fulfil": "fulfilled",
    "cancel": "cancelled", "no_show": "no_show", "acknowledge": "in_progress",
}


@pytest.fixture
def people(services):
    admin = services.staff.sign_in("admin", "582046").actor
    robin = services.staff.add("Robin", "917253", by=SETUP).actor
    sam = services.staff.add("Sam", "604918", by=SETUP).actor
    return {"robin": robin, "sam": sam, "admin": admin}


def _make(services, people, state: str) -> int:
    """A new request in ``state``; Robin is the one who has it, where anyone does."""
    queue, robin, admin = services.queue, people["robin"], people["admin"]
    if state.startswith("emergency"):
        request_id = queue.submit(emergency=True).request_id
        if state == "emergency_claimed":
            queue.claim(request_id, robin)
        elif state == "emergency_acknowledged":
            queue.acknowledge(request_id, robin)
        return request_id
    request_id = queue.submit([("condoms", 1)]).request_id
    if state in ("in_progress", "ready"):
        queue.claim(request_id, robin)
    if state == "ready":
        queue.mark_ready(request_id, robin)
    if state == "fulfilled":
        queue.fulfil(request_id, admin)
    elif state == "cancelled":
        queue.cancel(request_id, admin, "visitor_left")
    elif state == "no_show":
        queue.no_show(request_id, admin)
    return request_id


def _act(services, action: str, request_id: int, actor):
    queue = services.queue
    if action == "cancel":
        return queue.cancel(request_id, actor, "visitor_left")
    if action == "ready":
        return queue.mark_ready(request_id, actor)
    return getattr(queue, action)(request_id, actor)


def _footprint(db, request_id: int):
    with db.session_scope() as session:
        row = session.execute(
            select(Request.status, Request.version, Request.claimed_by_id, Request.acknowledged_at, Request.closed_at)
            .where(Request.id == request_id)
        ).one()
        audit = session.scalar(select(func.count()).select_from(AuditEvent))
        moves = session.scalar(select(func.count()).select_from(StockMovement))
    return tuple(row), audit, moves


def _outcome(services, action: str, request_id: int, actor) -> str:
    try:
        _act(services, action, request_id, actor)
    except QueueConflict as conflict:
        return f"conflict:{conflict.reason}"
    except NotAllowed as refusal:
        assert refusal.message and "Traceback" not in refusal.message
        return f"refused:{refusal.rule}"
    return OK


@pytest.mark.parametrize("state", list(EXPECTED))
def test_every_action_from_every_state_for_every_person(services, people, state):
    for action in ACTIONS:
        for who in WHO:
            request_id = _make(services, people, state)
            before = _footprint(services.db, request_id)
            view = services.queue.status_of(request_id)
            offered = action in request_actions(view, people[who])

            outcome = _outcome(services, action, request_id, people[who])

            case = f"{action} on {state} by {who}"
            assert outcome == EXPECTED[state][action][who], case
            # The window offers exactly what the service takes.
            assert offered == (outcome == OK), case
            after = _footprint(services.db, request_id)
            if outcome == OK:
                assert after[0][0] == STATUS_AFTER[action], case
                assert after[1] == before[1] + 1, f"{case}: one audit event"
            else:
                assert after == before, f"{case}: a refusal wrote something"


def test_a_system_actor_works_no_queue(services, people):
    request_id = _make(services, people, "pending")
    before = _footprint(services.db, request_id)
    for action in ACTIONS:
        with pytest.raises(NotAllowed) as caught:
            _act(services, action, request_id, SETUP)
        assert caught.value.rule == "staff_only"
    assert _footprint(services.db, request_id) == before


def test_a_switched_off_account_can_do_nothing(services, people):
    request_id = _make(services, people, "in_progress")
    services.staff.set_active("Robin", False, SETUP)
    before = _footprint(services.db, request_id)
    for action in ("release", "ready", "fulfil", "cancel", "no_show"):
        with pytest.raises(NotAllowed) as caught:
            _act(services, action, request_id, people["robin"])
        assert caught.value.rule == "switched_off"
    assert _footprint(services.db, request_id) == before


def test_the_role_comes_from_the_account_not_the_caller(services, people):
    """Sam saying "I am an admin" does not make Sam one: the service reads the account."""
    from kiosk.data.dto import Actor

    request_id = _make(services, people, "in_progress")
    before = _footprint(services.db, request_id)
    sam = people["sam"]
    with pytest.raises(NotAllowed):
        services.queue.release(request_id, Actor(sam.staff_id, "admin", sam.name))
    assert _footprint(services.db, request_id) == before


def test_an_admin_demoted_since_sign_in_loses_admin_rights(services, people):
    from sqlalchemy import update

    from kiosk.data.models import StaffAccount, StaffRole

    other_admin = services.staff.add("Lee", "530871", admin=True, by=SETUP).actor
    request_id = _make(services, people, "in_progress")
    with services.db.session_scope() as session:
        session.execute(
            update(StaffAccount).where(StaffAccount.id == other_admin.staff_id).values(role=StaffRole.STAFF)
        )
    with pytest.raises(NotAllowed):
        services.queue.cancel(request_id, other_admin, "visitor_left")
    assert services.queue.status_of(request_id).status == "in_progress"


def test_a_staff_id_instead_of_an_actor_is_a_bug(services, people):
    request_id = _make(services, people, "pending")
    with pytest.raises(TypeError):
        services.queue.claim(request_id, people["robin"].staff_id)
