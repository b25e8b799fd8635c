package dev.recto.extraction.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

  @ParameterizedTest(name = "{0}: \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DMY | 05/03/2024            | 2024-03-05",
        "MDY | 05/03/2024            | 2024-05-03",
        "DMY | 5.3.2024              | 2024-03-05",
        "DMY | 05.03.24              | 2024-03-05",
        "DMY | 05-03-2024            | 2024-03-05",
        "DMY | 5. 3. 2024            | 2024-03-05",
        "DMY | 05 03 2024            | 2024-03-05",
        "DMY | 31/12/99              | 1999-12-31",
        "DMY | 01/01/69              | 2069-01-01",
        "DMY | 01/01/70              | 1970-01-01",
        "DMY | 29.02.2024            | 2024-02-29",
        "MDY | 12/31/2024            | 2024-12-31",
        "MDY | 3/5/24                | 2024-03-05",
        "YMD | 24/03/05              | 2024-03-05",
        "YMD | 05/03/2024            | 2024-03-05",
        "DMY | 2024-03-05            | 2024-03-05",
        "MDY | 2024-03-05            | 2024-03-05",
        "DMY | 2024/3/5              | 2024-03-05",
        "DMY | 2024.03.05            | 2024-03-05",
        "DMY | 5 March 2024          | 2024-03-05",
        "MDY | 5 March 2024          | 2024-03-05",
        "DMY | March 5, 2024         | 2024-03-05",
        "DMY | Mar. 5, 2024          | 2024-03-05",
        "DMY | Mar 5 2024            | 2024-03-05",
        "DMY | March 5th, 2024       | 2024-03-05",
        "DMY | 1st March 2024        | 2024-03-01",
        "DMY | 1st of March 2024     | 2024-03-01",
        "DMY | 5. März 2024          | 2024-03-05",
        "DMY | 5. Maerz 2024         | 2024-03-05",
        "DMY | 05. Mrz. 2024         | 2024-03-05",
        "DMY | 5 mars 2024           | 2024-03-05",
        "DMY | 1er avril 2024        | 2024-04-01",
        "DMY | 15 févr. 2024         | 2024-02-15",
        "DMY | 15 fevr 2024          | 2024-02-15",
        "DMY | 15 FÉVRIER 2024       | 2024-02-15",
        "DMY | 3 août 2024           | 2024-08-03",
        "DMY | 3 juil. 2024          | 2024-07-03",
        "DMY | 3 juin 2024           | 2024-06-03",
        "DMY | 5 de marzo de 2024    | 2024-03-05",
        "DMY | 1.º de enero de 2024  | 2024-01-01",
        "DMY | 5 dic 2024            | 2024-12-05",
        "DMY | 5 settembre 2024      | 2024-09-05",
        "DMY | 5 giu 2024            | 2024-06-05",
        "DMY | 5 maart 2024          | 2024-03-05",
        "DMY | 5 mrt 2024            | 2024-03-05",
        "DMY | 5 mrt. 2024           | 2024-03-05",
        "DMY | 5 mei 2024            | 2024-05-05",
        "DMY | 5 okt 2024            | 2024-10-05",
        "DMY | 5 de março de 2024    | 2024-03-05",
        "DMY | 5 de marco de 2024    | 2024-03-05",
        "DMY | 5 out. 2024           | 2024-10-05",
        "DMY | 5 fev 2024            | 2024-02-05",
        "DMY | 05-Mar-24             | 2024-03-05",
        "DMY | 05-MAR-2024           | 2024-03-05",
        "DMY | 5 Sept 2024           | 2024-09-05",
        "DMY | 5 Sep 2024            | 2024-09-05",
        "DMY | 2024-Mar-05           | 2024-03-05",
        "DMY | '  5 May 2024 '       | 2024-05-05",
      })
  void parses(DateOrder order, String text, LocalDate expected) {
    assertThat(new DateParser(order).parse(text)).contains(expected);
  }

  @ParameterizedTest(name = "{0}: \"{1}\" is no date")
  @CsvSource(
      delimiter = '|',
      value = {
        "DMY | 31.02.2024",
        "DMY | 29.02.2023",
        "DMY | 12/31/2024",
        "MDY | 31/12/2024",
        "DMY | 32.01.2024",
        "DMY | 00.01.2024",
        "DMY | 05/03-2024",
        "DMY | 05 03 24",
        "DMY | 05.03.1850",
        "DMY | 05.03.204",
        "DMY | 1.234,56",
        "DMY | 12.50",
        "DMY | 5 Foo 2024",
        "DMY | 5 ma 2024",
        "DMY | 5 jui 2024",
        "DMY | March 2024",
        "DMY | 31 April 2024",
        "DMY | 2024-13-01",
        "DMY | 1.2.3.4",
        "DMY | ''",
      })
  void rejects(DateOrder order, String text) {
    assertThat(new DateParser(order).parse(text)).isEmpty();
  }

  @Test
  void findsDatesInText() {
    String text = "Rechnungsdatum: 5. März 2024, fällig am 19.03.24 (Lieferung 2024-03-01).";
    List<Match<LocalDate>> found = new DateParser(DateOrder.DMY).findAll(text);
    assertThat(found)
        .extracting(Match::value)
        .containsExactly(
            LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 19), LocalDate.of(2024, 3, 1));
    assertThat(found)
        .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
    assertThat(found.get(0).text()).isEqualTo("5. März 2024");
  }

  @Test
  void findsADateGluedToTheTimeAfterIt() {
    DateParser dates = new DateParser(DateOrder.DMY);
    assertThat(dates.findAll("25/12/20188:13:39 PM"))
        .extracting(Match::value, Match::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2018, 12, 25), "25/12/2018"));
    assertThat(dates.findAll("05 Mar201818:24"))
        .extracting(Match::value)
        .containsExactly(LocalDate.of(2018, 3, 5));
    // Digits after a year that are not a time still reject the reading.
    assertThat(dates.findAll("25/12/201812")).isEmpty();
    assertThat(dates.findAll("05 Mar 20181")).isEmpty();
  }

  @Test
  void aZeroReadForTheOOfAMonthIsThatMonth() {
    DateParser dates = new DateParser(DateOrder.DMY);
    assertThat(dates.parse("0ct 29, 2023")).contains(LocalDate.of(2023, 10, 29));
    assertThat(dates.parse("210ct 2024")).contains(LocalDate.of(2024, 10, 21));
    assertThat(dates.parse("12. 0ktober 2023")).contains(LocalDate.of(2023, 10, 12));
    assertThat(dates.parse("12 0kt 2023")).contains(LocalDate.of(2023, 10, 12));
    // not every zero before letters is a month
    assertThat(dates.findAll("Qty 12 0pc 2023")).isEmpty();
  }

  @Test
  void findAllSkipsAmountsVersionsAndPercentages() {
    assertThat(new DateParser(DateOrder.DMY).findAll("Total 1.234,56 v1.2.3.4 12.03.2024% x"))
        .isEmpty();
    assertThat(new DateParser(DateOrder.DMY).findAll(null)).isEmpty();
  }

  @Test
  void findAllPrefersTheLongerOverlappingReading() {
    assertThat(new DateParser(DateOrder.MDY).findAll("Due: March 5, 2024"))
        .extracting(Match::text)
        .containsExactly("March 5, 2024");
  }

  @ParameterizedTest(name = "{0} with hint {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "13/03/2024                  | en-US | DMY",
        "03/13/2024                  | de-DE | MDY",
        "05/03/2024                  | en-US | MDY",
        "05/03/2024                  | en-GB | DMY",
        "05/03/2024                  | de-DE | DMY",
        "05/03/2024                  | en    | MDY",
        "05/03/2024                  | ja-JP | YMD",
        "05/03/2024                  | null  | DMY",
        "2024-03-15                  | en-US | MDY",
        "24/03/05                    | de-DE | DMY",
        "45/03/05                    | en-US | YMD",
        "13.03.2024;03/14/2024       | fr-FR | DMY",
        "13.03.2024;03/14/2024;1/31/24 | de-DE | MDY",
        "Invoice date 14/02/2024     | en-US | DMY",
      })
  void decidesOrderFromEvidenceThenLocale(String texts, String locale, DateOrder expected) {
    Locale hint = locale == null ? null : Locale.forLanguageTag(locale);
    assertThat(DateOrder.fromEvidence(Arrays.asList(texts.split(";")), hint)).isEqualTo(expected);
  }
}
