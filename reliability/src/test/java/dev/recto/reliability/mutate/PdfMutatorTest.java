package dev.recto.reliability.mutate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.testkit.TestPdfs;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

class PdfMutatorTest {
  private static final byte[] PDF =
      TestPdfs.textPages(List.of("Invoice 1 total 12.50", "page two"));

  @Test
  void sameBytesSeedAndIndexGiveTheSameMutation() {
    for (int i = 0; i < 24; i++) {
      Mutation a = PdfMutator.mutate(PDF, 7, i);
      Mutation b = PdfMutator.mutate(PDF.clone(), 7, i);
      assertThat(b.bytes()).as("index %d", i).isEqualTo(a.bytes());
      assertThat(b.kind()).isEqualTo(a.kind());
      assertThat(b.note()).isEqualTo(a.note());
    }
  }

  @Test
  void mutationsDifferFromTheOriginalAndFromEachOtherAcrossSeeds() {
    int differentAcrossSeeds = 0;
    for (int i = 0; i < 16; i++) {
      Mutation m = PdfMutator.mutate(PDF, 1, i);
      assertThat(m.bytes()).as("index %d (%s)", i, m.note()).isNotEqualTo(PDF);
      if (!java.util.Arrays.equals(m.bytes(), PdfMutator.mutate(PDF, 2, i).bytes())) {
        differentAcrossSeeds++;
      }
    }
    assertThat(differentAcrossSeeds).isGreaterThan(12);
  }

  @Test
  void theInputIsNeverModified() {
    byte[] copy = PDF.clone();
    for (int i = 0; i < 16; i++) {
      PdfMutator.mutate(copy, 3, i);
    }
    assertThat(copy).isEqualTo(PDF);
  }

  @Test
  void aWellFormedPdfGetsEveryKindWithoutFallingBack() {
    Set<MutationKind> seen = EnumSet.noneOf(MutationKind.class);
    for (int i = 0; i < 8 * 6; i++) {
      Mutation m = PdfMutator.mutate(PDF, 11, i);
      assertThat(m.kind()).as("index %d: %s", i, m.note()).isEqualTo(PdfMutator.kindFor(i));
      seen.add(m.kind());
    }
    assertThat(seen).hasSize(PdfMutator.KINDS).doesNotContain(MutationKind.FALLBACK_BYTE_FLIP);
  }

  @Test
  void truncationShortensAndDeepNestingInsertsDeepSyntax() {
    for (int i = 0; i < 40; i += 8) {
      assertThat(PdfMutator.mutate(PDF, 5, i + 1).bytes().length).isLessThan(PDF.length);
      String nested =
          new String(
              PdfMutator.mutate(PDF, 5, i + 4).bytes(),
              java.nio.charset.StandardCharsets.ISO_8859_1);
      assertThat(nested).containsPattern("/RectoDeep (\\[\\[\\[\\[|<</K <</K )");
    }
  }

  @Test
  void formNestingMakesTheFirstPageDrawAChainOfForms() throws IOException {
    Mutation m = PdfMutator.mutate(PDF, 9, 5);
    assertThat(m.kind()).isEqualTo(MutationKind.FORM_NESTING);
    int depth = Integer.parseInt(m.note().replaceAll(".*draws (\\d+) nested.*", "$1"));
    try (PDDocument doc = Loader.loadPDF(m.bytes())) {
      PDResources resources = doc.getPage(0).getResources();
      PDFormXObject form = null;
      for (COSName name : resources.getXObjectNames()) {
        if (resources.getXObject(name) instanceof PDFormXObject f) {
          form = f;
        }
      }
      int chain = 0;
      while (form != null && chain <= depth) {
        chain++;
        form = (PDFormXObject) form.getResources().getXObject(COSName.getPDFName("RectoNext"));
      }
      assertThat(chain).as(m.note()).isGreaterThanOrEqualTo(Math.min(depth, 16));
    }
  }

  @Test
  void notAPdfFallsBackToByteFlipsAndEmptyInputStillMutates() {
    byte[] text = "hello, not a pdf".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Mutation m = PdfMutator.mutate(text, 1, 2); // XREF_DAMAGE has nothing to work on
    assertThat(m.kind()).isEqualTo(MutationKind.FALLBACK_BYTE_FLIP);
    assertThat(m.note()).startsWith("XREF_DAMAGE n/a");
    assertThat(PdfMutator.mutate(new byte[0], 1, 0).bytes()).hasSize(1);
    assertThatThrownBy(() -> PdfMutator.mutate(PDF, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
