package nl.werkmap.hub.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/**
 * A connection that notes each page {@link FirstFeed} reads of {@code master_row}: per page its row limit and the
 * rows that came, as {@code {limit, rows}} in order. Everything else goes to the real connection unchanged.
 */
final class PageWatch {

    /** The page query's text, as FirstFeed writes it. */
    private static final String PAGE_QUERY = "FROM master_row WHERE entity = ? AND entity_id > ?";

    private PageWatch() {
    }

    static Connection watched(Connection real, List<int[]> pages) {
        return proxy(Connection.class, real, (method, args, result) -> {
            if (method.getName().equals("prepareStatement") && args[0] instanceof String sql
                    && sql.contains(PAGE_QUERY)) {
                return page((PreparedStatement) result, pages);
            }
            return result;
        });
    }

    private static PreparedStatement page(PreparedStatement real, List<int[]> pages) {
        int[] limit = {-1};
        return proxy(PreparedStatement.class, real, (method, args, result) -> {
            if (method.getName().equals("setInt") && (Integer) args[0] == 3) {
                limit[0] = (Integer) args[1];
            }
            if (method.getName().equals("executeQuery")) {
                int[] page = {limit[0], 0};
                pages.add(page);
                return proxy(ResultSet.class, (ResultSet) result, (m, a, r) -> {
                    if (m.getName().equals("next") && (Boolean) r) {
                        page[1]++;
                    }
                    return r;
                });
            }
            return result;
        });
    }

    /** What a proxy answers, given the real object's answer. */
    @FunctionalInterface
    private interface After {
        Object after(Method method, Object[] args, Object result) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T real, After after) {
        return type.cast(Proxy.newProxyInstance(PageWatch.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return after.after(method, args, result);
                }));
    }
}
