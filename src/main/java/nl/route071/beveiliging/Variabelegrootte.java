package nl.route071.beveiliging;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A size cap on structured variables (Json, XML and serialized objects), inside the engine: the engine's own
 * serializer is wrapped, and a value whose stored form is larger than the cap is refused with a Dutch 400
 * before anything is written, whichever door it came through (REST, Tasklist, a listener, the Java API).
 */
final class Variabelegrootte<T extends TypedValue> implements TypedValueSerializer<T> {

    private final TypedValueSerializer<T> serializer;
    private final int maximumBytes;

    Variabelegrootte(TypedValueSerializer<T> serializer, int maximumBytes) {
        this.serializer = serializer;
        this.maximumBytes = maximumBytes;
    }

    /** The serializers to cap: Spin's Json and XML values and serialized objects. */
    static boolean begrensd(TypedValueSerializer<?> serializer) {
        String naam = serializer.getName();
        return naam != null && (naam.equals("json") || naam.equals("xml") || naam.startsWith("spin://") || naam.equals("serializable"));
    }

    @Override
    public void writeValue(T waarde, ValueFields velden) {
        serializer.writeValue(waarde, velden);
        long grootte = velden.getByteArrayValue() != null ? velden.getByteArrayValue().length : 0;
        if (velden.getTextValue() != null) {
            grootte = Math.max(grootte, velden.getTextValue().getBytes(StandardCharsets.UTF_8).length);
        }
        if (grootte > maximumBytes) {
            String naam = velden instanceof VariableInstanceEntity variabele ? " '" + variabele.getName() + "'" : "";
            throw new BadUserRequestException("De variabele" + naam + " is te groot (" + grootte / 1024 + " KB); een "
                    + getType().getName() + "-variabele mag ten hoogste " + maximumBytes / 1024 + " KB zijn.");
        }
    }

    @Override
    public String getName() {
        return serializer.getName();
    }

    @Override
    public ValueType getType() {
        return serializer.getType();
    }

    @Override
    public T readValue(ValueFields velden, boolean deserialiseer, boolean tijdelijk) {
        return serializer.readValue(velden, deserialiseer, tijdelijk);
    }

    @Override
    public boolean canHandle(TypedValue waarde) {
        return serializer.canHandle(waarde);
    }

    @Override
    public T convertToTypedValue(UntypedValueImpl waarde) {
        return serializer.convertToTypedValue(waarde);
    }

    @Override
    public String getSerializationDataformat() {
        return serializer.getSerializationDataformat();
    }

    @Override
    public boolean isMutableValue(T waarde) {
        return serializer.isMutableValue(waarde);
    }
}
