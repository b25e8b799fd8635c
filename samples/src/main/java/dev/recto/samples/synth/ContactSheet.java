package dev.recto.samples.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recto.core.model.RegionType;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A contact sheet of a synthetic corpus: one PNG with the first page of each invoice rendered small
 * (about 46 dpi for A4), its truth regions outlined in a colour per {@link RegionType}, and a label
 * with design id, locale and file name under each tile. The first cell of the grid is the colour
 * legend. Reads the {@code NAME.pdf} and {@code NAME.truth.json} pairs that {@link SynthCorpus}
 * writes.
 *
 * <pre>{@code
 * SynthCorpus.write(dir, 60, 7L);
 * ContactSheet.write(dir, Path.of("sheet.png"), true); // one invoice per design
 * }</pre>
 *
 * <p>Geometry, in sheet pixels: every cell is {@link #CELL_WIDTH} × {@link #CELL_HEIGHT}; the page
 * is scaled (aspect kept) to fit {@link #PAGE_WIDTH} × {@link #PAGE_HEIGHT} at the cell's top left
 * plus {@link #PAD}; the label sits below it. The sheet has {@code min(COLUMNS, cells)} columns and
 * as many rows as needed for {@code tiles + 1} cells. Region boxes (page-relative, top-left origin)
 * are mapped onto the rendered page and drawn without antialiasing, so their pixels carry exactly
 * {@link #color(RegionType)}.
 *
 * <p>Stateless and thread-safe; each call opens and closes its own documents.
 */
public final class ContactSheet {

  /** Grid columns. */
  public static final int COLUMNS = 6;

  /** Width of the area a page is scaled into, in pixels. */
  public static final int PAGE_WIDTH = 380;

  /** Height of the area a page is scaled into, in pixels. */
  public static final int PAGE_HEIGHT = 540;

  /** Margin around the page area, in pixels. */
  public static final int PAD = 8;

  /** Height of the label strip under a page, in pixels. */
  public static final int LABEL_HEIGHT = 20;

  /** Width of one grid cell, in pixels. */
  public static final int CELL_WIDTH = PAGE_WIDTH + 2 * PAD;

  /** Height of one grid cell, in pixels. */
  public static final int CELL_HEIGHT = PAGE_HEIGHT + LABEL_HEIGHT + 2 * PAD;

  private static final String TRUTH_SUFFIX = ".truth.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<RegionType, Color> COLORS = new EnumMap<>(RegionType.class);

  static {
    COLORS.put(RegionType.TITLE, new Color(0xE6194B));
    COLORS.put(RegionType.VENDOR_BLOCK, new Color(0x3CB44B));
    COLORS.put(RegionType.CUSTOMER_BLOCK, new Color(0x4363D8));
    COLORS.put(RegionType.KEY_VALUE_GROUP, new Color(0xF58231));
    COLORS.put(RegionType.TABLE, new Color(0x911EB4));
    COLORS.put(RegionType.TOTALS_BLOCK, new Color(0xD00090));
    COLORS.put(RegionType.PAYMENT_DETAILS, new Color(0x008080));
    COLORS.put(RegionType.TEXT, new Color(0x9A6324));
    COLORS.put(RegionType.PAGE_HEADER, new Color(0x808000));
    COLORS.put(RegionType.PAGE_FOOTER, new Color(0x000075));
    COLORS.put(RegionType.FIGURE, new Color(0x00B8D0));
  }

  /** A region outline: its class and page-relative box {@code [left, top, right, bottom]}. */
  private record Outline(RegionType type, double left, double top, double right, double bottom) {}

  /** One invoice on the sheet: its files and what its truth says. */
  private record Tile(Path pdf, String name, String designId, String locale, List<Outline> boxes) {}

  private ContactSheet() {}

  /** The outline colour of a region class (opaque, distinct per class). */
  public static Color color(RegionType type) {
    return COLORS.get(type);
  }

  /**
   * Writes a sheet of every invoice in {@code corpusDir}, in file-name order.
   *
   * @return the number of invoice tiles drawn
   */
  public static int write(Path corpusDir, Path png) throws IOException {
    return write(corpusDir, png, false);
  }

  /**
   * Writes a sheet of the invoices in {@code corpusDir} to {@code png} (parent folders created).
   *
   * @param onePerDesign if true, one invoice per design, ordered by design id (the first one, by
   *     file name, in a locale no earlier tile shows, so the sheet also varies the locales);
   *     otherwise every invoice in file-name order
   * @return the number of invoice tiles drawn
   * @throws IllegalArgumentException if the folder holds no truth files
   */
  public static int write(Path corpusDir, Path png, boolean onePerDesign) throws IOException {
    List<Tile> tiles = read(corpusDir);
    if (tiles.isEmpty()) {
      throw new IllegalArgumentException("no *" + TRUTH_SUFFIX + " files in " + corpusDir);
    }
    if (onePerDesign) {
      tiles = onePerDesign(tiles);
    }
    int cells = tiles.size() + 1;
    int columns = Math.min(COLUMNS, cells);
    int rows = (cells + columns - 1) / columns;
    BufferedImage sheet =
        new BufferedImage(columns * CELL_WIDTH, rows * CELL_HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = sheet.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
      legend(g);
      for (int i = 0; i < tiles.size(); i++) {
        int cell = i + 1;
        drawTile(g, tiles.get(i), (cell % columns) * CELL_WIDTH, (cell / columns) * CELL_HEIGHT);
      }
    } finally {
      g.dispose();
    }
    Path parent = png.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (!ImageIO.write(sheet, "png", png.toFile())) {
      throw new IOException("no PNG writer available");
    }
    return tiles.size();
  }

  /**
   * One tile per design, ordered by design id; each design takes its first invoice in a locale no
   * earlier design took, or its first invoice when every locale it has is taken.
   */
  private static List<Tile> onePerDesign(List<Tile> tiles) {
    Map<String, List<Tile>> byDesign = new TreeMap<>();
    tiles.forEach(t -> byDesign.computeIfAbsent(t.designId(), k -> new ArrayList<>()).add(t));
    Set<String> locales = new HashSet<>();
    List<Tile> picked = new ArrayList<>();
    for (List<Tile> candidates : byDesign.values()) {
      Tile pick =
          candidates.stream()
              .filter(t -> !locales.contains(t.locale()))
              .findFirst()
              .orElse(candidates.get(0));
      locales.add(pick.locale());
      picked.add(pick);
    }
    return picked;
  }

  private static List<Tile> read(Path dir) throws IOException {
    List<Path> truths;
    try (Stream<Path> files = Files.list(dir)) {
      truths =
          files.filter(p -> p.getFileName().toString().endsWith(TRUTH_SUFFIX)).sorted().toList();
    }
    List<Tile> tiles = new ArrayList<>();
    for (Path truth : truths) {
      String file = truth.getFileName().toString();
      String name = file.substring(0, file.length() - TRUTH_SUFFIX.length());
      JsonNode root = MAPPER.readTree(truth.toFile());
      List<Outline> boxes = new ArrayList<>();
      for (JsonNode r : root.path("regions")) {
        if (r.path("page").asInt(-1) == 0) {
          JsonNode b = r.path("box");
          boxes.add(
              new Outline(
                  RegionType.valueOf(r.path("type").asText()),
                  b.get(0).asDouble(),
                  b.get(1).asDouble(),
                  b.get(2).asDouble(),
                  b.get(3).asDouble()));
        }
      }
      tiles.add(
          new Tile(
              dir.resolve(name + ".pdf"),
              name,
              root.path("designId").asText(),
              root.path("locale").asText(),
              boxes));
    }
    return tiles;
  }

  private static void drawTile(Graphics2D g, Tile tile, int x, int y) throws IOException {
    StandardFaceMapper.install();
    BufferedImage page;
    try (PDDocument doc = Loader.loadPDF(tile.pdf().toFile())) {
      PDPage first = doc.getPage(0);
      float w = first.getCropBox().getWidth();
      float h = first.getCropBox().getHeight();
      if (first.getRotation() % 180 != 0) {
        float swap = w;
        w = h;
        h = swap;
      }
      float scale = Math.min(PAGE_WIDTH / w, PAGE_HEIGHT / h);
      page = new PDFRenderer(doc).renderImage(0, scale, ImageType.RGB);
    }
    int px = x + PAD;
    int py = y + PAD;
    g.drawImage(page, px, py, null);
    g.setColor(Color.LIGHT_GRAY);
    g.setStroke(new BasicStroke(1f));
    g.drawRect(px - 1, py - 1, page.getWidth() + 1, page.getHeight() + 1);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    g.setStroke(new BasicStroke(2f));
    for (Outline o : tile.boxes()) {
      int left = px + (int) Math.round(o.left() * page.getWidth());
      int top = py + (int) Math.round(o.top() * page.getHeight());
      int right = px + (int) Math.round(o.right() * page.getWidth());
      int bottom = py + (int) Math.round(o.bottom() * page.getHeight());
      g.setColor(color(o.type()));
      g.drawRect(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
    }
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    String label =
        String.format(Locale.ROOT, "%s  %s  %s", tile.designId(), tile.locale(), tile.name());
    g.drawString(label, px, py + PAGE_HEIGHT + LABEL_HEIGHT - 5);
  }

  private static void legend(Graphics2D g) {
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString("Truth regions", PAD + 4, PAD + 22);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    g.setStroke(new BasicStroke(2f));
    int y = PAD + 44;
    for (RegionType type : RegionType.values()) {
      g.setColor(color(type));
      g.drawRect(PAD + 4, y, 36, 18);
      g.setColor(Color.BLACK);
      g.drawString(type.name(), PAD + 52, y + 15);
      y += 30;
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.setColor(Color.DARK_GRAY);
    g.drawString("first page of each invoice;", PAD + 4, y + 16);
    g.drawString("label: design  locale  file", PAD + 4, y + 32);
  }

  /**
   * {@code --out PNG} plus either {@code --corpus DIR} (an existing corpus) or {@code --count N
   * --seed S} (a corpus generated into a temporary folder and deleted after); {@code --all} draws
   * every invoice instead of one per design.
   */
  public static void main(String[] args) throws IOException {
    Path corpus = null;
    Path out = null;
    int count = 400;
    long seed = 7;
    boolean all = false;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(require(args[i], value));
        case "--out" -> out = Path.of(require(args[i], value));
        case "--count" -> count = Integer.parseInt(require(args[i], value));
        case "--seed" -> seed = Long.parseLong(require(args[i], value));
        case "--all" -> {
          all = true;
          continue;
        }
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + "; usage: --out PNG [--corpus DIR | --count N --seed S] [--all]");
      }
      i++;
    }
    if (out == null) {
      throw new IllegalArgumentException("--out PNG is required");
    }
    Path dir = corpus;
    try {
      if (dir == null) {
        dir = Files.createTempDirectory("recto-contact-sheet");
        SynthCorpus.write(dir, count, seed);
      }
      int tiles = write(dir, out, !all);
      System.out.printf(Locale.ROOT, "wrote %d tiles to %s%n", tiles, out);
    } finally {
      if (corpus == null && dir != null) {
        deleteTree(dir);
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  private static String require(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }
}
