package dev.recto.extraction.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.extraction.parse.NumberConvention;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxColumnTest {

  private static final NumberConvention COMMA =
      NumberConvention.fromEvidence(List.of("1.234,56", "437,10"), null);

  @Test
  void varyingTwoDecimalValuesOrOneAboveThirtyAreTaxAmounts() {
    assertThat(TaxColumn.holdsAmounts(List.of("437,10", "20,24", "251,34"), COMMA)).isTrue();
    assertThat(TaxColumn.holdsAmounts(List.of("19,00", "45,60"), COMMA)).isTrue();
  }

  @Test
  void percentagesRepeatedRatesAndBareIntegersStayRates() {
    assertThat(TaxColumn.holdsAmounts(List.of("19 %", "437,10", "20,24"), COMMA)).isFalse();
    assertThat(TaxColumn.holdsAmounts(List.of("19,00", "7,00", "19,00", "19,00"), COMMA)).isFalse();
    assertThat(TaxColumn.holdsAmounts(List.of("20", "10", "5", "22"), COMMA)).isFalse();
    assertThat(TaxColumn.holdsAmounts(List.of("5,5", "10,2", "20,1"), COMMA)).isFalse();
  }
}
