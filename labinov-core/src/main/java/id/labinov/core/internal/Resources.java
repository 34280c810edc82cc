package id.labinov.core.internal;

import java.io.InputStream;

/**
 * Opens the resources that labinov's {@code fromResource} methods name, on the class path and on the
 * module path alike. Internal: not part of the API.
 */
public final class Resources {
  private Resources() {}

  /**
   * Opens a resource: first in {@code owner}'s own module (labinov's shipped rulebooks and schemes),
   * then, for an absolute path, through {@code owner}'s class loader and the thread's context class
   * loader. In a named module {@link Class#getResourceAsStream} looks in that module only; the class
   * loaders find the host's resources on the class path, or in another module's package that the
   * module opens (or outside any package).
   *
   * @param owner the class whose module is searched first
   * @param path the resource path; absolute ({@code /a/b.json}) or relative to {@code owner}'s package
   * @return the stream, or {@code null} if there is no such resource
   */
  public static InputStream open(Class<?> owner, String path) {
    InputStream in = owner.getResourceAsStream(path);
    if (in != null || !owner.getModule().isNamed() || !path.startsWith("/")) {
      return in;
    }
    String name = path.substring(1);
    ClassLoader own = owner.getClassLoader();
    if (own != null && (in = own.getResourceAsStream(name)) != null) {
      return in;
    }
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context == null || context == own ? null : context.getResourceAsStream(name);
  }
}
