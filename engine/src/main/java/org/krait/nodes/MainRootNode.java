package org.krait.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import org.krait.KraitLanguage;
import org.krait.gil.GlobalInterpreterLock;
import org.krait.gil.ThreadState;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.KraitContext;
import org.krait.runtime.PyException;
import org.krait.runtime.PyNone;
import org.krait.runtime.Repr;

/**
 * What {@code Context.eval} runs: compiles the source on first use and runs it in {@code __main__}, holding the
 * GIL (the calling thread takes it unless it holds it already). An
 * exception that escapes is stored as {@code sys.last_value} (so a launcher can hand it to
 * {@code sys.excepthook}) and rethrown to the embedder.
 */
public final class MainRootNode extends RootNode {
    private final Source source;
    /** Whether eval returns the value of a final expression statement (else the exit status 0). */
    private final boolean keepResult;
    private ModuleRootNode code;

    public MainRootNode(KraitLanguage language, Source source, boolean keepResult) {
        super(language);
        this.source = source;
        this.keepResult = keepResult;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        CompilerDirectives.transferToInterpreter();
        return run(KraitContext.get(this));
    }

    @TruffleBoundary
    private Object run(KraitContext context) {
        GlobalInterpreterLock gil = context.gil();
        ThreadState thread = context.threadStateOfCurrentThread();
        boolean took = gil.acquireIfNotHeld(thread, this);
        try {
            if (code == null) {
                code = ((KraitLanguage) getLanguage(KraitLanguage.class)).compile(source, keepResult);
            }
            Object result = code.run(context.mainModule(source));
            return keepResult ? result : 0;
        } catch (PyException e) {
            context.setLastException(e);
            if (e.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                reportExitMessage(context, e);
            }
            throw e;
        } finally {
            context.flushStreams();
            if (took && gil.isHeldByCurrentThread()) {
                gil.release();
            }
        }
    }

    /** {@code sys.exit("message")} prints the message and exits with 1, as CPython does. */
    private static void reportExitMessage(KraitContext context, PyException e) {
        Object code = e.exception().args().size() == 0 ? PyNone.NONE : e.exception().args().get(0);
        if (code != PyNone.NONE && !(code instanceof Long) && !(code instanceof Boolean)) {
            context.stdout.flush();
            context.stderr.write(Repr.str(code) + "\n");
        }
    }
}
