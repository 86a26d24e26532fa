package org.krait.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Thousands of CPython-generated cases (see src/test/resources/format/gen_cases.py). */
class FormatCasesTest {
    static List<FormatCases.Case> cases() throws IOException {
        return FormatCases.load();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesCPython(FormatCases.Case c) {
        assertEquals(c.expected(), FormatCases.evaluate(c), c.toString());
    }
}
