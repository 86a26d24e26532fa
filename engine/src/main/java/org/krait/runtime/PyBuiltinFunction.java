package org.krait.runtime;

/** A function implemented in Java, such as {@code len} or {@code str.upper}. */
public final class PyBuiltinFunction extends PyObject {
    private final String name;
    private final String qualname;
    private final Signature signature;
    private final Object[] defaults;
    private final Object[] kwDefaults;
    private final BuiltinImpl impl;

    public PyBuiltinFunction(String qualname, String parameters, BuiltinImpl impl) {
        super(PyType.BUILTIN_FUNCTION);
        Signature.Parsed p = Signature.parse(parameters);
        this.qualname = qualname;
        this.name = qualname.substring(qualname.lastIndexOf('.') + 1);
        this.signature = p.signature();
        this.defaults = p.defaults();
        this.kwDefaults = p.kwDefaults();
        this.impl = impl;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public Signature signature() {
        return signature;
    }

    public BuiltinImpl impl() {
        return impl;
    }

    /** Binds the arguments (error messages name the function as CPython does) and runs the body. */
    public Object call(Object[] args, String[] kwNames, Object[] kwValues) {
        if (kwNames.length == 0 && args.length == signature.slotCount() && signature.isSimple()) {
            return impl.call(args);
        }
        return impl.call(signature.bind(name, defaults, kwDefaults, args, kwNames, kwValues));
    }
}
