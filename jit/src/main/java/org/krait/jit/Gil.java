package org.krait.jit;

/**
 * THE place where jitted code leaves and re-enters the global interpreter lock (the only class of this module that
 * touches it):
 * <ul>
 * <li>the generated entry {@code invoke(Object[])} of a {@code @jit(nogil=True)} function calls {@link #release()}
 * after unboxing its arguments and {@link #acquire(Object)} with what it returned before boxing the result (also
 * when the compiled code throws), so other Python threads run while the compiled code does;</li>
 * <li>{@code print()} inside such code takes the lock back for the print: {@link #reacquire()} and
 * {@link #releaseAgain(Object)} around it.</li>
 * </ul>
 * Without {@code nogil=True} the lock stays held, as in Numba.
 *
 * <p>The engine's GIL is built separately; until this branch meets it these methods do nothing. Wiring with the
 * engine's {@code org.krait.gil.GlobalInterpreterLock}:
 * {@code release()} returns {@code GlobalInterpreterLock.unlocked(null)} and {@code acquire(h)} calls
 * {@code ((GlobalInterpreterLock.Unlocked) h).close()}; {@code reacquire()} takes the lock with
 * {@code acquireIfNotHeld} (returning the lock when it took it, else null) and {@code releaseAgain(l)} calls
 * {@code release()} on a non-null {@code l}.
 */
public final class Gil {
    private Gil() {
    }

    /** Drops the GIL; returns what {@link #acquire} needs to take it back. */
    public static Object release() {
        return null;
    }

    /** Takes the GIL back after {@link #release}. */
    public static void acquire(Object released) {
    }

    /** In code running without the GIL: takes it for a moment; returns what {@link #releaseAgain} needs. */
    public static Object reacquire() {
        return null;
    }

    /** Drops the GIL taken by {@link #reacquire}. */
    public static void releaseAgain(Object taken) {
    }
}
