package org.krait.runtime;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The nearest-name choice behind "Did you mean", against what CPython 3.11 suggests for the same names. */
class SuggestionsTest {
    @Test
    void choosesWhatCpythonSuggests() {
        assertEquals("print", Suggestions.closest("Print", List.of("print")));
        assertEquals("append", Suggestions.closest("apend", List.of("extend", "append")));
        assertEquals("abd", Suggestions.closest("abc", List.of("abd", "abe")), "the first of equals");
        assertEquals("color", Suggestions.closest("colour", List.of("color", "colors")));
        assertEquals("abc", Suggestions.closest("ABC", List.of("abc", "abd")), "a change of case costs less");
        assertEquals("foo", Suggestions.closest("fo", List.of("foo", "of")));
        String x40y = "x".repeat(40) + "y";
        assertEquals(x40y, Suggestions.closest("x".repeat(41), List.of(x40y)), "common prefixes are trimmed first");
    }

    @Test
    void suggestsNothingTooFarOrAmongTooMany() {
        assertNull(Suggestions.closest("ab", List.of("abcdef")));
        assertNull(Suggestions.closest("name", List.of("name")), "the name itself is no suggestion");
        assertNull(Suggestions.closest("nam", Collections.nCopies(750, "name")));
    }
}
