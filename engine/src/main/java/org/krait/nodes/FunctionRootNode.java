package org.krait.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import com.oracle.truffle.api.source.SourceSection;
import org.krait.KraitLanguage;
import org.krait.nodes.control.ReturnException;
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

    public FunctionRootNode(KraitLanguage language, FrameDescriptor descriptor, String name, Source source,
                            int line, StmtNode prologue, StmtNode body) {
        super(language, descriptor);
        this.name = name;
        this.source = source;
        this.section = source.hasCharacters() && line > 0 && line <= source.getLineCount()
                ? source.createSection(line) : source.createUnavailableSection();
        this.prologue = prologue;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        KraitContext context = KraitContext.get(this);
        if (++context.depth > context.recursionLimit) {
            context.depth--;
            throw recursionError();
        }
        try {
            prologue.executeVoid(frame);
            body.executeVoid(frame);
            return PyNone.NONE;
        } catch (ReturnException r) {
            return r.value;
        } catch (PyException e) {
            e.leaveFrame(name, source);
            throw e;
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            throw recursionError();
        } finally {
            context.depth--;
        }
    }

    private PyException recursionError() {
        CompilerDirectives.transferToInterpreter();
        PyException e = PyErrors.recursion();
        return e;
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
