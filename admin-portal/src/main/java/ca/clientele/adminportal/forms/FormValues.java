package ca.clientele.adminportal.forms;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The values a form shows for a stored record. Inputs are named by the service's JSON paths, so
 * the record's own JSON, flattened ("billingAddress.city"), fills them; a form adds the few values
 * whose write name differs from the read one.
 */
public final class FormValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> values = new LinkedHashMap<>();

    private FormValues() {}

    /** Every scalar of the record by its JSON path; null values are left out (shown as ""). */
    public static FormValues of(Object record) {
        FormValues values = new FormValues();
        values.flatten("", JSON.valueToTree(record));
        return values;
    }

    public static FormValues none() {
        return new FormValues();
    }

    public FormValues put(String name, Object value) {
        // 10.5 rather than 1.05E+1.
        values.put(name, value instanceof BigDecimal decimal ? decimal.toPlainString() : Objects.toString(value, null));
        return this;
    }

    /** A value only where the record had none (a default such as the province). */
    public FormValues orElse(String name, String value) {
        values.putIfAbsent(name, value);
        return this;
    }

    public Map<String, String> map() {
        return values;
    }

    private void flatten(String path, JsonNode node) {
        if (node.isObject()) {
            node.properties().forEach(field -> flatten(path + field.getKey() + ".", field.getValue()));
        } else if (!node.isNull() && !node.isMissingNode()) {
            values.put(path.substring(0, path.length() - 1), node.isValueNode() ? node.asString() : node.toString());
        }
    }
}
