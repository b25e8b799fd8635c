package dev.recto.reliability.mutate;

/**
 * What one damage routine did: the new bytes and a note. Package-private value.
 *
 * @param bytes the damaged file (a fresh array)
 * @param note offsets and values changed, never document text
 */
record Damage(byte[] bytes, String note) {}
