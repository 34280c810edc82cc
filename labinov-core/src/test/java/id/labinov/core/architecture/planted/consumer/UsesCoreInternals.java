package id.labinov.core.architecture.planted.consumer;

import id.labinov.core.internal.json.JsonTree;

/** Bad, seen as a module of its own: uses core's internals. */
public final class UsesCoreInternals {
  /** Hashes a text. */
  public String hash(String text) {
    return JsonTree.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
