package org.krait.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Without file-system access (the polyglot default), file operations raise PermissionError, not Java errors. */
class SandboxTest {
    /** Runs {@code body} (which may raise) in a context without IO; the OSError subclass and errno it raised. */
    private static String outcome(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("krait").out(out)
                .option("engine.WarnInterpreterOnly", "false").build()) {
            context.eval("krait", "import os, shutil, tempfile\n"
                    + "try:\n"
                    + "    " + body + "\n"
                    + "    print('no error')\n"
                    + "except OSError as e:\n"
                    + "    print(type(e).__name__, e.errno)\n");
        }
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void fileAccessIsDenied() {
        assertEquals("PermissionError 13", outcome("open('/etc/hostname').read()"));
        assertEquals("PermissionError 13", outcome("open('out.txt', 'w')"));
        assertEquals("PermissionError 13", outcome("os.listdir('/')"));
        assertEquals("PermissionError 13", outcome("os.mkdir('/tmp/krait-sandbox-test')"));
        assertEquals("PermissionError 13", outcome("os.stat('/')"));
        assertEquals("PermissionError 13", outcome("os.remove('/tmp/x')"));
        assertEquals("PermissionError 13", outcome("os.chdir('/tmp')"));
        // no usable temporary directory, as CPython reports it
        assertEquals("FileNotFoundError 2", outcome("tempfile.mkdtemp()"));
        assertEquals("no error", outcome("os.path.exists('/etc') or 1"));
    }
}
