package id.labinov.core.engine;

import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.internal.json.ValueTrees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SHA-256 of a request's canonical JSON, used to tell a retry (same key, same request) from a
 * reused key (same key, other request). A proposal's generated id is left out, since every attempt
 * generates a new one. Values are mapped by {@link ValueTrees}, as in event payloads and state
 * documents; the hashes are pinned by tests, since idempotency rows keep them across upgrades.
 */
final class RequestHash {
  private RequestHash() {}

  /**
   * Hashes a request.
   *
   * @param r the request
   * @return 64 hex digits
   */
  static String of(Request r) {
    return JsonTree.sha256(JsonTree.canonicalBytes(tree(r)));
  }

  static Map<String, Object> tree(Request r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("region", r.target().region().value());
    if (!(r.command() instanceof Command.Propose)) {
      m.put("innovationId", r.target().id().toString());
    }
    m.put("actor", ValueTrees.actor(r.actor()));
    ValueTrees.put(m, "expectedVersion", r.expectedVersion() == null ? null : JsonTree.Num.of(r.expectedVersion()));
    m.put("command", r.command().name());
    m.put("args", args(r.command()));
    return m;
  }

  private static Map<String, Object> args(Command c) {
    Map<String, Object> a = new LinkedHashMap<>();
    if (c instanceof Command.Propose p) {
      a.put("details", ValueTrees.details(p.details()));
      ValueTrees.put(a, "programmeId", p.programmeId());
    } else if (c instanceof Command.UpdateDetails u) {
      a.put("details", ValueTrees.details(u.details()));
    } else if (c instanceof Command.AttachEvidence e) {
      a.put("evidence", ValueTrees.evidence(e.evidence()));
    } else if (c instanceof Command.Approve x) {
      a.put("role", x.role().name());
      ValueTrees.put(a, "note", x.note());
    } else if (c instanceof Command.Advance x) {
      a.put("transitionId", x.transitionId());
      a.put("conditions", new ArrayList<Object>(x.conditions()));
    } else if (c instanceof Command.ClearCondition x) {
      a.put("conditionId", x.conditionId());
      ValueTrees.put(a, "note", x.note());
    } else if (c instanceof Command.ReturnForRework x) {
      a.put("transitionId", x.transitionId());
      a.put("reason", x.reason());
    } else if (c instanceof Command.Hold x) {
      a.put("reason", x.reason());
    } else if (c instanceof Command.Resume x) {
      ValueTrees.put(a, "note", x.note());
    } else if (c instanceof Command.Drop x) {
      a.put("reason", x.reason());
    } else if (c instanceof Command.Reopen x) {
      a.put("reason", x.reason());
    } else if (c instanceof Command.ChangeOpd x) {
      a.put("opd", x.opd().value());
      a.put("reason", x.reason());
    } else if (c instanceof Command.HandOver x) {
      a.put("newOwner", x.newOwner().value());
      ValueTrees.put(a, "opd", x.opd() == null ? null : x.opd().value());
      a.put("reason", x.reason());
    } else if (c instanceof Command.MigrateRulebook x) {
      a.put("rulebookId", x.rulebookId());
      a.put("version", JsonTree.Num.of(x.version()));
    }
    return a;
  }
}
