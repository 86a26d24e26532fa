package org.krait.stdlib;

import org.krait.runtime.Attributes;
import org.krait.runtime.Calls;
import org.krait.runtime.Importer;
import org.krait.runtime.KraitContext;
import org.krait.runtime.Ops;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.runtime.Signature;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The calendar half of the {@code time} module: struct_time, gmtime, localtime, mktime, asctime, ctime,
 * strftime (glibc's directives in the C locale), strptime and the time-zone constants. struct_time is Krait code
 * in {@code _timestruct}, the strptime parser in {@code _strptime}.
 */
final class TimeCalendar {
    private TimeCalendar() {
    }

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    static void install(PyModule m, KraitContext context) {
        PyModule helper = (PyModule) Importer.importModule(context, "_timestruct", false, 0, null);
        Object structTime = helper.getAttribute("struct_time");
        m.setAttribute("struct_time", structTime);
        ZoneId zone = ZoneId.systemDefault();
        int year = LocalDate.now(zone).getYear();
        ZonedDateTime january = LocalDateTime.of(year, 1, 1, 0, 0).atZone(zone);
        ZonedDateTime july = LocalDateTime.of(year, 7, 1, 0, 0).atZone(zone);
        int janOffset = january.getOffset().getTotalSeconds();
        int julOffset = july.getOffset().getTotalSeconds();
        boolean janDst = zone.getRules().isDaylightSavings(january.toInstant());
        // timezone is the standard (winter) offset west of UTC, altzone the daylight-saving one
        int standard = janDst ? julOffset : janOffset;
        int daylight = janDst ? janOffset : julOffset;
        m.setAttribute("timezone", (long) -standard);
        m.setAttribute("altzone", (long) -daylight);
        m.setAttribute("daylight", standard != daylight ? 1L : 0L);
        String stdName = zoneName(janDst ? july : january);
        String dstName = zoneName(janDst ? january : july);
        m.setAttribute("tzname", PyTuple.of(stdName, dstName));

        m.def("time.gmtime", "seconds=None, /", a -> structTime(structTime, at(a[0]), ZoneOffset.UTC));
        m.def("time.localtime", "seconds=None, /", a -> structTime(structTime, at(a[0]), zone));
        m.def("time.mktime", "t, /", a -> {
            int[] f = fields(a[0], "mktime");
            try {
                LocalDateTime ldt = LocalDateTime.of(f[0], 1, 1, 0, 0).plusMonths(f[1] - 1L).plusDays(f[2] - 1L)
                        .plusHours(f[3]).plusMinutes(f[4]).plusSeconds(f[5]);
                return (double) ldt.atZone(zone).toEpochSecond();
            } catch (java.time.DateTimeException e) {
                throw PyErrors.overflow("mktime argument out of range");
            }
        });
        m.def("time.asctime", "t=None, /", a -> asctime(a[0] == PyNone.NONE
                ? fields(structTime(structTime, Instant.now(), zone), "asctime") : fields(a[0], "asctime")));
        m.def("time.ctime", "seconds=None, /", a -> asctime(fields(structTime(structTime, at(a[0]), zone), "ctime")));
        m.def("time.strftime", "format, t=?, /", a -> {
            if (!(a[0] instanceof String fmt)) {
                throw PyErrors.typeError("strftime() argument 1 must be str, not " + Ops.typeName(a[0]));
            }
            Object t = a[1] == Signature.MISSING ? structTime(structTime, Instant.now(), zone) : a[1];
            int[] f = fields(t, "strftime");
            check(f);
            Object gmtoff = Attributes.getOrNull(t, "tm_gmtoff");
            Object zoneName = Attributes.getOrNull(t, "tm_zone");
            ZoneOffset offset = gmtoff instanceof Long l ? ZoneOffset.ofTotalSeconds(l.intValue())
                    : zone.getRules().getOffset(LocalDateTime.of(2000, 1, 1, 0, 0));
            String name = zoneName instanceof String s ? s : f[8] > 0 ? dstName : stdName;
            return strftime(fmt, f, offset, name);
        });
        // the parser is Krait code imported on the first call: most programs that import time never parse a date
        m.def("time.strptime", "data_string, format=?, /", a -> {
            PyModule parser = (PyModule) Importer.importModule(context, "_strptime", false, 0, null);
            Object strptime = parser.getAttribute("strptime");
            return a[1] == Signature.MISSING ? Calls.call(strptime, a[0]) : Calls.call(strptime, a[0], a[1]);
        });
    }

    private static String zoneName(ZonedDateTime t) {
        if (t.getZone() == ZoneOffset.UTC) {
            return "GMT"; // glibc's gmtime
        }
        String s = t.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        String n = t.format(java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT));
        return n.startsWith("GMT") && !s.startsWith("GMT") ? s : n;
    }

    /** The instant of an optional seconds argument (now for None), floored to whole seconds as C's time_t. */
    private static Instant at(Object secs) {
        if (secs == PyNone.NONE) {
            return Instant.ofEpochSecond(System.currentTimeMillis() / 1000);
        }
        if (secs instanceof Double d) {
            if (Double.isNaN(d)) {
                throw PyErrors.valueError("Invalid value NaN (not a number)");
            }
            if (Math.abs(d) > 1e17) {
                throw PyErrors.overflow("timestamp out of range for platform time_t");
            }
            return Instant.ofEpochSecond((long) Math.floor(d));
        }
        long s;
        try {
            s = Numbers.bigIndex(secs).longValueExact();
        } catch (ArithmeticException e) {
            throw PyErrors.overflow("timestamp out of range for platform time_t");
        }
        if (Math.abs(s) > 67768036191676799L) {
            throw PyErrors.overflow("timestamp out of range for platform time_t");
        }
        return Instant.ofEpochSecond(s);
    }

    private static Object structTime(Object cls, Instant instant, ZoneId zone) {
        ZonedDateTime t;
        try {
            t = instant.atZone(zone);
        } catch (java.time.DateTimeException e) {
            throw PyErrors.overflow("timestamp out of range for platform time_t");
        }
        long isdst = zone.getRules().isDaylightSavings(instant) ? 1 : 0;
        PyTuple values = PyTuple.of((long) t.getYear(), (long) t.getMonthValue(), (long) t.getDayOfMonth(),
                (long) t.getHour(), (long) t.getMinute(), (long) t.getSecond(), (long) (t.getDayOfWeek().getValue() - 1),
                (long) t.getDayOfYear(), isdst, zoneName(t), (long) t.getOffset().getTotalSeconds());
        return Calls.call(cls, values);
    }

    /** The 9 fields of a struct_time or tuple: year, month, mday, hour, min, sec, wday (Monday 0), yday, isdst. */
    private static int[] fields(Object t, String caller) {
        if (!(t instanceof PyTuple) && !isTupleLike(t)) {
            throw PyErrors.typeError("Tuple or struct_time argument required");
        }
        Object[] items = Ops.toArray(t);
        if (items.length < 9) {
            throw PyErrors.typeError(caller + "(): illegal time tuple argument");
        }
        int[] f = new int[9];
        for (int i = 0; i < 9; i++) {
            f[i] = (int) Ops.index(items[i] instanceof Double d ? Numbers.integral(d) : items[i]);
        }
        return f;
    }

    private static boolean isTupleLike(Object t) {
        return org.krait.runtime.PyType.of(t).isSubtypeOf(org.krait.runtime.PyType.TUPLE);
    }

    /** CPython's checktm: the ranges strftime accepts (0 month and day mean the first). */
    private static void check(int[] f) {
        if (f[1] == 0) {
            f[1] = 1;
        } else if (f[1] < 0 || f[1] > 12) {
            throw PyErrors.valueError("month out of range");
        }
        if (f[2] == 0) {
            f[2] = 1;
        } else if (f[2] < 0 || f[2] > 31) {
            throw PyErrors.valueError("day of month out of range");
        }
        if (f[3] < 0 || f[3] > 23) {
            throw PyErrors.valueError("hour out of range");
        }
        if (f[4] < 0 || f[4] > 59) {
            throw PyErrors.valueError("minute out of range");
        }
        if (f[5] < 0 || f[5] > 61) {
            throw PyErrors.valueError("seconds out of range");
        }
        if (f[6] < 0) {
            throw PyErrors.valueError("day of week out of range");
        }
        f[6] %= 7;
        if (f[7] == 0) {
            f[7] = 1;
        } else if (f[7] < 0 || f[7] > 366) {
            throw PyErrors.valueError("day of year out of range");
        }
    }

    private static String asctime(int[] f) {
        return String.format(Locale.ROOT, "%s %s%3d %02d:%02d:%02d %d", DAYS[Math.floorMod(f[6], 7)].substring(0, 3),
                MONTHS[Math.floorMod(f[1] - 1, 12)].substring(0, 3), f[2], f[3], f[4], f[5], f[0]);
    }

    /** glibc's strftime in the C locale, with its -, _, 0 and ^ flags. */
    static String strftime(String fmt, int[] f, ZoneOffset offset, String zoneName) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            int start = i;
            char flag = 0;
            char d = fmt.charAt(++i);
            if ((d == '-' || d == '_' || d == '0' || d == '^' || d == '#') && i + 1 < fmt.length()) {
                flag = d;
                d = fmt.charAt(++i);
            }
            String text = directive(d, f, offset, zoneName, flag);
            if (text == null) {
                sb.append(fmt, start, i + 1);
            } else {
                sb.append(flag == '^' ? text.toUpperCase(Locale.ROOT) : text);
            }
        }
        return sb.toString();
    }

    private static String num(long v, int width, char pad, char flag) {
        if (flag == '-') {
            return Long.toString(v);
        }
        char p = flag == '_' ? ' ' : flag == '0' ? '0' : pad;
        String s = Long.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder(v < 0 ? "-" : "");
        for (int k = s.length() + (v < 0 ? 1 : 0); k < width; k++) {
            sb.append(p);
        }
        return sb.append(s).toString();
    }

    private static String directive(char d, int[] f, ZoneOffset offset, String zoneName, char flag) {
        int year = f[0];
        int month = f[1];
        int mday = f[2];
        int hour = f[3];
        int wdayMon = f[6];              // Monday 0
        int wdaySun = (wdayMon + 1) % 7; // Sunday 0
        int yday = f[7] - 1;             // 0-based
        switch (d) {
            case 'a': return DAYS[wdayMon].substring(0, 3);
            case 'A': return DAYS[wdayMon];
            case 'b', 'h': return MONTHS[month - 1].substring(0, 3);
            case 'B': return MONTHS[month - 1];
            case 'c': return strftime("%a %b %e %H:%M:%S %Y", f, offset, zoneName);
            case 'C': return num(Math.floorDiv(year, 100), 2, '0', flag);
            case 'd': return num(mday, 2, '0', flag);
            case 'D': return strftime("%m/%d/%y", f, offset, zoneName);
            case 'e': return num(mday, 2, ' ', flag);
            case 'F': return strftime("%Y-%m-%d", f, offset, zoneName);
            case 'g': return num(Math.floorMod(isoYear(f), 100), 2, '0', flag);
            case 'G': return num(isoYear(f), 1, '0', flag);
            case 'H': return num(hour, 2, '0', flag);
            case 'I': return num(hour % 12 == 0 ? 12 : hour % 12, 2, '0', flag);
            case 'j': return num(yday + 1, 3, '0', flag);
            case 'k': return num(hour, 2, ' ', flag);
            case 'l': return num(hour % 12 == 0 ? 12 : hour % 12, 2, ' ', flag);
            case 'm': return num(month, 2, '0', flag);
            case 'M': return num(f[4], 2, '0', flag);
            case 'n': return "\n";
            case 'p': return hour < 12 ? "AM" : "PM";
            case 'P': return hour < 12 ? "am" : "pm";
            case 'r': return strftime("%I:%M:%S %p", f, offset, zoneName);
            case 'R': return strftime("%H:%M", f, offset, zoneName);
            case 's': {
                long epoch = LocalDateTime.of(year, month, Math.max(1, mday), hour, f[4], Math.min(f[5], 59))
                        .toEpochSecond(offset);
                return Long.toString(epoch);
            }
            case 'S': return num(f[5], 2, '0', flag);
            case 't': return "\t";
            case 'T': return strftime("%H:%M:%S", f, offset, zoneName);
            case 'u': return num(wdayMon + 1, 1, '0', flag);
            case 'U': return num((yday + 7 - wdaySun) / 7, 2, '0', flag);
            case 'V': return num(isoWeek(f), 2, '0', flag);
            case 'w': return num(wdaySun, 1, '0', flag);
            case 'W': return num((yday + 7 - wdayMon) / 7, 2, '0', flag);
            case 'x': return strftime("%m/%d/%y", f, offset, zoneName);
            case 'X': return strftime("%H:%M:%S", f, offset, zoneName);
            case 'y': return num(Math.floorMod(year, 100), 2, '0', flag);
            case 'Y': return num(year, 1, '0', flag);
            case 'z': {
                int total = offset.getTotalSeconds();
                int minutes = Math.abs(total) / 60;
                return (total < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d%02d", minutes / 60, minutes % 60);
            }
            case 'Z': return zoneName;
            case '%': return "%";
            default: return null;
        }
    }

    /** The ISO 8601 week-numbering year and week (from year and day of year, as glibc computes them). */
    private static LocalDate dateOf(int[] f) {
        return LocalDate.ofYearDay(f[0], Math.max(1, Math.min(f[7], LocalDate.of(f[0], 1, 1).lengthOfYear())));
    }

    private static int isoYear(int[] f) {
        return dateOf(f).get(IsoFields.WEEK_BASED_YEAR);
    }

    private static int isoWeek(int[] f) {
        return dateOf(f).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
