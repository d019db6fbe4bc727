package org.penholder.draft;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** The small JSON an amendment keeps in its detail column: positions of a move, the words a proposal changes. */
public final class Details {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Details() {}

    /** {"key": value, ...} from alternating keys and values. */
    public static String of(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The detail read back; an empty object when there is none or it cannot be read. */
    public static JsonNode parse(String detail) {
        try {
            return detail == null ? JSON.createObjectNode() : JSON.readTree(detail);
        } catch (JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
