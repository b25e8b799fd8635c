package dev.recto.reliability.mutate;

import java.util.List;
import java.util.SplittableRandom;

/** Indirect objects duplicated or removed. Stateless. */
final class ObjectDamage {
  private ObjectDamage() {}

  /** One object copied, or null when the file has no complete indirect object. */
  static Damage duplicate(byte[] original, SplittableRandom random) {
    PdfText pdf = PdfText.of(original);
    List<PdfText.IndirectObject> objects = pdf.objects();
    if (objects.isEmpty()) {
      return null;
    }
    PdfText.IndirectObject source = objects.get(random.nextInt(objects.size()));
    PdfText.IndirectObject target = objects.get(random.nextInt(objects.size()));
    String text = pdf.text();
    if (random.nextBoolean()) {
      // The same object again, after another object: two definitions of one number.
      String copy = "\n" + text.substring(source.start(), source.end()) + "\n";
      return new Damage(
          pdf.insert(target.end(), copy).bytes(),
          "object " + source.number() + " copied after object " + target.number());
    }
    // Another object's body under this number, appended after the last object.
    String copy =
        "\n" + target.number() + " " + target.generation() + " obj" + source.body(text) + "\n";
    PdfText.IndirectObject last = objects.get(objects.size() - 1);
    return new Damage(
        pdf.insert(last.end(), copy).bytes(),
        "object " + target.number() + " redefined with the body of " + source.number());
  }

  /** One object removed, blanked or unterminated, or null when there is none. */
  static Damage remove(byte[] original, SplittableRandom random) {
    PdfText pdf = PdfText.of(original);
    List<PdfText.IndirectObject> objects = pdf.objects();
    if (objects.isEmpty()) {
      return null;
    }
    PdfText.IndirectObject victim = objects.get(random.nextInt(objects.size()));
    return switch (random.nextInt(3)) {
      case 0 ->
          new Damage(
              pdf.replace(victim.start(), victim.end(), "").bytes(),
              "object " + victim.number() + " deleted");
      case 1 ->
          new Damage(
              pdf.replace(victim.start(), victim.end(), " ".repeat(victim.end() - victim.start()))
                  .bytes(),
              "object " + victim.number() + " blanked, offsets kept");
      default -> {
        String body = victim.body(pdf.text());
        int stream = body.indexOf("endstream");
        int cut = stream >= 0 ? victim.bodyStart() + stream : victim.end() - "endobj".length();
        int len = stream >= 0 ? "endstream".length() : "endobj".length();
        yield new Damage(
            pdf.replace(cut, cut + len, "").bytes(),
            "object " + victim.number() + (stream >= 0 ? " lost endstream" : " lost endobj"));
      }
    };
  }
}
