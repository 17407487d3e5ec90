package dk.sambo.portal;

import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;

/**
 * Everything the portal logs while a test runs, from the root logger: to fail on ERROR lines and uncaught
 * exceptions, and to check that no secret reaches the log. Start it in a test, {@link #close} it after.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public LogCapture() {
        appender.setName("test-capture-" + System.identityHashCode(this));
        appender.setContext(root.getLoggerContext());
        appender.start();
        root.addAppender(appender);
    }

    /** Every event logged so far. */
    public synchronized List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** ERROR events and events that carry an exception, as readable text (message and stack trace). */
    public List<String> errors() {
        return events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.ERROR) || e.getThrowableProxy() != null)
                .map(LogCapture::text).toList();
    }

    /** The whole log so far as text: messages, arguments and stack traces. */
    public String text() {
        return events().stream().map(LogCapture::text).collect(Collectors.joining("\n"));
    }

    private static String text(ILoggingEvent e) {
        var out = new StringBuilder(e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage());
        IThrowableProxy t = e.getThrowableProxy();
        if (t != null) {
            out.append('\n').append(ThrowableProxyUtil.asString(t));
        }
        return out.toString();
    }

    public void clear() {
        synchronized (this) {
            appender.list.clear();
        }
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
