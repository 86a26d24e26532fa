# Bound methods as values: callbacks, __self__/__func__, equality; closures inside methods.

class EventBus:
    def __init__(self):
        self.handlers = {}

    def subscribe(self, event, handler):
        self.handlers.setdefault(event, []).append(handler)

    def publish(self, event, payload):
        results = []
        for handler in self.handlers.get(event, []):
            results.append(handler(payload))
        return results


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def log(self, message):
        line = f'[{self.prefix}] {message}'
        self.lines.append(line)
        return line


class Stats:
    def __init__(self):
        self.count = 0
        self.total = 0

    def record(self, value):
        self.count += 1
        self.total += value
        return self.total


bus = EventBus()
info = Logger('info')
audit = Logger('audit')
stats = Stats()
bus.subscribe('sale', info.log)
bus.subscribe('sale', audit.log)
bus.subscribe('amount', stats.record)
print(bus.publish('sale', 'sold a book'))
print(bus.publish('amount', 12), bus.publish('amount', 30))
print(info.lines, audit.lines, stats.count, stats.total)

# Anatomy of a bound method.
m = info.log
print(m.__self__ is info, m.__func__ is Logger.log, m.__name__, m.__qualname__)
print(m('direct'), Logger.log(audit, 'unbound call'))
print(m == info.log, info.log is info.log, m == audit.log, m != audit.log)
print(type(m).__name__, type(Logger.log).__name__, callable(m))
print(hash(m) == hash(info.log))
print(len({info.log, info.log, audit.log}))

# Storing a method keeps its instance alive and bound.
def make_logger_fn(prefix):
    return Logger(prefix).log

fn = make_logger_fn('tmp')
print(fn('still works'), fn.__self__.lines)

# A function stored on an instance is not bound; on the class it is.
def shout(self_or_text, text=None):
    return 'SHOUT: ' + str(text if text is not None else self_or_text)

info.shout = shout
print(info.shout('plain function'))
Logger.shout = shout
print(audit.shout('bound now').startswith('SHOUT: bound now'))
print(audit.shout.__self__ is audit)

# Dispatch tables of bound methods.
class Calculator:
    def __init__(self):
        self.ops = {'+': self.add, '-': self.sub, '*': self.mul}
        self.calls = 0

    def add(self, a, b):
        self.calls += 1
        return a + b

    def sub(self, a, b):
        self.calls += 1
        return a - b

    def mul(self, a, b):
        self.calls += 1
        return a * b

    def evaluate(self, expr):
        a, op, b = expr.split()
        return self.ops[op](int(a), int(b))


calc = Calculator()
print([calc.evaluate(e) for e in ['1 + 2', '10 - 4', '6 * 7']], calc.calls)
print(sorted(name for name, f in calc.ops.items() if f.__func__ is Calculator.add))

# Closures inside methods capture self and local state.
class Scheduler:
    def __init__(self, name):
        self.name = name
        self.done = []

    def make_task(self, task_name, repeat):
        counter = 0

        def run():
            nonlocal counter
            counter += 1
            self.done.append(f'{task_name}#{counter}')
            return counter < repeat
        return run

    def run_all(self, tasks):
        pending = list(tasks)
        while pending:
            pending = [t for t in pending if t()]
        return self.done


sched = Scheduler('main')
print(sched.run_all([sched.make_task('backup', 2), sched.make_task('mail', 3), sched.make_task('ping', 1)]))

# map/filter/sorted accept bound methods as key functions.
words = ['Banana', 'apple', 'Cherry']
print(sorted(words, key=str.lower), list(map(str.upper, words)))
allowed = {'apple', 'cherry'}
print(list(filter(allowed.__contains__, [w.lower() for w in words])))
