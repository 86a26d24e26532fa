package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attribute names an instance has, in the order they were added; the instance keeps the values in an
 * array in the same order (a "hidden class"). Instances that gain the same attributes in the same order
 * share one layout, so attribute nodes cache (layout, index) and read a field of an array.
 * Layouts belong to one class, so a layout also identifies the instance's type.
 */
public final class Layout {
    private final PyType type;
    private final String[] names;
    private final ConcurrentHashMap<String, Layout> transitions = new ConcurrentHashMap<>();

    private Layout(PyType type, String[] names) {
        this.type = type;
        this.names = names;
    }

    static Layout root(PyType type) {
        return new Layout(type, new String[0]);
    }

    public PyType type() {
        return type;
    }

    public int size() {
        return names.length;
    }

    public String name(int i) {
        return names[i];
    }

    /** The index of {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** This layout plus {@code name} at the end (the same object every time). */
    @TruffleBoundary
    public Layout with(String name) {
        return transitions.computeIfAbsent(name, n -> {
            String[] more = Arrays.copyOf(names, names.length + 1);
            more[names.length] = n;
            return new Layout(type, more);
        });
    }
}
