# datetime: dates, times, datetimes, timedeltas and fixed-offset time zones.
import datetime as dt

d = dt.date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.isocalendar().week)
print(d.toordinal(), dt.date.fromordinal(d.toordinal()) == d, d.ctime(), d.isoformat(), d.timetuple())
print(d.strftime('%A, %d %B %Y (day %j, week %U/%W)'), format(d, '%d.%m.%y'), f'{d}', f'{d:%b %d}')
print(d + dt.timedelta(days=1), d - dt.timedelta(weeks=9), d - dt.date(2000, 1, 1), d.replace(day=1), d.replace(year=2025, day=28))
print(dt.date.fromisoformat('2024-12-31'), dt.date.fromisoformat('20240101'), dt.date.fromisoformat('2024-W01-1'),
      dt.date.fromisocalendar(2020, 53, 7), dt.date(2021, 1, 3).isocalendar(), dt.date(2019, 12, 30).isocalendar())
print(dt.date.min, dt.date.max, dt.date.resolution, dt.MINYEAR, dt.MAXYEAR, dt.date(2024, 3, 1) > d, d == dt.date(2024, 2, 29))
print(sorted([dt.date(2024, 5, 1), dt.date(2023, 12, 31), dt.date(2024, 1, 15)]), len({d, dt.date(2024, 2, 29)}))

td = dt.timedelta(days=2, hours=3, minutes=4, seconds=5, milliseconds=6, microseconds=7)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
for value in [dt.timedelta(), dt.timedelta(seconds=-1), dt.timedelta(days=-1, hours=23), dt.timedelta(hours=36),
              dt.timedelta(weeks=2), dt.timedelta(minutes=1.5), dt.timedelta(seconds=0.1), dt.timedelta(microseconds=-1),
              dt.timedelta(days=1.5, seconds=0.75), dt.timedelta(microseconds=2.5), dt.timedelta(microseconds=3.5)]:
    print(repr(value), str(value), value.total_seconds(), bool(value))
h = dt.timedelta(hours=1)
print(h * 3, 3 * h, h * 0.5, h / 4, h / 7, h // 7, h / dt.timedelta(minutes=7), h // dt.timedelta(minutes=7),
      h % dt.timedelta(minutes=7), divmod(h, dt.timedelta(minutes=7)), -h, +h, abs(-h), h * 1.1)
print(h > dt.timedelta(minutes=59), h == dt.timedelta(seconds=3600), dt.timedelta.max, dt.timedelta.min, dt.timedelta.resolution)
print(sum([h, h, dt.timedelta(minutes=30)], dt.timedelta()), max(h, dt.timedelta(days=1)))

t = dt.time(13, 5, 9, 250)
print(t, repr(t), t.isoformat(), t.isoformat('minutes'), t.isoformat('milliseconds'), t.strftime('%I:%M %p'), format(t, '%H.%M'))
print(dt.time(), repr(dt.time(1, 2, 3)), dt.time.fromisoformat('04:05:06.789'), dt.time.fromisoformat('0405'),
      dt.time(10, 0) < dt.time(11, 0), dt.time.max, t.replace(hour=1), dt.time(12, tzinfo=dt.timezone.utc))

x = dt.datetime(2024, 3, 15, 13, 45, 30, 500)
print(x, repr(x), x.isoformat(), x.isoformat(' ', 'seconds'), x.isoformat(timespec='hours'), x.date(), x.time())
print(x.strftime('%Y-%m-%dT%H:%M:%S.%f'), x.strftime('%c'), f'{x:%d/%m %H:%M}', x.ctime(), x.timetuple()[:6], x.weekday())
print(x + dt.timedelta(hours=11), x - dt.timedelta(days=75), x - dt.datetime(2024, 1, 1), x.replace(minute=0, microsecond=0))
print(dt.datetime.combine(dt.date(2020, 5, 17), dt.time(6, 30)), dt.datetime(2024, 12, 31, 23, 59, 59) + dt.timedelta(seconds=1))
print(dt.datetime.fromisoformat('2011-11-04T00:05:23.283+00:00'), dt.datetime.fromisoformat('2011-11-04 00:05'),
      dt.datetime.fromisoformat('20111104T000523'), repr(dt.datetime.fromisoformat('2011-11-04T00:05:23-05:30')))
print(dt.datetime.strptime('2023-07-04 18:30:00', '%Y-%m-%d %H:%M:%S'), dt.datetime.strptime('4 Jul 2023', '%d %b %Y'),
      repr(dt.datetime.strptime('2023-07-04T18:30:00.25+0200', '%Y-%m-%dT%H:%M:%S.%f%z')))
print(dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.datetime.fromtimestamp(1700000000.25, dt.timezone.utc),
      dt.datetime.utcfromtimestamp(86400 * 366), dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc).timestamp())
now = dt.datetime.now()
print(type(now).__name__, now.year >= 2024, dt.datetime.now(dt.timezone.utc).tzinfo, dt.date.today().year >= 2024,
      abs((dt.datetime.now() - now).total_seconds()) < 60)

utc = dt.timezone.utc
plus2 = dt.timezone(dt.timedelta(hours=2))
named = dt.timezone(dt.timedelta(hours=-5), 'EST')
print(repr(utc), repr(plus2), repr(named), str(plus2), named.tzname(None), plus2.utcoffset(None), dt.timezone(dt.timedelta(0)) is utc)
a = dt.datetime(2024, 6, 1, 12, 0, tzinfo=utc)
b = a.astimezone(plus2)
c = a.astimezone(named)
print(a, b, c, repr(b), a == b == c, b - c, b.utcoffset(), c.tzname(), b.isoformat(), c.strftime('%H:%M %z %Z'))
print(a.timetz(), a.time(), dt.datetime(2024, 6, 1, tzinfo=dt.timezone(dt.timedelta(minutes=330))), dt.timezone.min, dt.timezone.max)
print(sorted([b, a - dt.timedelta(hours=1), c + dt.timedelta(minutes=5)]), len({a, b, c}), dt.UTC is utc)

for label, f in [('bad day', lambda: dt.date(2023, 2, 29)), ('bad month', lambda: dt.date(2024, 0, 1)),
                 ('bad year', lambda: dt.date(0, 1, 1)), ('float year', lambda: dt.date(2024.0, 1, 1)),
                 ('bad hour', lambda: dt.time(24)), ('bad minute', lambda: dt.datetime(2024, 1, 1, 1, 60)),
                 ('bad microsecond', lambda: dt.time(0, 0, 0, 1000000)), ('overflow', lambda: dt.date.max + dt.timedelta(1)),
                 ('mixed subtract', lambda: a - dt.datetime(2024, 1, 1)), ('mixed compare', lambda: a < dt.datetime(2024, 1, 1)),
                 ('mixed equal', lambda: a == dt.datetime(2024, 6, 1, 12)), ('date vs datetime', lambda: dt.date(2024, 1, 1) == x),
                 ('bad isoformat', lambda: dt.date.fromisoformat('2024/01/01')), ('bad datetime iso', lambda: dt.datetime.fromisoformat('2024-01-01T25:00')),
                 ('strptime mismatch', lambda: dt.datetime.strptime('2024', '%Y-%m')), ('tz offset', lambda: dt.timezone(dt.timedelta(hours=24))),
                 ('tz type', lambda: dt.timezone(5)), ('timedelta type', lambda: dt.timedelta('1')),
                 ('td overflow', lambda: dt.timedelta(days=10 ** 9))]:
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
for label, f in [('timedelta + int', lambda: h + 1), ('date + int', lambda: d + 1), ('date - str', lambda: d - 'x'),
                 ('datetime * 2', lambda: x * 2)]:
    try:
        print(label, f())
    except TypeError:
        print(label, 'TypeError')
