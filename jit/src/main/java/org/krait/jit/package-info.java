/** {@code @jit}: compiles hot numeric Krait functions to JVM bytecode (being written). */
package org.krait.jit;
