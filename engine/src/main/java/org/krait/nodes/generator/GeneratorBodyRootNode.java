package org.krait.nodes.generator;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import org.krait.KraitLanguage;
import org.krait.nodes.StmtNode;
import org.krait.gil.GilTicks;
import org.krait.gil.ThreadState;
import org.krait.runtime.KraitContext;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyException;
import org.krait.runtime.PyGenerator;

/**
 * Runs a generator's body on the generator's saved frame until the next yield (returns the value) or the end
 * (returns {@link PyGenerator#FINISHED}).
 */
public final class GeneratorBodyRootNode extends RootNode {
    private final String name;
    private final Source source;
    @Child private StmtNode body;
    private final int returnSlot;

    public GeneratorBodyRootNode(KraitLanguage language, String name, Source source, StmtNode body, int returnSlot) {
        super(language);
        this.returnSlot = returnSlot;
        this.name = name;
        this.source = source;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        PyGenerator generator = (PyGenerator) frame.getArguments()[0];
        KraitContext context = KraitContext.get(this);
        ThreadState thread = context.threadState();
        GilTicks.tick(this);
        thread.enterFrame(context.recursionLimit);
        try {
            if (body.execute(generator.frame()) == StmtNode.RETURN) {
                generator.setReturnValue(generator.frame().getObject(returnSlot));
            }
            return PyGenerator.FINISHED;
        } catch (YieldException y) {
            return y.value;
        } catch (PyException e) {
            e.leaveFrame(name, source);
            throw e;
        } finally {
            thread.leaveFrame();
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public com.oracle.truffle.api.source.SourceSection getSourceSection() {
        return source.createUnavailableSection();
    }
}
