package org.krait.stdlib.numpy;

import org.krait.gil.GlobalInterpreterLock;

import java.util.function.Supplier;

/**
 * Kernels over large arrays run with the GIL released, as numpy's do, so that numpy work in several threads uses
 * several cores. Small arrays keep it: dropping and retaking the lock would cost more than the work.
 */
final class Released {
    /** Elements from which an operation is worth releasing the GIL for. */
    static final long THRESHOLD = 100_000;

    private Released() {
    }

    static <T> T run(long elements, Supplier<T> kernel) {
        if (elements < THRESHOLD) {
            return kernel.get();
        }
        try (var unlocked = GlobalInterpreterLock.unlocked(null)) {
            return kernel.get();
        }
    }
}
