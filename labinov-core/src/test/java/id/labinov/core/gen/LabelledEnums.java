package id.labinov.core.gen;

import id.labinov.core.model.Labelled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds every enum in labinov-core's main code (the classes directory or jar holding
 * {@link Labelled}) that implements {@link Labelled}, so label tests cover enums added later
 * without being edited.
 */
public final class LabelledEnums {
  private static final List<Class<?>> TYPES = scan();

  private LabelledEnums() {}

  /** Returns the enum types implementing {@link Labelled}, sorted by name. */
  public static List<Class<?>> types() {
    return TYPES;
  }

  /** Returns every constant of every such enum. */
  public static List<Labelled> constants() {
    return TYPES.stream()
        .flatMap(t -> Arrays.stream(t.getEnumConstants()))
        .map(Labelled.class::cast)
        .toList();
  }

  /** Returns the message key of a constant's label: {@code label.<EnumSimpleName>.<CONSTANT>}. */
  public static String labelKey(Labelled constant) {
    return "label." + ((Enum<?>) constant).getDeclaringClass().getSimpleName() + "." + constant.name();
  }

  private static List<Class<?>> scan() {
    try {
      Path location = Path.of(Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(location)) {
        return scan(location);
      }
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        return scan(jar.getPath("/"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Class<?>> scan(Path root) throws IOException {
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve("id/labinov/core"))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString().replace('\\', '/');
        if (name.endsWith(".class") && !name.endsWith("package-info.class")) {
          Class<?> type = load(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
          if (type.isEnum() && Labelled.class.isAssignableFrom(type)) {
            found.add(type);
          }
        }
      }
    }
    found.sort(Comparator.comparing(Class::getName));
    return List.copyOf(found);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Labelled.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
