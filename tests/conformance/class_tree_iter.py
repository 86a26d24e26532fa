# A binary search tree with several iteration styles: __iter__ as a generator, an explicit
# iterator class, __reversed__, __contains__, __len__ and level-order traversal.

class Node:
    __slots__ = ('key', 'value', 'left', 'right')

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None


class BST:
    def __init__(self, items=()):
        self.root = None
        self.size = 0
        for k, v in items:
            self[k] = v

    def __setitem__(self, key, value):
        if self.root is None:
            self.root = Node(key, value)
            self.size += 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = 'left' if key < node.key else 'right'
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(key, value))
                self.size += 1
                return
            node = child

    def _find(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node

    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def __contains__(self, key):
        return self._find(key) is not None

    def __len__(self):
        return self.size

    def __iter__(self):
        # in-order traversal with a recursive generator
        def walk(node):
            if node is not None:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)

    def __reversed__(self):
        return ReverseIterator(self.root)

    def items(self):
        for key in self:
            yield key, self[key]

    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c is not None]

    def height(self):
        return sum(1 for _ in self.levels())


class ReverseIterator:
    """Explicit iterator with its own stack: right-to-left in-order."""

    def __init__(self, root):
        self.stack = []
        self._push_right(root)

    def _push_right(self, node):
        while node is not None:
            self.stack.append(node)
            node = node.right

    def __iter__(self):
        return self

    def __next__(self):
        if not self.stack:
            raise StopIteration
        node = self.stack.pop()
        self._push_right(node.left)
        return node.key


words = 'the quick brown fox jumps over the lazy dog'.split()
tree = BST((w, len(w)) for w in words)
print(len(tree), list(tree))
print(list(reversed(tree)))
print(list(tree.items())[:3], tree['quick'], 'fox' in tree, 'cat' in tree)
print(list(tree.levels()), tree.height())
print(sorted(tree) == list(tree), max(tree), min(tree, key=len), dict(tree.items())['lazy'])
try:
    tree['cat']
except KeyError as e:
    print('KeyError:', e)

# Two independent iterations over the same tree.
it1, it2 = iter(tree), iter(tree)
print(next(it1), next(it1), next(it2), next(it1))

# Zipping, enumerating and unpacking user iterables.
print(list(zip(tree, reversed(tree)))[:3])
print([(i, k) for i, k in enumerate(tree) if i % 3 == 0])
first, second, *rest = tree
print(first, second, len(rest))
print('-'.join(tree), tuple(reversed(BST())), list(BST().levels()))

# Iterating while counting with a manual loop and next(default).
it = reversed(tree)
count = 0
while (key := next(it, None)) is not None:
    count += len(key)
print(count, next(it, 'exhausted'))

numbers = BST((n, n * n) for n in [50, 30, 70, 20, 40, 60, 80, 35])
print(list(numbers), list(numbers.levels()))
print([v for k, v in numbers.items() if k > 40])
print(sum(numbers), numbers[35], 45 in numbers, len(numbers))
