/** Krait's importable modules: Java-implemented cores and modules written in Krait ({@code .py} resources). */
module org.krait.stdlib {
    requires org.krait.engine;
    requires org.graalvm.truffle;
    requires org.graalvm.polyglot;
    requires java.management;
    requires jdk.management;

    provides org.krait.runtime.ModuleProvider with org.krait.stdlib.TimeModule, org.krait.stdlib.OsModule,
        org.krait.stdlib.MathModule, org.krait.stdlib.RandomModule,
        org.krait.stdlib.StructModule, org.krait.stdlib.RegexModule,
        org.krait.stdlib.JsonModule, org.krait.stdlib.IoModule, org.krait.stdlib.ThreadModule,
        org.krait.stdlib.HashlibModule;
    provides org.krait.runtime.LibraryProvider with org.krait.stdlib.KraitLibrary;
}
