package vn.congkhai.kind;

import java.util.function.UnaryOperator;

/**
 * A code that identifies a disclosure among those of its type (a procedure's {@code ma_thu_tuc}).
 *
 * @param field     the contract's field that holds it
 * @param value     the code
 * @param usedAlready the officer's message when the code is already used, given the path of the first file
 */
public record UniqueCode(String field, String value, UnaryOperator<String> usedAlready) {
}
