package id.labinov.core.internal.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON object of a parsed {@link JsonTree}, read by codecs through typed accessors that name the
 * JSON path of a member that is missing or of the wrong type ({@link ShapeException}). Optional
 * members read as {@code null} when absent or JSON null; required ones throw. Not API.
 */
public final class TreeObject {
  private final String path;
  private final Map<?, ?> members;

  private TreeObject(String path, Map<?, ?> members) {
    this.path = path;
    this.members = members;
  }

  /**
   * Reads the root of a tree as an object.
   *
   * @param tree the parsed tree
   * @return the object at {@code $}
   * @throws ShapeException if the root is not an object
   */
  public static TreeObject root(Object tree) {
    if (!(tree instanceof Map<?, ?> m)) {
      throw new ShapeException("$", "an object is required");
    }
    return new TreeObject("$", m);
  }

  /** {@return the JSON path of this object, e.g. {@code $.data.details}} */
  public String path() {
    return path;
  }

  /** {@return the members as parsed (a tree map), for a codec that keeps a part verbatim} */
  public Map<?, ?> members() {
    return members;
  }

  /**
   * Reads an optional text.
   *
   * @param key the member
   * @return the text, or {@code null} when absent or JSON null
   * @throws ShapeException if the member is present but not a text
   */
  public String text(String key) {
    Object v = value(key);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw wrong(key, "a text");
  }

  /**
   * Reads a required text.
   *
   * @param key the member
   * @return the text
   * @throws ShapeException if the member is absent, JSON null or not a text
   */
  public String requiredText(String key) {
    String s = text(key);
    if (s == null) {
      throw wrong(key, "a text");
    }
    return s;
  }

  /**
   * Reads a required whole number.
   *
   * @param key the member
   * @return the number
   * @throws ShapeException if the member is absent, not a number or not a whole {@code long}
   */
  public long whole(String key) {
    Object v = value(key);
    try {
      if (v instanceof JsonTree.Num n) {
        return n.decimal().longValueExact();
      }
      if (v instanceof Long || v instanceof Integer) {
        return ((Number) v).longValue();
      }
    } catch (ArithmeticException e) {
      // fractional or too large: reported below
    }
    throw wrong(key, "a whole number");
  }

  /**
   * Reads a required whole number that fits an {@code int}.
   *
   * @param key the member
   * @return the number
   * @throws ShapeException if the member is absent, not a number or not a whole {@code int}
   */
  public int integer(String key) {
    long n = whole(key);
    if (n != (int) n) {
      throw wrong(key, "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
    return (int) n;
  }

  /**
   * Reads a required object.
   *
   * @param key the member
   * @return the object
   * @throws ShapeException if the member is absent, JSON null or not an object
   */
  public TreeObject object(String key) {
    TreeObject o = optionalObject(key);
    if (o == null) {
      throw wrong(key, "an object");
    }
    return o;
  }

  /**
   * Reads an optional object.
   *
   * @param key the member
   * @return the object, or {@code null} when absent or JSON null
   * @throws ShapeException if the member is present but not an object
   */
  public TreeObject optionalObject(String key) {
    Object v = value(key);
    if (v == null) {
      return null;
    }
    if (v instanceof Map<?, ?> m) {
      return new TreeObject(path + "." + key, m);
    }
    throw wrong(key, "an object");
  }

  /**
   * Reads a required array of objects.
   *
   * @param key the member
   * @return the objects, in order
   * @throws ShapeException if the member is absent or not an array of objects
   */
  public List<TreeObject> objects(String key) {
    List<?> raw = array(key);
    List<TreeObject> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      if (!(raw.get(i) instanceof Map<?, ?> m)) {
        throw new ShapeException(path + "." + key + "[" + i + "]", "an object is required");
      }
      out.add(new TreeObject(path + "." + key + "[" + i + "]", m));
    }
    return out;
  }

  /**
   * Tells whether a member is present and not JSON null.
   *
   * @param key the member
   * @return {@code true} if it has a value
   */
  public boolean has(String key) {
    return value(key) != null;
  }

  /**
   * Reads a required array of texts.
   *
   * @param key the member
   * @return the texts, in order
   * @throws ShapeException if the member is absent or not an array of texts
   */
  public List<String> texts(String key) {
    List<?> raw = array(key);
    List<String> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      if (!(raw.get(i) instanceof String s)) {
        throw new ShapeException(path + "." + key + "[" + i + "]", "a text is required");
      }
      out.add(s);
    }
    return out;
  }

  /**
   * Reads a required object whose members are all texts.
   *
   * @param key the member
   * @return the texts by name, in document order
   * @throws ShapeException if the member is absent, not an object or has a member that is no text
   */
  public Map<String, String> textsByName(String key) {
    TreeObject o = object(key);
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : o.members.entrySet()) {
      String name = String.valueOf(e.getKey());
      out.put(name, o.requiredText(name));
    }
    return out;
  }

  private List<?> array(String key) {
    if (value(key) instanceof List<?> l) {
      return l;
    }
    throw wrong(key, "an array");
  }

  /** Returns the member, with JSON null as {@code null}. */
  private Object value(String key) {
    Object v = members.get(key);
    return v == JsonTree.NULL ? null : v;
  }

  private ShapeException wrong(String key, String what) {
    Object v = value(key);
    String found = v == null ? "nothing" : v instanceof String ? "a text" : v instanceof JsonTree.Num n ? n.text()
        : v instanceof List ? "an array" : v instanceof Map ? "an object" : String.valueOf(v);
    return new ShapeException(path + "." + key, what + " is required, found " + found);
  }

  /** A tree does not have the shape a codec reads: a member is missing or of the wrong type. */
  public static final class ShapeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The JSON path of the offending member, e.g. {@code $.stages[2].id}. */
    private final String path;
    /** What is wrong there, in English. */
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param path the JSON path of the offending member, e.g. {@code $.meta.sequence}
     * @param problem what is wrong there
     */
    public ShapeException(String path, String problem) {
      super(path + ": " + problem);
      this.path = path;
      this.problem = problem;
    }

    /** {@return the JSON path of the offending member} */
    public String path() {
      return path;
    }

    /** {@return what is wrong at the path, e.g. {@code a text is required, found 42}} */
    public String problem() {
      return problem;
    }
  }
}
