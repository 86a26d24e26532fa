# time: struct_time, gmtime, mktime/localtime round trips, strftime and strptime, clocks.
import time

epoch = time.gmtime(0)
print(epoch, len(epoch), epoch[0], epoch.tm_year, epoch.tm_wday, epoch.tm_yday, epoch.tm_zone, epoch.tm_gmtoff)
for secs in [0, 1, 86399, 86400, 951782400, 1700000000, 1700000000.999, -1, -86401, 2 ** 31, 4102444800]:
    t = time.gmtime(secs)
    print(secs, tuple(t), time.asctime(t))
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1.6e9, time.time_ns() > 1.6e18)
a = time.monotonic()
b = time.perf_counter()
time.sleep(0.01)
print(time.monotonic() >= a, time.perf_counter() > b, time.process_time() >= 0, time.perf_counter_ns() > 0)
for secs in [0, 1e9, 1700000000]:
    print(time.mktime(time.localtime(secs)) == secs, time.localtime(secs).tm_year, time.ctime(secs) == time.asctime(time.localtime(secs)))
print(isinstance(time.timezone, int), isinstance(time.altzone, int), time.daylight in (0, 1), len(time.tzname))

t = time.gmtime(1700000000)
for directive in 'aAbBcCdDeFgGhHIjmMnprRSTuUVwWxXyY%':
    print(directive, repr(time.strftime('%' + directive, t)))
print(time.strftime('%Y-%m-%d %H:%M:%S', t), time.strftime('%-d/%-m/%Y %_H|%0e|%^a', t), time.strftime('', t))
print(time.strftime('plain text 100%%', t), time.strftime('%Q unknown', t), time.strftime('%Y', (2024, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%U %W %V %G', (2021, 1, 1, 0, 0, 0, 4, 1, 0)), time.strftime('%U %W %V %G', (2024, 12, 31, 0, 0, 0, 1, 366, 0)))
print(time.strftime('%H:%M', time.struct_time((2000, 1, 1, 23, 59, 0, 5, 1, 0))))

for text, fmt in [('2024-03-15', '%Y-%m-%d'), ('15 March 2024 10:20', '%d %B %Y %H:%M'), ('Fri Mar 15 10:20:30 2024', '%c'),
                  ('03/15/24', '%x'), ('10:20:30 PM', '%I:%M:%S %p'), ('2024 075', '%Y %j'), ('12 am', '%I %p'),
                  ('Monday 2024-01-01', '%A %Y-%m-%d'), ('99', '%y'), ('68', '%y'), ('2024-W10-3', '%G-W%V-%u')]:
    print(repr(text), tuple(time.strptime(text, fmt)))
print(time.strptime('Feb 29', '%b %d')[:3])

for label, f in [('month', lambda: time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0))),
                 ('hour', lambda: time.strftime('%Y', (2024, 1, 1, 24, 0, 0, 0, 1, 0))),
                 ('type', lambda: time.strftime('%Y', '2024')),
                 ('short', lambda: time.strftime('%Y', (2024, 1, 1))),
                 ('format type', lambda: time.strftime(2024)),
                 ('nan', lambda: time.gmtime(float('nan'))),
                 ('too big', lambda: time.gmtime(1e30)),
                 ('sleep negative', lambda: time.sleep(-1)),
                 ('strptime mismatch', lambda: time.strptime('2024', '%d')),
                 ('strptime extra', lambda: time.strptime('2024-01-01 x', '%Y-%m-%d')),
                 ('strptime bad directive', lambda: time.strptime('1', '%Q')),
                 ('struct_time short', lambda: time.struct_time((1, 2)))]:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
