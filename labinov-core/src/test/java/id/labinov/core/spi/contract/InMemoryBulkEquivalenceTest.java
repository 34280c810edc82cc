package id.labinov.core.spi.contract;

import id.labinov.core.memory.InMemoryInnovationStore;
import id.labinov.core.memory.InMemoryRulebookStore;
import id.labinov.core.spi.InnovationQuery;
import id.labinov.core.spi.InnovationStore;
import id.labinov.core.spi.RulebookStore;

/** Bulk commands against commands one by one, with the bulk calls on the in-memory store (the SPI's defaults). */
class InMemoryBulkEquivalenceTest extends BulkEquivalenceContract {
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

  @Override
  protected int examples() {
    return 300;
  }
}
