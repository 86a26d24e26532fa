/** The Krait language: parser, Truffle nodes, object model, builtins and the command-line launcher. */
module org.krait.engine {
    requires org.graalvm.truffle;
    requires org.graalvm.polyglot;
    requires org.jline;

    exports org.krait;
    exports org.krait.runtime;
    exports org.krait.launcher;
    // @jit compiles functions from their syntax tree (FunctionCode.definition)
    exports org.krait.parser.ast to org.krait.jit;

    uses org.krait.runtime.ModuleProvider;
    uses org.krait.runtime.LibraryProvider;

    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with org.krait.KraitLanguageProvider;
}
