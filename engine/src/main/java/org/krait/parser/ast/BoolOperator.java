package org.krait.parser.ast;

public enum BoolOperator {
    AND, OR
}
