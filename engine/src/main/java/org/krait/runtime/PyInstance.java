package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.Arrays;

/**
 * An instance of a class defined by a program. Attributes live in {@link #slots} as described by
 * {@link #layout}; once a program asks for {@code __dict__}, they move to a real dict for good
 * ({@code layout == null}), so that changes through the dict and through attributes stay one.
 */
public final class PyInstance extends PyObject {
    /** Attributes 0-3 live in fields, so small objects need no array and compiled code can keep them in registers. */
    private static final int FIELDS = 4;

    private Layout layout;
    private Object f0;
    private Object f1;
    private Object f2;
    private Object f3;
    private Object[] more;

    public PyInstance(PyType type) {
        super(type);
        this.layout = type.rootLayout();
    }

    public Layout layout() {
        return layout;
    }

    public Object slot(int index) {
        return switch (index) {
            case 0 -> f0;
            case 1 -> f1;
            case 2 -> f2;
            case 3 -> f3;
            default -> more[index - FIELDS];
        };
    }

    public void setSlot(int index, Object value) {
        switch (index) {
            case 0 -> f0 = value;
            case 1 -> f1 = value;
            case 2 -> f2 = value;
            case 3 -> f3 = value;
            default -> more[index - FIELDS] = value;
        }
    }

    /** Adds an attribute at the end of the current layout, giving the instance {@code next} (= layout.with(name)). */
    public void addSlot(Layout next, Object value) {
        int index = next.size() - 1;
        if (index >= FIELDS) {
            int needed = index - FIELDS + 1;
            if (more == null) {
                more = new Object[Math.max(needed, 4)];
            } else if (needed > more.length) {
                more = Arrays.copyOf(more, Math.max(needed, more.length * 2));
            }
        }
        setSlot(index, value);
        layout = next;
    }

    @TruffleBoundary
    public Object getAttribute(String name) {
        if (layout == null) {
            return instanceDict().get(name);
        }
        int i = layout.indexOf(name);
        return i < 0 ? null : slot(i);
    }

    @TruffleBoundary
    public void setAttribute(String name, Object value) {
        if (layout == null) {
            instanceDict().put(name, value);
            return;
        }
        int i = layout.indexOf(name);
        if (i >= 0) {
            setSlot(i, value);
        } else {
            addSlot(layout.with(name), value);
        }
    }

    /** Removes an attribute; false when it was absent. */
    @TruffleBoundary
    public boolean deleteAttribute(String name) {
        if (layout != null && layout.indexOf(name) < 0) {
            return false;
        }
        return dict().remove(name) != null;
    }

    /** {@code obj.__dict__}: from now on the attributes live in this dict. */
    @TruffleBoundary
    public PyDict dict() {
        if (layout != null) {
            PyDict d = new PyDict();
            for (int i = 0; i < layout.size(); i++) {
                d.put(layout.name(i), slot(i));
            }
            setInstanceDict(d);
            layout = null;
            f0 = f1 = f2 = f3 = null;
            more = null;
        }
        return instanceDict();
    }
}
