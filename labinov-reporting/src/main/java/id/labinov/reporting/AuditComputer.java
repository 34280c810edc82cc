package id.labinov.reporting;

import id.labinov.core.engine.HistoryVerification;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.InnovationState;
import id.labinov.core.event.ApprovalRecorded;
import id.labinov.core.event.ConditionCleared;
import id.labinov.core.event.DetailsUpdated;
import id.labinov.core.event.Dropped;
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
import id.labinov.core.model.InnovationDetails;
import id.labinov.core.model.Scope;
import id.labinov.core.rules.LocalizedText;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.rules.Stage;
import id.labinov.core.rules.UnknownRulebookException;
import id.labinov.reporting.data.AuditAction;
import id.labinov.reporting.data.AuditEntry;
import id.labinov.reporting.data.AuditTrail;
import id.labinov.reporting.data.ReportKind;
import id.labinov.reporting.internal.ReportTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Computes an innovation's audit trail from its history, following its stage as events move it. */
final class AuditComputer {
  private static final int MAX_UNKNOWN_PAYLOAD = 1000;

  private final Context ctx;

  AuditComputer(Context ctx) {
    this.ctx = ctx;
  }

  AuditTrail compute(InnovationRef ref) {
    List<InnovationEvent> history = ctx.lab.innovations().history(ref);
    InnovationState state = ctx.lab.innovations().get(ref);
    Rulebook rulebook = rulebook(ref);
    HistoryVerification verification = ctx.verifier == null ? null : ctx.verifier.verify(ref);
    List<AuditEntry> entries = new ArrayList<>(history.size());
    String stage = state.stage();
    InnovationDetails details = null;
    java.util.Map<String, String> conditions = new java.util.HashMap<>();
    for (InnovationEvent e : history) {
      AuditAction action = AuditAction.OTHER;
      id.labinov.core.model.Role role = null;
      String to = null;
      String detail = null;
      String reason = null;
      if (e instanceof InnovationProposed p) {
        action = AuditAction.PROPOSED;
        stage = p.stage();
        details = p.details();
        detail = p.programmeId() == null ? null : programme(ref, p.programmeId());
      } else if (e instanceof DetailsUpdated u) {
        action = AuditAction.DETAILS_UPDATED;
        detail = changed(details, u.details()).stream().map(n -> Labels.field(n).in(ctx.locale))
            .collect(Collectors.joining(", "));
        details = u.details();
      } else if (e instanceof EvidenceAttached a) {
        action = AuditAction.EVIDENCE_ATTACHED;
        detail = Labels.evidenceKind(a.evidence().kind().code()).in(ctx.locale) + ": " + a.evidence().uri();
      } else if (e instanceof ApprovalRecorded a) {
        action = AuditAction.APPROVED;
        role = a.role();
        reason = a.note();
      } else if (e instanceof StageAdvanced a) {
        action = AuditAction.ADVANCED;
        to = a.toStage();
        detail = transition(rulebook, a.transitionId());
      } else if (e instanceof StageAdvancedConditionally a) {
        action = AuditAction.ADVANCED_CONDITIONALLY;
        to = a.toStage();
        a.conditions().forEach(c -> conditions.put(c.id(), c.text()));
        detail = a.conditions().stream().map(c -> c.text()).collect(Collectors.joining("; "));
      } else if (e instanceof ConditionCleared c) {
        action = AuditAction.CONDITION_CLEARED;
        detail = conditions.getOrDefault(c.conditionId(), c.conditionId());
        reason = c.note();
      } else if (e instanceof ReturnedForRework r) {
        action = AuditAction.RETURNED_FOR_REWORK;
        to = r.toStage();
        reason = r.reason();
      } else if (e instanceof PutOnHold h) {
        action = AuditAction.PUT_ON_HOLD;
        reason = h.reason();
      } else if (e instanceof Resumed r) {
        action = AuditAction.RESUMED;
        reason = r.note();
      } else if (e instanceof Dropped d) {
        action = AuditAction.DROPPED;
        reason = d.reason();
      } else if (e instanceof Reopened r) {
        action = AuditAction.REOPENED;
        reason = r.reason();
      } else if (e instanceof RulebookMigrated m) {
        action = AuditAction.RULEBOOK_MIGRATED;
        detail = ReportTexts.format(ctx.locale, "audit.migrated", List.of(m.fromRulebookId(), m.fromVersion(),
            m.metadata().rulebookId(), m.metadata().rulebookVersion()));
      } else if (e instanceof OpdChanged o) {
        action = AuditAction.OPD_CHANGED;
        detail = opd(o.fromOpd()) + " \u2192 " + opd(o.toOpd());
        reason = o.reason();
      } else if (e instanceof OwnerHandedOver h) {
        action = AuditAction.OWNER_HANDED_OVER;
        detail = h.toOpd() == null
            ? ReportTexts.format(ctx.locale, "audit.handedOver", List.of(person(h.fromOwner()), person(h.toOwner())))
            : ReportTexts.format(ctx.locale, "audit.handedOverOpd", List.of(person(h.fromOwner()),
                person(h.toOwner()), opd(h.fromOpd()), opd(h.toOpd())));
        reason = h.reason();
      } else if (e instanceof UnknownEvent u) {
        detail = u.payloadJson().length() > MAX_UNKNOWN_PAYLOAD
            ? u.payloadJson().substring(0, MAX_UNKNOWN_PAYLOAD) + "..." : u.payloadJson();
      }
      String before = stage;
      entries.add(new AuditEntry(e.metadata().sequence(), e.metadata().occurredAt(), e.metadata().actor(),
          ctx.personName(e.metadata().actor()), e.type(), action, role, before, label(rulebook, before), to,
          to == null ? null : label(rulebook, to), detail == null || detail.isEmpty() ? null : detail, reason));
      if (to != null) {
        stage = to;
      }
    }
    return new AuditTrail(ctx.info(ReportKind.AUDIT_TRAIL, ref.region().defaultTimeZone(), Scope.region(ref.region())),
        ref, state.details().title(), verification, entries);
  }

  /** A programme as people read it: its name, or its id when it cannot be found. */
  private String programme(InnovationRef ref, String programmeId) {
    String name;
    try {
      name = ctx.lab.programmes().find(ref.region(), programmeId).map(id.labinov.core.programme.Programme::name)
          .orElse(programmeId);
    } catch (id.labinov.core.error.InvalidValueException e) {
      name = programmeId; // a facade without a programme store
    }
    return ReportTexts.format(ctx.locale, "audit.programme", List.of(name));
  }

  /** A transition's label in the report's language, or its id written as words. */
  private String transition(Rulebook r, String id) {
    if (r != null) {
      for (id.labinov.core.rules.Transition t : r.transitions()) {
        if (t.id().equals(id)) {
          return t.label().in(ctx.locale);
        }
      }
    }
    return Labels.words(id);
  }

  private Rulebook rulebook(InnovationRef ref) {
    try {
      return ctx.lab.innovations().rulebookOf(ref);
    } catch (UnknownRulebookException e) {
      return null;
    }
  }

  private static LocalizedText label(Rulebook r, String code) {
    if (r != null) {
      for (Stage s : r.stages()) {
        if (s.code().equals(code)) {
          return s.label();
        }
      }
    }
    return LocalizedText.of(code, code);
  }

  /** The names of the fields that differ, sorted; every field set when there was nothing before. */
  static List<String> changed(InnovationDetails before, InnovationDetails after) {
    Set<String> names = new TreeSet<>(InnovationDetails.RESERVED);
    names.addAll(after.texts().keySet());
    if (before != null) {
      names.addAll(before.texts().keySet());
    }
    List<String> out = new ArrayList<>();
    for (String n : names) {
      Object a = before == null ? null : before.field(n).orElse(null);
      Object b = after.field(n).orElse(null);
      if (!Objects.equals(a, b)) {
        out.add(n);
      }
    }
    return out;
  }

  /** A person as the audit trail shows them: their name from the directory, else their id. */
  private String person(id.labinov.core.model.PersonId person) {
    String name = ctx.personName(person);
    return name == null ? person.value() : name;
  }

  /** An OPD as the audit trail shows it: its name from the directory with the code, or the code. */
  private String opd(id.labinov.core.model.OpdCode opd) {
    if (opd == null) {
      return "-";
    }
    String name = ctx.opdName(opd);
    return name == null ? opd.value() : name + " (" + opd.value() + ")";
  }
}
