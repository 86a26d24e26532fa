"""time.strptime and the parser behind datetime.strptime, imported on their first use (as CPython's _strptime)."""

from _timestruct import struct_time

_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
           'november', 'december']


def _alternatives(names):
    # longest first so that "may" does not cut "mayday"-like prefixes short
    return '|'.join(sorted(names, key=len, reverse=True))


_DIRECTIVES = {
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'f': r'(?P<f>[0-9]{1,6})',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'G': r'(?P<G>\d\d\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'U': r'(?P<U>5[0-3]|[0-4]\d|\d)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
    'V': r'(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)',
    'y': r'(?P<y>\d\d)',
    'Y': r'(?P<Y>\d\d\d\d)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'A': '(?P<A>' + _alternatives(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
                                   'sunday']) + ')',
    'a': '(?P<a>' + _alternatives([d[:3] for d in _DAYS]) + ')',
    'B': '(?P<B>' + _alternatives(_MONTHS) + ')',
    'b': '(?P<b>' + _alternatives([m[:3] for m in _MONTHS]) + ')',
    'p': '(?P<p>am|pm)',
    'Z': '(?P<Z>utc|gmt|[a-z]{3,5})',
    '%': '%',
}
_DIRECTIVES['W'] = _DIRECTIVES['U'].replace('U', 'W')
_COMPOSITE = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S', 'D': '%m/%d/%y', 'T': '%H:%M:%S',
              'R': '%H:%M', 'F': '%Y-%m-%d', 'e': '%d', 'h': '%b'}
_cache = {}


def _pattern(format):
    import re
    regex = _cache.get(format)
    if regex is not None:
        return regex
    out = []
    i = 0
    while i < len(format):
        c = format[i]
        if c == '%' and i + 1 < len(format):
            d = format[i + 1]
            i += 2
            if d in _COMPOSITE:
                out.append(_pattern_text(_COMPOSITE[d]))
            elif d in _DIRECTIVES:
                out.append(_DIRECTIVES[d])
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            continue
        if c == '%':
            raise ValueError("stray % in format '%s'" % format)
        out.append(r'\s+' if c.isspace() else re.escape(c))
        i += 1
    text = ''.join(out)
    regex = re.compile(text, re.IGNORECASE)
    _cache[format] = regex
    return regex


def _pattern_text(format):
    import re
    parts = []
    i = 0
    while i < len(format):
        if format[i] == '%':
            parts.append(_DIRECTIVES[format[i + 1]])
            i += 2
        else:
            parts.append(r'\s+' if format[i].isspace() else re.escape(format[i]))
            i += 1
    return ''.join(parts)


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """(fields, fraction in microseconds, gmtoff) parsed from data_string as CPython's _strptime does."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index, type(arg)))
    regex = _pattern(format)
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    week_of_year = -1
    week_of_year_start = -1
    iso_year = iso_week = None
    weekday = julian = None
    found_dict = found.groupdict()
    for group_key in found_dict.keys():
        value = found_dict[group_key]
        if value is None:
            continue
        if group_key == 'y':
            year = int(value)
            year += 1900 if year > 68 else 2000
        elif group_key == 'Y':
            year = int(value)
        elif group_key == 'G':
            iso_year = int(value)
        elif group_key == 'm':
            month = int(value)
        elif group_key == 'B':
            month = _MONTHS.index(value.lower()) + 1
        elif group_key == 'b':
            month = [m[:3] for m in _MONTHS].index(value.lower()) + 1
        elif group_key == 'd':
            day = int(value)
        elif group_key == 'H':
            hour = int(value)
        elif group_key == 'I':
            hour = int(value)
            ampm = found_dict.get('p', '') or ''
            if ampm.lower() == 'am':
                if hour == 12:
                    hour = 0
            elif ampm.lower() == 'pm':
                if hour != 12:
                    hour += 12
        elif group_key == 'M':
            minute = int(value)
        elif group_key == 'S':
            second = int(value)
        elif group_key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif group_key == 'A':
            weekday = _DAYS.index(value.lower())
        elif group_key == 'a':
            weekday = [d[:3] for d in _DAYS].index(value.lower())
        elif group_key == 'w':
            weekday = (int(value) - 1) % 7
        elif group_key == 'u':
            weekday = int(value) - 1
        elif group_key == 'j':
            julian = int(value)
        elif group_key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if group_key == 'U' else 0
        elif group_key == 'V':
            iso_week = int(value)
        elif group_key == 'z':
            z = value
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError("Inconsistent use of : in %s" % value)
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_fraction = int(gmtoff_remainder + '0' * (6 - len(gmtoff_remainder))) if gmtoff_remainder else 0
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif group_key == 'Z':
            name = value.lower()
            if name in ('utc', 'gmt'):
                tz = 0
    if iso_year is not None and (iso_week is None or weekday is None):
        raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                         "directive ('%A', '%a', '%w', or '%u').")
    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900
    import datetime as _dt
    if julian is None and weekday is not None:
        if week_of_year != -1:
            first_weekday = _dt.date(year, 1, 1).weekday()
            if week_of_year_start == 6:
                first_weekday = (first_weekday + 1) % 7
                day_of_week = (weekday + 1) % 7
            else:
                day_of_week = weekday
            week_0_length = (7 - first_weekday) % 7
            if week_of_year == 0:
                julian = 1 + day_of_week - first_weekday
            else:
                julian = 1 + week_0_length + (week_of_year - 1) * 7 + day_of_week
        elif iso_year is not None and iso_week is not None:
            d = _dt.date.fromisocalendar(iso_year, iso_week, weekday + 1)
            year, julian = d.year, d.toordinal() - _dt.date(d.year, 1, 1).toordinal() + 1
    if julian is not None and julian <= 0:
        year -= 1
        julian += 366 if _dt._is_leap(year) else 365
    if julian is None:
        julian = _dt.date(year, month, day).toordinal() - _dt.date(year, 1, 1).toordinal() + 1
    else:
        d = _dt.date.fromordinal((julian - 1) + _dt.date(year, 1, 1).toordinal())
        year, month, day = d.year, d.month, d.day
    if weekday is None:
        weekday = _dt.date(year, month, day).weekday()
    if leap_year_fix:
        year = 1900
    return (year, month, day, hour, minute, second, weekday, julian, tz, found_dict.get('Z'), gmtoff), fraction, \
        gmtoff_fraction


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """The struct_time of data_string read with format."""
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    return struct_time(fields)
