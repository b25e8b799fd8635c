package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DottedLegalFormsTest {

  @Test
  void aClippedFinalFormGetsItsPoint() {
    assertThat(DottedLegalForms.complete("Ember Embalajes S.A")).isEqualTo("Ember Embalajes S.A.");
    assertThat(DottedLegalForms.complete("Brightwater & Vantage N.V"))
        .isEqualTo("Brightwater & Vantage N.V.");
    assertThat(DottedLegalForms.complete("Thistle Tipografia S.p.A"))
        .isEqualTo("Thistle Tipografia S.p.A.");
  }

  @Test
  void aSpaceReadInsideTheFormIsTakenOut() {
    assertThat(DottedLegalForms.complete("Evergreen Herramientas S. L.U."))
        .isEqualTo("Evergreen Herramientas S.L.U.");
    assertThat(DottedLegalForms.complete("Foxglove Commerciale S. r.l"))
        .isEqualTo("Foxglove Commerciale S.r.l.");
    // initials are not a legal form
    assertThat(DottedLegalForms.complete("Studio J. K.")).isEqualTo("Studio J. K.");
  }

  @Test
  void aZeroReadForTheOOfCoIsPutRight() {
    assertThat(DottedLegalForms.complete("AEON C0. (M) BHD")).isEqualTo("AEON CO. (M) BHD");
    assertThat(DottedLegalForms.complete("POPULAR BOOK C0.")).isEqualTo("POPULAR BOOK CO.");
    assertThat(DottedLegalForms.complete("UNIT C0.5")).isEqualTo("UNIT C0.5");
    assertThat(DottedLegalForms.complete("ABC0. LTD")).isEqualTo("ABC0. LTD");
  }

  @Test
  void otherNamesStay() {
    assertThat(DottedLegalForms.complete("Ember Embalajes S.A.")).isEqualTo("Ember Embalajes S.A.");
    assertThat(DottedLegalForms.complete("Cedar Industrias SA")).isEqualTo("Cedar Industrias SA");
    assertThat(DottedLegalForms.complete("Alder Druckerei KG")).isEqualTo("Alder Druckerei KG");
    assertThat(DottedLegalForms.complete("Casa S.A Norte")).isEqualTo("Casa S.A Norte");
    assertThat(DottedLegalForms.complete("VISA")).isEqualTo("VISA");
  }
}
