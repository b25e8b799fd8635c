/**
 * Table structure for TABLE regions: {@link dev.recto.layout.table.RulingFinder} (rulings from the
 * page image), {@link dev.recto.layout.table.TableStructureReader} (rows, columns and cells from
 * word alignment and rulings) and {@link dev.recto.layout.table.TableRegions}, which the layout
 * engines call.
 */
package dev.recto.layout.table;
