package dk.sambo.portal.shared.web;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.PushConfiguration;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.internal.BrowserLiveReloadAccessor;
import com.vaadin.flow.internal.DevModeHandlerManager;
import com.vaadin.flow.server.BootstrapHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.communication.JavaScriptBootstrapHandler;
import com.vaadin.flow.server.communication.PushConnectionFactory;

/**
 * Issue 15: Vaadin 25.2 runs two {@link ServiceLoader} scans on every {@code ?v-r=init} (every page load), even in
 * production mode, and under load they serialise page loads on Spring Boot's nested-jar loader lock:
 * <ul>
 * <li>{@code DevModeHandlerManager.getDevModeHandler} asks the context's {@link Lookup}; Vaadin Spring's lookup
 * caches only Vaadin's default services, and for a service with no implementation (the dev-mode handler in
 * production) it scans the class path again each time ({@code LookupInitializer.LookupImpl.lookup});</li>
 * <li>{@link BootstrapHandler#setupPushConnectionFactory} loads {@link PushConnectionFactory} with a new
 * {@code ServiceLoader} for every UI.</li>
 * </ul>
 * In production mode this listener puts a lookup in front of Vaadin's that remembers the answer for the dev-mode
 * services (absent in a production jar, and the class path does not change while it runs), and adds a bootstrap
 * handler that is Vaadin's own with the push factory looked up once. Added request handlers run before Vaadin's
 * defaults, so the init request is answered by this one. Remove when Vaadin caches these lookups itself.
 */
@Component
class VaadinLookupCache implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinLookupCache.class);
    /** Services that exist only with vaadin-dev on the class path: looked up per request, never there here. */
    private static final Set<Class<?>> DEV_ONLY = Set.of(DevModeHandlerManager.class, BrowserLiveReloadAccessor.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        if (!service.getDeploymentConfiguration().isProductionMode()) {
            return;
        }
        if (service.getContext() instanceof VaadinServletContext servletContext) {
            var original = servletContext.getAttribute(Lookup.class);
            if (original != null && !(original instanceof CachingLookup)) {
                // VaadinContext refuses to replace the Lookup attribute; the servlet context's attribute is the
                // same entry under the class name.
                servletContext.getContext().setAttribute(Lookup.class.getName(), new CachingLookup(original));
            }
        }
        event.addRequestHandler(new OncePushFactoryBootstrapHandler());
        LOG.debug("Vaadin lookups of {} and the push connection factory are cached", DEV_ONLY);
    }

    /** Vaadin's lookup, with the dev-only services' answers (usually "none") remembered. */
    static final class CachingLookup implements Lookup {
        private final Lookup delegate;
        private final Map<Class<?>, Optional<Object>> cache = new ConcurrentHashMap<>();

        CachingLookup(Lookup delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T lookup(Class<T> serviceClass) {
            if (!DEV_ONLY.contains(serviceClass)) {
                return delegate.lookup(serviceClass);
            }
            return serviceClass.cast(cache.computeIfAbsent(serviceClass,
                    type -> Optional.ofNullable(delegate.lookup(type))).orElse(null));
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            return delegate.lookupAll(serviceClass);
        }
    }

    /** Vaadin's bootstrap handler, with {@link PushConnectionFactory} loaded once instead of once per UI. */
    static final class OncePushFactoryBootstrapHandler extends JavaScriptBootstrapHandler {
        private volatile Optional<PushConnectionFactory> factory;

        @Override
        protected void setupPushConnectionFactory(PushConfiguration pushConfiguration, BootstrapContext context) {
            var found = factory;
            if (found == null) {
                Iterator<PushConnectionFactory> iterator = ServiceLoader.load(PushConnectionFactory.class,
                        context.getSession().getService().getClassLoader()).iterator();
                found = iterator.hasNext() ? Optional.of(iterator.next()) : Optional.empty();
                if (iterator.hasNext()) {
                    throw new IllegalStateException("Multiple " + PushConnectionFactory.class.getName()
                            + " implementations found");
                }
                factory = found;
            }
            found.ifPresent(pushConfiguration::setPushConnectionFactory);
        }
    }
}
