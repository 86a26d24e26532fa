# Calling a method that the class does not define.
class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty=1):
        self.items[name] = self.items.get(name, 0) + qty
        return self

    def total(self):
        return sum(self.items.values())


inv = Inventory()
inv.add('apple', 3).add('pear')
print(inv.total(), sorted(inv.items))
inv.remove('apple')
print('not reached')
