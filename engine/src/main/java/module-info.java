/** The Krait language: parser, Truffle nodes, object model, builtins and the command-line launcher. */
module org.krait.engine {
    requires org.graalvm.truffle;
    requires org.graalvm.polyglot;
    requires org.jline;
    requires jdk.unsupported;

    exports org.krait;
    exports org.krait.runtime;
    exports org.krait.gil;
    exports org.krait.launcher;
    // @jit compiles functions from their syntax tree (FunctionCode.definition); stdlib reads it too
    exports org.krait.parser.ast to org.krait.stdlib, org.krait.jit;

    uses org.krait.runtime.ModuleProvider;
    uses org.krait.runtime.LibraryProvider;

    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with org.krait.KraitLanguageProvider;
}
