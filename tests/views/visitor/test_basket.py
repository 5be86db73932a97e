"""The basket's limits, without Qt."""

from kiosk.views.visitor.basket import Basket


def test_quantities_stay_within_limits_and_lines():
    basket = Basket(max_lines=2)
    basket.set_limits({"a": 2, "b": 5, "c": 1})
    assert basket.set("a", 9) == 2
    assert basket.add("b") == 1 and basket.add("b") == 2
    assert not basket.can_add("c") and basket.set("c", 1) == 0
    assert basket.as_request() == [("a", 2), ("b", 2)]
    assert basket.set("a", 0) == 0 and basket.can_add("c")


def test_new_limits_lower_or_drop_lines():
    basket = Basket()
    basket.set_limits({"a": 5, "b": 5})
    basket.set("a", 4)
    basket.set("b", 1)
    assert basket.set_limits({"a": 2}) == ["a", "b"]
    assert basket.as_request() == [("a", 2)]
    basket.clear()
    assert basket.empty and basket.total == 0


def test_limits_grow_for_others_and_shrink_back():
    from kiosk.views.visitor.basket import Basket

    basket = Basket()
    basket.set_limits({"naloxone": 2, "talk": 1})
    basket.set_sharing({"naloxone": ("item", 5), "talk": ("service", None)})
    basket.set_others(3)
    assert basket.limit("naloxone") == 5 and basket.limit("talk") == 1  # capped; a service never grows
    assert basket.set("naloxone", 9) == 5
    assert basket.set_limits({"naloxone": 2, "talk": 1}) == []  # a new snapshot keeps what still fits
    assert basket.quantity("naloxone") == 5
    assert basket.set_others(0) == ["naloxone"]
    assert basket.quantity("naloxone") == 2
    basket.set_others(1)
    basket.clear()
    assert basket.for_others == 0
