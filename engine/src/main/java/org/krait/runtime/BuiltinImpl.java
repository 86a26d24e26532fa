package org.krait.runtime;

/** The Java body of a builtin function; receives its arguments already bound to the signature's slots. */
@FunctionalInterface
public interface BuiltinImpl {
    Object call(Object[] slots);
}
