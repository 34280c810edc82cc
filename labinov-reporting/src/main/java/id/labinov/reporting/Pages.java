package id.labinov.reporting;

import id.labinov.core.model.Scope;
import id.labinov.core.query.InnovationFilter;
import id.labinov.core.query.InnovationSummary;
import id.labinov.core.query.Page;
import id.labinov.core.query.PageRequest;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Function;

/** Paging through the query port: at most one page in memory at a time. */
final class Pages {
  private Pages() {}

  /** Calls {@code action} for every innovation that matches, in id order. */
  static void forEachSummary(Context ctx, Scope scope, InnovationFilter filter, Consumer<InnovationSummary> action) {
    PageRequest page = PageRequest.first(ctx.pageSize);
    while (page != null) {
      Page<InnovationSummary> result = ctx.query.find(scope, filter, page);
      result.items().forEach(action);
      page = result.next();
    }
  }

  /** A lazy sequence of the matching summaries: each iteration pages through the store again. */
  static Iterable<InnovationSummary> summaries(Context ctx, Scope scope, InnovationFilter filter) {
    return () -> new PagingIterator<>(page -> ctx.query.find(scope, filter, page), ctx.pageSize);
  }

  /** A lazy mapping of a sequence; {@code null} results are skipped. */
  static <A, B> Iterable<B> map(Iterable<A> source, Function<A, B> f) {
    return () -> new Iterator<>() {
      private final Iterator<A> it = source.iterator();
      private B next;

      @Override
      public boolean hasNext() {
        while (next == null && it.hasNext()) {
          next = f.apply(it.next());
        }
        return next != null;
      }

      @Override
      public B next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        B out = next;
        next = null;
        return out;
      }
    };
  }

  /** A lazy concatenation of sequences made on demand. */
  static <T> Iterable<T> concat(List<? extends Iterable<T>> parts) {
    return () -> new Iterator<>() {
      private int index;
      private Iterator<T> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && index < parts.size()) {
          current = parts.get(index++).iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }


  private static final class PagingIterator<T> implements Iterator<T> {
    private final Function<PageRequest, Page<T>> fetch;
    private PageRequest nextPage;
    private Iterator<T> current = java.util.Collections.emptyIterator();

    PagingIterator(Function<PageRequest, Page<T>> fetch, int size) {
      this.fetch = fetch;
      this.nextPage = PageRequest.first(size);
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && nextPage != null) {
        Page<T> page = fetch.apply(nextPage);
        current = page.items().iterator();
        nextPage = page.next();
      }
      return current.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
