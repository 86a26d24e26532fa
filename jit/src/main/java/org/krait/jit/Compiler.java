package org.krait.jit;

import org.krait.jit.cache.JitCache;
import org.krait.jit.codegen.ClassData;
import org.krait.jit.codegen.CodeGenerator;
import org.krait.jit.codegen.CompiledEntry;
import org.krait.jit.codegen.GeneratedClass;
import org.krait.jit.gen.Anchor;
import org.krait.jit.infer.FunctionTyping;
import org.krait.jit.infer.TypingSession;
import org.krait.jit.types.JitType;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Compiles a signature: types it (with the not yet compiled signatures it calls), generates one class per typed
 * signature, defines them as hidden classes and links their calls to each other. One compilation at a time, as
 * Numba's global compiler lock does.
 */
final class Compiler {
    static final ReentrantLock LOCK = new ReentrantLock();

    private Compiler() {
    }

    /** The overload of {@code d} for {@code args}, compiling it (and its callees) first if needed. */
    static Overload compile(Dispatcher d, List<JitType> args, JitType declaredReturn) {
        LOCK.lock();
        try {
            Overload existing = d.overload(args);
            if (existing != null) {
                return existing;
            }
            TypingSession session = new TypingSession();
            session.type(d, args, declaredReturn);
            List<GeneratedClass> classes = new ArrayList<>();
            for (FunctionTyping ft : session.created()) {
                classes.add(generate(ft));
            }
            define(classes);
            return d.overload(args);
        } finally {
            LOCK.unlock();
        }
    }

    /** The class of {@code ft}: from the disk cache with cache=True when it is there and current. */
    private static GeneratedClass generate(FunctionTyping ft) {
        if (!ft.options().cache()) {
            return CodeGenerator.generate(ft);
        }
        GeneratedClass cached = JitCache.load(ft);
        ft.dispatcher().stats().record(ft.argTypes(), cached != null);
        if (cached != null) {
            return cached;
        }
        GeneratedClass g = CodeGenerator.generate(ft);
        JitCache.store(g);
        return g;
    }

    /** Records that {@code args} run in the interpreter (nopython=False after a failed compilation). */
    static Overload objectMode(Dispatcher d, List<JitType> args) {
        LOCK.lock();
        try {
            Overload existing = d.overload(args);
            if (existing != null) {
                return existing;
            }
            Overload o = Overload.objectMode(args);
            d.addOverload(o);
            return o;
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * Defines a batch of generated classes. A call to a signature of the same batch goes through a mutable call
     * site bound once every class exists (they may call each other); a call to an earlier one is constant.
     */
    static void define(List<GeneratedClass> classes) {
        Map<FunctionTyping, MutableCallSite> pending = new IdentityHashMap<>();
        Map<FunctionTyping, GeneratedClass> batch = new IdentityHashMap<>();
        for (GeneratedClass g : classes) {
            batch.put(g.typing(), g);
        }
        List<Overload> defined = new ArrayList<>();
        ClassLoader loader = Anchor.class.getClassLoader();
        for (GeneratedClass g : classes) {
            List<Object> data = new ArrayList<>();
            for (ClassData entry : g.data()) {
                data.add(switch (entry) {
                    case ClassData.ExceptionClass e -> e.type();
                    case ClassData.Callee c -> {
                        FunctionTyping callee = c.callee();
                        if (batch.containsKey(callee)) {
                            MethodType type = MethodType.fromMethodDescriptorString(batch.get(callee).descriptor(),
                                    loader);
                            yield pending.computeIfAbsent(callee, k -> new MutableCallSite(type));
                        }
                        Overload o = callee.dispatcher().overload(callee.argTypes());
                        yield (CallSite) new ConstantCallSite(o.handle());
                    }
                });
            }
            defined.add(defineClass(g, data, loader));
        }
        for (Map.Entry<FunctionTyping, MutableCallSite> e : pending.entrySet()) {
            for (Overload o : defined) {
                if (o.typing() == e.getKey()) {
                    e.getValue().setTarget(o.handle());
                }
            }
        }
        MutableCallSite.syncAll(pending.values().toArray(new MutableCallSite[0]));
        for (Overload o : defined) {
            o.typing().dispatcher().addOverload(o);
        }
    }

    private static Overload defineClass(GeneratedClass g, List<Object> data, ClassLoader loader) {
        try {
            MethodHandles.Lookup lookup = Anchor.lookup().defineHiddenClassWithClassData(g.bytes(), List.copyOf(data),
                    true);
            Class<?> cls = lookup.lookupClass();
            MethodHandle handle = lookup.findStatic(cls, g.methodName(),
                    MethodType.fromMethodDescriptorString(g.descriptor(), loader));
            CompiledEntry entry = (CompiledEntry) lookup.findConstructor(cls, MethodType.methodType(void.class))
                    .invoke();
            FunctionTyping ft = g.typing();
            return new Overload(ft.argTypes(), ft, g, handle, entry);
        } catch (Throwable t) {
            throw new IllegalStateException("cannot define the class generated for " + g.typing().function().name()
                    + g.typing().signatureText(), t);
        }
    }
}
