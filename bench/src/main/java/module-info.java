/** JMH benchmarks of Krait's engine. */
module org.krait.bench {
    requires org.graalvm.polyglot;
    requires org.krait.engine;
    requires jmh.core;

    exports org.krait.bench;
    exports org.krait.bench.jmh_generated;
    opens org.krait.bench;
    opens org.krait.bench.jmh_generated;
}
