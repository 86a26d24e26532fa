package org.krait.jit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.krait.launcher.KraitMain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** cache=True keeps generated classes in __pycache__; a changed function (or callee) is compiled again. */
class CacheTest {
    private static final String PROGRAM = """
            from numba import njit

            @njit(cache=True)
            def helper(x):
                return x * SCALE

            SCALE = 3

            @njit(cache=True)
            def compute(n):
                s = 0
                for i in range(n):
                    s += helper(i)
                return s

            print(compute(10), helper(2.5), compute.stats.cache_hits, compute.stats.cache_misses, helper.stats.cache_hits,
                  helper.stats.cache_misses)
            """;

    private static String run(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = KraitMain.run(new String[]{file.toString()}, new ByteArrayInputStream(new byte[0]), out, err);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void hitsAfterTheFirstRunMissesAfterChanges(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prog.py");
        Files.writeString(file, PROGRAM);
        String missed = " {} {(int64,): 1} {} {(int64,): 1, (float64,): 1}\n";
        String hit = " {(int64,): 1} {} {(int64,): 1, (float64,): 1} {}\n";
        assertEquals("135 7.5" + missed, run(file));
        try (Stream<Path> cached = Files.list(dir.resolve("__pycache__"))) {
            assertEquals(3, cached.filter(p -> p.toString().endsWith(".kjc")).count());
        }
        assertEquals("135 7.5" + hit, run(file));
        // the callee changes: compute's cached class (which calls it) is stale too
        Files.writeString(file, PROGRAM.replace("return x * SCALE", "return x * SCALE + 1"));
        assertEquals("145 8.5" + missed, run(file));
        // a frozen global changes
        Files.writeString(file, PROGRAM.replace("SCALE = 3", "SCALE = 4"));
        assertEquals("180 10.0" + missed, run(file));
        assertEquals("180 10.0" + hit, run(file));
    }
}
