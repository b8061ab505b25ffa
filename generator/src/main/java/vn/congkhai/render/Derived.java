package vn.congkhai.render;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that the generator makes from the record's other components alone, and from nothing else
 * (a disclosure's body as HTML, made from its source file's bytes): it adds nothing to the record's
 * {@link ModelFingerprint}, and is not hashed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Derived {
}
