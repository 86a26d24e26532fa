package org.krait.jit.types;

/** What {@code range(...)} and {@code prange(...)} produce: something to loop over (Numba's {@code range_state64}). */
public record RangeType(boolean parallel) implements JitType {
    @Override
    public String typeName() {
        return "range_state64";
    }

    @Override
    public String toString() {
        return typeName();
    }
}
