package org.krait.jit;

import org.krait.launcher.KraitMain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs a Krait program in-process and returns what it printed. */
final class JitTestSupport {
    private JitTestSupport() {
    }

    record Run(int status, String out, String err) {
        String lastErrorLine() {
            String[] lines = err.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    static Run run(String program) throws IOException {
        Path file = Files.createTempFile("krait-jit", ".py");
        try {
            Files.writeString(file, program);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = KraitMain.run(new String[]{file.toString()}, new ByteArrayInputStream(new byte[0]), out,
                    err);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Runs a program that must succeed and returns its output. */
    static String output(String program) throws IOException {
        Run r = run(program);
        assertEquals(0, r.status(), () -> "exit status; stderr:\n" + r.err());
        return r.out();
    }
}
