package ca.clientele.local;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a structured (ECS JSON) log line of a service into the lines a person reads on the console: time, level, short
 * logger name, message and any stack trace. Any other line is kept as is. The log files keep the raw lines.
 */
final class ConsoleLine {

    private ConsoleLine() {}

    static List<String> render(String line) {
        if (!line.startsWith("{\"@timestamp\"")) {
            return List.of(line);
        }
        try {
            JsonObject json = JsonParser.parseString(line).getAsJsonObject();
            String timestamp = text(json, "@timestamp");
            String time =
                    timestamp.length() >= 23 && timestamp.charAt(10) == 'T' ? timestamp.substring(11, 23) : timestamp;
            JsonObject log =
                    json.has("log") && json.get("log").isJsonObject() ? json.getAsJsonObject("log") : new JsonObject();
            String level = text(log, "level");
            String logger = text(log, "logger");
            String shortLogger = logger.substring(logger.lastIndexOf('.') + 1);
            List<String> out = new ArrayList<>();
            String[] message = text(json, "message").strip().split("\\R");
            out.add(String.format("%s %-5s %s: %s", time, level, shortLogger, message[0]));
            for (int i = 1; i < message.length; i++) {
                out.add("    " + message[i]);
            }
            if (json.has("error") && json.get("error").isJsonObject()) {
                JsonObject error = json.getAsJsonObject("error");
                String trace = text(error, "stack_trace");
                if (trace.isEmpty()) {
                    trace = text(error, "type") + ": " + text(error, "message");
                }
                for (String traceLine : trace.strip().split("\\R")) {
                    out.add("    " + traceLine);
                }
            }
            return out;
        } catch (RuntimeException e) {
            return List.of(line);
        }
    }

    private static String text(JsonObject object, String field) {
        JsonElement value = object.get(field);
        return value == null || value.isJsonNull()
                ? ""
                : value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }
}
