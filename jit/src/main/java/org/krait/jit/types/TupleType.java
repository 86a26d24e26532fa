package org.krait.jit.types;

import java.util.List;
import java.util.stream.Collectors;

/** A tuple of fixed length; homogeneous ones print as Numba's {@code UniTuple(int64 x 2)}. */
public record TupleType(List<JitType> items) implements JitType {
    public TupleType {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }

    public JitType get(int i) {
        return items.get(i);
    }

    /** The common item type when every item has the same type, else null. */
    public JitType uniform() {
        if (items.isEmpty()) {
            return null;
        }
        JitType first = items.get(0);
        return items.stream().allMatch(first::equals) ? first : null;
    }

    @Override
    public String typeName() {
        JitType u = uniform();
        if (u != null) {
            return "UniTuple(" + u.typeName() + " x " + items.size() + ")";
        }
        return "Tuple(" + items.stream().map(JitType::typeName).collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public String toString() {
        return typeName();
    }
}
