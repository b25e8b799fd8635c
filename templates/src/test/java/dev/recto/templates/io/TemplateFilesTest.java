package dev.recto.templates.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.TemplateException;
import dev.recto.templates.invoice2data.Invoice2DataTemplates;
import dev.recto.templates.recto.TemplateExtractorProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Template folders are read without leaving them. */
class TemplateFilesTest {

  private static final String TEMPLATE = "issuer: A\nmatch: {keywords: [A]}\n";

  @TempDir Path tmp;

  private Path root() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("templates"));
    Files.writeString(root.resolve("a.yml"), TEMPLATE);
    Files.createDirectories(root.resolve("sub"));
    Files.writeString(root.resolve("sub/b.yml"), TEMPLATE);
    return root;
  }

  private static void symlink(Path link, Path target) throws IOException {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("skipped: this file system cannot make symbolic links: " + e);
    }
  }

  @Test
  void listsTheFilesInPathOrder() throws IOException {
    Path root = root();
    assertThat(TemplateFiles.list(root, n -> n.endsWith(".yml")))
        .containsExactly(root.resolve("a.yml"), root.resolve("sub/b.yml"));
  }

  @Test
  void aSymlinkToAFileOutsideTheRootIsRefused() throws IOException {
    Path root = root();
    Path secret = Files.writeString(tmp.resolve("secret.yml"), "issuer: S\nmatch: {keywords: [S]}");
    symlink(root.resolve("evil.yml"), secret);
    assertThatThrownBy(() -> TemplateFiles.list(root, n -> n.endsWith(".yml")))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("evil.yml")
        .hasMessageContaining("outside the template folder");
    assertThatThrownBy(() -> TemplateExtractorProvider.loadAll(root))
        .isInstanceOf(TemplateException.class);
    assertThatThrownBy(() -> Invoice2DataTemplates.loadStrict(root))
        .isInstanceOf(TemplateException.class);
  }

  @Test
  void aSymlinkToAFolderOutsideTheRootIsRefused() throws IOException {
    Path root = root();
    Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(outside.resolve("c.yml"), TEMPLATE);
    symlink(root.resolve("more"), outside);
    assertThatThrownBy(() -> TemplateFiles.list(root, n -> true))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("outside the template folder");
  }

  @Test
  void aDotDotSymlinkIsRefusedButALinkInsideIsTaken() throws IOException {
    Path root = root();
    symlink(root.resolve("same.yml"), Path.of("sub", "b.yml"));
    List<Path> files = TemplateFiles.list(root, n -> n.endsWith(".yml"));
    assertThat(files).contains(root.resolve("same.yml"));
    assertThat(TemplateExtractorProvider.loadAll(root)).hasSize(3);

    Files.writeString(tmp.resolve("up.yml"), TEMPLATE);
    symlink(root.resolve("sub/up.yml"), Path.of("..", "..", "up.yml"));
    assertThatThrownBy(() -> TemplateFiles.list(root, n -> n.endsWith(".yml")))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("up.yml");
  }

  @Test
  void aRootThatIsItselfALinkIsFollowed() throws IOException {
    Path root = root();
    Path link = tmp.resolve("link-to-templates");
    symlink(link, root);
    assertThat(TemplateFiles.list(link, n -> n.endsWith(".yml"))).hasSize(2);
  }
}
