"""A submit talks to a PostgreSQL server as few times as its checks allow."""

from __future__ import annotations

from sqlalchemy import event


def _statements(db, action):
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement.lstrip().split(None, 1)[0].upper())

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        result = action()
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
    return result, seen


def test_a_submit_stores_its_request_lines_and_place_in_one_statement_on_postgresql(services):
    services.queue.submit([("condoms", 1)])  # the settings and the handling time are read once
    result, seen = _statements(services.db, lambda: services.queue.submit([("condoms", 2), ("naloxone-nasal", 1)]))
    assert result.place_in_queue == 2
    [request] = [r for r in services.queue.open_requests() if r.pickup_code == result.pickup_code]
    assert sorted((line.supply_key, line.quantity) for line in request.lines) == [("condoms", 2), ("naloxone-nasal", 1)]
    if services.db.engine.dialect.name == "postgresql":
        # The supply check, one statement for the rows and the place, the notification, the deadline check.
        assert seen.count("INSERT") + seen.count("WITH") == 1, seen
        assert len(seen) <= 4, seen
    else:
        assert seen.count("INSERT") >= 2, seen


def test_an_emergency_has_its_place_too(services):
    services.queue.submit([("condoms", 1)])
    result = services.queue.submit(emergency=True)
    assert result.emergency and result.place_in_queue == 2
