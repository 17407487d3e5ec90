package dk.sambo.portal.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.di.ResourceProvider;
import com.vaadin.flow.internal.DevModeHandlerManager;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;

import dk.sambo.portal.KaribuTest;

/**
 * Issue 15: {@link VaadinLookupCache.CachingLookup} asks Vaadin's lookup once for the services whose answer cannot
 * change (each look-up of Vaadin Spring's is a bean search plus a class-path scan), and every time for the rest.
 */
class VaadinLookupCacheTest extends KaribuTest {

    @Autowired
    ApplicationContext context;

    /** Vaadin's lookup stand-in: counts the look-ups and answers with a fixed object per type. */
    static final class CountingLookup implements Lookup {
        final List<Class<?>> asked = new ArrayList<>();
        final VaadinRolePrefixHolder holder = new VaadinRolePrefixHolder("ROLE_");

        @Override
        public <T> T lookup(Class<T> serviceClass) {
            asked.add(serviceClass);
            return serviceClass == VaadinRolePrefixHolder.class ? serviceClass.cast(holder) : null;
        }

        @Override
        public <T> Collection<T> lookupAll(Class<T> serviceClass) {
            asked.add(serviceClass);
            return List.of();
        }
    }

    @Test
    void the_role_prefix_holder_is_looked_up_once_and_the_same_object_is_answered() {
        var vaadins = new CountingLookup();
        var lookup = new VaadinLookupCache.CachingLookup(vaadins);
        for (int navigation = 0; navigation < 5; navigation++) {
            assertThat(lookup.lookup(VaadinRolePrefixHolder.class)).isSameAs(vaadins.holder);
        }
        assertThat(vaadins.asked).containsExactly(VaadinRolePrefixHolder.class);
    }

    @Test
    void an_absent_dev_only_service_is_remembered_as_absent() {
        var vaadins = new CountingLookup();
        var lookup = new VaadinLookupCache.CachingLookup(vaadins);
        assertThat(lookup.lookup(DevModeHandlerManager.class)).isNull();
        assertThat(lookup.lookup(DevModeHandlerManager.class)).isNull();
        assertThat(vaadins.asked).containsExactly(DevModeHandlerManager.class);
    }

    @Test
    void other_services_are_asked_every_time() {
        var vaadins = new CountingLookup();
        var lookup = new VaadinLookupCache.CachingLookup(vaadins);
        lookup.lookup(ResourceProvider.class);
        lookup.lookup(ResourceProvider.class);
        lookup.lookupAll(VaadinRolePrefixHolder.class);
        assertThat(vaadins.asked).containsExactly(ResourceProvider.class, ResourceProvider.class,
                VaadinRolePrefixHolder.class);
    }

    @Test
    void the_portals_role_prefix_holder_is_one_singleton_bean_so_remembering_it_changes_no_answer() {
        var names = context.getBeanNamesForType(VaadinRolePrefixHolder.class);
        assertThat(names).hasSize(1);
        assertThat(context.isSingleton(names[0])).isTrue();
        assertThat(context.getBean(VaadinRolePrefixHolder.class)).isSameAs(context.getBean(VaadinRolePrefixHolder.class));
    }
}
