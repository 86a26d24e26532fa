"""A sibling module with classes, generators and exceptions, imported by modules_package.py."""

class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, name, count=1):
        self._items[name] = self._items.get(name, 0) + count
        return self

    def take(self, name, count=1):
        have = self._items.get(name, 0)
        if have < count:
            raise OutOfStock(name, count, have)
        self._items[name] = have - count

    def __iter__(self):
        yield from sorted(self._items.items())

    def __len__(self):
        return sum(self._items.values())

    def low(self, limit):
        return (name for name, n in self if n < limit)
