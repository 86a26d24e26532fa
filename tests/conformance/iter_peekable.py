# Iterator classes wrapping other iterators: a peekable iterator used by a tokenizer,
# and modification of containers during iteration.

# Iterators that feed from another iterator: a peekable wrapper.
class Peekable:
    _empty = object()

    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buffer = self._empty

    def __iter__(self):
        return self

    def __next__(self):
        if self.buffer is not self._empty:
            value, self.buffer = self.buffer, self._empty
            return value
        return next(self.it)

    def peek(self, default=None):
        if self.buffer is self._empty:
            self.buffer = next(self.it, self._empty)
        return default if self.buffer is self._empty else self.buffer


def group_runs(values):
    """Groups consecutive equal values using peek()."""
    p = Peekable(values)
    for v in p:
        run = [v]
        while p.peek() == v:
            run.append(next(p))
        yield run


print(list(group_runs('aaabccdddd')))
pk = Peekable([1, 2])
print(pk.peek(), pk.peek(), next(pk), next(pk), pk.peek('end'), list(pk))


# A tokenizer for arithmetic expressions that looks one character ahead.
def tokenize(text):
    chars = Peekable(text)
    for ch in chars:
        if ch.isspace():
            continue
        if ch.isdigit():
            number = ch
            while (nxt := chars.peek()) is not None and (nxt.isdigit() or nxt == '.'):
                number += next(chars)
            yield ('NUM', float(number) if '.' in number else int(number))
        elif ch.isalpha():
            name = ch
            while (nxt := chars.peek()) is not None and nxt.isalnum():
                name += next(chars)
            yield ('NAME', name)
        elif ch == '*' and chars.peek() == '*':
            next(chars)
            yield ('OP', '**')
        elif ch in '+-*/()':
            yield ('OP', ch)
        else:
            raise SyntaxError(f'unexpected character {ch!r}')


print(list(tokenize('3 + x1*(42 - 2.5) ** 2')))
print([value for kind, value in tokenize('a+b+c') if kind == 'NAME'])
try:
    list(tokenize('1 + $'))
except SyntaxError as e:
    print('SyntaxError:', e)


# dict and list iterators detect some modifications during iteration.
d = {'a': 1, 'b': 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print('RuntimeError:', e)
