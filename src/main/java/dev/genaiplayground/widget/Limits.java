package dev.genaiplayground.widget;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The limits of one state setting, for people and programs that ask (the JSON API's list of widgets). Give the
 * values as the record's own constants, the ones its constructor checks, so that each limit has one source:
 * {@code @Limits(min = -MAX_ABS_LOGIT, max = MAX_ABS_LOGIT, minCount = MIN_CLASSES, maxCount = MAX_CLASSES)}.
 * A limit left at its default is not stated.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Limits {

    /** The smallest value (of every number, for a list or matrix). */
    double min() default Double.NEGATIVE_INFINITY;

    double max() default Double.POSITIVE_INFINITY;

    /** The fewest entries of a list (rows of a matrix). */
    int minCount() default -1;

    int maxCount() default -1;

    /** The longest text of one entry, in characters. */
    int maxLength() default -1;

    /** Anything else a person must know, in words. */
    String note() default "";
}
