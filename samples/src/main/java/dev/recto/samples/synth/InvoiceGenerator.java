package dev.recto.samples.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Makes the facts of synthetic invoices ({@link InvoiceSpec}) from a seed and an index. The same
 * seed and index always give the same invoice, independent of how many others are made, of the
 * clock and of hash iteration order; invoice {@code i} draws from its own {@link SplittableRandom}.
 *
 * <p>Arithmetic uses {@link BigDecimal} rounded half-up to cents and holds (see {@link
 * InvoiceArithmetic}) except for a flagged share, about {@value #INCONSISTENT_PERCENT}%, that
 * carries an {@link Inconsistency}.
 *
 * <p>Construction reads the locale files and word lists once; afterwards an instance is immutable
 * and thread-safe.
 *
 * <pre>{@code
 * InvoiceGenerator generator = new InvoiceGenerator();
 * InvoiceSpec spec = generator.generate(42L, 0);
 * }</pre>
 */
public final class InvoiceGenerator {

  /** Share of invoices that are deliberately inconsistent, in percent. */
  public static final int INCONSISTENT_PERCENT = 3;

  private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
  private static final int DAYS = 1460;
  private static final int[] PAYMENT_DAYS = {7, 10, 14, 14, 30, 30, 30, 45, 60};
  private static final List<String> INVOICE_IDS =
      List.of(
          "INV-{yyyy}-#####",
          "{yyyy}-####",
          "RE{yy}####",
          "F{yyyy}/####",
          "######",
          "INV####",
          "{yy}-###-###",
          "A{yyyy}.#####");
  private static final List<String> ORDER_IDS = List.of("PO-######", "4500######", "ORD/#####");
  private static final List<String> CUSTOMER_IDS = List.of("C-#####", "KD####", "######", "CU###");
  private static final BigDecimal[] DISCOUNTS = {
    new BigDecimal("0.02"), new BigDecimal("0.03"), new BigDecimal("0.05"), new BigDecimal("0.10")
  };

  private final List<SynthLocale> locales;
  private final List<String> companies;
  private final Map<String, List<String>> lists = new HashMap<>();

  /** Loads the seven locales and the word lists from the class path. */
  public InvoiceGenerator() {
    this.locales = SynthLocales.load();
    this.companies = WordLists.read("companies");
    for (SynthLocale l : locales) {
      lists.computeIfAbsent("products-" + l.language(), WordLists::read);
      lists.computeIfAbsent("trades-" + l.language(), WordLists::read);
      lists.computeIfAbsent("streets-" + l.country(), WordLists::read);
      lists.computeIfAbsent("cities-" + l.country(), WordLists::read);
    }
  }

  /** The locales, in {@link SynthLocales#IDS} order. */
  public List<SynthLocale> locales() {
    return locales;
  }

  /** The invoice with this index under this seed, in a locale picked by the seed. */
  public InvoiceSpec generate(long seed, int index) {
    SplittableRandom random = random(seed, index, 0);
    return generate(random, locales.get(random.nextInt(locales.size())));
  }

  /** The invoice with this index under this seed, in the given locale. */
  public InvoiceSpec generate(long seed, int index, String localeId) {
    SynthLocale locale =
        locales.stream()
            .filter(l -> l.id().equals(localeId))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown locale " + localeId + "; known: " + SynthLocales.IDS));
    SplittableRandom random = random(seed, index, 0);
    random.nextInt(locales.size()); // keep the stream aligned with generate(seed, index)
    return generate(random, locale);
  }

  /**
   * A random stream for one invoice and purpose, independent of every other index: the seed and
   * index are mixed (SplitMix64 finalizer) into the stream's seed.
   */
  static SplittableRandom random(long seed, int index, int purpose) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1L) + 0xD1B54A32D192ED03L * purpose;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new SplittableRandom(z ^ (z >>> 31));
  }

  private InvoiceSpec generate(SplittableRandom r, SynthLocale locale) {
    Map<Label, String> labels = new EnumMap<>(Label.class);
    for (Label label : Label.values()) {
      if (!label.late()) {
        labels.put(label, pick(r, locale.labels().get(label)));
      }
    }
    LocalDate issued = FIRST_DAY.plusDays(r.nextInt(DAYS));
    int days = PAYMENT_DAYS[r.nextInt(PAYMENT_DAYS.length)];
    labels.put(Label.PAYMENT_TERMS, labels.get(Label.PAYMENT_TERMS).replace("{days}", "" + days));
    String invoiceId = idFrom(pick(r, INVOICE_IDS), issued, r);
    String order = r.nextInt(100) < 55 ? BankIds.fill(pick(r, ORDER_IDS), r) : null;
    String customerId = BankIds.fill(pick(r, CUSTOMER_IDS), r);
    Party vendor = party(r, locale, true);
    Party customer = party(r, locale, r.nextInt(100) < 40);
    List<LineItemSpec> items = items(r, locale);
    BigDecimal discountRate =
        r.nextInt(100) < 15 ? DISCOUNTS[r.nextInt(DISCOUNTS.length)] : BigDecimal.ZERO;
    Inconsistency inconsistency = null;
    Totals totals;
    if (r.nextInt(100) >= INCONSISTENT_PERCENT) {
      totals = totals(items, discountRate, null, BigDecimal.ZERO);
    } else {
      Inconsistency.Kind kind =
          Inconsistency.Kind.values()[r.nextInt(Inconsistency.Kind.values().length)];
      BigDecimal off = BigDecimal.valueOf(r.nextInt(1, 2000), 2);
      if (kind == Inconsistency.Kind.LINE_AMOUNT) {
        int i = r.nextInt(items.size());
        LineItemSpec it = items.get(i);
        items.set(
            i,
            new LineItemSpec(
                it.productCode(),
                it.description(),
                it.quantity(),
                it.unit(),
                it.unitPrice(),
                it.taxRate(),
                it.amount().add(off)));
        inconsistency = new Inconsistency(kind, "line " + (i + 1) + " amount off by " + off);
      } else {
        inconsistency =
            new Inconsistency(
                kind, (kind == Inconsistency.Kind.TOTAL ? "total" : "tax") + " off by " + off);
      }
      totals = totals(items, discountRate, inconsistency.kind(), off);
    }
    return spec(
        r,
        locale,
        labels,
        issued,
        days,
        invoiceId,
        order,
        customerId,
        vendor,
        customer,
        items,
        totals,
        inconsistency);
  }

  private InvoiceSpec spec(
      SplittableRandom r,
      SynthLocale locale,
      Map<Label, String> labels,
      LocalDate issued,
      int days,
      String invoiceId,
      String order,
      String customerId,
      Party vendor,
      Party customer,
      List<LineItemSpec> items,
      Totals totals,
      Inconsistency inconsistency) {
    PaymentDetails payment = payment(r, locale, labels.get(Label.PAYMENT_TERMS));
    DatePattern dates = pick(r, locale.datePatterns());
    boolean code = r.nextInt(100) < 30;
    // Drawn last, so that invoices made before these existed keep all their other facts.
    for (Label label : Label.values()) {
      if (label.late()) {
        labels.put(label, pick(r, locale.labels().get(label)));
      }
    }
    Party shipTo = new Party(customer.name(), party(r, locale, false).addressLines(), null);
    return new InvoiceSpec(
        locale,
        invoiceId,
        issued,
        issued.plusDays(days),
        order,
        customerId,
        vendor,
        customer,
        locale.currency(),
        code,
        dates,
        items,
        totals,
        payment,
        labels,
        inconsistency,
        shipTo);
  }

  private static String idFrom(String pattern, LocalDate date, SplittableRandom r) {
    String year = String.valueOf(date.getYear());
    return BankIds.fill(pattern.replace("{yyyy}", year).replace("{yy}", year.substring(2)), r);
  }

  private Party party(SplittableRandom r, SynthLocale locale, boolean withTaxId) {
    String stem = pick(r, companies);
    String name =
        switch (r.nextInt(3)) {
          case 0 -> stem + " & " + pick(r, companies);
          default -> stem + " " + pick(r, lists.get("trades-" + locale.language()));
        };
    name = name + " " + pick(r, locale.legalForms());
    List<String> lines = new ArrayList<>();
    String street = pick(r, lists.get("streets-" + locale.country()));
    String number = String.valueOf(r.nextInt(1, 240));
    String city = pick(r, lists.get("cities-" + locale.country()));
    String postcode = BankIds.fill(pick(r, locale.postcodes()), r);
    String region = locale.regions().isEmpty() ? "" : pick(r, locale.regions());
    for (String template : locale.addressLines()) {
      lines.add(
          template
              .replace("{street}", street)
              .replace("{number}", number)
              .replace("{city}", city)
              .replace("{postcode}", postcode)
              .replace("{state}", region)
              .replace("{province}", region));
    }
    if (r.nextInt(100) < 30) {
      lines.add(locale.countryName());
    }
    String taxId = withTaxId ? BankIds.taxId(locale.taxIdPattern(), r) : null;
    return new Party(name, lines, taxId);
  }

  private List<LineItemSpec> items(SplittableRandom r, SynthLocale locale) {
    int roll = r.nextInt(100);
    int count = roll < 70 ? r.nextInt(1, 9) : roll < 92 ? r.nextInt(9, 19) : r.nextInt(25, 46);
    boolean mixed = !locale.reducedRates().isEmpty() && r.nextInt(100) < 30;
    BigDecimal standard = pick(r, locale.standardRates());
    List<String> products = lists.get("products-" + locale.language());
    List<LineItemSpec> items = new ArrayList<>();
    int code = r.nextInt(1000, 90000);
    for (int i = 0; i < count; i++) {
      String[] p = pick(r, products).split(";");
      String unit = p[1];
      int low = Integer.parseInt(p[2]);
      int high = Integer.parseInt(p[3]);
      BigDecimal price = BigDecimal.valueOf(low * 100L + r.nextLong((high - low) * 100L + 1), 2);
      if (r.nextBoolean()) {
        price = price.setScale(0, RoundingMode.HALF_UP).setScale(2);
      }
      BigDecimal quantity =
          unit.length() <= 4 && (unit.startsWith("h") || unit.startsWith("S") || unit.equals("ore"))
              ? BigDecimal.valueOf(r.nextInt(1, 80), 1).multiply(new BigDecimal("5"))
              : BigDecimal.valueOf(r.nextInt(100) < 60 ? r.nextInt(1, 4) : r.nextInt(1, 25));
      BigDecimal rate = mixed && r.nextInt(100) < 35 ? pick(r, locale.reducedRates()) : standard;
      BigDecimal amount = InvoiceArithmetic.cents(quantity.multiply(price));
      String productCode = (code + i * 7 + r.nextInt(7)) + "-" + (char) ('A' + r.nextInt(26));
      items.add(
          new LineItemSpec(
              productCode, p[0], quantity.stripTrailingZeros(), unit, price, rate, amount));
    }
    return items;
  }

  /**
   * Totals from the line amounts. A discount reduces each rate's base (rounded per rate); the
   * discount is the difference, so bases and discount add up to the subtotal exactly.
   */
  private static Totals totals(
      List<LineItemSpec> items,
      BigDecimal discountRate,
      Inconsistency.Kind broken,
      BigDecimal off) {
    BigDecimal subTotal = BigDecimal.ZERO;
    TreeMap<BigDecimal, BigDecimal> byRate = new TreeMap<>(java.util.Comparator.reverseOrder());
    for (LineItemSpec item : items) {
      subTotal = subTotal.add(item.amount());
      byRate.merge(item.taxRate(), item.amount(), BigDecimal::add);
    }
    BigDecimal keep = BigDecimal.ONE.subtract(discountRate);
    List<TaxLine> taxes = new ArrayList<>();
    BigDecimal bases = BigDecimal.ZERO;
    BigDecimal totalTax = BigDecimal.ZERO;
    boolean first = true;
    for (Map.Entry<BigDecimal, BigDecimal> e : byRate.entrySet()) {
      BigDecimal base = InvoiceArithmetic.cents(e.getValue().multiply(keep));
      BigDecimal tax = InvoiceArithmetic.cents(base.multiply(e.getKey()));
      if (first && broken == Inconsistency.Kind.TAX_AMOUNT) {
        tax = tax.add(off);
      }
      first = false;
      taxes.add(new TaxLine(e.getKey(), base, tax));
      bases = bases.add(base);
      totalTax = totalTax.add(tax);
    }
    BigDecimal discount = subTotal.subtract(bases);
    BigDecimal total = bases.add(totalTax);
    if (broken == Inconsistency.Kind.TOTAL) {
      total = total.add(off);
    }
    return new Totals(subTotal, discountRate, discount, taxes, totalTax, total, total);
  }

  private static PaymentDetails payment(SplittableRandom r, SynthLocale locale, String terms) {
    String bank = pick(r, locale.banks());
    if (Iban.supports(locale.country())) {
      return new PaymentDetails(
          bank,
          Iban.generate(locale.country(), r),
          BankIds.bic(locale.country(), r),
          null,
          null,
          terms);
    }
    String account = BankIds.fill("##########".substring(r.nextInt(3)), r);
    return new PaymentDetails(bank, null, null, BankIds.abaRouting(r), account, terms);
  }

  private static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
