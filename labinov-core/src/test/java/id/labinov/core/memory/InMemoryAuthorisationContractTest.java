package id.labinov.core.memory;

import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.RulebookStore;
import id.labinov.core.spi.contract.AuthorisationContract;

/** Runs the authorisation contract on the in-memory stores (fresh ones for every test). */
class InMemoryAuthorisationContractTest extends AuthorisationContract {
  private final InMemoryInnovationStore store = new InMemoryInnovationStore();
  private final InMemoryRulebookStore rulebooks = new InMemoryRulebookStore();

  @Override
  protected InnovationStore store() {
    return store;
  }

  @Override
  protected InnovationQuery query() {
    return store;
  }

  @Override
  protected RulebookStore rulebookStore() {
    return rulebooks;
  }

  /** The in-memory store takes the most examples. */
  @Override
  protected int policyExamples() {
    return 600;
  }
}
