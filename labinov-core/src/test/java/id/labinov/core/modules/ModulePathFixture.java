package id.labinov.core.modules;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Puts a library module on the module path, as a modular host would: compiles small consumer modules
 * against it with {@code javac} and runs code in a {@link ModuleLayer} built from the module's classes
 * and its runtime dependencies (those Maven resolved, listed in the file named by the system property
 * {@code labinov.module.path}; the module's classes are in {@code labinov.module.classes}). The tests
 * themselves run on the class path; everything they check runs inside the layer or the compiler.
 */
public final class ModulePathFixture {
  /** javac's code for "package ... is not visible" (not exported to the reading module). */
  public static final String NOT_VISIBLE = "compiler.err.package.not.visible";

  private ModulePathFixture() {}

  /**
   * Returns the module's classes followed by its runtime dependencies, as Maven resolved them.
   *
   * @return the module path, module first
   */
  public static List<Path> runtimeModulePath() {
    List<Path> path = new ArrayList<>();
    path.add(Path.of(property("labinov.module.classes")));
    try {
      String listed = Files.readString(Path.of(property("labinov.module.path"))).strip();
      if (!listed.isEmpty()) {
        for (String entry : listed.split(File.pathSeparator)) {
          path.add(Path.of(entry));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return path;
  }

  /**
   * Returns the jar or folder a class of the test class path was loaded from, to add a test-scope
   * dependency (a JDBC driver) to a module path.
   *
   * @param type the class
   * @return its location
   */
  public static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Compiles one module from sources with {@code javac}, with {@code modulePath} as its module path.
   *
   * @param out an empty folder for the sources and classes (the classes go to {@code out/classes})
   * @param modulePath the module path
   * @param sources file paths relative to the module's source root ({@code module-info.java},
   *     {@code consumer/Use.java}) and their contents; other files are copied next to the classes
   * @return the outcome and every diagnostic
   */
  public static Compilation compile(Path out, List<Path> modulePath, Map<String, String> sources) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run the tests on a JDK");
    }
    try {
      Path src = Files.createDirectories(out.resolve("src"));
      Path classes = Files.createDirectories(out.resolve("classes"));
      List<Path> javaFiles = new ArrayList<>();
      for (Map.Entry<String, String> e : sources.entrySet()) {
        boolean java = e.getKey().endsWith(".java");
        Path file = (java ? src : classes).resolve(e.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue());
        if (java) {
          javaFiles.add(file);
        }
      }
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      boolean ok;
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ENGLISH, null)) {
        // An empty class path: by default an in-process javac would take this JVM's, where labinov's
        // classes are in the unnamed module.
        Path noClassPath = Files.createDirectories(out.resolve("empty"));
        List<String> options = List.of("--release", "17", "-proc:none", "-d", classes.toString(),
            "--class-path", noClassPath.toString(),
            "--module-path", modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(javaFiles)).call();
      }
      return new Compilation(ok, classes, diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> new Problem(d.getCode(), d.getMessage(Locale.ENGLISH)))
          .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Resolves {@code roots} on {@code modulePath} (binding services, as {@code java --module-path}
   * does) and defines the modules to one new class loader whose parent is the platform loader, so no
   * class of the test class path leaks in.
   *
   * @param modulePath the module path
   * @param roots the root modules
   * @return the layer
   */
  public static ModuleLayer layer(List<Path> modulePath, String... roots) {
    ModuleLayer boot = ModuleLayer.boot();
    Configuration cf = boot.configuration()
        .resolveAndBind(ModuleFinder.of(modulePath.toArray(Path[]::new)), ModuleFinder.of(), Set.of(roots));
    return boot.defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }

  /**
   * Runs a probe inside the layer: a public {@code Supplier} with a public no-argument constructor in
   * a package its module exports. The thread's context class loader is the layer's meanwhile, as in
   * an application started on that module path (the test class path's {@code META-INF/services} files
   * name classes of the class path's own copy of labinov-core).
   *
   * @param layer the layer
   * @param module the probe's module
   * @param className the probe's class
   * @param <T> what the probe returns
   * @return what the probe returned
   * @throws Exception if the probe cannot be created or fails
   */
  @SuppressWarnings("unchecked")
  public static <T> T run(ModuleLayer layer, String module, String className) throws Exception {
    ClassLoader loader = layer.findLoader(module);
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Supplier<T> probe = (Supplier<T>) Class.forName(className, true, loader).getConstructor().newInstance();
      return probe.get();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  /**
   * Returns a module path with more entries at its end.
   *
   * @param path the module path
   * @param more the entries to add
   * @return a new list
   */
  public static List<Path> plus(List<Path> path, Path... more) {
    List<Path> all = new ArrayList<>(path);
    all.addAll(List.of(more));
    return all;
  }

  /**
   * Compiles a consumer module that requires {@code requiredModule} and imports {@code type}, and
   * asserts that it compiles when the type should be visible, or fails with "package … is not
   * visible" when it should not.
   *
   * @param out a fresh folder for the consumer's sources and classes
   * @param requiredModule the module the consumer requires
   * @param type the fully qualified name of the type it imports
   * @param visible whether the descriptors should let the consumer see the type
   */
  public static void assertVisibility(Path out, String requiredModule, String type, boolean visible) {
    String simpleName = type.substring(type.lastIndexOf('.') + 1);
    Compilation c = compile(out, runtimeModulePath(), Map.of(
        "module-info.java", "module consumer { requires " + requiredModule + "; }\n",
        "use/Use.java", "package use;\n\nimport " + type + ";\n\nclass Use {\n  " + simpleName + " it;\n}\n"));

    if (visible) {
      org.assertj.core.api.Assertions.assertThat(c.errors()).as("%s seen from a module requiring %s", type,
          requiredModule).isEmpty();
    } else {
      org.assertj.core.api.Assertions.assertThat(c.errors()).anySatisfy(p -> {
        org.assertj.core.api.Assertions.assertThat(p.code()).isEqualTo(NOT_VISIBLE);
        org.assertj.core.api.Assertions.assertThat(p.message())
            .contains("package " + type.substring(0, type.lastIndexOf('.')) + " is not visible");
      });
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + name + " is not set: run the test through Maven"
          + " (surefire sets it; the dependency plugin's module-path execution writes the file)");
    }
    return value;
  }

  /**
   * One {@code javac} error.
   *
   * @param code javac's diagnostic code, e.g. {@link #NOT_VISIBLE}
   * @param message the message in English
   */
  public record Problem(String code, String message) {}

  /**
   * The outcome of a compilation.
   *
   * @param succeeded whether javac succeeded
   * @param classes the folder of the compiled module
   * @param errors every error
   */
  public record Compilation(boolean succeeded, Path classes, List<Problem> errors) {}
}
