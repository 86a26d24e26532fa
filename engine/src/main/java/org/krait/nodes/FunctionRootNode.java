package org.krait.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import org.krait.KraitLanguage;
import org.krait.gil.GilTicks;
import org.krait.gil.ThreadState;
import org.krait.runtime.KraitContext;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyNone;

/**
 * The root of a Python function. Frame arguments are {@code [function, slot0, slot1, ...]}; the prologue
 * (written by the translator) moves them into local slots and sets up closure cells.
 */
public final class FunctionRootNode extends RootNode {
    private final String name;
    private final Source source;
    private final SourceSection section;
    @Child private StmtNode prologue;
    @Child private StmtNode body;
    /** The value of a final {@code return}, evaluated without unwinding; null when the body ends otherwise. */
    @Child private ExprNode tail;
    private final int tailLine;
    private final int returnSlot;

    public FunctionRootNode(KraitLanguage language, FrameDescriptor descriptor, String name, Source source,
                            int line, StmtNode prologue, StmtNode body, ExprNode tail, int tailLine, int returnSlot) {
        super(language, descriptor);
        this.name = name;
        this.source = source;
        this.section = source.hasCharacters() && line > 0 && line <= source.getLineCount()
                ? source.createSection(line) : source.createUnavailableSection();
        this.prologue = prologue;
        this.body = body;
        this.tail = tail;
        this.tailLine = tailLine;
        this.returnSlot = returnSlot;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        ThreadState thread = context.threadState();
        GilTicks.tick(this);
        thread.enterFrame(context.recursionLimit);
        try {
            prologue.execute(frame);
            if (body.execute(frame) == StmtNode.RETURN) {
                return frame.getObject(returnSlot);
            }
            return tail == null ? PyNone.NONE : tail.execute(frame);
        } catch (PyException e) {
            e.recordLine(tailLine);
            e.leaveFrame(name, source);
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw recursionError();
        } finally {
            thread.leaveFrame();
        }
    }

    private PyException recursionError() {
        CompilerDirectives.transferToInterpreter();
        PyException e = PyErrors.recursion();
        return e;
    }

    /** The line of the final {@code return} evaluated as the tail expression, or -1. */
    public int tailLine() {
        return tailLine;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public SourceSection getSourceSection() {
        return section;
    }

    @Override
    public String toString() {
        return name;
    }
}
