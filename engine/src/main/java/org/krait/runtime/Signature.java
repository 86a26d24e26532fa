package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameter list of a function or builtin, and the binding of call arguments to parameter slots.
 * Slots are ordered: positional parameters (positional-only first), then {@code *args}, the keyword-only
 * parameters, then {@code **kwargs}.
 */
public final class Signature {
    /** Default of an optional builtin parameter that has no Python-visible default value. */
    public static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    private final String[] names;
    private final int posOnly;
    private final int positional;
    private final boolean varArgs;
    private final int kwOnly;
    private final boolean varKw;

    public Signature(String[] names, int posOnly, int positional, boolean varArgs, int kwOnly, boolean varKw) {
        this.names = names;
        this.posOnly = posOnly;
        this.positional = positional;
        this.varArgs = varArgs;
        this.kwOnly = kwOnly;
        this.varKw = varKw;
    }

    /** A signature with defaults, parsed from Python syntax such as {@code "x, /, base=10, *, key=None"}. */
    public record Parsed(Signature signature, Object[] defaults, Object[] kwDefaults) {
    }

    /** Parses a builtin's parameter list. Defaults may be None, True, False, numbers, 'text' or ? (MISSING). */
    public static Parsed parse(String spec) {
        List<String> names = new ArrayList<>();
        List<Object> defaults = new ArrayList<>();
        List<Object> kwDefaults = new ArrayList<>();
        int posOnly = 0;
        int positional = 0;
        boolean varArgs = false;
        boolean varKw = false;
        boolean inKwOnly = false;
        for (String raw : spec.isBlank() ? new String[0] : spec.split(",")) {
            String p = raw.strip();
            if (p.equals("/")) {
                posOnly = positional;
            } else if (p.equals("*")) {
                inKwOnly = true;
            } else if (p.startsWith("**")) {
                varKw = true;
                names.add(p.substring(2));
            } else if (p.startsWith("*")) {
                varArgs = true;
                inKwOnly = true;
                names.add(p.substring(1));
            } else {
                int eq = p.indexOf('=');
                String name = eq < 0 ? p : p.substring(0, eq).strip();
                Object dflt = eq < 0 ? null : literal(p.substring(eq + 1).strip());
                names.add(name);
                if (inKwOnly) {
                    kwDefaults.add(dflt);
                } else {
                    positional++;
                    if (dflt != null) {
                        defaults.add(dflt);
                    }
                }
            }
        }
        Signature sig = new Signature(names.toArray(new String[0]), posOnly, positional, varArgs, kwDefaults.size(),
                varKw);
        return new Parsed(sig, defaults.toArray(), kwDefaults.toArray());
    }

    private static Object literal(String s) {
        return switch (s) {
            case "None" -> PyNone.NONE;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "?" -> MISSING;
            default -> {
                if (s.startsWith("'")) {
                    yield s.substring(1, s.length() - 1).replace("\\n", "\n");
                } else if (s.contains(".") || s.contains("e")) {
                    yield Double.parseDouble(s);
                }
                yield Long.parseLong(s);
            }
        };
    }

    public int slotCount() {
        return names.length;
    }

    public String[] names() {
        return names;
    }

    public int positional() {
        return positional;
    }

    public int posOnly() {
        return posOnly;
    }

    public boolean hasVarArgs() {
        return varArgs;
    }

    public boolean hasVarKw() {
        return varKw;
    }

    public int kwOnly() {
        return kwOnly;
    }

    /** True when a call with exactly {@link #positional()} positional arguments maps them 1:1 onto the slots. */
    public boolean isSimple() {
        return !varArgs && !varKw && kwOnly == 0;
    }

    /**
     * Binds a call's arguments to slots.
     *
     * @param fname name used in error messages (CPython uses the qualified name)
     * @param kwNames keyword argument names, parallel to {@code kwValues}; may be empty
     */
    @TruffleBoundary
    public Object[] bind(String fname, Object[] defaults, Object[] kwDefaults, Object[] args, String[] kwNames,
                         Object[] kwValues) {
        Object[] slots = new Object[names.length];
        int nargs = args.length;
        if (nargs > positional && !varArgs) {
            throw tooManyPositional(fname, defaults, nargs, kwNames);
        }
        System.arraycopy(args, 0, slots, 0, Math.min(nargs, positional));
        int kwStart = positional + (varArgs ? 1 : 0);
        if (varArgs) {
            Object[] extra = nargs > positional ? java.util.Arrays.copyOfRange(args, positional, nargs) : new Object[0];
            slots[positional] = new PyTuple(extra);
        }
        PyDict extraKw = varKw ? new PyDict() : null;
        List<String> posOnlyAsKw = null;
        for (int k = 0; k < kwNames.length; k++) {
            String kw = kwNames[k];
            int slot = slotOf(kw);
            if (slot < 0) {
                if (extraKw == null) {
                    if (posOnlyIndex(kw) >= 0) {
                        if (posOnlyAsKw == null) {
                            posOnlyAsKw = new ArrayList<>();
                        }
                        posOnlyAsKw.add(kw);
                        continue;
                    }
                    throw PyErrors.typeError(fname + "() got an unexpected keyword argument '" + kw + "'");
                }
                extraKw.put(kw, kwValues[k]);
            } else if (slots[slot] != null) {
                throw PyErrors.typeError(fname + "() got multiple values for argument '" + kw + "'");
            } else {
                slots[slot] = kwValues[k];
            }
        }
        if (posOnlyAsKw != null) {
            throw PyErrors.typeError(fname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posOnlyAsKw) + "'");
        }
        if (varKw) {
            slots[names.length - 1] = extraKw;
        }
        List<String> missing = null;
        int firstDefault = positional - defaults.length;
        for (int i = nargs; i < positional; i++) {
            if (slots[i] == null) {
                if (i >= firstDefault) {
                    slots[i] = defaults[i - firstDefault];
                } else {
                    missing = add(missing, names[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(fname, missing, "positional");
        }
        for (int i = 0; i < kwOnly; i++) {
            if (slots[kwStart + i] == null) {
                Object d = kwDefaults[i];
                if (d == null) {
                    missing = add(missing, names[kwStart + i]);
                } else {
                    slots[kwStart + i] = d;
                }
            }
        }
        if (missing != null) {
            throw missingArgs(fname, missing, "keyword-only");
        }
        return slots;
    }

    private int slotOf(String kw) {
        for (int i = posOnly; i < names.length; i++) {
            boolean isStarSlot = (varArgs && i == positional) || (varKw && i == names.length - 1);
            if (!isStarSlot && names[i].equals(kw)) {
                return i;
            }
        }
        return -1;
    }

    private int posOnlyIndex(String kw) {
        for (int i = 0; i < posOnly; i++) {
            if (names[i].equals(kw)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> add(List<String> list, String name) {
        List<String> l = list == null ? new ArrayList<>() : list;
        l.add(name);
        return l;
    }

    private PyException tooManyPositional(String fname, Object[] defaults, int given, String[] kwNames) {
        int min = positional - defaults.length;
        String takes = min == positional ? String.valueOf(positional) : "from " + min + " to " + positional;
        String plural = min == positional && positional == 1 ? "argument" : "arguments";
        return PyErrors.typeError(fname + "() takes " + takes + " positional " + plural + " but " + given
                + (given == 1 ? " was" : " were") + " given");
    }

    private static PyException missingArgs(String fname, List<String> missing, String kind) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < missing.size(); i++) {
            if (i > 0) {
                sb.append(missing.size() == 2 ? " and " : i == missing.size() - 1 ? ", and " : ", ");
            }
            sb.append('\'').append(missing.get(i)).append('\'');
        }
        return PyErrors.typeError(fname + "() missing " + missing.size() + " required " + kind + " argument"
                + (missing.size() == 1 ? "" : "s") + ": " + sb);
    }
}
