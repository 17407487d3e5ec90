package dk.sambo.portal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread prepares or creates while it runs an action (issue 15's
 * statement budgets): the application's {@link DataSource} is wrapped so every connection it hands out reports
 * {@code prepareStatement}, {@code createStatement} and {@code prepareCall}. Only the thread that asked is counted,
 * so scheduled jobs running meanwhile do not move a budget. Part of every {@link PortalTest} context.
 */
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
    /** {@code -Dstatements.print=true} prints each counted statement, to find what a budget is spent on. */
    private static final boolean PRINT = Boolean.getBoolean("statements.print");

    /** The statements the current thread ran inside {@code action}. */
    public static int count(Runnable action) {
        return counted(() -> {
            action.run();
            return null;
        }).statements();
    }

    /** The action's result with the statements the current thread ran inside it. */
    public static <T> Counted<T> counted(Supplier<T> action) {
        var previous = COUNT.get();
        var count = new int[1];
        COUNT.set(count);
        try {
            var result = action.get();
            return new Counted<>(result, count[0]);
        } finally {
            COUNT.set(previous);
            if (previous != null) {
                previous[0] += count[0];
            }
        }
    }

    public record Counted<T>(T result, int statements) {
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource real && !Proxy.isProxyClass(bean.getClass())) {
            return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                    (proxy, method, args) -> {
                        var result = invoke(method, real, args);
                        return result instanceof Connection connection ? counting(connection) : result;
                    });
        }
        return bean;
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "prepareStatement", "createStatement", "prepareCall" -> {
                            var count = COUNT.get();
                            if (count != null) {
                                count[0]++;
                                if (PRINT && args != null && args.length > 0 && args[0] instanceof String sql) {
                                    System.out.println("statement: " + sql);
                                }
                            }
                        }
                        case "unwrap" -> {
                            if (((Class<?>) args[0]).isInstance(proxy)) {
                                return proxy;
                            }
                        }
                        default -> {
                        }
                    }
                    return invoke(method, connection, args);
                });
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
