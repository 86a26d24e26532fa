# Index out of range on a list.
items = [10, 20, 30]
print(items[0], items[-1], items[2])
empty = []
print(len(empty), empty[:1])
print(empty[1])
