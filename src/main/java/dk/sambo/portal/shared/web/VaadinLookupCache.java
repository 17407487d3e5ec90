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
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

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
 * A third scan runs on every navigation, twice: Vaadin Spring's route access check
 * ({@code SpringNavigationAccessControl.getRolesChecker} via {@code SecurityUtil.getRolesChecker}, once from
 * {@code createNavigationContext} and once from {@code beforeEnter}) looks up {@link VaadinRolePrefixHolder}, which
 * is not among the cached services either, so each look-up asks Spring for the beans of that type and scans the
 * class path again: 5.4 % of the server's CPU samples at 30 users (JFR, 2026-12-03, docs/benchmarks-load.md).
 * <p>
 * In production mode this listener puts a lookup in front of Vaadin's that remembers the answer for the dev-mode
 * services (absent in a production jar, and the class path does not change while it runs) and for
 * {@link VaadinRolePrefixHolder} (a singleton bean of Vaadin's security configuration: the same object every time;
 * its role prefix is state inside that object, so remembering the object changes no answer), and adds a bootstrap
 * handler that is Vaadin's own with the push factory looked up once. Added request handlers run before Vaadin's
 * defaults, so the init request is answered by this one. Remove when Vaadin caches these lookups itself.
 */
@Component
class VaadinLookupCache implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinLookupCache.class);
    /**
     * Services whose answer does not change while the portal runs, looked up per request or per navigation: the
     * dev-only ones (never there in production) and Vaadin's role prefix holder (one singleton bean).
     */
    static final Set<Class<?>> STABLE = Set.of(DevModeHandlerManager.class, BrowserLiveReloadAccessor.class,
            VaadinRolePrefixHolder.class);

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
        LOG.debug("Vaadin lookups of {} and the push connection factory are cached", STABLE);
    }

    /** Vaadin's lookup, with the answers for the {@link #STABLE} services remembered (the dev-only ones: "none"). */
    static final class CachingLookup implements Lookup {
        private final Lookup delegate;
        private final Map<Class<?>, Optional<Object>> cache = new ConcurrentHashMap<>();

        CachingLookup(Lookup delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T lookup(Class<T> serviceClass) {
            if (!STABLE.contains(serviceClass)) {
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
