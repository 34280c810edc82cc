package id.labinov.core.conformance;

import static id.labinov.core.conformance.ConformanceCases.object;

import id.labinov.core.internal.json.JsonTree;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A small JSON Schema (draft 2020-12) validator for the keywords the rulebook schema uses, so the
 * schema can be tested without a validator library. Any other keyword fails loudly rather than
 * being ignored, so the schema cannot grow a keyword this class would silently skip.
 */
final class MiniSchema {
  private static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$id", "$defs", "$comment", "title", "description", "default");
  private final Map<String, Object> root;

  MiniSchema(Map<String, Object> root) {
    this.root = root;
  }

  /** Returns one line per error ({@code path: problem}); empty if the instance is valid. */
  List<String> validate(Object instance) {
    List<String> errors = new ArrayList<>();
    check(root, instance, "$", errors);
    return errors;
  }

  private void check(Object schemaValue, Object v, String path, List<String> errors) {
    Map<String, Object> s = object(schemaValue, "schema at " + path);
    for (Map.Entry<String, Object> e : s.entrySet()) {
      String k = e.getKey();
      Object x = e.getValue();
      switch (k) {
        case "$ref" -> check(resolve((String) x), v, path, errors);
        case "type" -> {
          if (!hasType(v, (String) x)) {
            errors.add(path + ": not of type " + x);
          }
        }
        case "const" -> {
          if (!same(x, v)) {
            errors.add(path + ": not " + x);
          }
        }
        case "enum" -> {
          if (((List<?>) x).stream().noneMatch(o -> same(o, v))) {
            errors.add(path + ": " + v + " not one of " + x);
          }
        }
        case "pattern" -> {
          if (v instanceof String str && !Pattern.compile((String) x).matcher(str).find()) {
            errors.add(path + ": \"" + str + "\" does not match " + x);
          }
        }
        case "minimum", "maximum" -> {
          if (v instanceof JsonTree.Num n) {
            int c = n.decimal().compareTo(((JsonTree.Num) x).decimal());
            if (k.equals("minimum") ? c < 0 : c > 0) {
              errors.add(path + ": " + n.text() + " violates " + k + " " + x);
            }
          }
        }
        case "minItems" -> {
          if (v instanceof List<?> l && l.size() < ConformanceCases.integer(x)) {
            errors.add(path + ": fewer than " + x + " items");
          }
        }
        case "items" -> {
          if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
              check(x, l.get(i), path + "[" + i + "]", errors);
            }
          }
        }
        case "required" -> {
          if (v instanceof Map<?, ?> m) {
            ((List<?>) x).stream().filter(r -> !m.containsKey(r)).forEach(r -> errors.add(path + ": missing " + r));
          }
        }
        case "properties" -> {
          if (v instanceof Map<?, ?> m) {
            object(x, "properties").forEach((name, sub) -> {
              if (m.containsKey(name)) {
                check(sub, m.get(name), path + "." + name, errors);
              }
            });
          }
        }
        case "additionalProperties" -> {
          if (v instanceof Map<?, ?> m) {
            Map<String, Object> declared = object(s.getOrDefault("properties", Map.of()), "properties");
            for (Object name : m.keySet()) {
              if (!declared.containsKey(name)) {
                if (Boolean.FALSE.equals(x)) {
                  errors.add(path + ": unknown property " + name);
                } else {
                  check(x, m.get(name), path + "." + name, errors);
                }
              }
            }
          }
        }
        case "allOf" -> ((List<?>) x).forEach(sub -> check(sub, v, path, errors));
        case "anyOf" -> {
          if (((List<?>) x).stream().noneMatch(sub -> validAgainst(sub, v, path))) {
            errors.add(path + ": matches none of anyOf");
          }
        }
        case "not" -> {
          if (validAgainst(x, v, path)) {
            errors.add(path + ": matches a schema it must not match");
          }
        }
        case "if" -> {
          Object branch = validAgainst(x, v, path) ? s.get("then") : s.get("else");
          if (branch != null) {
            check(branch, v, path, errors);
          }
        }
        case "then", "else" -> { } // handled with "if"
        default -> {
          if (!ANNOTATIONS.contains(k)) {
            throw new IllegalArgumentException("MiniSchema does not support keyword " + k + " (at " + path + ")");
          }
        }
      }
    }
  }

  private boolean validAgainst(Object schema, Object v, String path) {
    List<String> errors = new ArrayList<>();
    check(schema, v, path, errors);
    return errors.isEmpty();
  }

  private Object resolve(String ref) {
    if (!ref.startsWith("#/$defs/")) {
      throw new IllegalArgumentException("MiniSchema resolves only #/$defs/ references: " + ref);
    }
    Object target = object(root.get("$defs"), "$defs").get(ref.substring("#/$defs/".length()));
    if (target == null) {
      throw new IllegalArgumentException("unresolved reference " + ref);
    }
    return target;
  }

  private static boolean hasType(Object v, String type) {
    return switch (type) {
      case "object" -> v instanceof Map;
      case "array" -> v instanceof List;
      case "string" -> v instanceof String;
      case "boolean" -> v instanceof Boolean;
      case "null" -> v == JsonTree.NULL;
      case "number" -> v instanceof JsonTree.Num;
      case "integer" -> v instanceof JsonTree.Num n && isWhole(n.decimal());
      default -> throw new IllegalArgumentException("unknown type " + type);
    };
  }

  private static boolean isWhole(BigDecimal d) {
    return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
  }

  private static boolean same(Object a, Object b) {
    if (a instanceof JsonTree.Num x && b instanceof JsonTree.Num y) {
      return x.decimal().compareTo(y.decimal()) == 0;
    }
    return Objects.equals(a, b);
  }
}
