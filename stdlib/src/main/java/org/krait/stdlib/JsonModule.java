package org.krait.stdlib;

import org.krait.runtime.Calls;
import org.krait.runtime.KraitContext;
import org.krait.runtime.ModuleProvider;
import org.krait.runtime.Ops;
import org.krait.runtime.PyBaseException;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyList;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyTuple;
import org.krait.runtime.Strings;

import java.util.Set;

/**
 * {@code _json}: the JSON encoder and decoder behind the json package ({@link JsonEncoder}, {@link JsonDecoder}).
 * json/decoder.py registers its JSONDecodeError class here, which decoding errors raise. Offsets exchanged with
 * Python code are in code points.
 */
public final class JsonModule implements ModuleProvider {
    @Override
    public Set<String> moduleNames() {
        return Set.of("_json");
    }

    @Override
    public PyModule create(String name, KraitContext context) {
        PyModule m = new PyModule("_json");
        Object sorted = context.builtins().getAttribute("sorted");
        // one_shot: the whole text at once (CPython's C encoder); else the chunks of its Python encoder
        m.def("_json.encode", "obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent, "
                + "item_separator, key_separator, default, one_shot, /", a -> {
                    JsonEncoder e = new JsonEncoder(Ops.isTrue(a[1]), Ops.isTrue(a[2]), Ops.isTrue(a[3]),
                            Ops.isTrue(a[4]), Ops.isTrue(a[5]), a[6] == PyNone.NONE ? null : (String) a[6],
                            (String) a[7], (String) a[8], orNull(a[9]), sorted);
                    return Ops.isTrue(a[10]) ? e.encode(a[0]) : new PyList(e.chunks(a[0]).toArray());
                });
        m.def("_json.encode_basestring", "s, /", a -> quote(a[0], false));
        m.def("_json.encode_basestring_ascii", "s, /", a -> quote(a[0], true));
        // json.loads: leading and trailing whitespace allowed, anything else after the value is "Extra data"
        m.def("_json.decode", "s, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, /",
                a -> {
                    String s = (String) a[0];
                    JsonDecoder d = decoder(s, a);
                    Object[] r = scan(m, s, d, JsonDecoder.skipWhitespace(s, 0));
                    int end = JsonDecoder.skipWhitespace(s, (Integer) r[1]);
                    if (end != s.length()) {
                        throw decodeError(m, "Extra data", s, end);
                    }
                    return r[0];
                });
        m.def("_json.raw_decode", "s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, "
                + "parse_constant, /", a -> {
                    String s = (String) a[0];
                    long idx = Ops.index(a[1]);
                    if (idx < 0) {
                        throw PyErrors.valueError("idx cannot be negative");
                    }
                    Object[] hooks = new Object[]{a[0], a[2], a[3], a[4], a[5], a[6], a[7]};
                    int start = (int) Math.min(idx, Strings.length(s));
                    Object[] r = scan(m, s, decoder(s, hooks), Strings.offset(s, start));
                    return PyTuple.of(r[0], (long) Strings.index(s, (Integer) r[1]));
                });
        return m;
    }

    private static Object orNull(Object o) {
        return o == PyNone.NONE ? null : o;
    }

    private static String quote(Object s, boolean ascii) {
        if (!(s instanceof String str)) {
            throw PyErrors.typeError("first argument must be a string, not " + Ops.typeName(s));
        }
        StringBuilder sb = new StringBuilder();
        JsonEncoder.string(sb, str, ascii);
        return sb.toString();
    }

    /** The decoder for {@code a = (s, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant)}. */
    private static JsonDecoder decoder(String s, Object[] a) {
        return new JsonDecoder(s, Ops.isTrue(a[1]), orNull(a[2]), orNull(a[3]), orNull(a[4]), orNull(a[5]),
                orNull(a[6]));
    }

    private static Object[] scan(PyModule m, String s, JsonDecoder d, int start) {
        try {
            return d.scan(start);
        } catch (JsonDecoder.Failure f) {
            throw decodeError(m, f.msg, s, f.pos);
        }
    }

    private static PyException decodeError(PyModule m, String msg, String doc, int charPos) {
        Object cls = m.getAttribute("JSONDecodeError");
        long pos = Strings.index(doc, charPos);
        if (cls == null) {
            return PyErrors.valueError(msg + " (char " + pos + ")");
        }
        return new PyException((PyBaseException) Calls.call(cls, msg, doc, pos));
    }
}
