package dev.genaiplayground.hostile;

import java.util.List;
import java.util.function.Supplier;

/** A named family of hostile requests; its cases are made when the category runs. */
record Category(String name, String about, Supplier<List<Case>> cases) {
}
