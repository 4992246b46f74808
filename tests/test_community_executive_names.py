"""The Community's executive named after the Community ("the EC Commission", "the European
Community (EC) Commission") is the European Commission, not the Community."""

from record_views import describe_actors, describe_events, extracted

SPELT_OUT = ("BRUSSELS, March 19 - The European Community (EC) Commission said it approved a "
             "British government aid package to the state-owned truck maker.")
SHORT = ("BRUSSELS, March 19 - The EC Commission said it had cleared Italian state aid to "
         "the steel industry.")
COMMUNITY = ("BRUSSELS, March 19 - The European Community (EC) said it would open talks with "
             "Japan next month.")


def _bodies(text: str) -> set[str]:
    return {a.name for a in extracted(text).actors if a.kind == "international"}


def test_spelt_out_community_commission_is_the_executive() -> None:
    record = extracted(SPELT_OUT)
    assert _bodies(SPELT_OUT) == {"European Commission"}, describe_actors(record)
    sides = [(record.actor(a).name, record.actor(r).country) for e in record.events
             if e.event == "SUPPORT" for a in e.actor for r in e.recipient]
    assert ("European Commission", "GBR") in sides, describe_events(record)


def test_short_community_commission_is_the_executive() -> None:
    assert _bodies(SHORT) == {"European Commission"}, describe_actors(extracted(SHORT))


def test_community_alone_stays_the_community() -> None:
    assert _bodies(COMMUNITY) == {"European Community"}, describe_actors(extracted(COMMUNITY))
