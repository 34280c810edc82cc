package id.labinov.core;


import id.labinov.core.CommandPipeline.CommandSource;
import id.labinov.core.engine.Command;
import id.labinov.core.engine.CommandResult;
import id.labinov.core.engine.InnovationRef;
import id.labinov.core.engine.MigrationReport;
import id.labinov.core.engine.Options;
import id.labinov.core.internal.Checks;
import id.labinov.core.model.Actor;
import id.labinov.core.model.RegionCode;
import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import id.labinov.core.rules.Rulebook;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Moving innovations to another rulebook version: a dry-run plan first, then one explicit command
 * per innovation. Obtained from {@link Labinov#migrations()}; thread-safe.
 */
public final class MigrationService {
  private final CommandPipeline pipeline;
  private final InnovationStore store;
  private final InnovationQuery query;
  private final RulebookResolver rulebooks;
  private final ContextLoader contexts;

  MigrationService(CommandPipeline pipeline, InnovationStore store, InnovationQuery query, RulebookResolver rulebooks,
      ContextLoader contexts) {
    this.pipeline = pipeline;
    this.store = store;
    this.query = query;
    this.rulebooks = rulebooks;
    this.contexts = contexts;
  }

  /**
   * Plans migrating a region's innovations to another rulebook version, changing nothing: per
   * innovation not already on {@code to}, whether its stage exists there and which criteria of its
   * next advance would now fail.
   *
   * @param region the region
   * @param filter which innovations (e.g. one programme)
   * @param to the target rulebook
   * @return one report per innovation, in id order
   */
  public List<MigrationReport> plan(RegionCode region, InnovationFilter filter, Rulebook to) {
    Checks.notNull(region, "region");
    Checks.notNull(filter, "filter");
    Checks.notNull(to, "to");
    List<MigrationReport> out = new ArrayList<>();
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (page != null) {
      Page<InnovationSummary> result = query.find(Scope.region(region), filter, page);
      for (InnovationSummary s : result.items()) {
        if (s.rulebookId().equals(to.id()) && s.rulebookVersion() == to.version()) {
          continue;
        }
        store.load(s.ref()).ifPresent(state -> {
          Rulebook from = rulebooks.of(state);
          out.add(MigrationReport.plan(state, from, to, contexts.forState(state, from, pipeline.now())));
        });
      }
      page = result.next();
    }
    return out;
  }

  /**
   * Migrates one innovation to another rulebook version (LAB_ADMIN only), recording a
   * {@code RulebookMigrated} event. The target is saved to the rulebook store only when the
   * migration is accepted: a refusal stores nothing.
   *
   * @param ref the innovation
   * @param actor who migrates it
   * @param to the target rulebook
   * @param options key and expected version
   * @return the result; refused with {@code STAGE_NOT_IN_RULEBOOK} or {@code ALREADY_ON_VERSION}
   */
  public CommandResult migrate(InnovationRef ref, Actor actor, Rulebook to, Options options) {
    Checks.notNull(ref, "ref");
    Checks.notNull(to, "to");
    Command command = new Command.MigrateRulebook(to.id(), to.version());
    return pipeline.run(ref, actor, Checks.notNull(options, "options"), CommandSource.fixed(command, to));
  }
}
