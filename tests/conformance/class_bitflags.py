# Bitwise operator dunders on a set of permission flags (&, |, ^, ~, <<, >>, |=, &=, reflected).


class Flags:
    """A set of permission bits with bitwise operators."""
    NAMES = ['read', 'write', 'exec']

    def __init__(self, bits=0):
        self.bits = bits

    @classmethod
    def of(cls, *names):
        return cls(sum(1 << cls.NAMES.index(n) for n in names))

    def __or__(self, other):
        return Flags(self.bits | other.bits)

    def __and__(self, other):
        return Flags(self.bits & other.bits)

    def __xor__(self, other):
        return Flags(self.bits ^ other.bits)

    def __invert__(self):
        return Flags(~self.bits & 0b111)

    def __lshift__(self, n):
        return Flags((self.bits << n) & 0b111)

    def __rshift__(self, n):
        return Flags(self.bits >> n)

    def __ior__(self, other):
        self.bits |= other.bits
        return self

    def __repr__(self):
        return '{' + ','.join(n for i, n in enumerate(self.NAMES) if self.bits >> i & 1) + '}'


r, w, x = Flags.of('read'), Flags.of('write'), Flags.of('exec')
rw = r | w
print(rw, rw & w, rw ^ Flags.of('write', 'exec'), ~rw, r << 1, x >> 2, ~Flags())
perms = Flags()
same = perms
perms |= x
perms |= r
print(perms, same is perms, perms.bits)


# A richer flag set: membership, iteration, equality/hash, mixing with ints, in-place &=.
class Perm:
    BITS = {'r': 4, 'w': 2, 'x': 1}

    def __init__(self, mode=0):
        self.mode = mode

    @classmethod
    def parse(cls, text):
        return cls(sum(cls.BITS[c] for c in text if c != '-'))

    def __str__(self):
        return ''.join(c if self.mode & b else '-' for c, b in self.BITS.items())

    def __repr__(self):
        return f'Perm({oct(self.mode)})'

    def __or__(self, other):
        if isinstance(other, int):
            other = Perm(other)
        if not isinstance(other, Perm):
            return NotImplemented
        return Perm(self.mode | other.mode)

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return Perm(self.mode & other)
        return Perm(self.mode & other.mode)

    def __rand__(self, other):
        return self & other

    def __iand__(self, other):
        self.mode &= other.mode if isinstance(other, Perm) else other
        return self

    def __contains__(self, letter):
        return bool(self.mode & self.BITS[letter])

    def __iter__(self):
        return (c for c, b in self.BITS.items() if self.mode & b)

    def __bool__(self):
        return self.mode != 0

    def __eq__(self, other):
        return isinstance(other, Perm) and self.mode == other.mode

    def __hash__(self):
        return hash(self.mode)


owner, group, other = Perm.parse('rwx'), Perm.parse('r-x'), Perm.parse('r--')
print(owner, group, other, repr(group), [str(p) for p in (owner & group, group | 2, 2 | other, 5 & owner)])
print('w' in owner, 'w' in group, list(group), bool(Perm()), bool(other))
print(owner == Perm(7), len({Perm(4), other, Perm.parse('r')}), sorted(str(p) for p in {owner, group, other}))
mask = Perm.parse('rw-')
alias = mask
mask &= group
print(mask, alias is mask, ''.join(map(str, (owner, group, other))))
try:
    owner | 'w'
except TypeError as e:
    print('TypeError:', e)
