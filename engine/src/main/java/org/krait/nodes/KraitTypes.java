package org.krait.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/** The primitive types nodes specialise on; everything else is an {@code Object}. */
@TypeSystem({boolean.class, long.class, double.class, String.class})
public abstract class KraitTypes {
}
