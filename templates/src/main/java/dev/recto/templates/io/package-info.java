/**
 * Reading template files safely: {@link dev.recto.templates.io.SafeYaml} parses untrusted YAML as
 * plain data within fixed limits, {@link dev.recto.templates.io.TemplateFiles} lists and reads the
 * template files of a folder without leaving it.
 */
package dev.recto.templates.io;
