package ca.clientele.platform.testing;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a portal's own request and response records against a service's committed OpenAPI
 * document ({@code docs/api/<service>.openapi.json}, written by the service's
 * {@code ServiceStartupIT}), so a portal and a service cannot drift apart unnoticed:
 *
 * <pre>{@code
 * OpenApiContract registry = OpenApiContract.load("client-registry");
 * registry.assertHttpInterface(RegistryClient.class); // each @HttpExchange method against its operation
 * registry.assertRequestRecord(ProfileForm.Body.class, "ProfileUpdate");
 * registry.assertResponseBody(ClientView.class, "GET", "/api/clients/{id}");
 * }</pre>
 *
 * <p>Every record component (its JSON name: {@code @JsonProperty} if present, {@code @JsonIgnore}
 * skipped) must be a property of the schema with a compatible JSON type: string (also UUID, dates,
 * times, URI…, with a matching {@code format} when the schema names one), integer, number, boolean,
 * array or collection (items checked), map (additional properties checked), enum, nested record
 * (checked recursively); {@code $ref}, {@code allOf}, {@code oneOf}/{@code anyOf} and 3.1 type
 * lists with {@code "null"} are understood. Direction matters:
 *
 * <ul>
 *   <li>a <b>request</b> record must carry every {@code required} property, may send a Java integer
 *       where the schema takes a number (not the reverse), and every constant of its enums must be
 *       one the schema accepts;
 *   <li>a <b>response</b> record may leave properties out (tolerant reader) but may not invent any,
 *       must hold every value the schema may send (a schema number does not fit a Java integer,
 *       int64 does not fit {@code int}), and its enums must know every value the schema lists.
 * </ul>
 *
 * Every mismatch is reported at once, with its path ({@code ClientView.billingAddress.province}).
 */
public final class OpenApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCHEMA_REF = "#/components/schemas/";

    private final String source;
    private final JsonNode document;

    private OpenApiContract(String source, JsonNode document) {
        this.source = source;
        this.document = document;
    }

    /** The committed document of a service: {@code load("client-registry")}, {@code load("booking")}… */
    public static OpenApiContract load(String service) {
        Path file = ApiDocuments.of(service);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No OpenAPI document " + ApiDocuments.relativePath(service)
                    + ": the service's ServiceStartupIT writes it");
        }
        return of(file);
    }

    /** Any OpenAPI 3.x JSON document, e.g. a test fixture. */
    public static OpenApiContract of(Path file) {
        try {
            return new OpenApiContract(file.getFileName().toString(), JSON.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code type} is sent to the service as the JSON of {@code components.schemas.<schemaName>}. */
    public void assertRequestRecord(Class<? extends Record> type, String schemaName) {
        check(type, Direction.REQUEST, namedSchema(schemaName), "schema '" + schemaName + "'");
    }

    /** {@code type} reads the JSON of {@code components.schemas.<schemaName>}. */
    public void assertResponseRecord(Class<? extends Record> type, String schemaName) {
        check(type, Direction.RESPONSE, namedSchema(schemaName), "schema '" + schemaName + "'");
    }

    /** {@code type} is the JSON request body of the operation, e.g. {@code ("PUT", "/api/clients/{id}/profile")}. */
    public void assertRequestBody(Class<? extends Record> type, String method, String path) {
        JsonNode schema = requestSchema(operation(method, path))
                .orElseThrow(() -> new AssertionError(method + " " + path + " takes no JSON body in " + source));
        check(type, Direction.REQUEST, schema, method + " " + path);
    }

    /**
     * {@code type} reads the JSON answer of the operation (its first 2xx response). When the
     * operation answers an array, {@code type} is checked against its items.
     */
    public void assertResponseBody(Class<? extends Record> type, String method, String path) {
        JsonNode schema = successSchema(operation(method, path))
                .orElseThrow(() ->
                        new AssertionError(method + " " + path + " has no 2xx response with a body in " + source));
        JsonNode resolved = resolve(schema);
        if (types(resolved).contains("array")) {
            schema = resolved.path("items");
        }
        check(type, Direction.RESPONSE, schema, method + " " + path);
    }

    /**
     * Every method of a portal's {@code @HttpExchange} interface calls an operation of the
     * document: the method and path exist (path variables matched by position, not name), its
     * {@code @RequestBody} is checked as a request, its return type ({@code ResponseEntity<T>},
     * {@code List<T>}, a record…; {@code void} skipped) as a response, its {@code @RequestParam}s
     * are query parameters of the operation, and it sends every required query parameter and body.
     */
    public void assertHttpInterface(Class<?> client) {
        HttpExchange onType = AnnotatedElementUtils.findMergedAnnotation(client, HttpExchange.class);
        List<String> problems = new ArrayList<>();
        Arrays.stream(client.getMethods())
                .sorted(Comparator.comparing(Method::getName))
                .forEach(method -> {
                    HttpExchange exchange = AnnotatedElementUtils.findMergedAnnotation(method, HttpExchange.class);
                    if (exchange != null) {
                        checkExchange(client, onType, method, exchange, problems);
                    }
                });
        if (!problems.isEmpty()) {
            throw new AssertionError(
                    client.getSimpleName() + " does not match " + source + ":\n  " + String.join("\n  ", problems));
        }
    }

    private void checkExchange(
            Class<?> client, HttpExchange onType, Method method, HttpExchange exchange, List<String> problems) {
        String httpMethod = !exchange.method().isEmpty() ? exchange.method() : onType == null ? "" : onType.method();
        String url = (onType == null ? "" : onType.url()) + exchange.url();
        String call = client.getSimpleName() + "." + method.getName() + " (" + httpMethod + " " + url + ")";
        JsonNode operation = findOperation(httpMethod, url);
        if (operation == null) {
            problems.add(call + ": no such operation");
            return;
        }
        Set<String> queryParameters = new LinkedHashSet<>();
        Set<String> requiredQueryParameters = new LinkedHashSet<>();
        for (JsonNode parameter : operation.path("parameters").values()) {
            if ("query".equals(parameter.path("in").asString(""))) {
                queryParameters.add(parameter.path("name").asString());
                if (parameter.path("required").asBoolean(false)) {
                    requiredQueryParameters.add(parameter.path("name").asString());
                }
            }
        }
        Set<String> sentQuery = new LinkedHashSet<>(queryNamesIn(url));
        boolean sendsBody = false;
        List<String> found = new ArrayList<>();
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            RequestParam query = parameter.getAnnotation(RequestParam.class);
            if (query != null && !Map.class.isAssignableFrom(parameter.getType())) {
                String name = !query.name().isEmpty()
                        ? query.name()
                        : !query.value().isEmpty() ? query.value() : parameter.getName();
                sentQuery.add(name);
                if (!queryParameters.contains(name)) {
                    found.add("query parameter '" + name + "' is not one of " + queryParameters);
                }
            }
            if (parameter.isAnnotationPresent(RequestBody.class)) {
                sendsBody = true;
                requestSchema(operation)
                        .ifPresentOrElse(
                                schema -> checkValue(
                                        parameter.getParameterizedType(),
                                        schema,
                                        rawClass(parameter.getParameterizedType())
                                                .getSimpleName(),
                                        Direction.REQUEST,
                                        found,
                                        new HashSet<>()),
                                () -> found.add("sends a body but the operation takes none"));
            }
        }
        requiredQueryParameters.stream()
                .filter(name -> !sentQuery.contains(name))
                .forEach(name -> found.add("required query parameter '" + name + "' is never sent"));
        if (!sendsBody && operation.path("requestBody").path("required").asBoolean(false)) {
            found.add("sends no body but the operation requires one");
        }
        Type returned = method.getGenericReturnType();
        if (rawClass(returned) == ResponseEntity.class) {
            returned = typeArgument(returned, 0);
        }
        Class<?> rawReturned = rawClass(returned);
        if (rawReturned != void.class && rawReturned != Void.class) {
            Type answer = returned;
            successSchema(operation)
                    .ifPresentOrElse(
                            schema -> checkValue(
                                    answer,
                                    schema,
                                    rawReturned.getSimpleName(),
                                    Direction.RESPONSE,
                                    found,
                                    new HashSet<>()),
                            () -> found.add(
                                    "reads " + rawReturned.getSimpleName() + " but the operation answers no body"));
        }
        found.forEach(problem -> problems.add(call + ": " + problem));
    }

    /** The operation whose path matches {@code url} with path variables compared by position only. */
    private JsonNode findOperation(String method, String url) {
        String wanted = templateShape(url);
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (templateShape(path.getKey()).equals(wanted)) {
                JsonNode operation = path.getValue().path(method.toLowerCase(Locale.ROOT));
                return operation.isMissingNode() ? null : operation;
            }
        }
        return null;
    }

    private static String templateShape(String url) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        path = path.replaceAll("\\{[^}]*}", "{}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static List<String> queryNamesIn(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return List.of();
        }
        return Arrays.stream(url.substring(query + 1).split("&"))
                .map(pair -> pair.split("=", 2)[0])
                .filter(name -> !name.isEmpty())
                .toList();
    }

    private static Optional<JsonNode> requestSchema(JsonNode operation) {
        return contentSchema(operation.path("requestBody"));
    }

    /** The schema of the first 2xx response with a body. */
    private static Optional<JsonNode> successSchema(JsonNode operation) {
        JsonNode responses = operation.path("responses");
        return responses.propertyNames().stream()
                .filter(status -> status.startsWith("2"))
                .sorted()
                .map(responses::get)
                .map(OpenApiContract::contentSchema)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<JsonNode> contentSchema(JsonNode body) {
        JsonNode content = body.path("content");
        JsonNode media = content.has("application/json")
                ? content.get("application/json")
                : content.values().stream().findFirst().orElse(null);
        return media == null || !media.has("schema") ? Optional.empty() : Optional.of(media.get("schema"));
    }

    private void check(Class<? extends Record> type, Direction direction, JsonNode schema, String against) {
        List<String> problems = new ArrayList<>();
        checkValue(type, schema, type.getSimpleName(), direction, problems, new HashSet<>());
        if (!problems.isEmpty()) {
            throw new AssertionError(type.getSimpleName() + " (" + direction.label + ") does not match " + against
                    + " of " + source + ":\n  " + String.join("\n  ", problems));
        }
    }

    private JsonNode namedSchema(String name) {
        JsonNode schemas = document.path("components").path("schemas");
        if (!schemas.has(name)) {
            throw new AssertionError("No schema '" + name + "' in " + source + "; it has "
                    + new java.util.TreeSet<>(schemas.propertyNames()));
        }
        return schemas.get(name);
    }

    private JsonNode operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            throw new AssertionError("No operation " + method + " " + path + " in " + source);
        }
        return operation;
    }

    private void checkValue(
            Type javaType,
            JsonNode rawSchema,
            String where,
            Direction direction,
            List<String> problems,
            Set<String> seen) {
        JsonNode schema = resolve(rawSchema);
        List<JsonNode> alternatives = alternatives(schema);
        if (!alternatives.isEmpty()) {
            // oneOf/anyOf: the Java type must fit one of the non-null alternatives; if none fits,
            // the closest one (fewest mismatches) says what to change.
            List<String> closest = null;
            for (JsonNode alternative : alternatives) {
                List<String> attempt = new ArrayList<>();
                checkValue(javaType, alternative, where, direction, attempt, seen);
                if (attempt.isEmpty()) {
                    return;
                }
                if (closest == null || attempt.size() < closest.size()) {
                    closest = attempt;
                }
            }
            problems.add(where + ": fits none of the schema's " + alternatives.size() + " alternatives; the closest:");
            closest.forEach(problem -> problems.add("  " + problem));
            return;
        }
        Set<String> schemaTypes = types(schema);
        Class<?> raw = rawClass(javaType);
        if (raw == Optional.class) {
            checkValue(typeArgument(javaType, 0), schema, where, direction, problems, seen);
            return;
        }
        JavaKind kind = JavaKind.of(raw);
        if (kind == JavaKind.ANY || schemaTypes.isEmpty()) {
            return; // a JsonNode/Object component, or a schema that allows anything
        }
        if (!compatible(kind, schemaTypes, direction)) {
            problems.add(where + ": Java " + raw.getSimpleName() + " (" + kind.jsonType + ") but the schema says "
                    + String.join("|", schemaTypes));
            return;
        }
        switch (kind) {
            case STRING -> checkFormat(raw, schema, where, problems);
            case INTEGER -> checkIntegerRange(raw, schema, where, direction, problems);
            case ENUM -> checkEnum(raw, schema, where, direction, problems);
            case ARRAY ->
                checkValue(elementType(javaType), schema.path("items"), where + "[]", direction, problems, seen);
            case MAP -> {
                JsonNode values = schema.path("additionalProperties");
                if (values.isObject()) {
                    checkValue(typeArgument(javaType, 1), values, where + "{}", direction, problems, seen);
                }
            }
            case RECORD -> {
                // A record that contains itself (directly or not) is checked once per schema.
                if (seen.add(raw.getName() + "@" + schemaIdentity(rawSchema, schema))) {
                    checkRecord(raw, schema, where, direction, problems, seen);
                }
            }
            default -> {}
        }
    }

    private void checkRecord(
            Class<?> record,
            JsonNode schema,
            String where,
            Direction direction,
            List<String> problems,
            Set<String> seen) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        collectObject(schema, properties, required);
        Set<String> sent = new LinkedHashSet<>();
        for (Map.Entry<Class<?>, RecordComponent> owned : jsonComponents(record)) {
            RecordComponent component = owned.getValue();
            if (ignored(owned.getKey(), component)) {
                continue;
            }
            String name = jsonName(owned.getKey(), component);
            sent.add(name);
            JsonNode property = properties.get(name);
            if (property == null) {
                problems.add(
                        where + "." + name + ": not a property of the schema (it has " + properties.keySet() + ")");
            } else {
                checkValue(component.getGenericType(), property, where + "." + name, direction, problems, seen);
            }
        }
        if (direction == Direction.REQUEST) {
            for (String name : required) {
                if (!sent.contains(name)) {
                    problems.add(where + "." + name + ": required by the schema but missing from the record");
                }
            }
        }
    }

    /** Properties and required names of an object schema, {@code allOf} parts merged. */
    private void collectObject(JsonNode schema, Map<String, JsonNode> properties, Set<String> required) {
        schema.path("properties").forEachEntry(properties::putIfAbsent);
        schema.path("required").values().forEach(name -> required.add(name.asString()));
        for (JsonNode part : schema.path("allOf").values()) {
            collectObject(resolve(part), properties, required);
        }
    }

    private void checkFormat(Class<?> raw, JsonNode schema, String where, List<String> problems) {
        String expected = JavaKind.format(raw);
        String actual = schema.path("format").asString(null);
        if (expected != null && actual != null && !expected.equals(actual)) {
            problems.add(where + ": Java " + raw.getSimpleName() + " (format " + expected
                    + ") but the schema's format is " + actual);
        }
    }

    private void checkIntegerRange(
            Class<?> raw, JsonNode schema, String where, Direction direction, List<String> problems) {
        String format = schema.path("format").asString("");
        boolean javaIsNarrow = raw == int.class
                || raw == Integer.class
                || raw == short.class
                || raw == Short.class
                || raw == byte.class
                || raw == Byte.class;
        boolean schemaIsNarrow = format.equals("int32");
        boolean schemaIsInteger = types(schema).contains("integer");
        if (direction == Direction.RESPONSE && javaIsNarrow && schemaIsInteger && !schemaIsNarrow) {
            problems.add(where + ": Java " + raw.getSimpleName() + " cannot hold the schema's "
                    + (format.isEmpty() ? "unbounded integer" : format));
        }
        if (direction == Direction.REQUEST && !javaIsNarrow && schemaIsNarrow) {
            problems.add(where + ": Java " + raw.getSimpleName() + " may exceed the schema's int32");
        }
    }

    private void checkEnum(Class<?> raw, JsonNode schema, String where, Direction direction, List<String> problems) {
        if (!schema.has("enum")) {
            return; // any string: every constant is accepted, and a response read may fail only on data
        }
        Set<String> allowed = new LinkedHashSet<>();
        schema.get("enum").values().stream()
                .filter(value -> !value.isNull())
                .forEach(value -> allowed.add(value.asString()));
        Set<String> constants = enumNames(raw);
        if (direction == Direction.REQUEST) {
            Set<String> unknown = new LinkedHashSet<>(constants);
            unknown.removeAll(allowed);
            if (!unknown.isEmpty()) {
                problems.add(where + ": the service does not accept " + unknown + " (it accepts " + allowed + ")");
            }
        } else {
            Set<String> missing = new LinkedHashSet<>(allowed);
            missing.removeAll(constants);
            if (!missing.isEmpty()) {
                problems.add(
                        where + ": " + raw.getSimpleName() + " cannot read " + missing + " that the service may send");
            }
        }
    }

    private static Set<String> enumNames(Class<?> enumType) {
        Set<String> names = new LinkedHashSet<>();
        for (Object constant : enumType.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                JsonProperty renamed = enumType.getField(name).getAnnotation(JsonProperty.class);
                names.add(renamed != null && !renamed.value().isEmpty() ? renamed.value() : name);
            } catch (NoSuchFieldException e) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean compatible(JavaKind kind, Set<String> schemaTypes, Direction direction) {
        return switch (kind) {
            // A Java integer may be sent where a number is taken; a schema integer may be read as a Java number.
            case INTEGER ->
                schemaTypes.contains("integer") || (direction == Direction.REQUEST && schemaTypes.contains("number"));
            case NUMBER ->
                schemaTypes.contains("number") || (direction == Direction.RESPONSE && schemaTypes.contains("integer"));
            case ENUM -> schemaTypes.contains("string");
            case RECORD, MAP -> schemaTypes.contains("object");
            default -> schemaTypes.contains(kind.jsonType);
        };
    }

    /** The schema's JSON types without {@code null}; empty when it allows anything. */
    private static Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.path("type");
        if (type.isString()) {
            types.add(type.asString());
        } else if (type.isArray()) {
            type.values().forEach(value -> types.add(value.asString()));
        } else if (schema.has("properties") || schema.has("additionalProperties") || schema.has("allOf")) {
            types.add("object");
        } else if (schema.has("items")) {
            types.add("array");
        } else if (schema.has("enum")) {
            types.add("string");
        }
        types.remove("null");
        return types;
    }

    /** The {@code oneOf}/{@code anyOf} alternatives, resolved, without the bare {@code null} one. */
    private List<JsonNode> alternatives(JsonNode schema) {
        List<JsonNode> alternatives = new ArrayList<>();
        for (String keyword : List.of("oneOf", "anyOf")) {
            for (JsonNode alternative : schema.path(keyword).values()) {
                JsonNode resolved = resolve(alternative);
                if (!"null".equals(resolved.path("type").asString(""))) {
                    alternatives.add(resolved);
                }
            }
        }
        return alternatives;
    }

    /** Follows {@code $ref}s to {@code #/components/schemas/…}. */
    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref"); hops++) {
            String ref = current.get("$ref").asString();
            if (!ref.startsWith(SCHEMA_REF) || hops > 20) {
                throw new AssertionError("Cannot resolve $ref " + ref + " in " + source);
            }
            current = namedSchema(ref.substring(SCHEMA_REF.length()));
        }
        return current;
    }

    private static String schemaIdentity(JsonNode raw, JsonNode resolved) {
        return raw.has("$ref") ? raw.get("$ref").asString() : Integer.toString(System.identityHashCode(resolved));
    }

    /**
     * The components that become JSON properties, with the record declaring each: a {@code @JsonUnwrapped} record
     * component contributes its own components instead of itself, as Jackson writes it.
     */
    private static List<Map.Entry<Class<?>, RecordComponent>> jsonComponents(Class<?> record) {
        List<Map.Entry<Class<?>, RecordComponent>> components = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            boolean unwrapped = annotation(record, component, JsonUnwrapped.class)
                    .map(JsonUnwrapped::enabled)
                    .orElse(false);
            if (unwrapped && component.getType().isRecord()) {
                components.addAll(jsonComponents(component.getType()));
            } else {
                components.add(Map.entry(record, component));
            }
        }
        return components;
    }

    private static boolean ignored(Class<?> record, RecordComponent component) {
        return annotation(record, component, JsonIgnore.class)
                .map(JsonIgnore::value)
                .orElse(false);
    }

    private static String jsonName(Class<?> record, RecordComponent component) {
        return annotation(record, component, JsonProperty.class)
                .map(JsonProperty::value)
                .filter(name -> !name.isEmpty())
                .orElse(component.getName());
    }

    /** Jackson's annotations do not target record components; Java copies them to the field and accessor. */
    private static <A extends java.lang.annotation.Annotation> Optional<A> annotation(
            Class<?> record, RecordComponent component, Class<A> annotation) {
        List<AnnotatedElement> places = new ArrayList<>(List.of(component.getAccessor()));
        try {
            places.add(record.getDeclaredField(component.getName()));
        } catch (NoSuchFieldException e) {
            // every record component has its field; nothing else to look at
        }
        return places.stream()
                .map(place -> place.getAnnotation(annotation))
                .filter(found -> found != null)
                .findFirst();
    }

    private static Class<?> rawClass(Type type) {
        return switch (type) {
            case Class<?> c -> c;
            case ParameterizedType p -> (Class<?>) p.getRawType();
            case GenericArrayType a ->
                java.lang.reflect.Array.newInstance(rawClass(a.getGenericComponentType()), 0)
                        .getClass();
            case WildcardType w -> rawClass(w.getUpperBounds()[0]);
            default -> Object.class;
        };
    }

    private static Type typeArgument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index]
                : Object.class;
    }

    private static Type elementType(Type type) {
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        return typeArgument(type, 0);
    }

    private enum Direction {
        REQUEST("request"),
        RESPONSE("response");

        final String label;

        Direction(String label) {
            this.label = label;
        }
    }

    private enum JavaKind {
        STRING("string"),
        INTEGER("integer"),
        NUMBER("number"),
        BOOLEAN("boolean"),
        ENUM("string"),
        ARRAY("array"),
        MAP("object"),
        RECORD("object"),
        ANY("any");

        private static final Set<Class<?>> STRINGS = Set.of(
                String.class,
                CharSequence.class,
                char.class,
                Character.class,
                UUID.class,
                URI.class,
                Locale.class,
                ZoneId.class,
                Duration.class,
                YearMonth.class,
                LocalTime.class,
                LocalDate.class,
                LocalDateTime.class,
                OffsetDateTime.class,
                ZonedDateTime.class,
                Instant.class,
                byte[].class);
        private static final Set<Class<?>> INTEGERS = Set.of(
                int.class,
                Integer.class,
                long.class,
                Long.class,
                short.class,
                Short.class,
                byte.class,
                Byte.class,
                BigInteger.class);
        private static final Set<Class<?>> NUMBERS =
                Set.of(double.class, Double.class, float.class, Float.class, BigDecimal.class);

        final String jsonType;

        JavaKind(String jsonType) {
            this.jsonType = jsonType;
        }

        static JavaKind of(Class<?> raw) {
            if (STRINGS.contains(raw)) {
                return STRING;
            }
            if (INTEGERS.contains(raw)) {
                return INTEGER;
            }
            if (NUMBERS.contains(raw)) {
                return NUMBER;
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return BOOLEAN;
            }
            if (raw.isEnum()) {
                return ENUM;
            }
            if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
                return ARRAY;
            }
            if (Map.class.isAssignableFrom(raw)) {
                return MAP;
            }
            if (raw.isRecord()) {
                return RECORD;
            }
            return ANY;
        }

        /** The OpenAPI format springdoc gives this Java type, when it gives one. */
        static String format(Class<?> raw) {
            if (raw == UUID.class) {
                return "uuid";
            }
            if (raw == LocalDate.class) {
                return "date";
            }
            if (Arrays.asList(Instant.class, OffsetDateTime.class, ZonedDateTime.class, LocalDateTime.class)
                    .contains(raw)) {
                return "date-time";
            }
            return null;
        }
    }
}
