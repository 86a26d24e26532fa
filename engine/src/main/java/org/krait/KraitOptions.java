package org.krait;

import com.oracle.truffle.api.Option;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.graalvm.options.OptionType;
import org.krait.gil.GilSettings;

import java.util.LinkedHashMap;
import java.util.Map;

/** Krait's context options ({@code krait.NAME}). */
@Option.Group(KraitLanguage.ID)
public final class KraitOptions {
    private KraitOptions() {
    }

    /** The launcher's {@code -X key[=value]} options, checked when the context is built. */
    @Option(help = "Implementation options, as the launcher's -X: 'key=value,key=value' (gil=interval|ticks:N, gil-trace=FILE).",
            category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> XOptions = new OptionKey<>("",
            new OptionType<>("key=value,...", s -> {
                GilSettings.parse(parseX(s));
                return s;
            }));

    /** The launcher's -O count: 1 drops assert statements and makes {@code __debug__} false, 2 also docstrings. */
    @Option(help = "Optimization level, as the launcher's -O (1) and -OO (2).", category = OptionCategory.USER,
            stability = OptionStability.STABLE)
    public static final OptionKey<Integer> Optimize = new OptionKey<>(0);

    /** {@code "a=1,b"} as {@code {a: "1", b: "true"}}. */
    public static Map<String, String> parseX(String options) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : options.split(",")) {
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            map.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "true" : entry.substring(eq + 1));
        }
        return map;
    }
}
