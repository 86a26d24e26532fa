package org.krait.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.krait.gil.GlobalInterpreterLock;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** A text stream such as {@code sys.stdout}: UTF-8, buffered, flushed at exit and on {@code flush()}. */
public final class PyTextIO extends PyObject {
    /** When written text reaches the underlying stream (CPython's line_buffering and write_through). */
    public enum Buffering { UNBUFFERED, LINE, BLOCK }

    private final String name;
    private final Writer out;
    private final BufferedReader in;
    private final Buffering buffering;
    /** The GIL released while text goes to or comes from the OS; null for streams outside a context. */
    private GlobalInterpreterLock gil;

    public PyTextIO(String name, OutputStream out, Buffering buffering) {
        super(PyType.TEXT_IO);
        this.name = name;
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.in = null;
        this.buffering = buffering;
    }

    public PyTextIO(String name, InputStream in) {
        super(PyType.TEXT_IO);
        this.name = name;
        this.out = null;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.buffering = Buffering.BLOCK;
    }

    public String name() {
        return name;
    }

    @TruffleBoundary
    public void write(String s) {
        if (out == null) {
            throw PyErrors.create(ExceptionTypes.OS_ERROR, "not writable");
        }
        try {
            out.write(s);
            if (buffering == Buffering.UNBUFFERED || (buffering == Buffering.LINE && s.indexOf('\n') >= 0)) {
                flushOut();
            }
        } catch (IOException e) {
            throw streamError(e);
        }
    }

    /** The standard streams of a context release its GIL while they wait for the OS. */
    public void releaseWhileBlocked(GlobalInterpreterLock lock) {
        this.gil = lock;
    }

    /** Runs a read or write that may block (a full pipe, a terminal waiting for input) without the GIL. */
    private <R> R io(GlobalInterpreterLock.IOOperation<R> operation) throws IOException {
        return gil == null ? operation.run() : gil.releasedDuringIO(null, operation);
    }

    /** Text reaches the OS: other threads run meanwhile. */
    private void flushOut() throws IOException {
        io(() -> {
            out.flush();
            return null;
        });
    }

    @TruffleBoundary
    public void flush() {
        if (out != null) {
            try {
                flushOut();
            } catch (IOException e) {
                // a closed pipe at exit is not worth a traceback, as in CPython
            }
        }
    }

    /** One line including its newline; "" at end of input. */
    @TruffleBoundary
    public String readline() {
        if (in == null) {
            throw PyErrors.create(ExceptionTypes.OS_ERROR, "not readable");
        }
        try {
            return io(() -> {
                StringBuilder sb = new StringBuilder();
                int c;
                while ((c = in.read()) >= 0) {
                    sb.append((char) c);
                    if (c == '\n') {
                        break;
                    }
                }
                return sb.toString();
            });
        } catch (IOException e) {
            throw streamError(e);
        }
    }

    @TruffleBoundary
    public String read() {
        StringBuilder sb = new StringBuilder();
        for (String line = readline(); !line.isEmpty(); line = readline()) {
            sb.append(line);
        }
        return sb.toString();
    }

    /** A failed read or write as CPython reports it: a closed pipe is BrokenPipeError [Errno 32]. */
    private static PyException streamError(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.equals("Broken pipe")) {
            return PyErrors.createWithArgs(ExceptionTypes.osErrorFor(32), 32L, message);
        }
        return PyErrors.create(ExceptionTypes.OS_ERROR, message);
    }
}
