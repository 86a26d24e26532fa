package org.krait.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import org.krait.KraitLanguage;
import org.krait.nodes.StmtNode;
import org.krait.runtime.PyGenerator;
import org.krait.runtime.PyType;

/** Calling a generator function: binds the arguments into a frame that outlives the call, returns the generator. */
public final class GeneratorRootNode extends RootNode {
    private final String name;
    private final String qualname;
    @Child private StmtNode prologue;
    private final int generatorSlot;
    private final RootCallTarget body;
    /** The type of the objects made: generator, coroutine or async_generator. */
    private final PyType kind;

    public GeneratorRootNode(KraitLanguage language, FrameDescriptor descriptor, PyType kind, String name,
                             String qualname, StmtNode prologue, int generatorSlot, RootCallTarget body) {
        super(language, descriptor);
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
        this.prologue = prologue;
        this.generatorSlot = generatorSlot;
        this.body = body;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        prologue.execute(frame);
        MaterializedFrame saved = frame.materialize();
        PyGenerator generator = new PyGenerator(kind, saved, body, name, qualname);
        saved.setObject(generatorSlot, generator);
        return generator;
    }

    @Override
    public String getName() {
        return name;
    }
}
