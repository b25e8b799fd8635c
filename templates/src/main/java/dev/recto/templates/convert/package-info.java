/** Conversion of invoice2data templates into Recto's own template format. */
package dev.recto.templates.convert;
