# copy: shallow vs deep copies, shared references, cycles, __copy__/__deepcopy__ and custom state.
import copy

grid = [[0] * 3 for _ in range(2)]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 9
print(grid, shallow, deep, shallow is grid, shallow[0] is grid[0], deep[0] is grid[0])
config = {'name': 'app', 'tags': ['a', 'b'], 'limits': {'cpu': 2}}
c2 = copy.deepcopy(config)
c2['tags'].append('c')
c2['limits']['cpu'] = 4
print(config, c2)
t = (1, 'x', (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))
print(copy.copy(42), copy.deepcopy('s'), copy.copy(None), copy.copy(len) is len, copy.deepcopy(int) is int)
s = {1, 2}
fs = frozenset([3])
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(fs) is fs, copy.deepcopy({'k': {1}}))

shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyclic = [1]
cyclic.append(cyclic)
cc = copy.deepcopy(cyclic)
print(cc[1] is cc, cc[0], cc is not cyclic)
memo = {}
copy.deepcopy([shared], memo)
print(id(shared) in memo, memo[id(shared)] == shared)


class Point:
    def __init__(self, x, y, tags=None):
        self.x, self.y = x, y
        self.tags = tags if tags is not None else []
    def __repr__(self):
        return f'Point({self.x}, {self.y}, {self.tags})'


p = Point(1, 2, ['origin'])
q = copy.copy(p)
r = copy.deepcopy(p)
p.tags.append('moved')
print(p, q, r, type(q).__name__, q.tags is p.tags, r.tags is p.tags)


class Tracked:
    def __init__(self, value):
        self.value = value
    def __copy__(self):
        print('__copy__ called')
        return Tracked(self.value)
    def __deepcopy__(self, memo):
        print('__deepcopy__ called with', type(memo).__name__)
        return Tracked(copy.deepcopy(self.value, memo))


tr = Tracked([1])
print(copy.copy(tr).value, copy.deepcopy(tr).value is tr.value)
both = copy.deepcopy([tr, tr])
print(both[0] is both[1])


class Connection:
    def __init__(self, host):
        self.host = host
        self.socket = f'<socket to {host}>'
    def __getstate__(self):
        state = self.__dict__.copy()
        del state['socket']
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = f'<reconnected to {self.host}>'


conn = copy.copy(Connection('db'))
print(conn.host, conn.socket)


class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]


sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, 'b'))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


root = Node('root')
kid = Node('kid')
kid.parent = root
root.children.append(kid)
root2 = copy.deepcopy(root)
print(root2.children[0].parent is root2, root2.children[0] is not kid, root2.children[0].name)
err = copy.copy(ValueError('bad', 7))
print(repr(err), err.args)


class Stack(list):
    pass


st = Stack([1, [2]])
st.label = 'mine'
st2 = copy.deepcopy(st)
print(type(st2).__name__, st2, st2.label, st2[1] is st[1])
try:
    copy.copy((x for x in []))
except TypeError as e:
    print('TypeError:', e)
