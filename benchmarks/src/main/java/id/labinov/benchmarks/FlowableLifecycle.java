package id.labinov.benchmarks;

import id.labinov.benchmarks.OneLifecycle.Card;
import id.labinov.benchmarks.OneLifecycle.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;

/**
 * The lifecycle on Flowable 7.1.0, embedded on the given pool: stages are user tasks, the card is
 * the process variables, the guard is checked in Java on the task's variables before the task is
 * completed; the engine's history (level audit, the default) records the moves. No job executor.
 */
public final class FlowableLifecycle implements AutoCloseable {
  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;

  /**
   * Builds the engine, creating its tables, and deploys the process.
   *
   * @param ds the pool
   * @param schema the PostgreSQL schema to look for tables in, or {@code null}
   */
  public FlowableLifecycle(DataSource ds, String schema) {
    ProcessEngineConfiguration cfg = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setDataSource(ds)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setAsyncExecutorActivate(false);
    if (schema != null) {
      cfg.setDatabaseSchema(schema);
    }
    engine = cfg.buildProcessEngine();
    engine.getRepositoryService().createDeployment()
        .addClasspathResource("id/labinov/benchmarks/one-lifecycle.bpmn20.xml").deploy();
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
  }

  /**
   * Runs one lifecycle.
   *
   * @return the number of recorded moves and the refusal's verdict
   */
  public RawJdbcLifecycle.Result lifecycle() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("title", OneLifecycle.TITLE);
    vars.put("opd", OneLifecycle.OPD);
    vars.put("problem", OneLifecycle.PROBLEM);
    vars.put("designReference", OneLifecycle.DESIGN_REFERENCE);
    vars.put("deliveryEvidence", OneLifecycle.DELIVERY_EVIDENCE);
    String id = runtime.startProcessInstanceByKey("oneLifecycle", vars).getId();
    int recorded = 1;
    recorded += advance(id, Stage.DIAGNOSE).isEmpty() ? 1 : 0;
    List<String> verdict = advance(id, Stage.DESIGN);
    runtime.setVariable(id, "ideaSummary", OneLifecycle.IDEA_SUMMARY);
    recorded++;
    recorded += advance(id, Stage.DESIGN).isEmpty() ? 1 : 0;
    recorded += advance(id, Stage.DELIVER).isEmpty() ? 1 : 0;
    recorded += advance(id, Stage.DISPLAY).isEmpty() ? 1 : 0;
    return new RawJdbcLifecycle.Result(recorded, verdict);
  }

  private List<String> advance(String processInstanceId, Stage to) {
    Task t = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    Stage from = Stage.values()[to.ordinal() - 1];
    if (!t.getTaskDefinitionKey().equals(from.name())) {
      return List.of("WRONG_STAGE");
    }
    Card card = card(tasks.getVariables(t.getId()), from);
    List<String> missing = OneLifecycle.missing(to, card);
    if (missing.isEmpty()) {
      tasks.complete(t.getId());
    }
    return missing;
  }

  static Card card(Map<String, Object> v, Stage stage) {
    Card c = new Card();
    c.stage = stage;
    c.title = (String) v.get("title");
    c.opd = (String) v.get("opd");
    c.problem = (String) v.get("problem");
    c.ideaSummary = (String) v.get("ideaSummary");
    c.designReference = (String) v.get("designReference");
    c.deliveryEvidence = (String) v.get("deliveryEvidence");
    return c;
  }

  @Override
  public void close() {
    engine.close();
  }
}
