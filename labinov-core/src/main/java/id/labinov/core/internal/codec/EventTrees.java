package id.labinov.core.internal.codec;

import id.labinov.core.error.InvalidValueException;
import id.labinov.core.event.ApprovalRecorded;
import id.labinov.core.event.Condition;
import id.labinov.core.event.ConditionCleared;
import id.labinov.core.event.DetailsUpdated;
import id.labinov.core.event.Dropped;
import id.labinov.core.event.EventMetadata;
import id.labinov.core.event.EvidenceAttached;
import id.labinov.core.event.InnovationEvent;
import id.labinov.core.event.InnovationProposed;
import id.labinov.core.event.OpdChanged;
import id.labinov.core.event.OwnerHandedOver;
import id.labinov.core.event.PutOnHold;
import id.labinov.core.event.Reopened;
import id.labinov.core.event.Resumed;
import id.labinov.core.event.ReturnedForRework;
import id.labinov.core.event.RulebookMigrated;
import id.labinov.core.event.StageAdvanced;
import id.labinov.core.event.StageAdvancedConditionally;
import id.labinov.core.event.UnknownEvent;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.internal.json.TreeObject;
import id.labinov.core.internal.json.ValueTrees;
import id.labinov.core.model.InnovationId;
import id.labinov.core.model.OpdCode;
import id.labinov.core.model.PersonId;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The mapping of events and their metadata to JSON trees and back: {@code {"data":{...},
 * "meta":{...},"type":"..."}}. Optional members are left out when absent. Conditions are mapped here
 * for the state document too.
 */
final class EventTrees {
  private EventTrees() {}

  static Map<String, Object> tree(InnovationEvent event) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("type", event.type());
    root.put("meta", meta(event.metadata()));
    root.put("data", event instanceof UnknownEvent u ? JsonTree.parse(u.payloadJson()) : data(event));
    return root;
  }

  static InnovationEvent event(TreeObject root) {
    String type = root.requiredText("type");
    EventMetadata m = meta(root.object("meta"));
    TreeObject d = root.object("data");
    return switch (type) {
      case "InnovationProposed" -> new InnovationProposed(m, ValueTrees.details(d.object("details")),
          d.text("programmeId"), d.text("stage"));
      case "DetailsUpdated" -> new DetailsUpdated(m, ValueTrees.details(d.object("details")));
      case "EvidenceAttached" -> new EvidenceAttached(m, ValueTrees.evidence(d.object("evidence")));
      case "ApprovalRecorded" -> new ApprovalRecorded(m, Role.valueOf(d.requiredText("role")), d.text("note"));
      case "StageAdvanced" -> new StageAdvanced(m, d.text("transitionId"), d.text("fromStage"), d.text("toStage"));
      case "StageAdvancedConditionally" -> new StageAdvancedConditionally(m, d.text("transitionId"),
          d.text("fromStage"), d.text("toStage"), d.objects("conditions").stream().map(EventTrees::condition).toList());
      case "ConditionCleared" -> new ConditionCleared(m, d.text("conditionId"), d.text("note"));
      case "ReturnedForRework" -> new ReturnedForRework(m, d.text("transitionId"), d.text("fromStage"),
          d.text("toStage"), d.text("reason"));
      case "PutOnHold" -> new PutOnHold(m, d.text("reason"));
      case "Resumed" -> new Resumed(m, d.text("note"));
      case "Dropped" -> new Dropped(m, d.text("reason"));
      case "Reopened" -> new Reopened(m, d.text("reason"));
      case "OpdChanged" -> new OpdChanged(m, d.has("fromOpd") ? OpdCode.of(d.text("fromOpd")) : null,
          OpdCode.of(d.requiredText("toOpd")), d.text("reason"));
      case "OwnerHandedOver" -> new OwnerHandedOver(m, PersonId.of(d.requiredText("fromOwner")),
          PersonId.of(d.requiredText("toOwner")), d.has("fromOpd") ? OpdCode.of(d.text("fromOpd")) : null,
          d.has("toOpd") ? OpdCode.of(d.text("toOpd")) : null, d.text("reason"));
      case "RulebookMigrated" -> new RulebookMigrated(m, d.text("fromRulebookId"), d.integer("fromVersion"));
      default -> new UnknownEvent(m, type, JsonTree.canonical(d.members()));
    };
  }

  static Map<String, Object> condition(Condition c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("text", c.text());
    return m;
  }

  static Condition condition(TreeObject c) {
    return new Condition(c.text("id"), c.text("text"));
  }

  private static Map<String, Object> meta(EventMetadata m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("eventId", m.eventId().toString());
    out.put("region", m.region().value());
    out.put("innovationId", m.innovationId().toString());
    out.put("sequence", JsonTree.Num.of(m.sequence()));
    out.put("occurredAt", m.occurredAt().toString());
    out.put("actor", m.actor().value());
    out.put("rulebookId", m.rulebookId());
    out.put("rulebookVersion", JsonTree.Num.of(m.rulebookVersion()));
    ValueTrees.put(out, "idempotencyKey", m.idempotencyKey());
    return out;
  }

  private static EventMetadata meta(TreeObject m) {
    return new EventMetadata(UUID.fromString(m.requiredText("eventId")), RegionCode.parse(m.text("region")),
        InnovationId.parse(m.requiredText("innovationId")), m.whole("sequence"), Instant.parse(m.requiredText("occurredAt")),
        PersonId.of(m.text("actor")), m.text("rulebookId"), m.integer("rulebookVersion"), m.text("idempotencyKey"));
  }

  private static Map<String, Object> data(InnovationEvent e) {
    Map<String, Object> d = new LinkedHashMap<>();
    if (e instanceof InnovationProposed p) {
      d.put("details", ValueTrees.details(p.details()));
      ValueTrees.put(d, "programmeId", p.programmeId());
      d.put("stage", p.stage());
    } else if (e instanceof DetailsUpdated u) {
      d.put("details", ValueTrees.details(u.details()));
    } else if (e instanceof EvidenceAttached a) {
      d.put("evidence", ValueTrees.evidence(a.evidence()));
    } else if (e instanceof ApprovalRecorded a) {
      d.put("role", a.role().name());
      ValueTrees.put(d, "note", a.note());
    } else if (e instanceof StageAdvanced s) {
      move(d, s.transitionId(), s.fromStage(), s.toStage());
    } else if (e instanceof StageAdvancedConditionally s) {
      move(d, s.transitionId(), s.fromStage(), s.toStage());
      List<Object> cs = new ArrayList<>(s.conditions().size());
      s.conditions().forEach(c -> cs.add(condition(c)));
      d.put("conditions", cs);
    } else if (e instanceof ConditionCleared c) {
      d.put("conditionId", c.conditionId());
      ValueTrees.put(d, "note", c.note());
    } else if (e instanceof ReturnedForRework r) {
      move(d, r.transitionId(), r.fromStage(), r.toStage());
      d.put("reason", r.reason());
    } else if (e instanceof PutOnHold h) {
      d.put("reason", h.reason());
    } else if (e instanceof Resumed r) {
      ValueTrees.put(d, "note", r.note());
    } else if (e instanceof Dropped x) {
      d.put("reason", x.reason());
    } else if (e instanceof Reopened r) {
      d.put("reason", r.reason());
    } else if (e instanceof OpdChanged o) {
      ValueTrees.put(d, "fromOpd", o.fromOpd() == null ? null : o.fromOpd().value());
      d.put("toOpd", o.toOpd().value());
      d.put("reason", o.reason());
    } else if (e instanceof OwnerHandedOver h) {
      d.put("fromOwner", h.fromOwner().value());
      d.put("toOwner", h.toOwner().value());
      ValueTrees.put(d, "fromOpd", h.fromOpd() == null ? null : h.fromOpd().value());
      ValueTrees.put(d, "toOpd", h.toOpd() == null ? null : h.toOpd().value());
      d.put("reason", h.reason());
    } else if (e instanceof RulebookMigrated r) {
      d.put("fromRulebookId", r.fromRulebookId());
      d.put("fromVersion", JsonTree.Num.of(r.fromVersion()));
    } else {
      throw new InvalidValueException("UNSUPPORTED_EVENT", "event", e.getClass().getName(), "error.unsupportedEvent");
    }
    return d;
  }

  private static void move(Map<String, Object> d, String transition, String from, String to) {
    d.put("transitionId", transition);
    d.put("fromStage", from);
    d.put("toStage", to);
  }
}
