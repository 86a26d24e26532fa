package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.Arrays;

/**
 * An instance of a class defined by a program. Attributes live in {@link #slots} as described by
 * {@link #layout}; once a program asks for {@code __dict__}, they move to a real dict for good
 * ({@code layout == null}), so that changes through the dict and through attributes stay one.
 */
public final class PyInstance extends PyObject {
    private Layout layout;
    private Object[] slots;

    public PyInstance(PyType type) {
        super(type);
        this.layout = type.rootLayout();
        this.slots = new Object[type.instanceSlots()];
    }

    public Layout layout() {
        return layout;
    }

    public Object slot(int index) {
        return slots[index];
    }

    public void setSlot(int index, Object value) {
        slots[index] = value;
    }

    /** Adds an attribute at the end of the current layout, giving the instance {@code next} (= layout.with(name)). */
    public void addSlot(Layout next, Object value) {
        int index = next.size() - 1;
        if (index >= slots.length) {
            slots = Arrays.copyOf(slots, next.size());
        }
        slots[index] = value;
        layout = next;
    }

    @TruffleBoundary
    public Object getAttribute(String name) {
        if (layout == null) {
            return instanceDict().get(name);
        }
        int i = layout.indexOf(name);
        return i < 0 ? null : slots[i];
    }

    @TruffleBoundary
    public void setAttribute(String name, Object value) {
        if (layout == null) {
            instanceDict().put(name, value);
            return;
        }
        int i = layout.indexOf(name);
        if (i >= 0) {
            slots[i] = value;
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
                d.put(layout.name(i), slots[i]);
            }
            setInstanceDict(d);
            layout = null;
            slots = null;
        }
        return instanceDict();
    }
}
