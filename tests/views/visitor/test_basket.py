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
