package org.krait.nodes;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import org.krait.KraitLanguage;
import org.krait.gil.ThreadState;
import org.krait.runtime.KraitContext;
import org.krait.runtime.PyException;
import org.krait.runtime.PyModule;
import org.krait.runtime.PyNone;

/** The code of a module. Frame argument 0 is the module whose globals the code uses. */
public final class ModuleRootNode extends RootNode {
    private final Source source;
    @Child private StmtNode body;
    /** For interactive input and {@code eval}: the value of the final expression statement. */
    @Child private ExprNode result;
    private final int resultLine;

    public ModuleRootNode(KraitLanguage language, FrameDescriptor descriptor, Source source, StmtNode body,
                          ExprNode result, int resultLine) {
        super(language, descriptor);
        this.source = source;
        this.body = body;
        this.result = result;
        this.resultLine = resultLine;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        ThreadState thread = context.threadState();
        thread.enterFrame(context.recursionLimit);  // a module body is a frame too, as in CPython
        try {
            body.execute(frame);  // a module-level return, break or continue is a SyntaxError
            return result == null ? PyNone.NONE : result.execute(frame);
        } catch (PyException e) {
            e.recordLine(resultLine);
            e.leaveFrame("<module>", source);
            throw e;
        } finally {
            thread.leaveFrame();
        }
    }

    /** Runs this code in {@code module}. */
    @TruffleBoundary
    public Object run(PyModule module) {
        return getCallTarget().call(module);
    }

    @Override
    public SourceSection getSourceSection() {
        return source.createUnavailableSection();
    }

    /** The line of the final expression statement whose value is the module's result, or -1. */
    public int resultLine() {
        return resultLine;
    }

    @Override
    public String getName() {
        return "<module>";
    }
}
