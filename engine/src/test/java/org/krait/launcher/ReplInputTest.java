package org.krait.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.krait.launcher.ReplInput.Action;

/** The interactive prompt reads lines until an input is complete, as CPython's interactive console does. */
class ReplInputTest {

    /** Feeds the lines and returns the action after each one. */
    private static List<Action> feed(ReplInput input, String... lines) {
        List<Action> actions = new ArrayList<>();
        for (String l : lines) {
            actions.add(input.add(l));
        }
        return actions;
    }

    private static final Action I = Action.IGNORE;
    private static final Action M = Action.MORE;
    private static final Action E = Action.EVALUATE;

    @Test
    void simpleStatementsRunAtOnce() {
        ReplInput in = new ReplInput();
        assertEquals(List.of(E), feed(in, "x = 1"));
        assertEquals("x = 1\n", in.source());
        in.clear();
        assertTrue(in.isEmpty());
        assertEquals(List.of(I, I, I, E), feed(in, "", "   ", "# just a comment", "print(x)  # show it:"));
        assertEquals(">>> ", new ReplInput().prompt(">>> ", "... "));
        // Soft keywords and names that merely start like keywords are simple statements.
        for (String simple : new String[]{"match = 3", "define = 1", "iffy(2)", "classes = []", "f = lambda: 0",
            "x: int = 3", "print('a:')", "d = {1: 2}", "s = x[1:]", "async_ = 1"}) {
            assertEquals(List.of(E), feed(new ReplInput(), simple), simple);
        }
    }

    @Test
    void compoundStatementsRunAfterABlankLine() {
        ReplInput in = new ReplInput();
        assertEquals(List.of(M, M, M, E), feed(in, "if x:", "    y = 1", "    print(y)", ""));
        assertEquals("if x:\n    y = 1\n    print(y)\n", in.source());
        assertEquals(">>> ", new ReplInput().prompt(">>> ", "... "));

        assertEquals(List.of(M, M, M, M, E), feed(new ReplInput(), "for i in range(3):", "  if i:", "    print(i)",
                        "  else: pass", "   "));
        // Blank lines only end the statement at the continuation prompt.
        assertEquals(List.of(M, M, E), feed(new ReplInput(), "if 1: print(1)", "else: print(2)", ""));
        assertEquals(List.of(M, M, M, E), feed(new ReplInput(), "@decorator", "def f():", "  return 1", ""));
        assertEquals(List.of(M, M, E), feed(new ReplInput(), "class C: pass", "x = 1", ""));
        assertEquals(List.of(M, M, E), feed(new ReplInput(), "while True:  # forever", "  break", ""));
        assertEquals(List.of(M, M, E), feed(new ReplInput(), "async def f():", "  pass", ""));
        assertEquals(List.of(M, M, M, E), feed(new ReplInput(), "match command:", "  case 1:", "    pass", ""));
        assertEquals(List.of(M, M, M, M, E), feed(new ReplInput(), "try:", "  pass", "finally:", "  pass", ""));
        assertEquals(List.of(M, M, M, E), feed(new ReplInput(), "with open(f) as g:", "  pass", "  # c", ""));
    }

    @Test
    void openBracketsStringsAndBackslashesContinue() {
        assertEquals(List.of(M, M, E), feed(new ReplInput(), "x = (1,", "     2,", "     3)"));
        assertEquals(List.of(M, M, E), feed(new ReplInput(), "d = {", "", "}"));
        assertEquals(List.of(M, M, M, E), feed(new ReplInput(), "s = '''a", "", "b", "'''"));
        assertEquals(List.of(M, E), feed(new ReplInput(), "s = \"\"\"a \"\" ' b", "c\"\"\" + 'd'"));
        assertEquals(List.of(M, E), feed(new ReplInput(), "x = 1 + \\", "  2"));
        assertEquals(List.of(M, E), feed(new ReplInput(), "s = 'abc\\", "def'"));
        // Brackets inside strings and comments do not count.
        assertEquals(List.of(E), feed(new ReplInput(), "s = '(' + \"[\" # {"));
        assertEquals(List.of(E), feed(new ReplInput(), "s = '\\'('"));
        // A multi-line first logical line: still a compound statement.
        assertEquals(List.of(M, M, M, E), feed(new ReplInput(), "def f(a,", "      b):", "  return a", ""));
        // A blank line inside an open string in a compound statement does not end it.
        assertEquals(List.of(M, M, M, M, M, E), feed(new ReplInput(), "def f():", "  return '''", "", "'''", "  # end",
                        ""));
        // Unterminated one-line strings are left to the parser.
        assertEquals(List.of(E), feed(new ReplInput(), "s = 'abc"));
    }

    @Test
    void incompleteReportedByTheLanguage() {
        ReplInput in = new ReplInput();
        assertEquals(List.of(E), feed(in, "x = 1 +"));
        assertTrue(in.continueAfterIncomplete());
        assertEquals(List.of(E), feed(in, "2"));
        assertEquals("x = 1 +\n2\n", in.source());

        // "if x:" then a blank line: an IndentationError, never an endless "... " prompt.
        ReplInput block = new ReplInput();
        assertEquals(List.of(M, E), feed(block, "if x:", ""));
        assertFalse(block.continueAfterIncomplete());
    }
}
