package ca.clientele.platform.crypto;

import jakarta.persistence.Convert;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.BasicValuedModelPart;
import org.hibernate.metamodel.mapping.EmbeddableMappingType;
import org.hibernate.metamodel.mapping.EmbeddableValuedModelPart;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Encrypts the attributes marked with {@link EncryptedStringConverter}, each bound to its
 * {@link Cell} (table, column, entity id), where Hibernate knows all three: in the state it is
 * about to write, and in a freshly loaded entity.
 *
 * <p>Writes: the plaintexts in the state array are replaced by sealed ciphertexts just before the
 * row is written and put back right after, so the entity and Hibernate's snapshot of it (the
 * same array) hold plaintext again and the next flush finds nothing changed. Reads: the sealed
 * values of a loaded entity, and of its snapshot, are decrypted before the application sees it.
 */
final class CellEncryptionListener
        implements PreInsertEventListener,
                PostInsertEventListener,
                PreUpdateEventListener,
                PostUpdateEventListener,
                PostLoadEventListener {

    private final FieldEncryptor encryptor;
    private final Map<String, List<EncryptedColumn>> columnsByEntity = new ConcurrentHashMap<>();

    CellEncryptionListener(FieldEncryptor encryptor) {
        this.encryptor = encryptor;
    }

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        seal(event.getPersister(), event.getId(), event.getState());
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        open(event.getPersister(), event.getId(), event.getState());
        openEntity(event.getPersister(), event.getEntity(), event.getId(), event.getSession());
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        seal(event.getPersister(), event.getId(), event.getState());
        return false;
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        open(event.getPersister(), event.getId(), event.getState());
        openEntity(event.getPersister(), event.getEntity(), event.getId(), event.getSession());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    @Override
    public void onPostLoad(PostLoadEvent event) {
        openEntity(event.getPersister(), event.getEntity(), event.getId(), event.getSession());
    }

    /**
     * Decrypts what the entity and Hibernate's snapshot of it hold sealed: everything after a
     * load; after a write, the parts of an embedded value (an address), whose instance the state
     * array may share with the entity or the snapshot. Plaintext values are left as they are.
     */
    private void openEntity(
            EntityPersister persister, Object entity, Object id, SharedSessionContractImplementor session) {
        List<EncryptedColumn> columns = columns(persister);
        if (columns.isEmpty()) {
            return;
        }
        Object[] values = persister.getValues(entity);
        open(persister, id, values);
        columns.stream()
                .mapToInt(EncryptedColumn::position)
                .distinct()
                .forEach(position -> persister.setValue(entity, position, values[position]));
        EntityEntry entry = session.getPersistenceContextInternal().getEntry(entity);
        if (entry != null && entry.getLoadedState() != null) {
            open(persister, id, entry.getLoadedState());
        }
    }

    // Every value is encrypted, even one that looks sealed: the state about to be written always
    // holds what the application set, and a typed value must never pass as a ciphertext.
    private void seal(EntityPersister persister, Object id, Object[] state) {
        for (EncryptedColumn column : columns(persister)) {
            if (column.get(state) instanceof String plaintext) {
                column.set(state, EncryptedStringConverter.seal(encryptor.encrypt(plaintext, column.cell(id))));
            }
        }
    }

    private void open(EntityPersister persister, Object id, Object[] state) {
        for (EncryptedColumn column : columns(persister)) {
            if (column.get(state) instanceof String sealed && EncryptedStringConverter.isSealed(sealed)) {
                column.set(state, encryptor.decrypt(EncryptedStringConverter.unseal(sealed), column.cell(id)));
            }
        }
    }

    private List<EncryptedColumn> columns(EntityPersister persister) {
        return columnsByEntity.computeIfAbsent(persister.getEntityName(), name -> find(persister));
    }

    /** The encrypted attributes of an entity, directly or one embeddable deep (an address). */
    private static List<EncryptedColumn> find(EntityPersister persister) {
        List<EncryptedColumn> found = new ArrayList<>();
        for (int i = 0; i < persister.getNumberOfAttributeMappings(); i++) {
            AttributeMapping attribute = persister.getAttributeMapping(i);
            int position = attribute.getStateArrayPosition();
            if (encrypted(attribute)) {
                found.add(EncryptedColumn.of(position, null, -1, attribute.asBasicValuedModelPart()));
            } else if (attribute instanceof EmbeddableValuedModelPart embedded) {
                EmbeddableMappingType embeddable = embedded.getEmbeddableTypeDescriptor();
                for (int j = 0; j < embeddable.getNumberOfAttributeMappings(); j++) {
                    AttributeMapping part = embeddable.getAttributeMapping(j);
                    if (encrypted(part)) {
                        found.add(EncryptedColumn.of(position, embeddable, j, part.asBasicValuedModelPart()));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean encrypted(AttributeMapping attribute) {
        Member member = attribute.getPropertyAccess().getGetter().getMember();
        Convert convert = member instanceof AnnotatedElement element ? element.getAnnotation(Convert.class) : null;
        return convert != null && convert.converter() == EncryptedStringConverter.class;
    }

    /** An encrypted column: its place in the state array (inside an embeddable, if any). */
    private record EncryptedColumn(
            int position, EmbeddableMappingType embeddable, int partPosition, String table, String column) {

        static EncryptedColumn of(
                int position, EmbeddableMappingType embeddable, int partPosition, BasicValuedModelPart part) {
            return new EncryptedColumn(
                    position,
                    embeddable,
                    partPosition,
                    part.getContainingTableExpression(),
                    part.getSelectionExpression());
        }

        Cell cell(Object id) {
            return new Cell(table, column, id);
        }

        Object get(Object[] state) {
            Object value = state[position];
            if (embeddable == null || value == null) {
                return embeddable == null ? value : null;
            }
            return embeddable.getValue(value, partPosition);
        }

        void set(Object[] state, Object value) {
            if (embeddable == null) {
                state[position] = value;
            } else if (state[position] != null) {
                embeddable.setValue(state[position], partPosition, value);
            }
        }
    }
}
