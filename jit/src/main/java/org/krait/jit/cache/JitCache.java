package org.krait.jit.cache;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage;
import org.krait.jit.codegen.ClassData;
import org.krait.jit.codegen.GeneratedClass;
import org.krait.jit.infer.CallInfo;
import org.krait.jit.infer.FunctionTyping;
import org.krait.jit.infer.JitFunction;
import org.krait.jit.infer.SourceExcerpt;
import org.krait.parser.ast.Expr;
import org.krait.runtime.ExceptionTypes;
import org.krait.runtime.KraitContext;
import org.krait.runtime.PyType;
import org.krait.runtime.Repr;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code cache=True}: the classes generated for a signature are kept on disk, in {@code __pycache__} next to the
 * program (or in {@code $NUMBA_CACHE_DIR}), one file per function and signature. A file is used only when its key
 * matches: the source text of the function and of every jitted function it calls (directly or not), the
 * signature, the options, the globals frozen into the code, and the version of this compiler (the jar). Functions
 * without a source file ({@code -c}, stdin) are not cached.
 */
public final class JitCache {
    private static final int MAGIC = 0x4b4a4954; // "KJIT"
    private static final String COMPILER_VERSION = compilerVersion();

    private JitCache() {
    }

    /** The cached class of {@code ft}, or null when there is none or it is stale. */
    public static GeneratedClass load(FunctionTyping ft) {
        TruffleFile file = file(ft);
        try {
            if (file == null || !file.isRegularFile()) {
                return null;
            }
        } catch (SecurityException e) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(file.readAllBytes()))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(key(ft))) {
                return null;
            }
            String method = in.readUTF();
            String descriptor = in.readUTF();
            int n = in.readInt();
            List<ClassData> data = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                ClassData entry = readEntry(in, ft);
                if (entry == null) {
                    return null;
                }
                data.add(entry);
            }
            byte[] bytes = new byte[in.readInt()];
            in.readFully(bytes);
            return new GeneratedClass(ft, method, descriptor, bytes, data);
        } catch (IOException | SecurityException e) {
            return null; // an unreadable cache file is a cache miss
        }
    }

    /** Writes {@code g} to the cache (best effort: a read-only folder only means no caching). */
    public static void store(GeneratedClass g) {
        FunctionTyping ft = g.typing();
        TruffleFile file = file(ft);
        if (file == null) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(MAGIC);
                out.writeUTF(key(ft));
                out.writeUTF(g.methodName());
                out.writeUTF(g.descriptor());
                out.writeInt(g.data().size());
                for (ClassData entry : g.data()) {
                    if (!writeEntry(out, entry)) {
                        return;
                    }
                }
                out.writeInt(g.bytes().length);
                out.write(g.bytes());
            }
            file.getParent().createDirectories();
            // written aside and renamed: processes compiling the same function at once never see half a file
            TruffleFile tmp = file.getParent().resolve(file.getName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (var out = tmp.newOutputStream()) {
                out.write(bytes.toByteArray());
            }
            try {
                tmp.move(file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                tmp.move(file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            // not writable: run without the cache
        }
    }

    private static boolean writeEntry(DataOutputStream out, ClassData entry) throws IOException {
        switch (entry) {
            case ClassData.Callee c -> {
                out.writeByte(0);
                out.writeUTF(calleeId(c.callee()));
            }
            case ClassData.ExceptionClass e -> {
                if (!"builtins".equals(e.type().module())) {
                    return false; // a program's own exception class cannot be found again by name
                }
                out.writeByte(1);
                out.writeUTF(e.type().name());
            }
        }
        return true;
    }

    private static ClassData readEntry(DataInputStream in, FunctionTyping ft) throws IOException {
        int kind = in.readByte();
        String name = in.readUTF();
        if (kind == 0) {
            for (FunctionTyping callee : callees(ft)) {
                if (calleeId(callee).equals(name)) {
                    return new ClassData.Callee(callee);
                }
            }
            return null;
        }
        Object type = KraitContext.get(null).builtins().getAttribute(name);
        return type instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)
                ? new ClassData.ExceptionClass(t) : null;
    }

    private static String calleeId(FunctionTyping callee) {
        return callee.function().pyFunc().globals().name() + ":" + callee.function().pyFunc().qualname
                + callee.signatureText();
    }

    /** The signatures {@code ft} calls directly. */
    private static List<FunctionTyping> callees(FunctionTyping ft) {
        List<FunctionTyping> out = new ArrayList<>();
        for (Expr.Call c : ft.calls()) {
            if (ft.call(c) instanceof CallInfo.JitCall jc) {
                out.add(jc.callee());
            }
        }
        return out;
    }

    /** Where the class of {@code ft} is cached, or null for functions without a source file. */
    private static TruffleFile file(FunctionTyping ft) {
        JitFunction fn = ft.function();
        String path = fn.source().getPath();
        if (path == null) {
            return null;
        }
        TruffleLanguage.Env env = KraitContext.get(null).env();
        TruffleFile source;
        try {
            source = env.getPublicTruffleFile(path).getAbsoluteFile();
            if (!source.isRegularFile()) {
                return null;
            }
        } catch (SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
        String cacheDir = env.getEnvironment().get("NUMBA_CACHE_DIR");
        TruffleFile dir = cacheDir != null && !cacheDir.isEmpty()
                ? env.getPublicTruffleFile(cacheDir).resolve(source.getParent().getPath().replace('/', '_').replace(':', '_'))
                : source.getParent().resolve("__pycache__");
        String stem = source.getName().replaceFirst("\\.py$", "");
        String sig = sha256(ft.signatureText() + "|" + (ft.declaredReturn() == null ? "" : ft.declaredReturn().typeName())
                + "|" + ft.options().codegenKey()).substring(0, 16);
        return dir.resolve(stem + "." + fn.name() + "-" + fn.pos().line() + "." + sig + ".kjc");
    }

    /**
     * The key a cached class must match: the compiler version, then for {@code ft} and every jitted function it
     * reaches, the source text, signature, options and frozen globals.
     */
    static String key(FunctionTyping ft) {
        StringBuilder sb = new StringBuilder(COMPILER_VERSION);
        Set<FunctionTyping> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<FunctionTyping> work = new ArrayList<>(List.of(ft));
        while (!work.isEmpty()) {
            FunctionTyping t = work.remove(0);
            if (!seen.add(t)) {
                continue;
            }
            JitFunction fn = t.function();
            sb.append('\n').append(SourceExcerpt.fileName(fn.source())).append(':').append(fn.pos().line())
                    .append(t.signatureText()).append("->")
                    .append(t.declaredReturn() == null ? "" : t.declaredReturn().typeName())
                    .append(t.options().codegenKey()).append('\n').append(fn.sourceText());
            Map<String, String> frozen = new TreeMap<>();
            for (Map.Entry<Expr, Object> c : t.constantEntries()) {
                frozen.put(((Expr.Name) c.getKey()).id(), Repr.repr(c.getValue()));
            }
            sb.append(frozen);
            work.addAll(callees(t));
        }
        return sha256(sb.toString());
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar (or class folder) this compiler was loaded from, by size and date: a new build invalidates. */
    private static String compilerVersion() {
        try {
            Path p = Path.of(JitCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path f = Files.isDirectory(p) ? p.resolve("org/krait/jit/codegen/MethodEmitter.class") : p;
            return "krait-jit " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis();
        } catch (IOException | URISyntaxException | SecurityException | NullPointerException e) {
            return "krait-jit unknown";
        }
    }
}
