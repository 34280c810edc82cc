package id.labinov.core.internal.codec;

import id.labinov.core.engine.Refusal;
import id.labinov.core.internal.json.JsonTree;
import id.labinov.core.internal.json.TreeObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapping of a refusal's reasons to their stored document (format 1) and back:
 * {@code {"format":1,"reasons":[{"arguments":[...],"code":"...","rule":"..."}]}}, reasons in order,
 * a reason without a rule id leaving {@code rule} out.
 */
final class RefusalTrees {
  static final int FORMAT = 1;

  private RefusalTrees() {}

  static Map<String, Object> tree(List<Refusal.Reason> reasons) {
    List<Object> list = new ArrayList<>(reasons.size());
    for (Refusal.Reason r : reasons) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", r.code());
      m.put("rule", r.ruleId());
      m.put("arguments", new ArrayList<Object>(r.arguments()));
      list.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", JsonTree.Num.of(FORMAT));
    root.put("reasons", list);
    return root;
  }

  static List<Refusal.Reason> reasons(TreeObject root) {
    int format = root.integer("format");
    if (format != FORMAT) {
      throw new TreeObject.ShapeException(root.path() + ".format", "format " + FORMAT + " is known, found " + format);
    }
    List<Refusal.Reason> out = new ArrayList<>();
    for (TreeObject r : root.objects("reasons")) {
      out.add(new Refusal.Reason(r.requiredText("code"), r.text("rule"), r.texts("arguments")));
    }
    return List.copyOf(out);
  }
}
