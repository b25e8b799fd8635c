/**
 * Python {@code re} patterns on {@link java.util.regex.Pattern}: {@link
 * dev.recto.templates.regex.PythonRegex} translates a pattern written for Python and gives Python's
 * results for search, findall, groupdict, sub and split.
 */
package dev.recto.templates.regex;
