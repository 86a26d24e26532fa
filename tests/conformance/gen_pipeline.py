# A log-processing pipeline built from generator functions and generator expressions:
# every stage is lazy and pulls only what it needs.

# A log-processing pipeline: every stage is lazy.
LOG = """\
2024-01-01 INFO started
2024-01-01 WARN disk 80%
2024-01-02 ERROR disk full
2024-01-02 INFO retry

2024-01-03 ERROR network down
2024-01-03 INFO recovered"""

trace = []


def lines(text):
    for line in text.splitlines():
        trace.append('read')
        yield line


def non_empty(items):
    return (line for line in items if line.strip())


def parse(items):
    for line in items:
        date, level, message = line.split(' ', 2)
        yield {'date': date, 'level': level, 'msg': message}


def only(level, records):
    for r in records:
        if r['level'] == level:
            yield r


errors = only('ERROR', parse(non_empty(lines(LOG))))
print(trace)                       # nothing has been read yet
first = next(errors)
print(first['msg'], len(trace))    # only as much as needed was read
print([r['date'] for r in errors], len(trace))

# Aggregating stages consume everything they are given.
trace.clear()


def count_by(key, records):
    counts = {}
    for r in records:
        counts[r[key]] = counts.get(r[key], 0) + 1
    return counts


def group_by_date(records):
    current, group = None, []
    for r in records:
        if group and r['date'] != current:
            yield current, group
            group = []
        current = r['date']
        group.append(r['msg'])
    if group:
        yield current, group


print(count_by('level', parse(non_empty(lines(LOG)))), len(trace))
for date, messages in group_by_date(parse(non_empty(lines(LOG)))):
    print(date, messages)

# Stages can be composed dynamically from a list of functions.
stages = [non_empty, parse, lambda rs: (r for r in rs if 'disk' in r['msg']), lambda rs: (r['msg'] for r in rs)]
stream = lines(LOG)
for stage in stages:
    stream = stage(stream)
print(type(stream).__name__, list(stream), list(stream))
