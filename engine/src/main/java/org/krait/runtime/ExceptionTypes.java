package org.krait.runtime;

/** The built-in exception hierarchy of Python 3.11. */
public final class ExceptionTypes {
    private ExceptionTypes() {
    }

    public static final PyType BASE_EXCEPTION = PyType.exception("BaseException", PyType.OBJECT);
    public static final PyType SYSTEM_EXIT = PyType.exception("SystemExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = PyType.exception("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = PyType.exception("GeneratorExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = PyType.exception("Exception", BASE_EXCEPTION);
    public static final PyType STOP_ITERATION = PyType.exception("StopIteration", EXCEPTION);
    public static final PyType STOP_ASYNC_ITERATION = PyType.exception("StopAsyncIteration", EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = PyType.exception("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = PyType.exception("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = PyType.exception("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = PyType.exception("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = PyType.exception("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = PyType.exception("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = PyType.exception("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = PyType.exception("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = PyType.exception("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = PyType.exception("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = PyType.exception("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = PyType.exception("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = PyType.exception("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = PyType.exception("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = PyType.exception("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = PyType.exception("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = PyType.exception("OSError", EXCEPTION);
    public static final PyType BLOCKING_IO_ERROR = PyType.exception("BlockingIOError", OS_ERROR);
    public static final PyType CHILD_PROCESS_ERROR = PyType.exception("ChildProcessError", OS_ERROR);
    public static final PyType CONNECTION_ERROR = PyType.exception("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = PyType.exception("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = PyType.exception("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = PyType.exception("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = PyType.exception("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_EXISTS_ERROR = PyType.exception("FileExistsError", OS_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = PyType.exception("FileNotFoundError", OS_ERROR);
    public static final PyType INTERRUPTED_ERROR = PyType.exception("InterruptedError", OS_ERROR);
    public static final PyType IS_A_DIRECTORY_ERROR = PyType.exception("IsADirectoryError", OS_ERROR);
    public static final PyType NOT_A_DIRECTORY_ERROR = PyType.exception("NotADirectoryError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = PyType.exception("PermissionError", OS_ERROR);
    public static final PyType PROCESS_LOOKUP_ERROR = PyType.exception("ProcessLookupError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = PyType.exception("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = PyType.exception("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = PyType.exception("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = PyType.exception("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = PyType.exception("RecursionError", RUNTIME_ERROR);
    public static final PyType SYNTAX_ERROR = PyType.exception("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = PyType.exception("IndentationError", SYNTAX_ERROR);
    public static final PyType TAB_ERROR = PyType.exception("TabError", INDENTATION_ERROR);
    public static final PyType SYSTEM_ERROR = PyType.exception("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = PyType.exception("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = PyType.exception("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = PyType.exception("UnicodeError", VALUE_ERROR);
    public static final PyType UNICODE_DECODE_ERROR = PyType.exception("UnicodeDecodeError", UNICODE_ERROR);
    public static final PyType UNICODE_ENCODE_ERROR = PyType.exception("UnicodeEncodeError", UNICODE_ERROR);
    public static final PyType UNICODE_TRANSLATE_ERROR = PyType.exception("UnicodeTranslateError", UNICODE_ERROR);
    public static final PyType BASE_EXCEPTION_GROUP = PyType.exception("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType EXCEPTION_GROUP = PyType.exception("ExceptionGroup", BASE_EXCEPTION_GROUP, EXCEPTION);
    public static final PyType WARNING = PyType.exception("Warning", EXCEPTION);
    public static final PyType DEPRECATION_WARNING = PyType.exception("DeprecationWarning", WARNING);
    public static final PyType PENDING_DEPRECATION_WARNING = PyType.exception("PendingDeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = PyType.exception("RuntimeWarning", WARNING);
    public static final PyType SYNTAX_WARNING = PyType.exception("SyntaxWarning", WARNING);
    public static final PyType USER_WARNING = PyType.exception("UserWarning", WARNING);
    public static final PyType FUTURE_WARNING = PyType.exception("FutureWarning", WARNING);
    public static final PyType IMPORT_WARNING = PyType.exception("ImportWarning", WARNING);
    public static final PyType UNICODE_WARNING = PyType.exception("UnicodeWarning", WARNING);
    public static final PyType BYTES_WARNING = PyType.exception("BytesWarning", WARNING);
    public static final PyType RESOURCE_WARNING = PyType.exception("ResourceWarning", WARNING);
    public static final PyType ENCODING_WARNING = PyType.exception("EncodingWarning", WARNING);

    /** Every built-in exception class, for installing them into {@code builtins}. */
    public static final PyType[] ALL = {BASE_EXCEPTION, SYSTEM_EXIT, KEYBOARD_INTERRUPT, GENERATOR_EXIT, EXCEPTION,
        STOP_ITERATION, STOP_ASYNC_ITERATION, ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR,
        ZERO_DIVISION_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR,
        MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR,
        OS_ERROR, BLOCKING_IO_ERROR, CHILD_PROCESS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR,
        CONNECTION_ABORTED_ERROR, CONNECTION_REFUSED_ERROR, CONNECTION_RESET_ERROR, FILE_EXISTS_ERROR,
        FILE_NOT_FOUND_ERROR, INTERRUPTED_ERROR, IS_A_DIRECTORY_ERROR, NOT_A_DIRECTORY_ERROR, PERMISSION_ERROR,
        PROCESS_LOOKUP_ERROR, TIMEOUT_ERROR, REFERENCE_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, RECURSION_ERROR,
        SYNTAX_ERROR, INDENTATION_ERROR, TAB_ERROR, SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR,
        UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR, UNICODE_TRANSLATE_ERROR, WARNING, DEPRECATION_WARNING,
        PENDING_DEPRECATION_WARNING, RUNTIME_WARNING, SYNTAX_WARNING, USER_WARNING, FUTURE_WARNING, IMPORT_WARNING,
        UNICODE_WARNING, BYTES_WARNING, RESOURCE_WARNING, ENCODING_WARNING, BASE_EXCEPTION_GROUP, EXCEPTION_GROUP};

    /** Whether an except clause naming {@code spec} (a class or a tuple of them) catches an exception of {@code type}. */
    public static boolean matches(PyType type, Object spec) {
        if (spec instanceof PyType t) {
            return type.isSubtypeOf(t);
        }
        if (spec instanceof PyTuple tuple) {
            for (Object o : tuple.items()) {
                if (matches(type, o)) {
                    return true;
                }
            }
            return false;
        }
        throw PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /** The OSError subclass CPython picks for an errno ({@code OSError(2, ...)} is a FileNotFoundError). */
    public static PyType osErrorFor(long errno) {
        return switch ((int) errno) {
            case 11, 114, 115 -> BLOCKING_IO_ERROR;
            case 10 -> CHILD_PROCESS_ERROR;
            case 32, 108 -> BROKEN_PIPE_ERROR;
            case 103 -> CONNECTION_ABORTED_ERROR;
            case 111 -> CONNECTION_REFUSED_ERROR;
            case 104 -> CONNECTION_RESET_ERROR;
            case 17 -> FILE_EXISTS_ERROR;
            case 2 -> FILE_NOT_FOUND_ERROR;
            case 21 -> IS_A_DIRECTORY_ERROR;
            case 20 -> NOT_A_DIRECTORY_ERROR;
            case 4 -> INTERRUPTED_ERROR;
            case 1, 13 -> PERMISSION_ERROR;
            case 3 -> PROCESS_LOOKUP_ERROR;
            case 110 -> TIMEOUT_ERROR;
            default -> OS_ERROR;
        };
    }
}
