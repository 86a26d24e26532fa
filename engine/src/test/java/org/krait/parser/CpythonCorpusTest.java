package org.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares the parser against CPython 3.11 on the snippets in resources/parser: ASTs via {@link AstDump} vs
 * {@code ast.dump}, and SyntaxErrors (kind, message, line, offset) vs {@code compile()}. The expected files
 * are produced by {@code regen.py}.
 */
class CpythonCorpusTest {

    static String resource(String name) throws IOException {
        try (InputStream in = CpythonCorpusTest.class.getResourceAsStream("/parser/" + name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Same splitting as regen.py: snippets separated by "=====" lines. */
    static List<String> snippets(String name) throws IOException {
        List<String> out = new ArrayList<>();
        for (String s : resource(name).split("\n=====", -1)) {
            out.add(s.startsWith("\n") ? s.substring(1) : s);
        }
        return out;
    }

    static List<String> lines(String name) throws IOException {
        return resource(name).lines().toList();
    }

    private static String title(String src) {
        String t = src.replace("\n", "\\n");
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }

    @TestFactory
    Stream<DynamicTest> astMatchesCpython() throws IOException {
        List<String> src = snippets("corpus.txt");
        List<String> expected = lines("corpus_expected.txt");
        assertEquals(src.size(), expected.size(), "run regen.py");
        return IntStream.range(0, src.size()).mapToObj(i -> DynamicTest.dynamicTest(title(src.get(i)), () -> {
            try {
                assertEquals(expected.get(i), AstDump.dump(PythonParser.parseModule(src.get(i), "t.py")));
            } catch (ParseException e) {
                fail("unexpected " + e.getMessage());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> syntaxErrorsMatchCpython() throws IOException {
        List<String> src = snippets("errors.txt");
        List<String> expected = lines("errors_expected.txt");
        assertEquals(src.size(), expected.size(), "run regen.py");
        return IntStream.range(0, src.size()).mapToObj(i -> DynamicTest.dynamicTest(title(src.get(i)), () -> {
            String got;
            try {
                ScopeAnalyzer.analyze(PythonParser.parseModule(src.get(i), "t.py"), "t.py");
                got = "no error";
            } catch (ParseException e) {
                got = e.kind() + "\t" + e.msg() + "\t" + e.line() + "\t" + e.column();
            }
            assertEquals(expected.get(i), got);
        }));
    }
}
