package nl.route071.formulier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/** Variables as plain values for the form check: Json (Spin, typed or serialized) becomes lists and maps. */
final class Waarden {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Waarden() {
    }

    static Map<String, Object> gewoon(Map<String, ?> variabelen) {
        Map<String, Object> gewoon = new LinkedHashMap<>();
        if (variabelen != null) {
            for (String naam : variabelen.keySet()) {
                Object waarde = variabelen instanceof org.camunda.bpm.engine.variable.VariableMap map ? map.getValueTyped(naam)
                        : variabelen.get(naam);
                gewoon.put(naam, gewoon(waarde));
            }
        }
        return gewoon;
    }

    static Object gewoon(Object waarde) {
        if (waarde instanceof SerializableValue serieel && !serieel.isDeserialized()) {
            return serieel.getValueSerialized() == null ? null : json(serieel.getValueSerialized());
        }
        if (waarde instanceof TypedValue getypt) {
            return gewoon(getypt.getValue());
        }
        if (waarde instanceof SpinJsonNode json) {
            return json(json.toString());
        }
        if (waarde instanceof Map<?, ?> map) {
            Map<String, Object> gewoon = new LinkedHashMap<>();
            map.forEach((k, v) -> gewoon.put(String.valueOf(k), gewoon(v)));
            return gewoon;
        }
        if (waarde instanceof List<?> lijst) {
            List<Object> gewoon = new ArrayList<>();
            lijst.forEach(v -> gewoon.add(gewoon(v)));
            return gewoon;
        }
        return waarde;
    }

    private static Object json(String tekst) {
        try {
            return JSON.readValue(tekst, Object.class);
        }
        catch (JsonProcessingException e) {
            return tekst;
        }
    }
}
