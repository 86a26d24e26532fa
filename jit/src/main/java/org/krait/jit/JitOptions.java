package org.krait.jit;

import org.krait.jit.types.JitType;

import java.util.Map;

/**
 * The options of {@code @jit}: Numba's ({@code nopython}, {@code nogil}, {@code cache}, {@code parallel},
 * {@code fastmath}, {@code boundscheck}, {@code error_model}, {@code forceobj}, {@code locals}) plus Krait's
 * {@code overflow}: {@code 'raise'} (default) makes int64 arithmetic raise OverflowError instead of wrapping
 * around; {@code 'wrap'} gives Numba's (and C's) wraparound.
 *
 * <p>{@code fastmath} is accepted and has no effect: the JVM evaluates floating point strictly (IEEE 754), so the
 * results are those of Numba without fastmath.
 */
public record JitOptions(boolean nopython, boolean nogil, boolean cache, boolean parallel, boolean fastmath,
                         boolean boundscheck, boolean numpyErrorModel, boolean wrapOverflow, boolean forceObject,
                         Map<String, JitType> locals) {
    public static final JitOptions DEFAULT = new JitOptions(true, false, false, false, false, false, false, false,
            false, Map.of());

    public JitOptions {
        locals = Map.copyOf(locals);
    }

    /** The part of the options that changes generated code (part of the cache key). */
    public String codegenKey() {
        return "boundscheck=" + boundscheck + ",error_model=" + (numpyErrorModel ? "numpy" : "python")
                + ",overflow=" + (wrapOverflow ? "wrap" : "raise") + ",parallel=" + parallel + ",nogil=" + nogil
                + ",locals=" + new java.util.TreeMap<>(locals.entrySet().stream().collect(
                java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().typeName())));
    }
}
