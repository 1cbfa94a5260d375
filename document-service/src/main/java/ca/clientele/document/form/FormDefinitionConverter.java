package ca.clientele.document.form;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.json.JsonMapper;

/** A version's definition, stored as one JSON document (ADR 0013). */
@Converter
class FormDefinitionConverter implements AttributeConverter<FormBody, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String convertToDatabaseColumn(FormBody definition) {
        return definition == null ? null : JSON.writeValueAsString(definition);
    }

    @Override
    public FormBody convertToEntityAttribute(String json) {
        return json == null ? null : JSON.readValue(json, FormBody.class);
    }
}
