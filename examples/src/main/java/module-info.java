/** Examples of embedding Krait in a Java application through the polyglot API. */
module org.krait.examples {
    requires org.graalvm.polyglot;
    // Resolves the language (and, through service binding, its runtime) when run with -m.
    requires org.krait.engine;

    exports org.krait.examples;
}
