package id.labinov.core.spi.contract;

import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.spi.HistorySource;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.RulebookStore;

/**
 * The history verification contract on a store that is no {@link HistorySource} (the in-memory store
 * behind a plain {@link InnovationStore} wrapper): the facade reads it through
 * {@link HistorySource#of}, its ports only.
 */
class PortsOnlyHistoryVerificationContractTest extends HistoryVerificationContract {
  private final InMemoryInnovationStore memory = new InMemoryInnovationStore();
  private final InnovationStore store = new RecordingInnovationStore(memory);
  private final InMemoryRulebookStore rulebooks = new InMemoryRulebookStore();

  @Override
  protected InnovationStore store() {
    return store;
  }

  @Override
  protected InnovationQuery query() {
    return memory;
  }

  @Override
  protected RulebookStore rulebookStore() {
    return rulebooks;
  }
}
