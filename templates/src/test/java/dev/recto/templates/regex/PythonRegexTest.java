package dev.recto.templates.regex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class PythonRegexTest {

  @Test
  void namedGroupsWithUnderscoresAreMappedAndReportedByTheirPythonNames() {
    PythonRegex re = PythonRegex.compile("(?P<price_unit>\\d+),(?P<qty>\\d+)?");
    Matcher m = re.search("x 12, y").orElseThrow();
    Map<String, String> groups = re.groupDict(m);
    assertThat(groups).containsEntry("price_unit", "12").containsEntry("qty", null);
    assertThat(List.copyOf(groups.keySet())).containsExactly("price_unit", "qty");
    assertThat(re.groupNames()).containsExactly("price_unit", "qty");
  }

  @Test
  void backReferenceByNameCommentsAndZ() {
    assertThat(PythonRegex.compile("(?P<a_b>x)-(?P=a_b)(?#a comment)\\Z").search("x-x").isPresent())
        .isTrue();
    assertThat(PythonRegex.compile("x\\Z").search("x\n").isPresent()).isFalse();
  }

  @Test
  void bracesThatAreNotQuantifiersAreLiteralAndOpenMinimumIsZero() {
    assertThat(PythonRegex.toJava("\\d{,3}")).isEqualTo("\\d{0,3}");
    assertThat(PythonRegex.compile("a{b}").search("xa{b}").isPresent()).isTrue();
    assertThat(PythonRegex.compile("^\\d{,2}$").search("123").isPresent()).isFalse();
    assertThat(PythonRegex.compile("x{2,}").search("xx").isPresent()).isTrue();
  }

  @Test
  void bracketAndAmpersandInsideAClassAreLiteral() {
    assertThat(PythonRegex.compile("[[a]+").findAll("[a[")).containsExactly(List.of("[a["));
    assertThat(PythonRegex.compile("[a&&b]").search("&").isPresent()).isTrue();
    assertThat(PythonRegex.compile("[]x]").search("]").isPresent()).isTrue();
  }

  @Test
  void inlineFlagsAreKeptAndUnicodeFlagDropped() {
    assertThat(PythonRegex.compile("(?i)(paypal)").findAll("PayPal"))
        .containsExactly(List.of("PayPal"));
    assertThat(PythonRegex.compile("(?u)\\w+").search("a").isPresent()).isTrue();
    assertThat(PythonRegex.compile("(?i:ab)c").search("ABc").isPresent()).isTrue();
  }

  @Test
  void classesAreUnicodeAwareAndOnlyNewlineEndsALine() {
    assertThat(PythonRegex.compile("(\\w+)").findAll("Grundgebühr"))
        .containsExactly(List.of("Grundgebühr"));
    assertThat(PythonRegex.compile("a.b").search("a\rb").isPresent()).isTrue();
    assertThat(PythonRegex.compile("a.b").search("a\nb").isPresent()).isFalse();
    assertThat(PythonRegex.compile("(?m)^b$").search("a\r\nb").isPresent()).isTrue();
  }

  @Test
  void findAllGivesTheWholeMatchTheGroupOrAllGroups() {
    assertThat(PythonRegex.compile("\\d+").findAll("1 22"))
        .containsExactly(List.of("1"), List.of("22"));
    assertThat(PythonRegex.compile("a(\\d)?").findAll("a a1"))
        .containsExactly(List.of(""), List.of("1"));
    assertThat(PythonRegex.compile("(\\w)(\\d)").findAll("a1")).containsExactly(List.of("a", "1"));
    assertThat(PythonRegex.compile("(?:\\w)(\\d)").groupCount()).isEqualTo(1);
  }

  @Test
  void lazyExactQuantifierStaysExact() {
    assertThat(PythonRegex.compile("^[A-Z]{2}\\d{2}?\\w{4}?$").search("NL12ABCD").isPresent())
        .isTrue();
    assertThat(PythonRegex.compile("^[A-Z]{2}\\d{2}?\\w{4}?$").search("NLABCD").isPresent())
        .isFalse();
  }

  @Test
  void subExpandsPythonReplacementTemplates() {
    PythonRegex re = PythonRegex.compile("(?P<qty>\\d{2}\\s)L");
    assertThat(re.sub("\\g<qty>LTR", "1.00 L")).isEqualTo("1.00 LTR");
    assertThat(PythonRegex.compile("(a)(b)?").sub("\\2\\1\\g<1>", "a")).isEqualTo("aa");
    assertThat(PythonRegex.compile("x").sub("\\n", "axb")).isEqualTo("a\nb");
  }

  @Test
  void invalidPatternsFailWithTheReason() {
    assertThatThrownBy(() -> PythonRegex.compile("(BTW type"))
        .isInstanceOf(PatternSyntaxException.class);
    assertThatThrownBy(() -> PythonRegex.compile("(?P<a>x)(?P<a>y)"))
        .isInstanceOf(PatternSyntaxException.class)
        .hasMessageContaining("redefinition");
    assertThatThrownBy(() -> PythonRegex.compile("(?P=nope)"))
        .isInstanceOf(PatternSyntaxException.class)
        .hasMessageContaining("unknown group name");
  }

  @Test
  void escapesKeepPythonsMeaning() {
    assertThat(PythonRegex.compile("a\\vb").search("a\u000bb").isPresent()).isTrue();
    assertThat(PythonRegex.compile("a\\vb").search("a\nb").isPresent()).isFalse();
    assertThat(PythonRegex.compile("[\\b]").search("\b").isPresent()).isTrue();
    assertThat(PythonRegex.compile("\\bx\\b").search("a x b").isPresent()).isTrue();
    assertThat(PythonRegex.compile("a\\0").search("a\u0000").isPresent()).isTrue();
  }

  @Test
  void splitKeepsEmptyParts() {
    assertThat(PythonRegex.compile("\\n").split("a\n\nb\n")).containsExactly("a", "", "b", "");
  }
}
