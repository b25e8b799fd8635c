package dev.recto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Recto parses no XML today (no XMP, no embedded invoice XML, no XML in the review module), so
 * there is nothing to harden against XXE. This guard keeps it that way until someone adds XML on
 * purpose: it fails when main code names a JDK XML parser factory or an XMP parser, and when
 * PDFBox's XMP parser (xmpbox) is on the class path. Whoever adds XML parsing must turn doctypes
 * and external entities off (see docs/reliability.md, "Safe loading") and list the file here.
 */
class NoUnhardenedXmlTest {

  private static final Pattern XML_PARSERS =
      Pattern.compile(
          "DocumentBuilderFactory|XMLInputFactory|SAXParserFactory|SAXParser\\b|XMLReader"
              + "|TransformerFactory|SchemaFactory|XPathFactory|DomXmpParser|XmpParser");

  /** Main source files allowed to parse XML, each with doctypes and external entities off. */
  private static final List<String> HARDENED = List.of();

  @Test
  void noMainCodeParsesXml() throws IOException {
    Path root = repositoryRoot();
    Assumptions.assumeTrue(root != null, "skipped: not run inside the Recto source tree");
    List<String> offenders;
    try (Stream<Path> walk = Files.walk(root)) {
      offenders =
          walk.filter(p -> p.toString().endsWith(".java"))
              .filter(p -> p.toString().contains("/src/main/java/"))
              .filter(p -> !p.toString().contains("/target/"))
              .filter(p -> XML_PARSERS.matcher(read(p)).find())
              .map(p -> root.relativize(p).toString())
              .filter(p -> !HARDENED.contains(p))
              .sorted()
              .toList();
    }
    assertThat(offenders)
        .as("main code that parses XML without being listed as hardened")
        .isEmpty();
  }

  @Test
  void xmpboxIsNotOnTheClassPath() {
    assertThat(getClass().getClassLoader().getResource("org/apache/xmpbox/xml/DomXmpParser.class"))
        .as("PDFBox's XMP parser: harden it before using it")
        .isNull();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The folder above the working directory that holds {@code core/src/main/java}. */
  private static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("core/src/main/java"))
          && Files.isDirectory(p.resolve("cli/src/main/java"))) {
        return p;
      }
    }
    return null;
  }
}
