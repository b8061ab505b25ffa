package vn.congkhai.text;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value officers write as a code ({@code chinh-thuc}, {@code hoan-thanh}) and citizens read as a label: the shape
 * of every enum of the content contract, with one way to look a code up.
 */
public interface Coded {

    /** The code in content files. */
    String code();

    /** What citizens read. */
    String label();

    static <E extends Enum<E> & Coded> Optional<E> ofCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** Every code of {@code type}, comma-separated, for officers' messages. */
    static <E extends Enum<E> & Coded> String allCodes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
