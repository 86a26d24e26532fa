# return / break / continue inside with-blocks, and with-blocks inside generators.

events = []


class Tracked:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        events.append(f'+{self.name}')
        return self

    def __exit__(self, exc_type, exc, tb):
        events.append(f'-{self.name}' + (f'({exc_type.__name__})' if exc_type else ''))
        return False


def flush(title, result='-'):
    print(f'{title:26} {result!s:12} {" ".join(events)}')
    events.clear()


def find_first_negative(values):
    with Tracked('scan'):
        for v in values:
            if v < 0:
                return v          # __exit__ runs before the caller gets the value
    return None


flush('return inside with', find_first_negative([3, -2, 5]))
flush('no return', find_first_negative([1, 2]))

for i in range(5):
    with Tracked(f'loop{i}'):
        if i == 1:
            continue
        if i == 3:
            break
        events.append(f'body{i}')
flush('break / continue')

i = 0
while True:
    with Tracked('w'):
        i += 1
        if i < 3:
            continue
        break
flush('while loop')


def nested_return():
    with Tracked('a'):
        with Tracked('b'):
            try:
                return 'value'
            finally:
                events.append('finally')


flush('nested return + finally', nested_return())


def return_value_after_exit():
    items = []
    with Tracked('list'):
        items.append(1)
        return items         # the list object itself is returned; __exit__ can't replace it


flush('returned object', return_value_after_exit())


# with inside a generator: __exit__ runs when the generator finishes or is closed.
def read_lines(name, lines):
    with Tracked(name):
        for line in lines:
            yield line.upper()


flush('generator exhausted', list(read_lines('full', ['a', 'b'])))

gen = read_lines('partial', ['x', 'y', 'z'])
flush('generator suspended', next(gen))
gen.close()
flush('generator closed')

gen = read_lines('thrown', ['p', 'q'])
next(gen)
try:
    gen.throw(ValueError('stop reading'))
except ValueError as e:
    events.append(f'caught {e}')
flush('generator throw')

# Breaking out of a for loop over a generator leaves it suspended until closed.
gen = read_lines('loop', ['1', '2', '3'])
for line in gen:
    if line == '2':
        break
flush('break over generator')
gen.close()               # close explicitly: don't rely on garbage collection
flush('closed after break')


# A context manager reused across loop iterations, with exceptions handled per iteration.
t = Tracked('reused')
for n in (1, 0, 2):
    try:
        with t:
            events.append(str(10 // n))
    except ZeroDivisionError:
        events.append('handled')
flush('reused manager')
