/** Krait's importable modules: Java-implemented cores and modules written in Krait ({@code .py} resources). */
module org.krait.stdlib {
    requires org.krait.engine;
    requires org.graalvm.truffle;
    requires org.graalvm.polyglot;
    requires java.management;
    requires jdk.management;
    requires org.krait.jit;

    provides org.krait.runtime.ModuleProvider with org.krait.stdlib.TimeModule, org.krait.stdlib.OsModule,
        org.krait.stdlib.GcModule, org.krait.stdlib.MathModule, org.krait.stdlib.RandomModule,
        org.krait.stdlib.StructModule, org.krait.stdlib.RegexModule,
        org.krait.stdlib.JsonModule, org.krait.stdlib.IoModule, org.krait.stdlib.ThreadModule,
        org.krait.stdlib.HashlibModule, org.krait.stdlib.numpy.NumpyModule;
    provides org.krait.jit.array.NDArrayFactory with org.krait.stdlib.numpy.NumpyArrays;
    provides org.krait.runtime.LibraryProvider with org.krait.stdlib.KraitLibrary;
}
