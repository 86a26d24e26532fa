package org.krait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.Test;

/** What {@code Context.eval} returns: an embedder's source gives its final expression, a program its exit status. */
class EvalResultTest {
    private static Context context(ByteArrayOutputStream out) {
        return Context.newBuilder(KraitLanguage.ID).out(out).option("engine.WarnInterpreterOnly", "false").build();
    }

    @Test
    void embeddedSourceGivesItsFinalExpression() {
        try (Context context = context(new ByteArrayOutputStream())) {
            assertEquals(3, context.eval(KraitLanguage.ID, "x = 1\nx + 2").asInt());
            assertTrue(context.eval(KraitLanguage.ID, "y = 2").isNull());
        }
    }

    @Test
    void programGivesExitStatusAndKeepsItsEffects() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = context(out)) {
            Source program = Source.newBuilder(KraitLanguage.ID, "print('ran')\nz = 40\nz + 2", "<program>")
                    .mimeType(KraitLanguage.PROGRAM_MIME_TYPE).buildLiteral();
            assertEquals(0, context.eval(program).asInt());
            assertEquals(40, context.getBindings(KraitLanguage.ID).getMember("z").asInt());
        }
        assertEquals("ran\n", out.toString(StandardCharsets.UTF_8));
    }
}
