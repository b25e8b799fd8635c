package dev.recto.ocr.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Generates one-page PDFs of German, French and Spanish invoice text, full of letters such as
 * {@code ö ß ç ñ €}, set in a TrueType font that has them; the PDF's text layer is the truth. Used
 * by the evaluation's {@code latin} set to measure what PP-OCR's dictionary lacks.
 *
 * <p>Stateless and thread-safe.
 */
public final class LatinPages {

  /** DejaVu Sans as Debian's {@code fonts-dejavu-core} installs it. */
  public static final Path DEFAULT_FONT =
      Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  /** Font size of the generated text, points. */
  static final float FONT_SIZE = 11f;

  private static final float MARGIN = 60f;

  private static final float LEADING = 18f;

  /** The texts by ISO 639-1 language code, one paragraph per element. */
  public static final Map<String, List<String>> TEXTS =
      Map.of(
          "de",
          List.of(
              "Rechnung Nr. 2026-0815 vom 26.11.2026",
              "Müller & Söhne GmbH, Große Straße 12, 80331 München",
              "Sehr geehrte Frau Schäfer, für Ihre Bestellung berechnen wir:",
              "Pos. Menge Bezeichnung Einzelpreis Gesamtpreis",
              "1 3 Stück Kühlschrank Größe L 499,00 € 1.497,00 €",
              "2 12 Packungen Brötchen, Weißmehl 2,50 € 30,00 €",
              "3 1 Übernachtung im Gästehaus Ölmühle 89,00 € 89,00 €",
              "Zwischensumme 1.616,00 € zzgl. 19 % Umsatzsteuer 307,04 €",
              "Gesamtbetrag 1.923,04 €",
              "Zahlbar innerhalb von 14 Tagen ohne Abzug. Bei Rückfragen wenden Sie sich an unsere"
                  + " Buchhaltung: Frau Jürgens, Telefon 089 123456, Haltestelle Südbahnhof.",
              "Bankverbindung: Sparkasse Fürth, IBAN DE89 3704 0044 0532 0130 00",
              "Geschäftsführer: Jörg Weiß, Amtsgericht Köln HRB 12345",
              "Öffnungszeiten: Montag bis Freitag, 8 bis 17 Uhr. Grüße aus Düsseldorf!"),
          "fr",
          List.of(
              "Facture n° 2026-1126 du 26 novembre 2026",
              "Société Générale des Boissons, 15 rue de l'Église, 75004 Paris",
              "Désignation Quantité Prix unitaire Montant",
              "Crème brûlée maison 12 4,50 € 54,00 €",
              "Pâté de campagne 5 7,80 € 39,00 €",
              "Bœuf bourguignon, côte rôtie 3 18,90 € 56,70 €",
              "Forêt-Noire et gâteau à l'ananas 2 22,00 € 44,00 €",
              "Total hors taxes 193,70 € TVA à 20 % 38,74 € Total toutes taxes comprises 232,44 €",
              "Règlement à réception de la facture, par chèque ou virement.",
              "Pénalités de retard : trois fois le taux d'intérêt légal.",
              "Siège social : 8 boulevard Haussmann, Château-Thierry.",
              "Maître d'hôtel : François Lefèvre, très aimable. Noël, naïf, Ça, où, sûr, îlot.",
              "Conformément à l'article L.441-10 du Code de commerce, une indemnité forfaitaire"
                  + " de 40 € est due."),
          "es",
          List.of(
              "Factura n.º 2026-0042, fecha 26 de noviembre de 2026",
              "Compañía Española de Señalización, S.L., Calle Núñez de Balboa 31, 28001 Madrid",
              "Descripción Cantidad Precio Importe",
              "Jamón ibérico de bellota 2 89,00 € 178,00 €",
              "Piñones y azúcar moreno 10 3,20 € 32,00 €",
              "Diseño de señales para el año 2027 1 450,00 € 450,00 €",
              "Base imponible 660,00 € IVA 21 % 138,60 € Total a pagar 798,60 €",
              "¿Tiene alguna pregunta? Llame al 912 345 678 o escriba a atención al cliente.",
              "¡Gracias por su confianza! Envío gratuito a La Coruña, Logroño y Cádiz.",
              "Forma de pago: transferencia bancaria, vencimiento a treinta días.",
              "Pequeño descuento por pronto pago del 2 % según condiciones.",
              "Señor Muñoz, niño, España, mañana, otoño, cumpleaños, caña, baño."));

  private LatinPages() {}

  /**
   * A one-page A4 PDF of the language's text, lines wrapped to the margins.
   *
   * @param language a key of {@link #TEXTS}
   * @param font a TrueType font file with the text's letters
   * @return the PDF's bytes
   * @throws IllegalArgumentException for a language without a text
   * @throws IOException when the font cannot be read
   */
  public static byte[] pdf(String language, Path font) throws IOException {
    List<String> paragraphs = TEXTS.get(language);
    if (paragraphs == null) {
      throw new IllegalArgumentException(
          "no text for language '" + language + "'; known: " + TEXTS.keySet());
    }
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType0Font f = PDType0Font.load(doc, font.toFile());
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(f, FONT_SIZE);
        content.setLeading(LEADING);
        content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
        for (String paragraph : paragraphs) {
          for (String line : wrap(paragraph, f, width)) {
            content.showText(line);
            content.newLine();
          }
        }
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static List<String> wrap(String paragraph, PDType0Font font, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
