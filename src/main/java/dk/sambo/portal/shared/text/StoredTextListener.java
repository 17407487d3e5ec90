package dk.sambo.portal.shared.text;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Cleans every String attribute of every entity with {@link StoredText#clean} just before Hibernate inserts or
 * updates the row, in the row's state and in the entity itself (so the search index and the screen see the
 * same text as the database). One place instead of a call in every feature, so a new field cannot forget it.
 */
@Component
class StoredTextListener implements PreInsertEventListener, PreUpdateEventListener, SmartInitializingSingleton {

    private static final long serialVersionUID = 1L;

    private final transient EntityManagerFactory entityManagerFactory;

    StoredTextListener(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        // Before the other listeners (Bean Validation among them), so they check the text as it is stored.
        registry.prependListeners(EventType.PRE_INSERT, this);
        registry.prependListeners(EventType.PRE_UPDATE, this);
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        clean(event.getEntity(), event.getState(), event.getPersister());
        return false;
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        clean(event.getEntity(), event.getState(), event.getPersister());
        return false;
    }

    private static void clean(Object entity, Object[] state, EntityPersister persister) {
        for (int i = 0; i < state.length; i++) {
            if (state[i] instanceof String text && StoredText.needsCleaning(text)) {
                var cleaned = StoredText.clean(text);
                state[i] = cleaned;
                persister.setValue(entity, i, cleaned);
            }
        }
    }
}
