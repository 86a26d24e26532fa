package org.krait.jit;

import org.krait.jit.types.JitType;
import org.krait.jit.types.SignatureParser;
import org.krait.runtime.HostObject;
import org.krait.runtime.PyErrors;
import org.krait.runtime.PyNone;
import org.krait.runtime.PyObject;
import org.krait.runtime.PyType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A type as Python code sees it ({@code numba.int64}, the items of {@code f.signatures}): printed as Numba
 * prints it, one object per type so that {@code ==} and dict keys work. Calling a type with types builds a
 * signature: {@code int64(int64, float64)}.
 */
public final class TypeObject extends PyObject implements HostObject {
    public static final PyType TYPE = PyType.newBuiltin("numba.core.types", "Type");
    private static final ConcurrentHashMap<JitType, TypeObject> INTERNED = new ConcurrentHashMap<>();

    private final JitType type;

    private TypeObject(JitType type) {
        super(TYPE);
        this.type = type;
    }

    public static TypeObject of(JitType type) {
        return INTERNED.computeIfAbsent(type, TypeObject::new);
    }

    public JitType jitType() {
        return type;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "name" -> type.typeName();
            case "__name__" -> type.typeName();
            default -> null;
        };
    }

    @Override
    public String repr() {
        return type.typeName();
    }

    @Override
    public boolean isCallable() {
        return true;
    }

    /** {@code float64(int64, int64)}: the signature object {@code @jit} accepts like the string form. */
    @Override
    public Object call(Object[] args, String[] kwNames, Object[] kwValues) {
        if (kwNames.length > 0) {
            throw PyErrors.typeError(type.typeName() + "() takes no keyword arguments");
        }
        List<JitType> params = new ArrayList<>();
        for (Object a : args) {
            if (!(a instanceof TypeObject t)) {
                throw PyErrors.typeError("a signature takes types, not " + org.krait.runtime.Ops.typeName(a));
            }
            params.add(t.type);
        }
        return new SignatureObject(new SignatureParser.Parsed(type, params));
    }

    /** A signature built by calling a type; {@code @jit} takes it like a string. */
    public static final class SignatureObject extends PyObject implements HostObject {
        public static final PyType TYPE = PyType.newBuiltin("numba.core.typing.templates", "Signature");
        private final SignatureParser.Parsed signature;

        SignatureObject(SignatureParser.Parsed signature) {
            super(TYPE);
            this.signature = signature;
        }

        public SignatureParser.Parsed signature() {
            return signature;
        }

        @Override
        public Object attribute(String name) {
            return switch (name) {
                case "return_type" -> signature.returnType() == null ? PyNone.NONE : of(signature.returnType());
                default -> null;
            };
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < signature.args().size(); i++) {
                sb.append(i > 0 ? ", " : "").append(signature.args().get(i).typeName());
            }
            sb.append(") -> ").append(signature.returnType() == null ? "?" : signature.returnType().typeName());
            return sb.toString();
        }
    }
}
