/**
 * labinov core: innovations moving through the 5D stages under data-driven rulebooks, with the
 * events, queries and ports around them. Pure Java: no JDBC, files or reporting.
 *
 * <p>Exports the API packages (for embedders) and {@code id.labinov.core.spi} (for those who
 * implement a store or a directory). {@code id.labinov.core.internal} is exported only to labinov's
 * own modules and {@code id.labinov.core.internal.codec} only to the JDBC store;
 * {@code id.labinov.core.internal.json} is not exported. Custom rule types are found through
 * {@link java.util.ServiceLoader}: a module provides {@link id.labinov.core.rules.RuleType}.
 */
// "module": javac cannot see the modules named in the qualified exports below, which depend on this one.
@SuppressWarnings("module")
module id.labinov.core {
  // Reason: the JSON tokenizer of the internal JSON engine; no Jackson type is in the API, so not transitive.
  requires tools.jackson.core;

  // API
  exports id.labinov.core;
  exports id.labinov.core.annotation;
  exports id.labinov.core.cycle;
  exports id.labinov.core.engine;
  exports id.labinov.core.error;
  exports id.labinov.core.evaluation;
  exports id.labinov.core.event;
  exports id.labinov.core.i18n;
  exports id.labinov.core.iid;
  exports id.labinov.core.memory;
  exports id.labinov.core.model;
  exports id.labinov.core.national;
  exports id.labinov.core.programme;
  exports id.labinov.core.query;
  exports id.labinov.core.rules;

  // SPI
  exports id.labinov.core.spi;

  // Internal: argument checks and the search normal form, for labinov's own modules only.
  exports id.labinov.core.internal to id.labinov.persistence.jdbc, id.labinov.reporting;
  // Internal: the stored forms of events, states and refusals, for the JDBC store only.
  exports id.labinov.core.internal.codec to id.labinov.persistence.jdbc;

  // Custom rule types (RuleTypes.discovered() and RuleTypes.Builder.loadServices). Core provides
  // none: its built-in types are registered directly.
  uses id.labinov.core.rules.RuleType;
  // Custom evidence requirement types for the IID pre-flight (EvidenceRuleTypes.discovered()).
  uses id.labinov.core.iid.EvidenceRuleType;
}
