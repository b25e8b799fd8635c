package dev.recto.extraction.generic;

import java.util.Optional;

/**
 * The party blocks found on an invoice.
 *
 * @param vendor the seller's name and address
 * @param billTo the customer's (billing) name and address
 * @param shipTo the shipping address block, when printed apart
 */
record Parties(
    Optional<TextBlock> vendor, Optional<TextBlock> billTo, Optional<TextBlock> shipTo) {}
